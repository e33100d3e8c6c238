// The "Export" control: PNG at 1×, 2× or 4× on a white, transparent or dark background, SVG, and copy as image; the
// whole network's aspect or 16:9, and in lecture mode cropped to the step's focus and with its caption; the results
// as CSV and, in lecture mode, the story as PowerPoint.
import { type KeyboardEvent, useRef, useState } from 'react';
import { useLectureStore } from '../../stores/lectureStore';
import { useModelBundle } from '../ModelContext';
import { copyPng, download, type ExportBackground, figureFileName, useExportStore } from './store';

export function ExportMenu() {
  const exporter = useExportStore((s) => s.exporter);
  const [open, setOpen] = useState(false);
  const [scale, setScale] = useState<1 | 2 | 4>(2);
  const [background, setBackground] = useState<ExportBackground>('white');
  const [status, setStatus] = useState('');
  const [wide, setWide] = useState(false);
  const [crop, setCrop] = useState(false);
  const [caption, setCaption] = useState(true);
  // What the canvas on screen offers: a lecture step has a caption and focus nodes, the explorer neither.
  const offers = open ? exporter?.meta() : undefined;
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Esc closes the menu and gives the focus back to its button (in lecture mode, before Esc could end the lecture).
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
    buttonRef.current?.focus();
  };
  const { model, stories } = useModelBundle();
  const lectureActive = useLectureStore((s) => s.active);
  /** Results as CSV, and the story as PowerPoint: their code (and pptxgenjs) loads on the first download. */
  const save = async (what: 'results' | 'course' | 'pptx') => {
    setStatus(what === 'pptx' ? 'Rendering every step…' : 'Simulating…');
    try {
      setStatus(await (await import('./saveData')).saveData(what, model, stories));
    } catch (e) {
      setStatus(`Export failed: ${(e as Error).message}`);
    }
  };
  const run = async (what: 'png' | 'svg' | 'copy') => {
    if (!exporter) return;
    const framing = { wide, crop, caption };
    const meta = exporter.meta();
    try {
      if (what === 'svg') {
        setStatus('Rendering…');
        const name = figureFileName(meta, framing, 'svg');
        download(await exporter.exportSvg({ background, ...framing }), name);
        setStatus(`Saved ${name}`);
      } else {
        setStatus('Rendering…');
        const blob = await exporter.exportPng({ scale, background, ...framing });
        if (what === 'png') {
          const name = figureFileName(meta, framing, 'png');
          download(blob, name);
          setStatus(`Saved ${name}`);
        } else
          setStatus(
            (await copyPng(blob)) ? 'Copied to the clipboard' : 'This browser does not allow copying images',
          );
      }
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
          <fieldset>
            <legend>PNG size</legend>
            {([1, 2, 4] as const).map((s) => (
              <label key={s}>
                <input type="radio" name="export-scale" checked={scale === s} onChange={() => setScale(s)} />
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
                  checked={background === b}
                  onChange={() => setBackground(b)}
                />
                {b}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Shape</legend>
            <label>
              <input type="radio" name="export-shape" checked={!wide} onChange={() => setWide(false)} />
              whole network
            </label>
            <label>
              <input type="radio" name="export-shape" checked={wide} onChange={() => setWide(true)} />
              16:9 slide
            </label>
          </fieldset>
          {(offers?.focus?.length || offers?.caption) && (
            <fieldset>
              <legend>Lecture step</legend>
              {offers?.focus?.length ? (
                <label>
                  <input type="checkbox" checked={crop} onChange={(e) => setCrop(e.target.checked)} />
                  crop to the step's focus
                </label>
              ) : null}
              {offers?.caption && (
                <label>
                  <input type="checkbox" checked={caption} onChange={(e) => setCaption(e.target.checked)} />
                  caption
                </label>
              )}
            </fieldset>
          )}
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
          <p className="hint" role="status">
            {status}
          </p>
        </div>
      )}
    </div>
  );
}
