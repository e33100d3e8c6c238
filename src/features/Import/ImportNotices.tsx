// What the header says about the network on screen: an opened file (with the drugs that act on it and a way back to
// the bundled model), a file that could not be opened, and a link whose file must be opened again.
import { selectOpened, selectPendingLink, selectProblem, useNetworkStore } from '../../stores/networkStore';
import { showBundledModel } from './openNetwork';

function OpenedBanner() {
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
      <button type="button" className="link-button" onClick={showBundledModel}>
        Back to the bundled model
      </button>
    </section>
  );
}

function ProblemNotice() {
  const problem = useNetworkStore(selectProblem);
  if (!problem) return null;
  return (
    <div className="link-notice import-problem" role="alert" data-testid="import-problem">
      <span>{problem} Nothing else was changed.</span>
      <button
        type="button"
        className="link-button"
        onClick={() => useNetworkStore.getState().dismissProblem()}
      >
        Dismiss
      </button>
    </div>
  );
}

function PendingLinkNotice() {
  const pending = useNetworkStore(selectPendingLink);
  if (!pending) return null;
  return (
    <div className="link-notice" role="alert" data-testid="import-pending">
      <span>
        <strong>This link showed a network opened from the file “{pending.fileName}”.</strong> Files are not
        stored in links: open “{pending.fileName}” again (Open network…) to see it with the link's drugs,
        knock-outs and loop switches. The bundled model is shown meanwhile.
      </span>
      <button
        type="button"
        className="link-button"
        onClick={() => useNetworkStore.getState().dismissPendingLink()}
      >
        Dismiss
      </button>
    </div>
  );
}

export function ImportNotices() {
  return (
    <>
      <ProblemNotice />
      <PendingLinkNotice />
      <OpenedBanner />
    </>
  );
}
