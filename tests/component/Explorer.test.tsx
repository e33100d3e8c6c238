// The explorer's panels in jsdom: library, combination and doses, loops, predicted effects and inspector.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { bundledModel } from '../../src/model/bundled';
import { useScenarioStore } from '../../src/stores/scenarioStore';
import { renderApp, resetStores } from './helpers';

afterEach(() => resetStores());

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

  it('clicking a drug gives it alone; "add to combination" adds it to what is given', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gefitinib' }));
    expect(useScenarioStore.getState().drugs.map((d) => d.drugId)).toEqual(['gefitinib']);
    fireEvent.click(screen.getByRole('button', { name: 'Add Rapamycin to combination' }));
    expect(useScenarioStore.getState().drugs.map((d) => d.drugId)).toEqual(['gefitinib', 'rapamycin']);
    const given = screen.getByRole('region', { name: 'Given' });
    expect(within(given).getByText('Gefitinib')).toBeInTheDocument();
    expect(within(given).getByText('Rapamycin')).toBeInTheDocument();
    fireEvent.click(within(given).getByRole('button', { name: 'Remove Gefitinib' }));
    expect(useScenarioStore.getState().drugs.map((d) => d.drugId)).toEqual(['rapamycin']);
  });

  it('gives each drug a log-scale dose control that changes the dose', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    const slider = screen.getByRole('slider', { name: 'Rapamycin dose' });
    fireEvent.change(slider, { target: { value: '1' } });
    expect(useScenarioStore.getState().drugs[0]?.dose).toBe(10);
    expect(slider).toHaveAttribute('aria-valuetext', '10 nM');
  });

  it('shows undisclosed agents as unavailable', () => {
    renderApp();
    expect(screen.getByRole('button', { name: 'OXA-01' })).toBeDisabled();
  });
});

describe('loops', () => {
  it('has one switch per loop, named by its label, that switches the loop off', () => {
    renderApp();
    const loop = screen.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' });
    expect(loop).toHaveAttribute('aria-checked', 'true');
    expect(loop).toHaveAccessibleDescription(/IRS1/);
    fireEvent.click(loop);
    expect(loop).toHaveAttribute('aria-checked', 'false');
    expect(useScenarioStore.getState().loopsOff).toEqual(['S6K1-IRS1']);
    expect(screen.getAllByRole('switch')).toHaveLength(bundledModel().pathway.loops.length);
  });
});

describe('predicted effects', () => {
  it('explains a rapalog: AKT pS473 up through the S6K1 ⊣ IRS1 feedback, gone when the loop is off', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    const region = screen.getByRole('region', { name: 'Predicted effects' });
    const item = await within(region).findByText('AKT pS473');
    const row = item.closest('li') as HTMLElement;
    expect(row).toHaveTextContent(/up/);
    expect(row).toHaveTextContent(/mTORC1 block relieves the S6K1 ⊣ IRS1 feedback/);
    act(() => useScenarioStore.getState().toggleLoop('S6K1-IRS1'));
    await waitFor(() => expect(region).toHaveAttribute('aria-busy', 'false'));
    expect(within(region).getByText('S6K1 pT389')).toBeInTheDocument();
    expect(within(region).queryByText('AKT pS473')).not.toBeInTheDocument();
  });

  it('lists the largest change first and says when nothing is given', async () => {
    renderApp();
    expect(screen.getByRole('region', { name: 'Predicted effects' })).toHaveTextContent(/Give a drug/);
    fireEvent.click(screen.getByRole('button', { name: 'PP242' }));
    const region = screen.getByRole('region', { name: 'Predicted effects' });
    await within(region).findByText('AKT pS473');
    const rows = within(region).getAllByRole('listitem');
    const sizes = rows.map((r) => Math.abs(Number(r.getAttribute('data-log2'))));
    expect(sizes.length).toBeGreaterThan(3);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i - 1]).toBeGreaterThanOrEqual(sizes[i] as number);
  });
});

describe('inspector', () => {
  it('shows the clicked node: description, activities, edges with evidence links and the drugs that act there', () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    act(() => useScenarioStore.getState().selectNode('MTORC1'));
    const inspector = screen.getByRole('complementary', { name: 'Inspector: mTORC1' });
    expect(inspector).toHaveTextContent(/raptor/);
    expect(within(inspector).getByRole('meter', { name: 'Treated activity' })).toBeInTheDocument();
    expect(within(inspector).getByRole('img', { name: /Activity over 24 hours/ })).toBeInTheDocument();
    const links = within(inspector).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('href')).toMatch(/^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
    }
    expect(inspector).toHaveTextContent(/Everolimus/);
    fireEvent.click(within(inspector).getByRole('button', { name: 'Close inspector' }));
    expect(screen.queryByRole('complementary', { name: /Inspector/ })).not.toBeInTheDocument();
  });
});

describe('context', () => {
  it('applies a named cell model and toggles single mutations', () => {
    renderApp();
    fireEvent.change(screen.getByRole('combobox', { name: 'Cell model' }), {
      target: { value: 'egfr-t790m' },
    });
    expect(useScenarioStore.getState().mutations).toEqual(['EGFR_L858R', 'EGFR_T790M']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'KRAS G12' }));
    expect(useScenarioStore.getState().mutations).toContain('KRAS_G12');
    fireEvent.click(screen.getByRole('radio', { name: '1 hour' }));
    expect(useScenarioStore.getState().timescale).toBe('acute');
  });
});
