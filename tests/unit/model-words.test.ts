// What the drug card and the library say about a drug, from the model alone: the mechanism paragraph, the rows of the
// selectivity chart, target names and citations, each with the exact words a reader sees.
import { bundledModel } from '../../src/model/bundled';
import { citationText, referenceHref, referenceLabel, sourceLabel } from '../../src/model/cite';
import {
  describeMechanism,
  formatNM,
  selectivityRows,
  selectivitySummary,
  selectivityTable,
} from '../../src/model/describe';
import { filterDrugs, mainTargets, targetLabel, targetName } from '../../src/model/drugs';
import type { Drug, DrugTarget, Model, Reference } from '../../src/model/types';

const model = bundledModel();
const drug = (id: string) => model.drugById.get(id) as Drug;
const classText = (d: Drug) => model.classById.get(d.class)?.description as string;
const RELATIVE_ONLY =
  'No potency has been confirmed from a source here, so the model gives it at relative doses only (low ≈ IC50, high ≈ complete block).';
const PARTLY_MEASURED =
  'Its potency is confirmed for some targets or mutant forms but not for all, so the model gives it at relative doses only (low ≈ IC50, high ≈ complete block).';

describe('the mechanism paragraph', () => {
  it('a fully measured drug with doses: its class’s description and nothing more', () => {
    const d = drug('pi103');
    expect(describeMechanism(model, d)).toBe(classText(d));
  });

  it('adds a drug’s own mechanism text after the class’s', () => {
    const d = drug('rapamycin');
    expect(describeMechanism(model, d)).toBe(`${classText(d)} ${d.mechanismText}`);
  });

  it('names the EGFR inhibitor generation, and the cysteine bond of a covalent one', () => {
    expect(describeMechanism(model, drug('gefitinib'))).toBe(
      `${classText(drug('gefitinib'))} It belongs to the first generation of EGFR inhibitors.`,
    );
    const afatinib = drug('afatinib');
    expect(describeMechanism(model, afatinib)).toBe(
      `${classText(afatinib)} It belongs to the second generation of EGFR inhibitors and bonds covalently to cysteine 797.`,
    );
  });

  it('says a covalent drug outside the EGFR generations keeps its block after the drug is gone', () => {
    const covalent = { ...drug('pi103'), mechanism: 'covalent' } as Drug;
    expect(describeMechanism(model, covalent)).toBe(
      `${classText(covalent)} It bonds covalently to a cysteine in the ATP pocket, so the block outlasts the drug.`,
    );
  });

  it('explains relative doses: none confirmed, or only some targets confirmed', () => {
    const figi = drug('figitumumab');
    expect(figi.targets.every((t) => t.value_nM === null)).toBe(true);
    expect(describeMechanism(model, figi)).toBe(`${classText(figi)} ${RELATIVE_ONLY}`);
    const dacomitinib = drug('dacomitinib');
    expect(dacomitinib.doses).toBeUndefined();
    expect(describeMechanism(model, dacomitinib)).toBe(
      `${classText(dacomitinib)} It belongs to the second generation of EGFR inhibitors and bonds covalently to cysteine 797. ${PARTLY_MEASURED}`,
    );
    // measured on every form it names (wild type and two mutants), it runs on nM doses
    const osimertinib = drug('osimertinib');
    expect(describeMechanism(model, osimertinib)).not.toContain(PARTLY_MEASURED);
    expect(describeMechanism(model, osimertinib)).not.toContain(RELATIVE_ONLY);
  });

  it('gives an unselectable drug’s reason instead of any dose note, or a plain one when the data give none', () => {
    const hidden = drug('azd2014');
    expect(describeMechanism(model, hidden)).toBe(`${classText(hidden)} ${hidden.unselectableReason}`);
    const noReason = { ...hidden, unselectableReason: undefined } as Drug;
    expect(describeMechanism(model, noReason)).toBe(`${classText(hidden)} It cannot be simulated.`);
  });
});

describe('the selectivity chart rows', () => {
  const t = (target: string, value_nM: number | null, extra: Partial<DrugTarget> = {}): DrugTarget =>
    ({ target, value_nM, source: 'seed-mtor-review', ...extra }) as DrugTarget;
  const withTargets = (targets: DrugTarget[]) => ({ ...drug('pi103'), targets }) as Drug;

  it('orders mTOR, the PI3K isoforms and DNA-PK first, in that order, then the rest by name', () => {
    const d = withTargets([
      t('EGFR', 3),
      t('DNAPK', 5),
      t('PI3K', 2, { isoform: 'delta' }),
      t('PI3K', 2, { isoform: 'alpha' }),
      t('MTORC2', 7),
      t('HER2', 1),
      t('MTORC1', 9),
    ]);
    expect(selectivityRows(model, d).map((r) => r.label)).toEqual([
      'mTOR (C1)',
      'mTOR (C2)',
      'PI3Kα',
      'PI3Kδ',
      'DNA-PK',
      'EGFR',
      'HER2',
    ]);
  });

  it('keeps the most potent of several values for one target, and a measured value over an undetermined one', () => {
    const rows = selectivityRows(
      model,
      withTargets([t('EGFR', 30), t('EGFR', 10), t('EGFR', 20), t('HER2', null), t('HER2', 8)]),
    );
    expect(rows.map((r) => [r.key, r.nM])).toEqual([
      ['EGFR', 10],
      ['HER2', 8],
    ]);
    const undetermined = selectivityRows(model, withTargets([t('HER2', 8), t('HER2', null)]));
    expect(undetermined.map((r) => r.nM)).toEqual([8]);
  });

  it('puts each measured mutant form under its target, from a measured value or a fold of the wild type', () => {
    const rows = selectivityRows(
      model,
      withTargets([
        t('EGFR', 10, {
          variants: [
            { mutations: ['EGFR_L858R', 'EGFR_T790M'], value_nM: 500, source: 's' },
            { mutations: ['EGFR_L858R'], foldVsWildType: 0.1, source: 's' },
          ],
        } as Partial<DrugTarget>),
        t('DNAPK', 4),
      ]),
    );
    expect(rows.map((r) => [r.label, r.nM, r.baseKey])).toEqual([
      ['DNA-PK', 4, 'DNAPK'],
      ['EGFR', 10, 'EGFR'],
      ['EGFR L858R/T790M', 500, 'EGFR'],
      ['EGFR L858R', 1, 'EGFR'],
    ]);
    // no wild-type value: a fold has nothing to scale
    const unscaled = selectivityRows(
      model,
      withTargets([
        t('EGFR', null, {
          variants: [{ mutations: ['EGFR_L858R'], foldVsWildType: 0.1, source: 's' }],
        } as Partial<DrugTarget>),
      ]),
    );
    expect(unscaled.map((r) => r.nM)).toEqual([null, null]);
  });

  it('writes a compared drug’s name in each cell and keeps each row once', () => {
    const drugs = [drug('rapamycin'), drug('pp242')];
    const table = selectivityTable(model, drugs);
    expect(table.rows[0]).toEqual({ key: 'MTORC1', label: 'mTOR (C1)' });
    expect(table.rows.filter((r) => r.key === 'MTORC1')).toHaveLength(1);
    const summary = selectivitySummary(table, drugs);
    expect(summary).toMatch(
      /^Potency by target: mTOR \(C1\) Rapamycin 100 pM, PP242 8 nM; mTOR \(C2\) Rapamycin not listed, PP242 8 nM; /,
    );
  });
});

describe('concentrations in words', () => {
  it('switches unit at exactly 1 nM and 1 µM', () => {
    expect(formatNM(1)).toBe('1 nM');
    expect(formatNM(0.99)).toBe('990 pM');
    expect(formatNM(1000)).toBe('1 µM');
    expect(formatNM(999.4)).toBe('1000 nM');
    expect(formatNM(1500)).toBe('1.5 µM');
  });
});

describe('target names', () => {
  it('a target with one node is named by its label; an isoform follows its target’s name', () => {
    expect(targetName(model, 'EGFR')).toBe(model.nodeById.get('EGFR')?.label);
    expect(targetLabel(model, { target: 'MTORC1' })).toBe('mTORC1');
    expect(targetLabel(model, { target: 'PI3K', isoform: 'alpha' })).toBe('PI3Kα');
    expect(targetLabel(model, { target: 'PI3K', isoform: 'gamma' })).toBe('PI3Kγ');
    expect(targetLabel(model, { target: 'PI3K', isoform: 'delta' })).toBe('PI3Kδ');
  });

  it('drops a dangling separator from the shared start of a target’s node labels', () => {
    const labelled = (labels: string[]): Model => ({
      ...model,
      pathway: {
        ...model.pathway,
        nodes: labels.map((label, i) => ({
          ...(model.pathway.nodes[0] as Model['pathway']['nodes'][number]),
          id: `N${i}`,
          target: 'T',
          label,
        })),
      },
    });
    expect(targetName(labelled(['InsR-A', 'InsR-B (body)']), 'T')).toBe('InsR');
    expect(targetName(labelled(['Kinase (tumour)', 'Kinase (liver)']), 'T')).toBe('Kinase');
    expect(targetName(labelled(['Kinase – A', 'Kinase – B']), 'T')).toBe('Kinase');
    // nothing shared: the tumour-cell node's label
    expect(targetName(labelled(['Alpha', 'Beta']), 'T')).toBe('Alpha');
  });

  it('lists four targets in full and ends a fifth with "…"; a narrowed list names only its targets', () => {
    const d = drug('nvp-bez235');
    const targets = [{ target: 'MTORC1' }, { target: 'MTORC2' }, { target: 'EGFR' }, { target: 'HER2' }];
    expect(mainTargets(model, d, targets)).toBe('mTORC1, mTORC2, EGFR, HER2');
    expect(mainTargets(model, d, [...targets, { target: 'DNAPK' }])).toBe('mTORC1, mTORC2, EGFR, HER2…');
    expect(mainTargets(model, d, [{ target: 'MTORC1' }, { target: 'MTORC1' }])).toBe('mTORC1');
    expect(mainTargets(model, d, [])).toBe('');
  });

  it('finds a drug by part of a synonym', () => {
    const rapa = drug('rapamycin');
    const synonym = rapa.synonyms[0] as string;
    expect(filterDrugs([drug('pi103'), rapa], synonym.slice(1, -1)).map((d) => d.id)).toEqual(['rapamycin']);
  });
});

describe('citations', () => {
  const ref: Reference = { id: 'r', authors: 'Ng A', title: 'T', journal: 'Nature', year: 2001 };

  it('links PubMed first, then the DOI, then the reference’s own address', () => {
    const full = { ...ref, pmid: '42', doi: '10.1/x', url: 'https://example.org/r' };
    expect(referenceHref(full)).toBe('https://pubmed.ncbi.nlm.nih.gov/42/');
    expect(referenceHref({ ...full, pmid: undefined })).toBe('https://doi.org/10.1/x');
    expect(referenceHref({ ...full, pmid: undefined, doi: undefined })).toBe('https://example.org/r');
    expect(referenceHref(ref)).toBeUndefined();
  });

  it('writes a single author without "et al." and leaves out a missing year', () => {
    expect(referenceLabel(ref)).toBe('Ng A 2001, Nature');
    expect(referenceLabel({ ...ref, year: undefined } as unknown as Reference)).toBe('Ng A, Nature');
  });

  it('shows identifiers only when asked, the PMID before the DOI', () => {
    const both = { ...ref, pmid: '42', doi: '10.1/x' };
    expect(citationText(both)).toBe('Ng A 2001, Nature');
    expect(citationText(both, true)).toBe('Ng A 2001, Nature (PMID 42)');
    expect(citationText(ref, true)).toBe('Ng A 2001, Nature');
  });

  it('names a known reference by its citation, with the table when given', () => {
    const [id, known] = [...model.references.entries()].find(([k]) => !k.startsWith('seed-')) as [
      string,
      Reference,
    ];
    expect(sourceLabel(model, id)).toBe(referenceLabel(known));
    expect(sourceLabel(model, id, '3')).toBe(`${referenceLabel(known)}, Table 3`);
  });
});
