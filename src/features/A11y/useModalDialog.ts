// The focus rules of a modal dialog as a hook: while it is open it takes the focus, keeps Tab inside and makes the
// rest of the page inert; when it closes the focus goes back to the control that opened it.
import { type RefObject, useLayoutEffect } from 'react';
import { inertOutside, keepTabInside, tabbables } from './modal';

/**
 * `root`: the element to keep (the dialog, or its backdrop); `initial`: what takes the focus on opening (the first
 * control when absent). Does nothing while `open` is false.
 */
export function useModalDialog(
  root: RefObject<HTMLElement | null>,
  open: boolean,
  initial?: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const el = root.current;
    if (!open || !el) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const release = inertOutside(el);
    (initial?.current ?? tabbables(el)[0] ?? el).focus();
    const onKey = (event: KeyboardEvent) => keepTabInside(el, event);
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('keydown', onKey);
      release();
      // The opener may have gone (a drug filtered out of the library): then the browser's default is all we can do.
      if (opener?.isConnected) opener.focus();
    };
  }, [root, open, initial]);
}
