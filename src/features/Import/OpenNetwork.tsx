// "Open network…": a file picker in the header and drag-and-drop of a file anywhere on the page (the code that reads
// the file loads on first use).
import { useEffect, useRef, useState } from 'react';
import { selectBusy, useNetworkStore } from '../../stores/networkStore';

/** File name endings the open dialog offers (any file can still be dropped; its content decides). */
const NETWORK_FILE_TYPES = '.sbml,.xml,.cx2,.cx,.cyjs,.json,.sif,.bnet,.txt';

/** Opens a file with the import code, fetched on first use. */
const openFile = (file: File) => import('./openNetwork').then((m) => m.openNetworkFile(file));

/** Whether a drag carries files (not text or a link being moved within the page). */
const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Drop a file on the page to open it; returns whether a file is being dragged over the page. */
function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overPage = (e: DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overPage);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

export function OpenNetworkButton() {
  const input = useRef<HTMLInputElement>(null);
  const busy = useNetworkStore(selectBusy);
  const dragging = useFileDrop();
  return (
    <>
      <button
        type="button"
        className="header-button"
        onClick={() => input.current?.click()}
        disabled={busy}
        title="Open a network file: SBML-qual, CX2, Cytoscape.js JSON, SIF or BoolNet (or drop it on the page)"
      >
        {busy ? 'Opening…' : 'Open network…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={NETWORK_FILE_TYPES}
        className="sr-only"
        aria-label="Network file"
        data-testid="import-file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openFile(file);
        }}
      />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a network file to open it (SBML-qual, CX2, Cytoscape.js JSON, SIF, BoolNet)</p>
        </div>
      )}
    </>
  );
}
