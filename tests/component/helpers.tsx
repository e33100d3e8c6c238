// Component-test helpers: render the explorer headless (setup.ts gives every test fresh stores and an empty URL).
import { render } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { App } from '../../src/App';

export function renderApp() {
  return render(<App headless />);
}

/** The headless Cytoscape core the explorer's canvas registered (what the canvas draws). */
export function canvas(): Core {
  const cy = window.pathwayLens?.cy;
  if (!cy) throw new Error('the canvas has not mounted');
  return cy;
}

/** How long to wait for a part the app fetches on first use (drug card, inspector): the first import is transformed. */
export const LAZY = { timeout: 15_000 } as const;
