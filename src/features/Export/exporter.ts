// Figure export behind one small interface: PNG (1×, 2×, 4×; white, transparent or dark) and SVG, each carrying a
// title, the legend and a source line. The canvas registers it; the export menu, lecture mode and tests call it.
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { create } from 'zustand';
import { changeColor } from '../../graph/scale';
import type { Theme } from '../../graph/theme';

cytoscape.use(cytoscapeSvg);

export type ExportBackground = 'white' | 'transparent' | 'dark';

export interface FigureMeta {
  title: string;
  subtitle: string;
  /** File name without extension, e.g. "rapamycin-24h". */
  fileBase: string;
}

export interface Exporter {
  exportPng: (options: { scale: 1 | 2 | 4; background: ExportBackground }) => Promise<Blob>;
  exportSvg: (options: { background: ExportBackground }) => string;
  meta: () => FigureMeta;
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

export const SOURCE_LINE =
  'Pathway Lens · logic-based ODE model (normalised Hill, Kraeutler et al. 2010) · reviews: Zhang, Duan & Zheng, Drug Discov Today 2011; Peng & Tan, Front Biosci 2023';

const INK = { white: '#1b1f24', transparent: '#1b1f24', dark: '#f0f3f6' } as const;
const BG = { white: '#ffffff', transparent: null, dark: '#14181d' } as const;

/** Lightens the drawing for a dark background: light edges and band tints, restored afterwards. */
function withBackground<T>(cy: Core, background: ExportBackground, draw: () => T): T {
  if (background !== 'dark') return draw();
  const edges = cy.edges('[loop = ""]');
  const bands = cy.nodes('.band');
  cy.batch(() => {
    edges.style({ 'line-color': '#c9d1d9', 'target-arrow-color': '#c9d1d9' });
    bands.style({ 'background-opacity': 0.12, color: '#c9d1d9' });
    cy.nodes('.protein').style({ color: '#f0f3f6' });
  });
  try {
    return draw();
  } finally {
    cy.batch(() => {
      edges.removeStyle('line-color target-arrow-color');
      bands.removeStyle('background-opacity color');
      cy.nodes('.protein').removeStyle('color');
    });
  }
}

const HEADER = 74;
const FOOTER = 64;

function drawLegend(
  ctx: CanvasRenderingContext2D,
  theme: Theme,
  ink: string,
  x: number,
  y: number,
  s: number,
) {
  ctx.font = `600 ${13 * s}px "DejaVu Sans", Arial, sans-serif`;
  ctx.fillStyle = ink;
  ctx.textBaseline = 'middle';
  ctx.fillText('↓ down', x, y);
  let cx = x + 58 * s;
  for (const stop of [-2, -1.5, -1, -0.5, -0.2, 0, 0.2, 0.5, 1, 1.5, 2]) {
    ctx.fillStyle = changeColor(theme.change, stop);
    ctx.fillRect(cx, y - 7 * s, 14 * s, 14 * s);
    cx += 14 * s;
  }
  ctx.fillStyle = ink;
  ctx.fillText('up ↑', cx + 6 * s, y);
  cx += 56 * s;
  ctx.lineWidth = 2 * s;
  const sample = (label: string, color: string, dash: number[], end: 'arrow' | 'bar') => {
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.setLineDash(dash.map((d) => d * s));
    ctx.beginPath();
    ctx.moveTo(cx, y);
    ctx.lineTo(cx + 30 * s, y);
    ctx.stroke();
    ctx.setLineDash([]);
    if (end === 'arrow') {
      ctx.beginPath();
      ctx.moveTo(cx + 34 * s, y);
      ctx.lineTo(cx + 26 * s, y - 5 * s);
      ctx.lineTo(cx + 26 * s, y + 5 * s);
      ctx.fill();
    } else ctx.fillRect(cx + 30 * s, y - 7 * s, 3 * s, 14 * s);
    ctx.fillStyle = ink;
    ctx.fillText(label, cx + 40 * s, y);
    cx += 40 * s + ctx.measureText(label).width + 18 * s;
  };
  sample('activates', ink === INK.dark ? '#c9d1d9' : theme.activation, [], 'arrow');
  sample('inhibits', theme.inhibition, [], 'bar');
  sample('feedback / cross-talk loop', '#d81b60', [8, 4], 'arrow');
  sample('slow (expression)', ink === INK.dark ? '#c9d1d9' : theme.activation, [2, 3], 'arrow');
  ctx.fillStyle = '#111111';
  ctx.fillRect(cx, y - 9 * s, 42 * s, 18 * s);
  ctx.fillStyle = '#ffffff';
  ctx.fillText('Drug', cx + 5 * s, y);
  ctx.fillStyle = ink;
  ctx.fillText('acts here', cx + 48 * s, y);
}

/** A PNG of the whole network at `scale` (as laid out on screen), with title, legend and source line around it. */
export async function renderPng(
  cy: Core,
  theme: Theme,
  meta: FigureMeta,
  scale: number,
  background: ExportBackground,
): Promise<Blob> {
  const bg = BG[background];
  const network = withBackground(cy, background, () =>
    cy.png({ output: 'base64uri', full: true, scale, ...(bg ? { bg } : {}) }),
  );
  const img = new Image();
  img.src = network;
  await img.decode();
  const width = Math.max(img.width, Math.round(900 * scale));
  const height = img.height + Math.round((HEADER + FOOTER) * scale);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas for export');
  if (bg) {
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, width, height);
  }
  const ink = INK[background];
  ctx.fillStyle = ink;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `bold ${26 * scale}px "DejaVu Sans", Arial, sans-serif`;
  ctx.fillText(meta.title, 18 * scale, 34 * scale);
  ctx.font = `${16 * scale}px "DejaVu Sans", Arial, sans-serif`;
  ctx.fillText(meta.subtitle, 18 * scale, 60 * scale);
  ctx.drawImage(img, Math.round((width - img.width) / 2), Math.round(HEADER * scale));
  const footerTop = Math.round(HEADER * scale) + img.height;
  drawLegend(ctx, theme, ink, 18 * scale, footerTop + 20 * scale, scale);
  ctx.font = `${11 * scale}px "DejaVu Sans", Arial, sans-serif`;
  ctx.fillStyle = background === 'dark' ? '#9da7b1' : '#57606a';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(SOURCE_LINE, 18 * scale, footerTop + 52 * scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}

/** An SVG of the whole network with the same title, legend and source line as the PNG. */
export function renderSvg(cy: Core, theme: Theme, meta: FigureMeta, background: ExportBackground): string {
  const bg = BG[background];
  const inner = withBackground(cy, background, () =>
    (cy as unknown as { svg: (o: object) => string }).svg({ full: true, scale: 1, ...(bg ? { bg } : {}) }),
  );
  const box = cy.elements().boundingBox();
  const w = Math.max(900, Math.round(box.w));
  const h = Math.round(box.h);
  const ink = INK[background];
  const stops = [-2, -1.5, -1, -0.5, -0.2, 0, 0.2, 0.5, 1, 1.5, 2]
    .map(
      (s, i) =>
        `<rect x="${78 + i * 14}" y="${h + HEADER + 13}" width="14" height="14" fill="${changeColor(theme.change, s)}"/>`,
    )
    .join('');
  const body = inner.replace(/^<\?xml[^>]*>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/, '');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h + HEADER + FOOTER}" viewBox="0 0 ${w} ${h + HEADER + FOOTER}">`,
    `<title>${escapeXml(meta.title)}</title>`,
    bg ? `<rect width="100%" height="100%" fill="${bg}"/>` : '',
    `<text x="18" y="34" font-family="DejaVu Sans, Arial, sans-serif" font-size="26" font-weight="bold" fill="${ink}">${escapeXml(meta.title)}</text>`,
    `<text x="18" y="60" font-family="DejaVu Sans, Arial, sans-serif" font-size="16" fill="${ink}">${escapeXml(meta.subtitle)}</text>`,
    `<g transform="translate(${Math.round((w - box.w) / 2)},${HEADER})">${body}</g>`,
    `<text x="18" y="${h + HEADER + 25}" font-family="DejaVu Sans, Arial, sans-serif" font-size="13" font-weight="600" fill="${ink}">↓ down</text>`,
    stops,
    `<text x="${78 + 11 * 14 + 6}" y="${h + HEADER + 25}" font-family="DejaVu Sans, Arial, sans-serif" font-size="13" font-weight="600" fill="${ink}">up ↑</text>`,
    `<text x="18" y="${h + HEADER + 52}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11" fill="${background === 'dark' ? '#9da7b1' : '#57606a'}">${escapeXml(SOURCE_LINE)}</text>`,
    '</svg>',
  ].join('');
}

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
