// The pure helpers behind the UI, imported from Node without React or Cytoscape: drug queries, words, citations,
// dose resolution and the chart and time-course geometry, each against the bundled data with exact expectations.
import { chartLayout } from '../../src/features/DrugCard/chartLayout';
import { sparkPoints, sparkX, sparkY } from '../../src/features/Inspector/timeCourse';
import { bundledModel, bundledStories } from '../../src/model/bundled';
import { citationText, sourceLabel } from '../../src/model/cite';
import {
  formatNM,
  nodeTitle,
  potencyText,
  selectivitySummary,
  selectivityTable,
  TIMESCALE_LABEL,
} from '../../src/model/describe';
import {
  drugsActingOn,
  filterDrugs,
  groupByClass,
  mainPotency,
  mainTargets,
  targetLabel,
  targetName,
  targetNode,
} from '../../src/model/drugs';
import type { Drug, Reference } from '../../src/model/types';
import { choiceDose, defaultDose, doseNM } from '../../src/stores/condition';
import { currentStory } from '../../src/stores/lectureStore';
import { INITIAL_SCENARIO, type ScenarioStore, scenarioStateOf } from '../../src/stores/scenarioStore';
import { testHooks, testHooksEnabled } from '../../src/testHooks';

const model = bundledModel();
const drug = (id: string) => model.drugById.get(id) as Drug;

describe('drug queries (src/model/drugs)', () => {
  it('names a target by what its nodes share, so isoforms and tissue copies give one name', () => {
    expect(targetName(model, 'PI3K')).toBe('PI3K'); // PI3Kα, PI3Kβ, PI3Kα (body)
    expect(targetName(model, 'INSR')).toBe('InsR'); // InsR-A, InsR-B (body)
    expect(targetName(model, 'MTORC2')).toBe('mTORC2'); // mTORC2, mTORC2 (liver)
    expect(targetName(model, 'MTORC1')).toBe('mTORC1');
    expect(targetName(model, 'no-such-target')).toBe('no-such-target');
  });

  it('takes the tumour-cell node, not a metabolic-tissue copy, for a target', () => {
    expect(targetNode(model, 'INSR')?.id).toBe('INSR_A');
    expect(targetNode(model, 'PI3K')?.compartment).not.toBe('systemic');
    expect(targetNode(model, 'no-such-target')).toBeUndefined();
  });

  it('writes an isoform after its target, and lists at most four main targets', () => {
    expect(targetLabel(model, { target: 'PI3K', isoform: 'beta', value_nM: 1, source: 'x' })).toBe('PI3Kβ');
    expect(mainTargets(model, drug('rapamycin'))).toBe('mTORC1');
    expect(mainTargets(model, drug('linsitinib'))).toBe('IGF-1R, InsR');
    expect(mainTargets(model, drug('nvp-bez235'))).toBe('mTORC1, mTORC2, PI3Kα, PI3Kβ…');
  });

  it('searches ids, names and synonyms ignoring case, spaces and dashes; an empty query keeps every drug', () => {
    expect(filterDrugs(model.drugs, 'bez-235').map((d) => d.id)).toEqual(['nvp-bez235']);
    expect(filterDrugs(model.drugs, 'SIROLIMUS').map((d) => d.id)).toContain('rapamycin');
    expect(filterDrugs(model.drugs, '  ')).toBe(model.drugs);
    expect(filterDrugs(model.drugs, 'zzzz')).toEqual([]);
  });

  it('groups drugs by class in the order of data/drug-classes.json, leaving out empty classes', () => {
    const groups = groupByClass(model, model.drugs);
    const classOrder = [...model.classById.keys()];
    expect(groups.map(([c]) => c)).toEqual(classOrder.filter((c) => model.drugs.some((d) => d.class === c)));
    expect(groups.flatMap(([, drugs]) => drugs).length).toBe(model.drugs.length);
    expect(groupByClass(model, [drug('rapamycin')])).toEqual([
      [drug('rapamycin').class, [drug('rapamycin')]],
    ]);
  });

  it('finds the most potent measured target, or null when none is measured', () => {
    expect(mainPotency(drug('nvp-bez235'))).toEqual({ nM: 4, target: 'PI3K' });
    expect(mainPotency(drug('figitumumab'))).toBeNull();
    const tie = {
      ...drug('rapamycin'),
      targets: [
        { target: 'A', value_nM: 2, source: 's' },
        { target: 'B', value_nM: 2, source: 's' },
      ],
    } as Drug;
    expect(mainPotency(tie)).toEqual({ nM: 2, target: 'A' });
  });

  it('lists the drugs acting on a node through the target it embodies', () => {
    const mtorc1 = model.nodeById.get('MTORC1');
    expect(mtorc1 && drugsActingOn(model, mtorc1).map((d) => d.id)).toContain('rapamycin');
  });
});

describe('words (src/model/describe)', () => {
  it('formats concentrations in pM, nM and µM with two significant digits', () => {
    expect([0.0123, 0.5, 1, 12.345, 120, 999, 3000, 12345].map(formatNM)).toEqual([
      '12 pM',
      '500 pM',
      '1 nM',
      '12 nM',
      '120 nM',
      '1000 nM',
      '3 µM',
      '12 µM',
    ]);
  });

  it('says a chart row in words, with qualifier and a non-IC50 measure', () => {
    const row = { key: 'K', label: 'K', baseKey: 'K' };
    expect(potencyText(undefined)).toBe('not listed');
    expect(potencyText({ ...row, nM: null })).toBe('not determined');
    expect(potencyText({ ...row, nM: 4, measure: 'IC50' })).toBe('4 nM');
    expect(potencyText({ ...row, nM: 10000, qualifier: '>', measure: 'Kd' })).toBe('>10 µM (Kd)');
  });

  it('merges the rows of compared drugs and names them in the summary', () => {
    const table = selectivityTable(model, [drug('nvp-bez235'), drug('rapamycin')]);
    expect(new Set(table.rows.map((r) => r.key)).size).toBe(table.rows.length);
    expect(table.byDrug).toHaveLength(2);
    const alone = selectivitySummary(selectivityTable(model, [drug('nvp-bez235')]), [drug('nvp-bez235')]);
    expect(alone).toMatch(/^Potency by target: /);
    expect(alone).toContain('PI3Kα 4 nM');
    expect(alone).toContain('DNA-PK not determined');
  });

  it('titles a site with its protein, and says timescales as times after dosing', () => {
    expect(nodeTitle(model, 'AKT_pS473')).toBe(`AKT ${model.nodeById.get('AKT_pS473')?.label}`);
    expect(nodeTitle(model, 'MTORC1')).toBe('mTORC1');
    expect(nodeTitle(model, 'nothing')).toBe('nothing');
    expect(TIMESCALE_LABEL).toEqual({ acute: '1 hour', sustained: '24 hours' });
  });
});

describe('citations (src/model/cite)', () => {
  const ref: Reference = {
    id: 'r',
    authors: 'Maira SM, Stauffer F',
    title: 'T',
    journal: 'Mol Cancer Ther',
    year: 2008,
  };

  it('cites first author, year and journal, with the identifier when asked', () => {
    expect(citationText(ref)).toBe('Maira SM et al. 2008, Mol Cancer Ther');
    expect(citationText({ ...ref, pmid: '123' }, true)).toBe(
      'Maira SM et al. 2008, Mol Cancer Ther (PMID 123)',
    );
    expect(citationText({ ...ref, doi: '10.1/x' }, true)).toBe('Maira SM et al. 2008, Mol Cancer Ther (DOI)');
  });

  it('names the seed reviews by their short names and other sources by their citation', () => {
    expect(sourceLabel(model, 'seed-mtor-review', '1')).toBe('mTOR review, Table 1');
    expect(sourceLabel(model, 'seed-igf-review')).toBe('IGF review');
    expect(sourceLabel(model, 'unknown-source', '2')).toBe('unknown-source, Table 2');
  });
});

describe('store logic', () => {
  it('resolves doses: levels to the drug’s nM doses where it has them, relative otherwise', () => {
    const rapa = drug('rapamycin');
    const doses = rapa.doses;
    if (!doses) throw new Error('rapamycin has nM doses');
    expect(doseNM(doses, 'low')).toBe(doses.low.nM);
    expect(doseNM(doses, 7)).toBe(7);
    expect(choiceDose(rapa, 'high')).toBe(doses.high.nM);
    expect(choiceDose(drug('figitumumab'), 'low')).toBe('low');
    expect(choiceDose(undefined, 'high')).toBe('high');
    expect(defaultDose(model, 'rapamycin')).toBe(doses.high.nM);
    expect(defaultDose(model, 'figitumumab')).toBe('high');
  });

  it('keeps only the choices of the scenario store, not its actions', () => {
    const store = { ...INITIAL_SCENARIO, selectDrug: () => undefined } as unknown as ScenarioStore;
    expect(scenarioStateOf(store)).toEqual(INITIAL_SCENARIO);
  });

  it('shows the chosen story, or the first one when none (or an unknown one) is chosen', () => {
    const stories = bundledStories();
    expect(currentStory(stories, stories[1]?.id ?? null)).toBe(stories[1]);
    expect(currentStory(stories, null)).toBe(stories[0]);
    expect(currentStory(stories, 'no-such-story')).toBe(stories[0]);
    expect(currentStory([], null)).toBeUndefined();
  });
});

describe('geometry', () => {
  it('clamps the potency axis at 0.01 nM and 100 µM and makes room for the longest label', () => {
    const layout = chartLayout(['EGFR L858R/T790M', 'IGF-1R'], 2);
    expect(layout.labelW).toBe(16 * 7 + 8);
    expect(layout.x(0.001)).toBe(layout.x(0.01));
    expect(layout.x(0.01)).toBe(layout.labelW + layout.plotW);
    expect(layout.x(1e6)).toBe(layout.labelW);
    expect(layout.rowH).toBe(52);
  });

  it('draws the time course from 0 h on the left to 24 h on the right, 0 at the bottom and 1 at the top', () => {
    expect(sparkX(0)).toBe(34);
    expect(sparkX(24 * 60)).toBe(250);
    expect(sparkY(0)).toBeGreaterThan(sparkY(1));
    expect(sparkPoints([0, 1440], [0, 1])).toBe(`34.0,${sparkY(0).toFixed(1)} 250.0,${sparkY(1).toFixed(1)}`);
  });
});

describe('test hooks outside a browser', () => {
  it('are off without a window, and reporting to them does nothing', () => {
    expect(testHooksEnabled()).toBe(false);
    expect(() => testHooks.overlayApplied()).not.toThrow();
  });
});
