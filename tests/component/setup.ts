// Component-test setup: jest-dom matchers; after each test the DOM is cleaned up, every zustand store goes back to its
// initial state (zustand's testing guide: wrap `create` and record a reset per store) and the URL loses its fragment.
import '@testing-library/jest-dom/vitest';
import { act, cleanup } from '@testing-library/react';
import type * as Zustand from 'zustand';

// Kept on globalThis: the component files share their worker's modules, so a store is created (and registered) once,
// by whichever file imports it first, and every later file must still reset it.
const storeResets = vi.hoisted(() => {
  const shared = globalThis as { componentStoreResets?: Set<() => void> };
  shared.componentStoreResets ??= new Set<() => void>();
  return shared.componentStoreResets;
});

vi.mock('zustand', async (importOriginal) => {
  const zustand = await importOriginal<typeof Zustand>();
  const createWithReset = <T>(creator: Zustand.StateCreator<T, [], []>) => {
    const store = zustand.create<T>()(creator);
    const initial = store.getInitialState();
    storeResets.add(() => store.setState(initial, true));
    return store;
  };
  // `create` is called both as create(creator) and, curried for types, as create<T>()(creator).
  const create = (<T>(creator?: Zustand.StateCreator<T, [], []>) =>
    creator ? createWithReset(creator) : createWithReset) as typeof zustand.create;
  return { ...zustand, create };
});

afterEach(() => {
  // Unmount first: a mounted app would react to the reset (and write it back into the URL).
  cleanup();
  act(() => {
    for (const reset of storeResets) reset();
  });
  window.history.replaceState(null, '', window.location.pathname);
  delete window.pathwayLens;
});
