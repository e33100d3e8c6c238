// What the header says when a file could not be opened, or when a link's network file must be opened again.
import { selectPendingLink, selectProblem, useNetworkStore } from '../../stores/networkStore';

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
    </>
  );
}
