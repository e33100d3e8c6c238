// Opening a network file in the app: knock-out switches for every node, drugs matched by name or UniProt id, bad files
// named, a lecture story from the current state, and the results as CSV.
import { readFileSync } from 'node:fs';
import { runScenario } from '../../src/engine/scenario';
import { readoutsCsv, timeCourseCsv } from '../../src/features/Export/csv';
import { clampId, clampOf, withClamp } from '../../src/features/Import/clamps';
import { readNetworkFile } from '../../src/features/Import/loadNetwork';
import { storyFromState } from '../../src/features/Import/story';
import { FormatError } from '../../src/formats';
import { toCondition } from '../../src/stores/condition';
import { INITIAL_SCENARIO } from '../../src/stores/scenarioStore';

const open = (name: string) => readNetworkFile(readFileSync(`tests/fixtures/formats/${name}`, 'utf8'), name);
const g1s = open('erbb-g1s-ginsim.sbml');
const egfOn = [clampId('EGF', 'on')];

/** CSV text → rows of fields (the files hold no quoted commas except where a test puts them). */
const parse = (csv: string) =>
  csv
    .trimEnd()
    .split('\r\n')
    .map((l) => l.split(','));

describe('knock-outs of an opened network', () => {
  it('offers a knock-out and a forced-on switch for every node', () => {
    const ids = new Set(g1s.model.pathway.mutations.map((m) => m.id));
    for (const n of g1s.model.pathway.nodes) {
      expect(ids.has(clampId(n.id, 'off'))).toBe(true);
      expect(ids.has(clampId(n.id, 'on'))).toBe(true);
    }
  });

  it('a knock-out holds its node at 0 and a forced-on at 1, in the treated cell and its reference', () => {
    const run = (mutations: string[]) =>
      runScenario(g1s.model, toCondition(g1s.model, [], mutations, []), 'sustained');
    expect(run([...egfOn, clampId('MYC', 'off')]).value.get('MYC')).toBe(0);
    expect(run([clampId('p21', 'on')]).reference.get('p21')).toBeCloseTo(1, 6);
    expect(run(egfOn).value.get('MYC')).toBeGreaterThan(0.9);
  });

  it('switches one node between free, off and on without touching the others', () => {
    const a = withClamp(['X-KO'], 'MYC', 'off');
    expect(a).toEqual(['X-KO', 'MYC-KO']);
    const b = withClamp(a, 'MYC', 'on');
    expect(b).toEqual(['X-KO', 'MYC-ON']);
    expect(clampOf(b, 'MYC')).toBe('on');
    expect(withClamp(b, 'MYC', 'free')).toEqual(['X-KO']);
    expect(clampOf(['MYC2-KO'], 'MYC')).toBe('free');
  });
});

describe('drugs on an opened network', () => {
  it('counts the drugs whose targets match a node and hides the rest', () => {
    expect(g1s.drugsApplying).toBeGreaterThan(10);
    expect(g1s.drugsApplying).toBeLessThan(g1s.drugsTotal);
    expect(g1s.model.drugs.some((d) => d.id === 'rapamycin')).toBe(false);
  });

  it('matches Cell Collective nodes by the UniProt ids in their notes, not by their S_n ids', () => {
    const erbb = open('bt474-erbb-cellcollective.sbml').model;
    const targetOf = (label: string) => erbb.pathway.nodes.find((n) => n.label === label)?.target;
    expect(targetOf('ERBB1')).toBe('EGFR');
    expect(targetOf('MEK1_2')).toBe('MEK');
    // "S_6" is pertuzumab's node: it must not be taken for the S6 ribosomal protein
    expect(targetOf('pertuzumab')).toBeUndefined();
  });

  it('matches BoolNet names without their v_ prefix', () => {
    const bnet = open('bt474-erbb-bbm.bnet').model;
    expect(bnet.nodeById.get('v_ERBB2')?.target).toBe('HER2');
  });
});

describe('a file that cannot be read', () => {
  it('names the line of broken XML', () => {
    expect(() => readNetworkFile('<sbml>\n<model>\n<oops></model>', 'broken.sbml')).toThrow(FormatError);
    expect(() => readNetworkFile('<sbml>\n<model>\n<oops></model>', 'broken.sbml')).toThrow(/line 3/);
  });

  it('says an empty file is empty', () => {
    expect(() => readNetworkFile('  \n', 'empty.bnet')).toThrow('empty.bnet is empty');
  });

  it('names the bad line of a BoolNet file', () => {
    expect(() => readNetworkFile('targets, factors\nA, B &\n', 'bad.bnet')).toThrow(/line 2/);
  });
});

describe('the story of an opened network', () => {
  const state = {
    ...INITIAL_SCENARIO,
    mutations: egfOn,
    drugs: [{ drugId: 'afatinib', dose: 'high' as const }],
  };
  const story = storyFromState(g1s.model, g1s.name, state);

  it('has the context, the drug, and the drug without feedback', () => {
    expect(story.steps.map((s) => s.title)).toEqual(['The network', 'Afatinib given', 'Without feedback']);
    expect(story.steps.map((s) => s.drugs.length)).toEqual([0, 1, 1]);
    expect(story.steps[2]?.loopsOff).toEqual(g1s.model.pathway.loops.map((l) => l.id));
    expect(story.steps.every((s) => s.mutations.join() === egfOn.join())).toBe(true);
  });

  it('states the largest change of the drug step with its numbers', () => {
    const result = runScenario(
      g1s.model,
      toCondition(g1s.model, state.drugs, state.mutations, []),
      'sustained',
    );
    const largest = [...result.readouts].sort((a, b) => Math.abs(b.log2) - Math.abs(a.log2))[0];
    expect(largest).toBeDefined();
    const text = `${largest?.label} ${largest?.direction} (${largest?.reference.toFixed(2)} → ${largest?.value.toFixed(2)})`;
    expect(story.steps[1]?.caption).toContain(`Largest changes against the same cell untreated: ${text}`);
    expect(story.steps[1]?.claims[0]).toEqual({ readout: largest?.id, direction: largest?.direction });
  });

  it('is one step when nothing is given', () => {
    expect(storyFromState(g1s.model, g1s.name, INITIAL_SCENARIO).steps).toHaveLength(1);
  });
});

describe('results as CSV', () => {
  const scenario = { drugs: [{ drugId: 'afatinib', dose: 'high' as const }], mutations: egfOn, loopsOff: [] };

  it('lists every readout with its reference, value and direction', () => {
    const rows = parse(readoutsCsv(g1s.model, { ...scenario, timescale: 'sustained' }));
    expect(rows[0]).toEqual(['id', 'label', 'reference', 'value', 'direction']);
    const result = runScenario(g1s.model, toCondition(g1s.model, scenario.drugs, egfOn, []), 'sustained');
    expect(rows.slice(1)).toHaveLength(result.readouts.length);
    for (const [k, r] of result.readouts.entries()) {
      const [id, label, reference, value, direction] = rows[k + 1] ?? [];
      expect([id, label, direction]).toEqual([r.id, r.label, r.direction]);
      expect(Number(reference)).toBeCloseTo(r.reference, 5);
      expect(Number(value)).toBeCloseTo(r.value, 5);
    }
  });

  it('gives the time course from dosing to 24 h every 20 minutes, one column per readout', () => {
    const rows = parse(timeCourseCsv(g1s.model, { ...scenario, timescale: 'sustained' }));
    expect(rows[0]).toEqual(['minutes', ...g1s.model.pathway.readouts.map((r) => r.id)]);
    expect(rows.map((r) => r[0]).slice(1, 4)).toEqual(['0', '20', '40']);
    expect(rows[rows.length - 1]?.[0]).toBe('1440');
    // afatinib takes pRB1 down over the day: high before dosing, lower at 24 h
    const col = rows[0]?.indexOf('pRB1') as number;
    expect(Number(rows[1]?.[col])).toBeGreaterThan(0.9);
    expect(Number(rows[rows.length - 1]?.[col])).toBeLessThan(0.5);
  });

  it('quotes a label that holds a comma', () => {
    const model = { ...g1s.model, pathway: { ...g1s.model.pathway } };
    model.pathway.readouts = [{ ...g1s.model.pathway.readouts[0], label: 'EGF, "free"' } as never];
    const csv = readoutsCsv(model, { drugs: [], mutations: [], loopsOff: [], timescale: 'acute' });
    expect(csv.split('\r\n')[1]).toContain('"EGF, ""free"""');
  });
});
