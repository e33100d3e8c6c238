// The "Export" control: PNG at 1×, 2× or 4× on a white, transparent or dark background, SVG, and copy as image; the
// whole network's aspect or 16:9, and in lecture mode cropped to the step's focus and with its caption; the results
// as CSV and, in lecture mode, the story as PowerPoint.
import { type KeyboardEvent, useRef, useState } from 'react';
import { useLectureStore } from '../../stores/lectureStore';
import { useModelBundle } from '../ModelContext';
import { copyPng, download, type ExportBackground, figureFileName, useExportStore } from './store';

interface FigureChoices {
  scale: 1 | 2 | 4;
  background: ExportBackground;
  wide: boolean;
  crop: boolean;
  caption: boolean;
}

type SetChoice = <K extends keyof FigureChoices>(key: K, value: FigureChoices[K]) => void;

/** A figure as the choices ask: downloaded as PNG or SVG, or copied; resolves to the status line to show. */
async function exportFigure(what: 'png' | 'svg' | 'copy', choices: FigureChoices): Promise<string> {
  const exporter = useExportStore.getState().exporter;
  if (!exporter) return '';
  const { scale, background, ...framing } = choices;
  const meta = exporter.meta();
  if (what === 'svg') {
    const name = figureFileName(meta, framing, 'svg');
    download(await exporter.exportSvg({ background, ...framing }), name);
    return `Saved ${name}`;
  }
  const blob = await exporter.exportPng({ scale, background, ...framing });
  if (what === 'copy')
    return (await copyPng(blob)) ? 'Copied to the clipboard' : 'This browser does not allow copying images';
  const name = figureFileName(meta, framing, 'png');
  download(blob, name);
  return `Saved ${name}`;
}

/** Size, background and shape of the figure, and for a lecture step its focus crop and caption. */
function FigureOptions({ choices, set }: { choices: FigureChoices; set: SetChoice }) {
  // What the canvas on screen offers: a lecture step has a caption and focus nodes, the explorer neither.
  const offers = useExportStore((s) => s.exporter)?.meta();
  return (
    <>
      <fieldset>
        <legend>PNG size</legend>
        {([1, 2, 4] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name="export-scale"
              checked={choices.scale === s}
              onChange={() => set('scale', s)}
            />
            {s}×
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Background</legend>
        {(['white', 'transparent', 'dark'] as const).map((b) => (
          <label key={b}>
            <input
              type="radio"
              name="export-bg"
              checked={choices.background === b}
              onChange={() => set('background', b)}
            />
            {b}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Shape</legend>
        <label>
          <input
            type="radio"
            name="export-shape"
            checked={!choices.wide}
            onChange={() => set('wide', false)}
          />
          whole network
        </label>
        <label>
          <input type="radio" name="export-shape" checked={choices.wide} onChange={() => set('wide', true)} />
          16:9 slide
        </label>
      </fieldset>
      {(offers?.focus?.length || offers?.caption) && (
        <fieldset>
          <legend>Lecture step</legend>
          {offers?.focus?.length ? (
            <label>
              <input type="checkbox" checked={choices.crop} onChange={(e) => set('crop', e.target.checked)} />
              crop to the step's focus
            </label>
          ) : null}
          {offers?.caption && (
            <label>
              <input
                type="checkbox"
                checked={choices.caption}
                onChange={(e) => set('caption', e.target.checked)}
              />
              caption
            </label>
          )}
        </fieldset>
      )}
    </>
  );
}

/** Results as CSV, and in lecture mode the story as PowerPoint: their code (and pptxgenjs) loads on first use. */
function DataDownloads({ onStatus }: { onStatus: (status: string) => void }) {
  const { model, stories } = useModelBundle();
  const lectureActive = useLectureStore((s) => s.active);
  const save = async (what: 'results' | 'course' | 'pptx') => {
    onStatus(what === 'pptx' ? 'Rendering every step…' : 'Simulating…');
    try {
      onStatus(await (await import('./saveData')).saveData(what, model, stories));
    } catch (e) {
      onStatus(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <div className="export-actions">
      <button type="button" onClick={() => save('results')}>
        Download results (CSV)
      </button>
      <button type="button" onClick={() => save('course')}>
        Download time course (CSV)
      </button>
      {lectureActive && (
        <button type="button" onClick={() => save('pptx')}>
          Download story as PowerPoint
        </button>
      )}
    </div>
  );
}

export function ExportMenu() {
  const exporter = useExportStore((s) => s.exporter);
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<FigureChoices>({
    scale: 2,
    background: 'white',
    wide: false,
    crop: false,
    caption: true,
  });
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Esc closes the menu and gives the focus back to its button (in lecture mode, before Esc could end the lecture).
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  const set: SetChoice = (key, value) => setChoices((c) => ({ ...c, [key]: value }));
  const run = async (what: 'png' | 'svg' | 'copy') => {
    setStatus('Rendering…');
    try {
      setStatus(await exportFigure(what, choices));
    } catch (e) {
      setStatus(`Export failed: ${(e as Error).message}`);
    }
  };
  return (
    <div className="export">
      <button
        ref={buttonRef}
        type="button"
        className="header-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        disabled={!exporter}
      >
        Export
      </button>
      {open && (
        <div className="export-panel" role="dialog" aria-label="Export figure" onKeyDown={closeOnEscape}>
          <FigureOptions choices={choices} set={set} />
          <div className="export-actions">
            <button type="button" onClick={() => run('png')}>
              Download PNG
            </button>
            <button type="button" onClick={() => run('svg')}>
              Download SVG
            </button>
            <button type="button" onClick={() => run('copy')}>
              Copy image
            </button>
          </div>
          <DataDownloads onStatus={setStatus} />
          <p className="hint" role="status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
