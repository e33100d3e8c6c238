// What a readout and a node show, computed from a simulated state: plain activity, complement, activity net of a
// block on the output, and the Hill, occupancy and scenario arithmetic underneath, each with exact values.
import { direction } from '../../src/engine/direction';
import type { DrugEffects } from '../../src/engine/effects';
import { hill, hillCurve, occupancy } from '../../src/engine/hill';
import type { Network } from '../../src/engine/network';
import { runScenario } from '../../src/engine/scenario';
import { nodeQuantities, shownValue } from '../../src/engine/shown';
import { readoutValue } from '../../src/engine/simulate';
import type { Readout } from '../../src/model/types';
import { model } from './helpers';

/** A state where each listed node has the given activity and the given blocks act (only what readouts read). */
function stateOf(
  activity: Record<string, number>,
  blocks: { catalytic?: [string, number][]; allosteric?: [string, number][] } = {},
) {
  const ids = Object.keys(activity);
  const network = { index: new Map(ids.map((id, i) => [id, i])) } as unknown as Network;
  const effects = {
    catalytic: new Map(blocks.catalytic ?? []),
    allosteric: new Map(blocks.allosteric ?? []),
  } as unknown as DrugEffects;
  return { network, effects, y: Float64Array.from(ids.map((id) => activity[id] as number)) };
}
const readout = (id: string) => model.pathway.readouts.find((r) => r.id === id) as Readout;

describe('readout values', () => {
  it('a plain readout is its node’s activity, whatever blocks the node', () => {
    const state = stateOf({ S6K1: 0.4 }, { catalytic: [['S6K1', 0.5]], allosteric: [['S6K1', 0.5]] });
    expect(readout('S6K1_pT389').transform).toBeUndefined();
    expect(readoutValue(model, state, readout('S6K1_pT389'))).toBe(0.4);
  });

  it('a complement readout rises as its node falls (p-PRAS40 is PRAS40 switched off)', () => {
    expect(readoutValue(model, stateOf({ PRAS40: 0.25 }), readout('PRAS40_p'))).toBe(0.75);
    expect(readoutValue(model, stateOf({ PRAS40: 1 }), readout('PRAS40_p'))).toBe(0);
  });

  it('an output readout is the activity net of the catalytic and allosteric blocks on it', () => {
    const mtorc1 = readout('MTORC1');
    expect(mtorc1.transform).toBe('output');
    expect(readoutValue(model, stateOf({ MTORC1: 0.8 }), mtorc1)).toBe(0.8);
    expect(
      readoutValue(model, stateOf({ MTORC1: 0.8 }, { catalytic: [['MTORC1', 0.5]] }), mtorc1),
    ).toBeCloseTo(0.4, 12);
    expect(
      readoutValue(model, stateOf({ MTORC1: 0.8 }, { allosteric: [['MTORC1', 0.75]] }), mtorc1),
    ).toBeCloseTo(0.2, 12);
    expect(
      readoutValue(
        model,
        stateOf({ MTORC1: 0.8 }, { catalytic: [['MTORC1', 0.5]], allosteric: [['MTORC1', 0.5]] }),
        mtorc1,
      ),
    ).toBeCloseTo(0.2, 12);
  });

  it('an autophosphorylating receptor’s output is not blocked a second time by its kinase inhibitor', () => {
    const egfrOutput = { ...readout('EGFR_p'), transform: 'output' } as Readout;
    expect(model.nodeById.get('EGFR')?.autophosphorylation).toBe(true);
    const state = stateOf({ EGFR: 0.6 }, { catalytic: [['EGFR', 0.9]], allosteric: [['EGFR', 0.5]] });
    expect(readoutValue(model, state, egfrOutput)).toBeCloseTo(0.3, 12);
  });

  it('is not a number for a node the network lacks', () => {
    expect(readoutValue(model, stateOf({ AKT: 0.5 }), readout('S6K1_pT389'))).toBeNaN();
  });
});

describe('what a node shows', () => {
  it('a node with a readout shows the readout: its label, meaning and value', () => {
    const q = nodeQuantities(model).get('PRAS40');
    expect(q?.readout?.id).toBe('PRAS40_p');
    expect(q?.label).toBe('p-PRAS40');
    expect(q?.meaning).toBe('PRAS40 pT246');
    expect(shownValue(model, stateOf({ PRAS40: 0.3 }), 'PRAS40')).toBeCloseTo(0.7, 12);
  });

  it('a node without a readout shows its activity net of the blocks on its output, named as its activity', () => {
    const akt = nodeQuantities(model).get('AKT');
    expect(akt?.readout).toBeUndefined();
    expect(akt?.label).toBe(model.nodeById.get('AKT')?.label);
    expect(akt?.meaning).toBe(`${model.nodeById.get('AKT')?.label} activity`);
    expect(shownValue(model, stateOf({ AKT: 0.5 }), 'AKT')).toBe(0.5);
    expect(shownValue(model, stateOf({ AKT: 0.5 }, { catalytic: [['AKT', 0.6]] }), 'AKT')).toBeCloseTo(
      0.2,
      12,
    );
    expect(shownValue(model, stateOf({ AKT: 0.5 }, { allosteric: [['AKT', 0.5]] }), 'AKT')).toBeCloseTo(
      0.25,
      12,
    );
  });

  it('a receptor without a readout keeps its own (autophosphorylation) activity under its kinase inhibitor', () => {
    const node = model.pathway.nodes.find(
      (n) => n.autophosphorylation && !model.pathway.readouts.some((r) => r.node === n.id),
    );
    expect(node).toBeDefined();
    const id = node?.id as string;
    expect(shownValue(model, stateOf({ [id]: 0.5 }, { catalytic: [[id, 0.8]] }), id)).toBe(0.5);
    expect(
      shownValue(model, stateOf({ [id]: 0.5 }, { catalytic: [[id, 0.8]], allosteric: [[id, 0.5]] }), id),
    ).toBe(0.25);
  });

  it('is not a number for a node the network lacks', () => {
    expect(shownValue(model, stateOf({ S6K1: 0.5 }), 'AKT')).toBeNaN();
    expect(shownValue(model, stateOf({ S6K1: 0.5 }), 'NO_SUCH_NODE')).toBeNaN();
  });
});

describe('Hill curve and occupancy, exactly', () => {
  it('precomputes B and K^n: EC50 0.25, n = 1 gives B = 1.5, K = 0.5', () => {
    expect(hillCurve(0.25, 1)).toEqual({ b: 1.5, kn: 0.5, n: 1 });
    expect(hill(hillCurve(0.25, 1), 0.5)).toBe(0.75);
    // n = 2 at EC50 0.5: e = 0.25, B = -0.75 / -0.5
    expect(hillCurve(0.5, 2)).toEqual({ b: 1.5, kn: 0.5, n: 2 });
    expect(hill(hillCurve(0.5, 2), 0.25)).toBeCloseTo((1.5 * 0.0625) / 0.5625, 12);
  });

  it('an input just above 0 gives a small activation, not none; just below 1 almost full', () => {
    const c = hillCurve(0.5, 1.2);
    expect(hill(c, 1e-6)).toBeGreaterThan(0);
    expect(hill(c, 0.999)).toBeGreaterThan(0.99);
    expect(hill(c, 0.999)).toBeLessThan(1);
  });

  it('a drug with no measurable IC50 occupies all of its target; no dose, or a dose that is not a number, none', () => {
    expect(occupancy(10, 0)).toBe(1);
    expect(occupancy(10, -1)).toBe(1);
    expect(occupancy(Number.NaN, 10)).toBe(0);
    expect(occupancy(30, 10)).toBe(0.75);
  });
});

describe('a scenario and its reference', () => {
  it('compares treated with untreated in the same context, each readout’s log2 change with the 0.001 offset', () => {
    const condition = { mutations: ['PTEN_loss'], treatment: [], loopsOff: new Set<string>() };
    const alone = runScenario(model, condition, 'sustained');
    const given = runScenario(
      model,
      { ...condition, treatment: [{ drug: model.drugById.get('rapamycin') as never, doseNM: 3 }] },
      'sustained',
    );
    // the reference is the untreated state of the same (PTEN-loss) context
    expect(given.reference).toEqual(alone.value);
    expect(given.mutations).toEqual(['PTEN_loss']);
    expect(given.treatment.map((g) => g.drug.id)).toEqual(['rapamycin']);
    expect(given.converged).toBe(true);
    for (const r of given.readouts)
      expect(r.log2, r.id).toBeCloseTo(Math.log2((r.value + 1e-3) / (r.reference + 1e-3)), 12);
    const s6k = given.readouts.find((r) => r.id === 'S6K1_pT389');
    expect(s6k?.direction).toBe('down');
    expect(s6k?.log2).toBeLessThan(-1);
    expect(s6k?.label).toBe('S6K1 pT389');
    expect(s6k?.node).toBe('S6K1');
  });
});

describe('the direction rule’s 0.01 floor, exactly', () => {
  it('a fall of exactly 0.01 to nothing is down, as a rise of exactly 0.01 from nothing is up', () => {
    expect(direction(0.01, 0)).toBe('down');
    expect(direction(0, 0.01)).toBe('up');
  });
});
