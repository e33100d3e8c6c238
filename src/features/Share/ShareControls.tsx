// "Copy link" and the notice that names what a broken or outdated link could not restore.
import { useState } from 'react';
import { currentAddress } from './useUrlState';

/** Puts `url` on the clipboard; where the browser refuses, shows it so it can be copied by hand. */
async function copyToClipboard(url: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    // Clipboard refused (insecure context, permissions, a page opened from disk).
    window.prompt('Copy this link:', url);
    return false;
  }
}

export function CopyLinkButton() {
  const [copied, setCopied] = useState<string>('');
  const copy = async () => {
    setCopied((await copyToClipboard(currentAddress())) ? 'Link copied' : '');
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

/** How many ignored items the notice names before it counts the rest. */
export const NOTICE_ITEMS_SHOWN = 8;

/** The longest an item of the notice may be; a longer one (a pasted paragraph, say) is cut with "…". */
const NOTICE_ITEM_CHARS = 90;

const shortened = (item: string) =>
  item.length > NOTICE_ITEM_CHARS ? `${item.slice(0, NOTICE_ITEM_CHARS - 1)}…` : item;

/** What the notice says: the first few items, then how many more, so any link leaves room for the diagram. */
export function noticeText(ignored: readonly string[]): string {
  const shown = ignored.slice(0, NOTICE_ITEMS_SHOWN).map(shortened).join('; ');
  const more = ignored.length - NOTICE_ITEMS_SHOWN;
  return more > 0 ? `${shown}; and ${more.toLocaleString('en')} more` : shown;
}

/** Names what a link could not restore; `received` (the address as it came) can be copied, so nothing is lost. */
export function LinkNotice({
  ignored,
  onDismiss,
  received,
}: {
  ignored: string[];
  onDismiss: () => void;
  received?: string;
}) {
  if (ignored.length === 0) return null;
  return (
    <div className="link-notice" role="alert" data-testid="share-link-notice">
      <span>
        <strong>Part of this link could not be used and was ignored:</strong> {noticeText(ignored)}.
      </span>
      {received && (
        <button type="button" className="link-button" onClick={() => copyToClipboard(received)}>
          Copy the link as received
        </button>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
