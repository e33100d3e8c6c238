// The banner over an opened network: its name, file and format, its size, the drugs that act on it, what the reader
// noted, and the way back to the bundled model (loaded with the opened network, not in the first download).
import { selectOpened, useNetworkStore } from '../../stores/networkStore';

export function OpenedBanner() {
  const opened = useNetworkStore(selectOpened);
  if (!opened) return null;
  const { model } = opened;
  const counts = `${model.pathway.nodes.length} nodes, ${model.pathway.edges.length} links, ${model.pathway.loops.length} feedback loop${model.pathway.loops.length === 1 ? '' : 's'}`;
  return (
    <section className="import-banner" aria-label="Opened network" data-testid="import-banner">
      <p>
        <strong>{opened.name}</strong>{' '}
        <span className="import-file">
          ({opened.fileName}, {opened.format})
        </span>
        : {counts}.{' '}
        {opened.drugsApplying > 0
          ? `${opened.drugsApplying} of ${opened.drugsTotal} drugs act on it, where a drug target matches a node's name or identifier; the others are hidden.`
          : `None of the ${opened.drugsTotal} drugs has a target among its nodes: use the knock-outs to perturb it.`}
      </p>
      {opened.warnings.length > 0 && (
        <details className="import-warnings">
          <summary>
            {opened.warnings.length} note{opened.warnings.length === 1 ? '' : 's'} on reading the file
          </summary>
          <ul>
            {opened.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
      <button
        type="button"
        className="link-button"
        onClick={() => import('./openNetwork').then((m) => m.showBundledModel())}
      >
        Back to the bundled model
      </button>
    </section>
  );
}
