// The explorer's panels in jsdom: library, combination and doses, loops, predicted effects and inspector, asserted on
// what the page shows (panels, controls, the headless canvas and the link), with the engine's own numbers.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { runScenario } from '../../src/engine/scenario';
import { bundledModel } from '../../src/model/bundled';
import { defaultDose, toCondition } from '../../src/stores/condition';
import { canvas, LAZY, renderApp } from './helpers';

const model = bundledModel();

/** The drugs the "Given" panel lists, by name, in order. */
const givenNames = () =>
  within(screen.getByRole('region', { name: 'Given' }))
    .queryAllByRole('button', { name: /^Remove / })
    .map((b) => b.getAttribute('aria-label')?.replace(/^Remove /, ''));

/** The engine's answer for one drug at its default dose, as the app computes it. */
const scenario = (drugId: string, loopsOff: string[] = []) =>
  runScenario(
    model,
    toCondition(model, [{ drugId, dose: defaultDose(model, drugId) }], [], loopsOff),
    'sustained',
  );

describe('drug library', () => {
  it('has one button per drug named after the drug, showing its main targets', () => {
    renderApp();
    const rapamycin = screen.getByRole('button', { name: 'Rapamycin' });
    expect(rapamycin).toHaveTextContent('mTORC1');
    expect(screen.getByRole('button', { name: 'NVP-BEZ235' })).toHaveAccessibleDescription(/PI3K/);
  });

  it('searches names and synonyms ignoring case, spaces and dashes', () => {
    renderApp();
    const search = screen.getByRole('searchbox', { name: 'Search drugs' });
    fireEvent.change(search, { target: { value: 'bez-235' } });
    expect(screen.getByRole('button', { name: 'NVP-BEZ235' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rapamycin' })).not.toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'SIROLIMUS' } });
    expect(screen.getByRole('button', { name: 'Rapamycin' })).toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'zzzz' } });
    expect(screen.getByText(/No drug matches/)).toBeInTheDocument();
  });

  it('clicking a drug gives it alone; "add to combination" adds it; both show in "Given" and on the canvas', () => {
    renderApp();
    expect(givenNames()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gefitinib' }));
    expect(givenNames()).toEqual(['Gefitinib']);
    expect(canvas().getElementById('marker-MTORC1').data('marker')).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Add Rapamycin to combination' }));
    expect(givenNames()).toEqual(['Gefitinib', 'Rapamycin']);
    expect(canvas().getElementById('marker-MTORC1').data('marker')).toBe('Rapamycin');
    expect(canvas().getElementById('marker-EGFR').data('marker')).toBe(model.drugById.get('gefitinib')?.name);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Gefitinib' }));
    expect(givenNames()).toEqual(['Rapamycin']);
    expect(canvas().getElementById('marker-EGFR').data('marker')).toBe('');
  });

  it('gives each drug a log-scale dose control that changes the dose shown', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    const slider = screen.getByRole('slider', { name: 'Rapamycin dose' });
    fireEvent.change(slider, { target: { value: '1' } });
    expect(slider).toHaveAttribute('aria-valuetext', '10 nM');
    expect(slider).toHaveValue('1');
    expect(screen.getByTestId('given-rapamycin')).toHaveTextContent('Dose 10 nM');
    // the address follows once the change has been painted
    await waitFor(() => expect(window.location.hash).toContain('d=rapamycin%3A10&'));
  });

  it('shows undisclosed agents as unavailable', () => {
    renderApp();
    expect(screen.getByRole('button', { name: 'OXA-01' })).toBeDisabled();
  });
});

describe('loops', () => {
  it('has one switch per loop, named by its label, that switches the loop off', async () => {
    renderApp();
    const loop = screen.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' });
    expect(loop).toHaveAttribute('aria-checked', 'true');
    expect(loop).toHaveAccessibleDescription(/IRS1/);
    fireEvent.click(loop);
    expect(loop).toHaveAttribute('aria-checked', 'false');
    await waitFor(() => expect(window.location.hash).toContain('off=S6K1-IRS1'));
    expect(screen.getAllByRole('switch').map((s) => s.getAttribute('aria-label'))).toEqual(
      model.pathway.loops.map((l) => l.label),
    );
  });
});

describe('predicted effects', () => {
  it('explains a rapalog: AKT pS473 up through the S6K1 ⊣ IRS1 feedback, gone when the loop is off', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    const region = screen.getByRole('region', { name: 'Predicted effects' });
    const item = await within(region).findByText('AKT pS473');
    const row = item.closest('li') as HTMLElement;
    const akt = scenario('rapamycin').readouts.find((r) => r.id === 'AKT_pS473');
    expect(akt?.direction).toBe('up');
    expect(within(row).getByText(/^(up|down)/)).toHaveTextContent(/^up ↑$/);
    expect(row).toHaveTextContent(`${akt?.reference.toFixed(2)} → ${akt?.value.toFixed(2)}`);
    expect(row).toHaveTextContent(/mTORC1 block relieves the S6K1 ⊣ IRS1 feedback/);
    expect(canvas().getElementById('AKT_pS473').data('display')).toBe('pS473 ↑');

    fireEvent.click(screen.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }));
    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
    const s6k = within(region).getByText('S6K1 pT389').closest('li') as HTMLElement;
    expect(within(s6k).getByText(/^(up|down)/)).toHaveTextContent(/^down ↓$/);
    expect(within(region).queryByText('AKT pS473')).not.toBeInTheDocument();
    const off = scenario('rapamycin', ['S6K1-IRS1']).readouts.find((r) => r.id === 'AKT_pS473');
    expect(off?.direction).toBe('no_change');
    expect(canvas().getElementById('AKT_pS473').data('display')).toBe('pS473');
  });

  it('lists the largest change first and says when nothing is given', async () => {
    renderApp();
    expect(screen.getByRole('region', { name: 'Predicted effects' })).toHaveTextContent(/Give a drug/);
    fireEvent.click(screen.getByRole('button', { name: 'PP242' }));
    const region = screen.getByRole('region', { name: 'Predicted effects' });
    await within(region).findByText('AKT pS473');
    const rows = within(region).getAllByRole('listitem');
    const changed = scenario('pp242').readouts.filter((r) => r.direction !== 'no_change');
    expect(rows.map((r) => r.getAttribute('data-readout')).sort()).toEqual(changed.map((r) => r.id).sort());
    const sizes = rows.map((r) => Math.abs(Number(r.getAttribute('data-log2'))));
    expect(sizes.length).toBeGreaterThan(3);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i - 1]).toBeGreaterThanOrEqual(sizes[i] as number);
  });
});

describe('inspector', () => {
  it('shows the tapped node: description, activities, edges with evidence links and the drugs that act there', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    act(() => {
      canvas().getElementById('MTORC1').emit('tap');
    });
    // the inspector's code is fetched when a node is first selected
    const inspector = await screen.findByRole('complementary', { name: 'Inspector: mTORC1' }, LAZY);
    expect(inspector).toHaveTextContent(/raptor/);
    const result = scenario('rapamycin');
    const reference = result.reference.get('MTORC1') as number;
    const value = result.value.get('MTORC1') as number;
    // the inspector names and shows the same quantity as the canvas and the effects panel (the mTORC1 readout)
    expect(inspector).toHaveTextContent('Shown on the diagram: mTORC1 activity');
    const readout = result.readouts.find((r) => r.id === 'MTORC1');
    expect(value).toBeCloseTo(readout?.value as number, 9);
    const untreated = within(inspector).getByRole('meter', { name: 'Untreated: mTORC1 activity' });
    const treated = within(inspector).getByRole('meter', { name: 'Treated: mTORC1 activity' });
    expect(Number(untreated.getAttribute('value'))).toBeCloseTo(reference, 6);
    expect(Number(treated.getAttribute('value'))).toBeCloseTo(value, 6);
    expect(treated.parentElement).toHaveTextContent(`${value.toFixed(2)} down ↓`);
    // the time course starts from the untreated state, on an axis that says its range
    expect(
      within(inspector).getByRole('img', { name: /mTORC1 activity over 24 hours/ }),
    ).toHaveAccessibleName(
      new RegExp(
        `^mTORC1 activity over 24 hours, from ${reference.toFixed(2)} to \\d\\.\\d\\d; axis \\d\\.\\d+ to \\d\\.\\d+$`,
      ),
    );
    const links = within(inspector).getAllByRole('link');
    const edges = model.pathway.edges.filter((e) => e.source === 'MTORC1' || e.target === 'MTORC1');
    expect(links.length).toBeGreaterThanOrEqual(edges.length);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('href')).toMatch(/^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
    }
    expect(inspector).toHaveTextContent(/Everolimus/);
    await waitFor(() => expect(window.location.hash).toContain('n=MTORC1'));
    fireEvent.click(within(inspector).getByRole('button', { name: 'Close inspector' }));
    expect(screen.queryByRole('complementary', { name: /Inspector/ })).not.toBeInTheDocument();
  });

  it('follows a new drug: activities at once, the time course once the canvas has been painted', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    act(() => {
      canvas().getElementById('MTORC1').emit('tap');
    });
    const inspector = await screen.findByRole('complementary', { name: 'Inspector: mTORC1' }, LAZY);
    const course = () => within(inspector).getByRole('img', { name: /over 24 hours/ });
    const rapamycinCourse = course().getAttribute('aria-label');
    fireEvent.click(screen.getByRole('button', { name: 'Gefitinib' }));
    const value = scenario('gefitinib').value.get('MTORC1') as number;
    const treated = within(inspector).getByRole('meter', { name: 'Treated: mTORC1 activity' });
    expect(Number(treated.getAttribute('value'))).toBeCloseTo(value, 6);
    await waitFor(() => expect(course().closest('figure')).toHaveAttribute('aria-busy', 'false'));
    expect(course().getAttribute('aria-label')).not.toBe(rapamycinCourse);
  });
});

describe('context', () => {
  it('applies a named cell model and toggles single mutations', async () => {
    renderApp();
    const cellModel = screen.getByRole('combobox', { name: 'Cell model' });
    fireEvent.change(cellModel, { target: { value: 'egfr-t790m' } });
    expect(cellModel).toHaveValue('egfr-t790m');
    const checked = () =>
      screen
        .getAllByRole('checkbox')
        .filter((c) => (c as HTMLInputElement).checked)
        .map((c) => c.closest('label')?.textContent);
    expect(checked()).toEqual(['EGFR L858R', 'EGFR T790M']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'KRAS G12' }));
    expect(checked()).toEqual(['KRAS G12', 'EGFR L858R', 'EGFR T790M']);
    expect(cellModel).toHaveValue('');
    expect(within(cellModel).getByRole('option', { selected: true })).toHaveTextContent('Custom mutations');
    expect(screen.getByRole('radio', { name: '24 hours' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: '1 hour' }));
    expect(screen.getByRole('radio', { name: '1 hour' })).toBeChecked();
    expect(screen.getByRole('region', { name: 'Predicted effects' })).toHaveTextContent(/Give a drug/);
    await waitFor(() => expect(window.location.hash).toContain('t=1h'));
  });
});

describe('test hooks (src/testHooks.ts)', () => {
  it('expose the canvas on screen and count each prediction it takes, as the browser tests wait on', async () => {
    renderApp();
    await waitFor(() => expect(window.pathwayLens?.overlays).toBeGreaterThan(0));
    expect(window.pathwayLens?.cy).toBe(canvas());
    const before = window.pathwayLens?.overlays ?? 0;
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    expect(window.pathwayLens?.overlays).toBe(before + 1);
    expect(window.pathwayLens?.overlayAppliedAt).toBeGreaterThan(0);
  });
});
