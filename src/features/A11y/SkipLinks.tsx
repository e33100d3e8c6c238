// Skip links: the first thing Tab reaches, they jump to the diagram, the drugs, the predicted effects or the loops
// (on a narrow screen they open that panel's tab first).
import type { MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { type PanelName, usePanelStore } from '../../stores/panelStore';

interface SkipTarget {
  label: string;
  /** The element that takes the focus. */
  selector: string;
  /** The narrow-screen tab it lives in (the diagram is always shown). */
  panel?: PanelName;
}

export const SKIP_TARGETS: readonly SkipTarget[] = [
  { label: 'Skip to the diagram', selector: '#pathway-diagram' },
  { label: 'Skip to the drugs', selector: '[data-testid="library-search"]', panel: 'drugs' },
  { label: 'Skip to the predicted effects', selector: 'section.effects', panel: 'effects' },
  { label: 'Skip to the loops', selector: 'section.loops', panel: 'loops' },
];

/** Moves the focus to a target, opening its tab first; a region that is not focusable becomes so (from script only). */
export function skipTo(target: SkipTarget): void {
  const { panel } = target;
  // Synchronously, so the panel is in the page before it is looked for.
  if (panel) flushSync(() => usePanelStore.getState().showPanel(panel));
  const el = document.querySelector<HTMLElement>(target.selector);
  if (!el) return;
  if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.tabIndex = -1;
  el.focus();
  el.scrollIntoView?.({ block: 'nearest' });
}

export function SkipLinks() {
  const onClick = (target: SkipTarget) => (event: MouseEvent) => {
    event.preventDefault();
    skipTo(target);
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {SKIP_TARGETS.map((t) => (
        <a key={t.label} href={t.selector.startsWith('#') ? t.selector : '#'} onClick={onClick(t)}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}
