// The drug and evidence library of both reviews: completeness, table transcriptions, and every agent simulating.
import { readFileSync } from 'node:fs';
import { findDrug, predict } from '../../src/engine/predict';
import { describeMechanism, selectivityRows } from '../../src/model/describe';
import { model, selectableDrugs } from './helpers';

function csv(name: string): string[][] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => (m[1] ?? '').replace(/""/g, '"')));
}

describe('the library holds every agent of both reviews', () => {
  const agents = {
    mtorReview: [
      'sirolimus',
      'everolimus',
      'temsirolimus',
      'PI103',
      'PI540',
      'PI620',
      'NVP-BEZ235',
      'GSK2126458',
      'SF1126',
      'NVP-BBD130',
      'PKI402',
      'XL765',
      'GDC0980',
      'BGT226',
      'WJD008',
      'LY294002',
      'PP242',
      'PP30',
      'WAY600',
      'WYE687',
      'WYE354',
      'WYE132',
      'AZD8055',
      'Ku0063794',
      'INK128',
      'OSI027',
      'AZD2014',
      'OXA01',
    ],
    egfr: [
      'gefitinib',
      'erlotinib',
      'icotinib',
      'afatinib',
      'dacomitinib',
      'osimertinib',
      'mobocertinib',
      'EAI045',
      'BLU-945',
      'TQB3804',
      'cetuximab',
      'panitumumab',
      'necitumumab',
      'amivantamab',
    ],
    her2: [
      'trastuzumab',
      'pertuzumab',
      'margetuximab',
      'trastuzumab emtansine',
      'trastuzumab deruxtecan',
      'lapatinib',
      'neratinib',
      'tucatinib',
    ],
    igf: [
      'cixutumumab',
      'ganitumab',
      'figitumumab',
      'dalotuzumab',
      'teprotumumab',
      'linsitinib',
      'BMS-754807',
      'picropodophyllin',
      'NT157',
      'AG-1024',
      'NVP-AEW541',
      'NVP-ADW742',
      'GSK1904529A',
      'dusigitumab',
      'xentuzumab',
      'PQ-401',
    ],
    table1InModel: [
      'alpelisib',
      'copanlisib',
      'duvelisib',
      'idelalisib',
      'umbralisib',
      'binimetinib',
      'cobimetinib',
      'selumetinib',
      'trametinib',
      'tirbanibulin',
    ],
    added: ['MK-2206', 'capivasertib', 'Torin1'],
  };
  // Each review's agents belong to that review's drug classes (a name resolving to the wrong agent shows up here).
  const classes: Record<keyof typeof agents, string[]> = {
    mtorReview: ['rapalog', 'mtor-kinase-inhibitor', 'pi3k-mtor-dual'],
    egfr: ['egfr-tki', 'egfr-antibody', 'egfr-allosteric'],
    her2: ['her2-antibody', 'her2-adc', 'her2-tki'],
    igf: ['igf1r-antibody', 'igf1r-tki', 'igf-ligand-antibody'],
    table1InModel: ['pi3k-inhibitor', 'mek-inhibitor', 'mek-inhibitor-raf-blocking', 'src-inhibitor'],
    added: ['akt-inhibitor', 'akt-atp-competitive', 'mtor-kinase-inhibitor'],
  };
  for (const [group, names] of Object.entries(agents) as Array<[keyof typeof agents, string[]]>)
    it(`has the ${group} agents, each of the review's drug classes`, () => {
      for (const name of names) expect(classes[group], name).toContain(findDrug(model, name)?.class);
    });

  it('resolves every agent named in the reviews to a drug of its own', () => {
    const names = Object.values(agents).flat();
    const ids = names.map((name) => findDrug(model, name)?.id);
    expect(new Set(ids).size).toBe(names.length);
    expect(findDrug(model, 'trastuzumab emtansine')?.id).toBe('trastuzumab-emtansine');
    expect(findDrug(model, 'sirolimus')?.id).toBe('rapamycin');
    expect(findDrug(model, 'MK-2206')?.id).toBe('mk2206');
  });

  it('lists agents whose profile was never disclosed, unselectable, with the reason', () => {
    for (const name of ['OXA01', 'OSI027']) {
      const drug = findDrug(model, name);
      expect(drug?.selectable).toBe(false);
      expect(drug?.unselectableReason).toMatch(/disclosed/);
    }
    expect(() => predict(model, { treatment: [{ drug: 'OXA01', dose: 'high' }] })).toThrow(
      /OXA01.*disclosed/,
    );
  });

  it('gives each agent a mechanism paragraph and a selectivity profile with "not determined" kept', () => {
    for (const drug of model.drugs)
      expect(describeMechanism(model, drug).length, drug.id).toBeGreaterThan(60);
    const way600 = selectivityRows(model, model.drugById.get('way600') as never);
    expect(way600.find((r) => r.label === 'PI3Kβ')?.nM).toBeNull();
    expect(way600.find((r) => r.label === 'PI3Kα')?.nM).toBe(1960);
  });

  it('shows measured mutant forms as their own rows under the target', () => {
    const rows = selectivityRows(model, model.drugById.get('osimertinib') as never);
    expect(rows.map((r) => [r.label, r.nM])).toEqual([
      ['EGFR', 1865],
      ['EGFR L858R', 54],
      ['EGFR L858R/T790M', 15],
    ]);
    expect(describeMechanism(model, model.drugById.get('osimertinib') as never)).not.toMatch(
      /relative doses/,
    );
  });
});

describe('every selectable agent simulates', () => {
  it('at its low and high dose, sustained and acute, without error and within range', () => {
    for (const drug of selectableDrugs)
      for (const dose of ['low', 'high'] as const)
        for (const timescale of ['acute', 'sustained'] as const) {
          const result = predict(model, { treatment: [{ drug: drug.id, dose }], timescale });
          for (const r of Object.values(result.readouts)) {
            expect(Number.isFinite(r.value), `${drug.id} ${dose}`).toBe(true);
            expect(r.value).toBeGreaterThanOrEqual(0);
            expect(r.value).toBeLessThanOrEqual(1);
          }
          expect(result.converged, `${drug.id} ${dose} ${timescale}`).toBe(true);
        }
  });
});

describe('review tables are entered exactly', () => {
  it('IGF review Table 2 (strategies and preclinical references)', () => {
    const rows = csv('igf-review-table2.csv');
    expect(rows.length).toBe(15);
    for (const [strategy, compound, refs] of rows) {
      if (!compound) continue; // printed without a name in the review
      const owners = model.drugs.filter((d) => d.preclinical?.compound === compound);
      expect(owners.length, compound).toBe(1);
      expect(owners[0]?.preclinical).toMatchObject({ strategy, refs, source: 'seed-igf-review', table: '2' });
    }
    expect(model.drugs.filter((d) => d.preclinical).length).toBe(rows.filter((r) => r[1]).length);
  });

  it('mTOR review Table 1 (trials of ATP-competitive mTOR inhibitors)', () => {
    const rows = csv('mtor-review-table1.csv');
    const trials = model.drugs.flatMap((d) =>
      (d.trials ?? []).filter((t) => t.source === 'seed-mtor-review'),
    );
    expect(trials.length).toBe(rows.length);
    for (const [, sponsor, agent, stage, schedule, condition] of rows)
      expect(
        trials.some(
          (t) =>
            t.sponsor === sponsor &&
            t.agent === agent &&
            t.phase === stage &&
            t.schedule === schedule &&
            t.condition === condition,
        ),
        `${agent} ${stage} ${condition}`,
      ).toBe(true);
  });

  it('IGF review Table 1 approvals for the library’s agents', () => {
    expect(findDrug(model, 'gefitinib')?.approvals?.[0]).toMatchObject({ year: 2003, indication: 'NSCLC' });
    expect(findDrug(model, 'sirolimus')?.approvals?.[0]?.year).toBe(1999);
    expect(findDrug(model, 'osimertinib')?.approvals?.[0]?.year).toBe(2015);
  });

  it('IGF review Table 3 trials keep their trial registration numbers', () => {
    const xentuzumab = findDrug(model, 'xentuzumab');
    expect(xentuzumab?.trials?.flatMap((t) => t.trialIds ?? [])).toEqual(
      expect.arrayContaining(['NCT02191891', 'NCT03659136']),
    );
  });
});
