// The side panels as tabs under the diagram, for narrow screens: one tab list (← → Home End move between tabs, as
// the ARIA tabs pattern has it) and the chosen panel below it.
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { PANELS, type PanelName, selectPanel, usePanelStore } from '../../stores/panelStore';

const TAB_LABEL: Readonly<Record<PanelName, string>> = {
  drugs: 'Drugs',
  context: 'Cell context',
  effects: 'Effects',
  loops: 'Loops',
};

/** The tab a key moves to from `index`, or null for a key the tab list does not handle. */
function tabAfterKey(key: string, index: number): number | null {
  const n = PANELS.length;
  if (key === 'ArrowRight') return (index + 1) % n;
  if (key === 'ArrowLeft') return (index - 1 + n) % n;
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  return null;
}

export function PanelTabs({ panels }: { panels: Readonly<Record<PanelName, ReactNode>> }) {
  const current = usePanelStore(selectPanel);
  const showPanel = usePanelStore((s) => s.showPanel);
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (event: KeyboardEvent) => {
    const next = tabAfterKey(event.key, PANELS.indexOf(current));
    if (next === null) return;
    event.preventDefault();
    showPanel(PANELS[next] as PanelName);
    tabs.current[next]?.focus();
  };
  return (
    <>
      <div className="panel-tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
        {PANELS.map((name, i) => (
          <button
            key={name}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={name === current}
            aria-controls={`tabpanel-${name}`}
            tabIndex={name === current ? 0 : -1}
            onClick={() => showPanel(name)}
          >
            {TAB_LABEL[name]}
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`tabpanel-${current}`}
        aria-labelledby={`tab-${current}`}
      >
        {panels[current]}
      </div>
    </>
  );
}
