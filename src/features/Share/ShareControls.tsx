// "Copy link" and the notice that names what a broken or outdated link could not restore.
import { useState } from 'react';

export function CopyLinkButton() {
  const [copied, setCopied] = useState<string>('');
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Link copied');
    } catch {
      // Clipboard refused (insecure context, permissions): show the link so it can be copied by hand.
      window.prompt('Copy this link:', url);
      setCopied('');
    }
    setTimeout(() => setCopied(''), 2500);
  };
  return (
    <span className="copy-link">
      <button type="button" className="header-button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copied">
        {copied}
      </span>
    </span>
  );
}

export function LinkNotice({ ignored, onDismiss }: { ignored: string[]; onDismiss: () => void }) {
  if (ignored.length === 0) return null;
  return (
    <div className="link-notice" role="alert">
      <span>
        <strong>Part of this link could not be used and was ignored:</strong> {ignored.join('; ')}.
      </span>
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
