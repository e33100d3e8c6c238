// A scenario as the command line and the batch file read it: what it resolves to (drugs and doses, context, loops,
// clamps, reference) and the message each kind of bad input gets, naming the bad value and the valid ones.
import {
  findDrug,
  predict,
  resolveScenario,
  resolveTreatment,
  ScenarioError,
} from '../../src/engine/predict';
import { model } from './helpers';

const rejects = (scenario: unknown, message: string) => {
  expect(() => resolveScenario(model, scenario)).toThrow(ScenarioError);
  expect(() => resolveScenario(model, scenario)).toThrow(message);
};
const readoutIds = model.pathway.readouts.map((r) => r.id);
const rapamycinHigh = model.drugById.get('rapamycin')?.doses?.high.nM as number;

describe('what a scenario resolves to', () => {
  it('an empty scenario: no drug, no mutation, every loop on, sustained, every readout, the same reference', () => {
    const s = resolveScenario(model, {});
    expect(s.scenario).toEqual({ mutations: [], treatment: [], loopsOff: new Set() });
    expect(s.reference).toEqual({ mutations: [], treatment: [], loopsOff: new Set() });
    expect(s.timescale).toBe('sustained');
    expect(s.readouts).toEqual(readoutIds);
    expect(s.id).toBeUndefined();
  });

  it('doses by level, in nM, and relative for a drug without a confirmed potency', () => {
    const t = resolveTreatment(
      model,
      [
        { drug: 'Rapamycin', dose: 'high' },
        { drug: 'pp242', dose: 12.5 },
        { drug: 'figitumumab', dose: 'low' },
        { drug: 'cixutumumab', dose: 'high' },
      ],
      'treatment',
    );
    expect(t.map((g) => [g.drug.id, g.doseNM, g.nominal ?? false])).toEqual([
      ['rapamycin', rapamycinHigh, false],
      ['pp242', 12.5, false],
      ['figitumumab', 1, true],
      ['cixutumumab', 30, true],
    ]);
    const rapamycinLow = model.drugById.get('rapamycin')?.doses?.low.nM as number;
    expect(rapamycinLow).toBeLessThan(rapamycinHigh);
    expect(resolveTreatment(model, [{ drug: 'rapamycin', dose: 'low' }], 'treatment')[0]?.doseNM).toBe(
      rapamycinLow,
    );
    expect(resolveTreatment(model, undefined, 'treatment')).toEqual([]);
    expect(resolveTreatment(model, [{ drug: 'pp242', dose: 0 }], 'treatment')[0]?.doseNM).toBe(0);
  });

  it('a drug given twice is given once at the larger dose, and the warning says which dose', () => {
    const warnings: string[] = [];
    const t = resolveTreatment(
      model,
      [
        { drug: 'figitumumab', dose: 'high' },
        { drug: 'Figitumumab', dose: 'low' },
      ],
      'treatment',
      (w) => warnings.push(w),
    );
    expect(t).toEqual([{ drug: model.drugById.get('figitumumab'), doseNM: 30, nominal: true }]);
    expect(warnings).toEqual([
      'treatment gives figitumumab twice ("figitumumab" and "Figitumumab"); using the larger dose, 30× its IC50',
    ]);
    // the larger dose given second replaces the first, in nM for a drug with a confirmed potency
    const later: string[] = [];
    const raised = resolveTreatment(
      model,
      [
        { drug: 'rapamycin', dose: 'low' },
        { drug: 'sirolimus', dose: 'high' },
      ],
      'treatment',
      (w) => later.push(w),
    );
    expect(raised.map((g) => g.doseNM)).toEqual([rapamycinHigh]);
    expect(later).toEqual([
      `treatment gives rapamycin twice ("rapamycin" and "sirolimus"); using the larger dose, ${rapamycinHigh} nM`,
    ]);
  });

  it('mutations, switched-off loops, clamps by id or label, a timescale and chosen readouts', () => {
    const loop = model.pathway.loops[0]?.id as string;
    const other = model.pathway.loops[1]?.id as string;
    const s = resolveScenario(model, {
      id: 'x',
      context: { mutations: ['PTEN_loss'], clamp: { AKT: 0, mTORC1: 1 } },
      feedback: { [loop]: false, [other]: true },
      timescale: 'acute',
      readouts: ['S6K1_pT389'],
    });
    expect(s.id).toBe('x');
    expect(s.scenario.mutations).toEqual(['PTEN_loss']);
    expect(s.scenario.loopsOff).toEqual(new Set([loop]));
    expect(s.scenario.clamp).toEqual(
      new Map([
        ['AKT', 0],
        ['MTORC1', 1],
      ]),
    );
    expect(s.reference.clamp).toEqual(s.scenario.clamp);
    expect(s.reference.mutations).toEqual(['PTEN_loss']);
    expect(s.timescale).toBe('acute');
    expect(s.readouts).toEqual(['S6K1_pT389']);
    expect(resolveScenario(model, { context: { clamp: {} } }).scenario.clamp).toBeUndefined();
    // a node by its id when its label differs, by its label when only one node has it
    expect(resolveScenario(model, { context: { clamp: { GLUCOSE: 1 } } }).scenario.clamp).toEqual(
      new Map([['GLUCOSE', 1]]),
    );
    expect(resolveScenario(model, { context: { clamp: { 'Blood glucose': 0 } } }).scenario.clamp).toEqual(
      new Map([['GLUCOSE', 0]]),
    );
  });

  it('a reference of its own: its context, treatment and clamps, with the scenario’s loops', () => {
    const loop = model.pathway.loops[0]?.id as string;
    const s = resolveScenario(model, {
      context: { mutations: ['PTEN_loss'], clamp: { AKT: 0 } },
      feedback: { [loop]: false },
      reference: { context: { mutations: ['KRAS_G12'] }, treatment: [{ drug: 'rapamycin', dose: 'high' }] },
    });
    expect(s.reference.mutations).toEqual(['KRAS_G12']);
    expect(s.reference.treatment.map((g) => g.drug.id)).toEqual(['rapamycin']);
    expect(s.reference.loopsOff).toEqual(new Set([loop]));
    expect(s.reference.clamp).toBeUndefined();
    const clampedReference = resolveScenario(model, {
      context: { clamp: { AKT: 0 } },
      reference: { context: { clamp: { AKT: 1 } } },
    });
    expect(clampedReference.reference.clamp).toEqual(new Map([['AKT', 1]]));
    expect(clampedReference.reference.mutations).toEqual([]);
    const keepsContext = resolveScenario(model, { context: { mutations: ['PTEN_loss'] }, reference: {} });
    expect(keepsContext.reference.mutations).toEqual(['PTEN_loss']);
    expect(keepsContext.reference.treatment).toEqual([]);
  });

  it('finds drugs by id, name or synonym whatever the case and dashes; an unknown name finds nothing', () => {
    expect(findDrug(model, 'NVP BEZ-235')?.id).toBe('nvp-bez235');
    expect(findDrug(model, 'sirolimus')?.id).toBe('rapamycin');
    expect(findDrug(model, 'unobtainium')).toBeUndefined();
  });
});

describe('what bad input is told', () => {
  it('a scenario that is not an object, a null field, a non-string id', () => {
    rejects(42, 'a scenario must be a JSON object, not 42');
    rejects([], 'a scenario must be a JSON object, not []');
    rejects(null, 'a scenario must be a JSON object, not null');
    rejects({ readouts: null }, '"readouts" is null; leave it out for the default, or give a value');
    rejects({ id: 3 }, 'scenario "id" must be a string');
    for (const key of ['context', 'treatment', 'reference', 'feedback', 'timescale'])
      rejects({ [key]: null }, `"${key}" is null; leave it out for the default, or give a value`);
    const thrown = (() => {
      try {
        resolveScenario(model, 42);
      } catch (error) {
        return error as Error;
      }
    })();
    expect(thrown?.name).toBe('ScenarioError');
  });

  it('a key the contract does not have, at each level, with the keys allowed there', () => {
    rejects(
      { drugs: [] },
      'unknown key "drugs" in scenario; allowed keys: id, context, treatment, reference, feedback, timescale, readouts',
    );
    rejects({ context: { cells: 1 } }, 'unknown key "cells" in context; allowed keys: mutations, clamp');
    rejects(
      { reference: { feedback: {} } },
      'unknown key "feedback" in reference; allowed keys: context, treatment',
    );
    rejects(
      { treatment: [{ drug: 'rapamycin', dose: 'high', when: 1 }] },
      'unknown key "when" in treatment[0]; allowed keys: drug, dose',
    );
  });

  it('a treatment that is not a list of drugs, an unknown drug, one that cannot be simulated', () => {
    rejects({ treatment: {} }, 'treatment must be an array of { drug, dose }');
    rejects({ treatment: ['rapamycin'] }, 'treatment[0] must be an object with a "drug" name');
    rejects(
      { treatment: [{ drug: 'unobtainium', dose: 'high' }] },
      'unknown drug "unobtainium"; valid drugs: ',
    );
    rejects({ treatment: [{ drug: 'unobtainium', dose: 'high' }] }, `valid drugs: ${model.drugs[0]?.id}, `);
    rejects(
      { reference: { treatment: [{ dose: 1 }] } },
      'reference.treatment[0] must be an object with a "drug" name',
    );
    const hidden = model.drugs.find((d) => d.selectable === false);
    rejects(
      { treatment: [{ drug: hidden?.id, dose: 'high' }] },
      `drug "${hidden?.id}" cannot be simulated: ${hidden?.unselectableReason}`,
    );
  });

  it('a dose that is not a level or a non-negative finite number of nM; nM for a drug that has only relative doses', () => {
    for (const dose of [-1, Number.NaN, 'medium', null])
      expect(() => resolveScenario(model, { treatment: [{ drug: 'rapamycin', dose }] })).toThrow(
        `invalid dose ${typeof dose === 'number' ? String(dose) : JSON.stringify(dose)} for drug "rapamycin"; use "low", "high" or a non-negative finite number of nM`,
      );
    rejects(
      { treatment: [{ drug: 'figitumumab', dose: 5 }] },
      'drug "figitumumab" has no confirmed potency, so only relative doses work: use "low" (about its IC50) or "high" (near-complete block), not 5',
    );
  });

  it('a context that is not an object, mutations that are not a list, an unknown mutation', () => {
    rejects({ context: 'PTEN' }, 'context must be an object like { "mutations": [...] }, not "PTEN"');
    rejects(
      { context: { mutations: 'PTEN_loss' } },
      'context.mutations must be an array of mutation ids, not "PTEN_loss"',
    );
    rejects({ context: { mutations: ['PTEN'] } }, 'unknown mutation "PTEN"; valid mutations: ');
    rejects({ reference: { context: { mutations: [1] } } }, 'unknown mutation 1; valid mutations: ');
  });

  it('a clamp that is not an object, names no node, or is not 0 or 1', () => {
    rejects({ context: { clamp: [] } }, 'context.clamp must be an object of node id → 0 or 1, not []');
    rejects({ context: { clamp: { NOWHERE: 1 } } }, 'unknown node "NOWHERE" in context.clamp; valid nodes: ');
    rejects({ context: { clamp: { NOWHERE: 1 } } }, `valid nodes: ${model.pathway.nodes[0]?.id}, `);
    rejects(
      { context: { clamp: { AKT: 0.5 } } },
      'context.clamp "AKT" must be 0 (knocked out) or 1 (forced on), not 0.5',
    );
    rejects({ reference: { context: { clamp: { AKT: 2 } } } }, 'reference.context.clamp "AKT" must be 0');
  });

  it('loops, timescale, readouts and reference of the wrong kind', () => {
    const loop = model.pathway.loops[0]?.id as string;
    rejects({ feedback: [] }, '"feedback" must be an object of loop id → true/false');
    rejects({ feedback: 'off' }, '"feedback" must be an object of loop id → true/false');
    rejects({ reference: { context: 'PTEN' } }, 'reference.context must be an object');
    rejects({ feedback: { nope: false } }, 'unknown loop "nope"; valid loops: ');
    rejects({ feedback: { [loop]: 'off' } }, `loop "${loop}" must be true or false, not "off"`);
    rejects({ timescale: 'weekly' }, 'unknown timescale "weekly"; valid timescales: acute, sustained');
    rejects({ readouts: 'AKT' }, '"readouts" must be an array of readout ids');
    rejects({ readouts: ['AKT'] }, 'unknown readout "AKT"; valid readouts: ');
    rejects({ reference: [] }, '"reference" must be an object, not []');
  });

  it('lists at most twenty valid values, then how many there are', () => {
    expect(readoutIds.length).toBeGreaterThan(20);
    rejects(
      { readouts: ['AKT'] },
      `valid readouts: ${readoutIds.slice(0, 20).join(', ')}, … (${readoutIds.length} in all)`,
    );
    const loops = model.pathway.loops.map((l) => l.id);
    expect(loops.length).toBeLessThanOrEqual(20);
    rejects({ feedback: { nope: false } }, `valid loops: ${loops.join(', ')}`);
  });
});

describe('a prediction', () => {
  it('reports each chosen readout rounded to six decimals, with its direction, and keeps the scenario’s id', () => {
    const result = predict(model, {
      id: 'rapa',
      treatment: [{ drug: 'rapamycin', dose: 'high' }],
      readouts: ['S6K1_pT389', 'AKT_pS473'],
    });
    expect(result.id).toBe('rapa');
    expect(Object.keys(result.readouts)).toEqual(['S6K1_pT389', 'AKT_pS473']);
    expect(result.converged).toBe(true);
    const s6k = result.readouts.S6K1_pT389;
    expect(s6k?.direction).toBe('down');
    for (const r of Object.values(result.readouts)) {
      expect(Math.round(r.value * 1e6) / 1e6).toBe(r.value);
      expect(Math.round(r.reference * 1e6) / 1e6).toBe(r.reference);
    }
    expect('id' in predict(model, { readouts: ['S6K1_pT389'] })).toBe(false);
  });
});
