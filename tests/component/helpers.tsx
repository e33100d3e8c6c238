// Component-test helpers: render the explorer headless with fresh stores.
import { render } from '@testing-library/react';
import { App } from '../../src/App';
import { INITIAL_SCENARIO, useScenarioStore } from '../../src/stores/scenarioStore';
import { INITIAL_VIEW, useViewStore } from '../../src/stores/viewStore';

/** Stores back to their initial state (zustand's testing guide: reset between tests). */
export function resetStores() {
  useScenarioStore.setState(INITIAL_SCENARIO);
  useViewStore.setState(INITIAL_VIEW);
}

export function renderApp() {
  resetStores();
  return render(<App headless />);
}
