// The export interface the canvas registers and the menu, lecture mode and tests call; kept free of the rendering code,
// which loads on the first export.
import { create } from 'zustand';

export type ExportBackground = 'white' | 'transparent' | 'dark';

export interface FigureMeta {
  title: string;
  subtitle: string;
  /** File name without extension, e.g. "rapamycin-24h". */
  fileBase: string;
  /** A lecture step's caption, which the figure can carry under its subtitle. */
  caption?: string;
  /** A lecture step's focus nodes, which the figure can be cropped to. */
  focus?: readonly string[];
}

/** How a figure is framed: the whole network's own aspect or a 16:9 slide; cropped to the focus; with the caption. */
export interface FigureFraming {
  /** Exactly 16:9 (the network centred, the spare space around it). */
  wide?: boolean;
  /** Only the lecture step's focus nodes and what lies around them (ignored without focus nodes). */
  crop?: boolean;
  /** The lecture step's caption under the subtitle (ignored without a caption). */
  caption?: boolean;
}

export interface Exporter {
  exportPng: (options: { scale: 1 | 2 | 4; background: ExportBackground } & FigureFraming) => Promise<Blob>;
  /** SVG text of the same figure (title, network, legend, source line). */
  exportSvg: (options: { background: ExportBackground } & FigureFraming) => Promise<string>;
  meta: () => FigureMeta;
  /** Whether the canvas is still easing colours or moving (an export now would catch it half-way). */
  animating?: () => boolean;
}

/** A figure's file name: the scenario's, marked "-16x9" and "-focus" when framed so. */
export function figureFileName(meta: FigureMeta, framing: FigureFraming, extension: 'png' | 'svg'): string {
  const wide = framing.wide ? '-16x9' : '';
  const crop = framing.crop && meta.focus?.length ? '-focus' : '';
  return `${meta.fileBase}${wide}${crop}.${extension}`;
}

interface ExportStore {
  exporter: Exporter | null;
  register: (exporter: Exporter | null) => void;
}

/** The exporter of the canvas currently on screen (lecture mode replaces the explorer's while it is open). */
export const useExportStore = create<ExportStore>()((set) => ({
  exporter: null,
  register: (exporter) => set({ exporter }),
}));

/** Offers a blob or text as a download with the given file name. */
export function download(content: Blob | string, fileName: string, type = 'image/svg+xml') {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies a PNG to the clipboard where the browser allows it; false otherwise. */
export async function copyPng(blob: Blob): Promise<boolean> {
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (!Item || !navigator.clipboard?.write) return false;
  try {
    await navigator.clipboard.write([new Item({ 'image/png': blob })]);
    return true;
  } catch {
    return false;
  }
}
