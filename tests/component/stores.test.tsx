// Test isolation: every zustand store and the URL fragment start fresh in each test, whatever the last one left.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useExportStore } from '../../src/features/Export/store';
import { INITIAL_LECTURE, useLectureStore } from '../../src/stores/lectureStore';
import { INITIAL_SCENARIO, useScenarioStore } from '../../src/stores/scenarioStore';
import { INITIAL_VIEW, useViewStore } from '../../src/stores/viewStore';
import { renderApp } from './helpers';

const pick = <T extends object>(state: T, keys: object) =>
  Object.fromEntries(Object.keys(keys).map((k) => [k, state[k as keyof T]]));

describe('between tests', () => {
  it('(1) a test changes every store and the link', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    fireEvent.click(screen.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search drugs' }), { target: { value: 'rapa' } });
    // lecture mode itself needs a real canvas (Chromium tests); its store is changed directly here
    act(() => useLectureStore.getState().chooseStory('her2'));
    expect(useLectureStore.getState().story).toBe('her2');
    await waitFor(() => expect(useExportStore.getState().exporter).not.toBeNull());
    await waitFor(() => expect(window.location.hash).toContain('d=rapamycin'));
  });

  it('(2) the next one starts from the initial state of each store, with no link', () => {
    expect(pick(useScenarioStore.getState(), INITIAL_SCENARIO)).toEqual(INITIAL_SCENARIO);
    expect(pick(useViewStore.getState(), INITIAL_VIEW)).toEqual(INITIAL_VIEW);
    expect(pick(useLectureStore.getState(), INITIAL_LECTURE)).toEqual(INITIAL_LECTURE);
    expect(useExportStore.getState().exporter).toBeNull();
    expect(window.location.hash).toBe('');
    renderApp();
    expect(screen.queryByRole('dialog', { name: 'Lecture mode' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Given' })).toHaveTextContent(/Untreated/);
    expect(screen.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('searchbox', { name: 'Search drugs' })).toHaveValue('');
  });
});
