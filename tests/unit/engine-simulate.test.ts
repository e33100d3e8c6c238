// One condition simulated on a tiny network with exact answers: the untreated and treated steady states, an hour after
// dosing (a slow input has barely moved), a time course, clamped nodes and switched-off loops.
import type { GivenDrug } from '../../src/engine/effects';
import {
  ACUTE_MINUTES,
  type Condition,
  simulate,
  simulateAcute,
  simulateSustained,
  simulateTimeCourse,
  wildTypeBaseline,
} from '../../src/engine/simulate';
import type { Drug, Model } from '../../src/model/types';
import { h, tinyModel } from './tinyNetwork';

/**
 * A (basal 1) drives FAST through a fast edge, SLOW through a slow one (time constant 100 min) and LOOPED through an edge
 * of the switchable loop L; h(1) = 1, so untreated every node is fully on.
 */
function network(): Model {
  const base = tinyModel(
    [{ id: 'A', basal: 1 }, { id: 'FAST' }, { id: 'SLOW' }, { id: 'LOOPED' }],
    [
      { id: 'A-FAST', source: 'A', target: 'FAST' },
      { id: 'A-SLOW', source: 'A', target: 'SLOW', speed: 'slow' },
      { id: 'A-LOOPED', source: 'A', target: 'LOOPED', loop: 'L' },
    ],
    [],
    { tauMinutes: { fast: 2, slow: 100, systemic: 10 } },
  );
  return base;
}

/** A kinase inhibitor of A given at its IC50: half of A's output is blocked. */
const inhibitor = {
  id: 'ai',
  name: 'A inhibitor',
  class: 'egfr-tki',
  mechanism: 'atp-competitive',
  targets: [{ target: 'A', value_nM: 10 }],
} as unknown as Drug;
const treated = (extra: Partial<Condition> = {}): Condition => ({
  mutations: [],
  treatment: [{ drug: inhibitor, doseNM: 10 } satisfies GivenDrug],
  loopsOff: new Set(),
  ...extra,
});
const untreated = (extra: Partial<Condition> = {}): Condition => ({ ...treated(extra), treatment: [] });

const activity = (state: { network: { index: Map<string, number> }; y: Float64Array }, id: string) =>
  state.y[state.network.index.get(id) as number] as number;

describe('a condition at steady state', () => {
  it('untreated: the wild-type steady state, every edge carrying its full signal', () => {
    const model = network();
    const state = simulateSustained(model, untreated());
    expect([...state.y]).toEqual([1, 1, 1, 1]);
    expect(state.converged).toBe(true);
    expect(wildTypeBaseline(model).clamp).toEqual(
      new Map([
        ['A-FAST', 1],
        ['A-SLOW', 1],
        ['A-LOOPED', 1],
      ]),
    );
    expect(wildTypeBaseline(model)).toBe(wildTypeBaseline(model));
  });

  it('treated: every target of A settles at h(0.5), slow or fast, and the blocks are reported', () => {
    const state = simulate(network(), treated(), 'sustained');
    expect(state.effects.catalytic.get('A')).toBeCloseTo(0.5, 12);
    for (const id of ['FAST', 'SLOW', 'LOOPED']) expect(activity(state, id), id).toBeCloseTo(h(0.5), 6);
    expect(activity(state, 'A')).toBe(1);
    expect(state.converged).toBe(true);
  });

  it('a switched-off loop carries its wild-type signal whatever the drug does', () => {
    const state = simulateSustained(network(), treated({ loopsOff: new Set(['L']) }));
    expect(activity(state, 'LOOPED')).toBe(1);
    expect(activity(state, 'FAST')).toBeCloseTo(h(0.5), 6);
  });

  it('a clamped node stays where it is held, treated or not', () => {
    const clamp = new Map([['FAST', 0]]);
    expect(activity(simulateSustained(network(), untreated({ clamp })), 'FAST')).toBe(0);
    const state = simulateSustained(network(), treated({ clamp }));
    expect(activity(state, 'FAST')).toBe(0);
    expect(activity(state, 'SLOW')).toBeCloseTo(h(0.5), 6);
  });
});

describe('an hour after dosing, and a time course', () => {
  it('an hour: the fast target has fallen to h(0.5); the slow one has moved only part of the way', () => {
    const state = simulate(network(), treated(), 'acute');
    expect(ACUTE_MINUTES).toBe(60);
    expect(activity(state, 'FAST')).toBeCloseTo(h(0.5), 6);
    // the slow edge's signal after 60 of 100 minutes: 0.5 + 0.5 e^-0.6 ≈ 0.77, so SLOW ≈ h(0.77) ≈ 0.91
    expect(activity(state, 'SLOW')).toBeGreaterThan(0.88);
    expect(activity(state, 'SLOW')).toBeLessThan(0.93);
    expect(state.converged).toBe(true);
    // ten hours later it is nearly at its steady state
    expect(activity(simulateAcute(network(), treated(), 600), 'SLOW')).toBeCloseTo(h(0.5), 2);
  });

  it('a time course starts at the untreated state and is recorded every so many minutes; its end is the state', () => {
    const course = simulateTimeCourse(network(), treated(), 60, 20);
    expect(course.times).toEqual([0, 20, 40, 60]);
    expect([...(course.states[0] as Float64Array)]).toEqual([1, 1, 1, 1]);
    expect(course.y).toBe(course.states[3]);
    expect(course.y).toEqual(simulateAcute(network(), treated()).y);
    expect(course.effects.catalytic.get('A')).toBeCloseTo(0.5, 12);
    expect(course.converged).toBe(true);
    // the slow target falls steadily over the hour
    const slow = course.states.map((y) => y[2] as number);
    expect(slow[1]).toBeLessThan(slow[0] as number);
    expect(slow[3]).toBeLessThan(slow[2] as number);
  });

  it('starts from the untreated state of the condition’s own context (a clamp holds from the first minute)', () => {
    const course = simulateTimeCourse(network(), treated({ clamp: new Map([['SLOW', 0]]) }), 20, 20);
    expect([...(course.states[0] as Float64Array)]).toEqual([1, 1, 0, 1]);
  });
});
