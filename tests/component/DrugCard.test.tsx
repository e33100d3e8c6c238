// The drug card: opened from the library, with mechanism, selectivity (and comparison), trials and references.
import { fireEvent, screen, within } from '@testing-library/react';
import { bundledModel } from '../../src/model/bundled';
import { referenceHref } from '../../src/model/cite';
import { LAZY, renderApp } from './helpers';

const model = bundledModel();

/** Where a drug card must link: each of its references that has an address, and each trial registration. */
function expectedLinks(drugId: string): string[] {
  const drug = model.drugById.get(drugId);
  const refs = (drug?.references ?? [])
    .map((id) => model.references.get(id))
    .map((ref) => (ref ? referenceHref(ref) : undefined));
  const trials = (drug?.trials ?? [])
    .flatMap((t) => t.trialIds ?? [])
    .map((id) => `https://clinicaltrials.gov/study/${id}`);
  return [...refs, ...trials].filter((h): h is string => h !== undefined).sort();
}

/** The links a card shows, each of which must open in a new tab. */
function linkTargets(card: HTMLElement): string[] {
  const links = within(card).queryAllByRole('link');
  for (const link of links) expect(link).toHaveAttribute('target', '_blank');
  return links.map((l) => l.getAttribute('href') ?? '').sort();
}

describe('drug card', () => {
  it('opens from the library and shows mechanism, approval, selectivity, trials, toxicities and references', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'About NVP-BEZ235' }));
    const card = await screen.findByRole('dialog', { name: 'NVP-BEZ235 drug card' }, LAZY);
    expect(within(card).getByText(/PI3K\/mTOR dual inhibitor: the catalytic sites/)).toBeInTheDocument();
    const chart = within(card).getByRole('img', { name: /Potency by target/ });
    expect(chart).toHaveAccessibleName(/PI3Kα 4 nM/);
    expect(chart).toHaveAccessibleName(/DNA-PK not determined/);
    const trials = within(card).getByRole('table');
    expect(within(trials).getAllByRole('row').length).toBe(3); // header + 2 trials of Table 1
    expect(card).toHaveTextContent(/hyperglycaemia/);
    expect(card).toHaveTextContent(/Maira SM et al. 2008/);
    // the reviews give no PubMed id or DOI for this drug's papers: cited as text, with exactly the links the data allow
    expect(linkTargets(card)).toEqual(expectedLinks('nvp-bez235'));
    fireEvent.click(within(card).getByRole('button', { name: 'Close drug card' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('compares two drugs side by side', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'About PP242' }));
    const card = await screen.findByRole('dialog', { name: 'PP242 drug card' }, LAZY);
    fireEvent.change(within(card).getByRole('combobox', { name: 'Compare with' }), {
      target: { value: 'pi103' },
    });
    const chart = within(card).getByRole('img', { name: /Potency by target/ });
    expect(chart).toHaveAccessibleName(/PP242 8 nM/);
    expect(chart).toHaveAccessibleName(/PI-103 20 nM/);
  });

  it('shows approvals from the IGF review and says when a profile was never disclosed', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'About Gefitinib' }));
    expect(await screen.findByRole('dialog', { name: 'Gefitinib drug card' }, LAZY)).toHaveTextContent(
      /FDA approval 2003.*NSCLC/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close drug card' }));
    fireEvent.click(screen.getByRole('button', { name: 'About OXA-01' }));
    expect(await screen.findByRole('dialog', { name: 'OXA-01 drug card' }, LAZY)).toHaveTextContent(
      /not been disclosed/,
    );
  });

  it('links every reference with an address and every trial registration, in a new tab', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'About Xentuzumab' }));
    const card = await screen.findByRole('dialog', { name: 'Xentuzumab drug card' }, LAZY);
    const expected = expectedLinks('xentuzumab');
    expect(expected).toContain('https://clinicaltrials.gov/study/NCT02191891');
    expect(expected.filter((h) => !h.includes('clinicaltrials.gov')).length).toBeGreaterThan(0);
    expect(linkTargets(card)).toEqual(expected);
  });
});
