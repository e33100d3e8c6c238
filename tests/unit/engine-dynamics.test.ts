import { type CompileOptions, compileNetwork, nodeTarget } from '../../src/engine/network';
import { integrate, settledFilters, steadyState } from '../../src/engine/solve';
import { actsMeaningfullyOn } from '../../src/engine/targetInhibition';
import type { Drug, Model } from '../../src/model/types';
import { model as bundled } from './helpers';
import { type EdgeSpec, effects, h, type NodeSpec, tinyModel as tiny } from './tinyNetwork';

const TAU = { fast: 2, slow: 100, systemic: 10 };

/** A tiny network with this file's time constants. */
const tinyModel = (nodes: NodeSpec[], edges: EdgeSpec[], mutations: unknown[] = []): Model =>
  tiny(nodes, edges, mutations as Model['pathway']['mutations'], { tauMinutes: TAU });
const compile = (m: Model, options: Partial<CompileOptions> = {}) =>
  compileNetwork(m, { mutations: [], loopsOff: new Set(), ...options });

describe('time courses', () => {
  it('a node relaxes towards its target with the fast time constant, and the course is recorded as asked', () => {
    const m = tinyModel([{ id: 'A', basal: 1 }, { id: 'B' }], [{ id: 'A-B', source: 'A', target: 'B' }]);
    const net = compile(m);
    const course = integrate(
      net,
      Float64Array.from([1, 0]),
      settledFilters(net, Float64Array.from([1, 0])),
      4,
      1,
    );
    expect(course.times).toEqual([0, 1, 2, 3, 4]);
    expect(course.states).toHaveLength(5);
    const decay = Math.exp(-0.5 / TAU.fast);
    // B starts at 0 and moves towards 1 a step of 0.5 min at a time: 1 - decay^steps
    for (const [k, t] of course.times.entries())
      expect(course.states[k]?.[1], `t = ${t}`).toBeCloseTo(1 - decay ** (t / 0.5), 12);
    // recording every 3 minutes of 4 still ends with the last time
    expect(integrate(net, Float64Array.from([1, 0]), new Float64Array(0), 4, 3).times).toEqual([0, 3, 4]);
    // the start is kept as given, not overwritten
    expect(course.states[0]).toEqual(Float64Array.from([1, 0]));
  });

  it('a slow input reaches its target through a filter with its own time constant, so it lags a fast one', () => {
    const m = tinyModel(
      [{ id: 'A', basal: 1 }, { id: 'FAST' }, { id: 'SLOW' }],
      [
        { id: 'A-FAST', source: 'A', target: 'FAST' },
        { id: 'A-SLOW', source: 'A', target: 'SLOW', speed: 'slow' },
      ],
    );
    const net = compile(m);
    expect(net.filterTau).toEqual(Float64Array.from([TAU.slow]));
    const start = Float64Array.from([0, 0, 0]);
    const filters = settledFilters(net, start);
    expect(filters).toEqual(Float64Array.from([0]));
    const course = integrate(net, start, filters, 10, 10);
    const [, fast = Number.NaN, slow = Number.NaN] = course.states[1] as Float64Array;
    expect(fast).toBeGreaterThan(0.9);
    expect(slow).toBeLessThan(fast / 4);
    expect(slow).toBeGreaterThan(0);
    // with the filters settled at full signal, the slow node follows at the fast time constant
    const settled = integrate(net, Float64Array.from([1, 0, 0]), Float64Array.from([1]), 10, 10)
      .states[1] as Float64Array;
    expect(settled[2]).toBeCloseTo(settled[1] as number, 12);
  });

  it('slow removal builds up over hours: little after one hour, most of it after a day', () => {
    const m = tinyModel([{ id: 'A', basal: 1 }, { id: 'R' }], [{ id: 'A-R', source: 'A', target: 'R' }]);
    const net = compile(m, { effects: effects({ downregulation: new Map([['R', 0.5]]) }) });
    const course = integrate(net, Float64Array.from([1, 1]), new Float64Array(0), 60 * 24, 60);
    const at = (hours: number) => course.states[hours]?.[1] as number;
    expect(at(1)).toBeGreaterThan(0.75);
    expect(at(24)).toBeLessThan(0.55);
    expect(at(24)).toBeGreaterThan(0.5);
  });

  it('a steady state needs no sweep once it is reached, and starts mid-range without a start', () => {
    const m = tinyModel([{ id: 'A', basal: 0.5 }], []);
    const net = compile(m);
    expect(steadyState(net, Float64Array.from([0.5])).sweeps).toBe(1);
    expect(steadyState(net).y[0]).toBe(0.5);
  });
});

describe('feedback cycles and sweep order', () => {
  it('finds every node on a cycle, a self-loop included, whatever order the nodes are listed in', () => {
    // a three-node cycle fed by a tail, a node that feeds itself, and a two-node cycle fed from the first one
    const nodes = ['T', 'C1', 'C2', 'C3', 'S', 'D1', 'D2', 'OUT'].map((id) => ({ id }));
    const edges = [
      ['T', 'C1'],
      ['C1', 'C2'],
      ['C2', 'C3'],
      ['C3', 'C1'],
      ['S', 'S'],
      ['C3', 'D1'],
      ['D1', 'D2'],
      ['D2', 'D1'],
      ['D2', 'OUT'],
    ].map(([source, target]) => ({
      id: `${source}-${target}`,
      source: source as string,
      target: target as string,
    }));
    for (const order of [nodes, [...nodes].reverse()]) {
      const net = compile(tinyModel(order, edges));
      const onCycle = Object.fromEntries(net.ids.map((id, i) => [id, net.onCycle[i]]));
      expect(onCycle).toEqual({ T: 0, C1: 1, C2: 1, C3: 1, S: 1, D1: 1, D2: 1, OUT: 0 });
      const position = new Map([...net.order].map((node, k) => [net.ids[node], k]));
      expect(position.get('T')).toBeLessThan(position.get('C1') as number);
      expect(position.get('D2')).toBeLessThan(position.get('OUT') as number);
      expect([...net.order].sort((a, b) => a - b)).toEqual(net.ids.map((_, i) => i));
    }
  });

  it('a chain listed downstream first still settles in one sweep (and one to confirm)', () => {
    const m = tinyModel(
      [{ id: 'C' }, { id: 'B' }, { id: 'A', basal: 0.5 }],
      [
        { id: 'B-C', source: 'B', target: 'C' },
        { id: 'A-B', source: 'A', target: 'B' },
      ],
    );
    const state = steadyState(compile(m), new Float64Array(3));
    expect(state.sweeps).toBe(2);
    expect(state.y[0]).toBeCloseTo(h(0.75), 12);
  });
});

describe('terms that combine', () => {
  const target = (
    m: Model,
    node: string,
    activity: Record<string, number>,
    options: Partial<CompileOptions> = {},
  ) => {
    const net = compile(m, options);
    return nodeTarget(
      net,
      net.index.get(node) as number,
      Float64Array.from(net.ids.map((id) => activity[id] ?? 0)),
      null,
      1,
    );
  };

  it('an inhibitor within a group counts against it, not for it', () => {
    const m = tinyModel(
      [{ id: 'A' }, { id: 'I' }, { id: 'B' }],
      [
        { id: 'A-B', source: 'A', target: 'B', group: 'g' },
        { id: 'I-B', source: 'I', target: 'B', group: 'g', sign: 'inhibition' },
      ],
    );
    expect(target(m, 'B', { A: 0.5, I: 0.5 })).toBeCloseTo(0.75 * 0.25, 12);
  });

  it('a mutation’s added activity is ORed with the node’s own basal activity; it does not amplify production', () => {
    const mutations = [
      { id: 'UP', label: 'up', badge: 'u', effects: [{ op: 'addBasal', node: 'B', value: 0.5 }] },
    ];
    const m = tinyModel([{ id: 'B', basal: 0.2, balance: { turnover: 1, removalScale: 1 } }], [], mutations);
    const basal = 1 - 0.8 * 0.5;
    expect(target(m, 'B', {}, { mutations: ['UP'] })).toBeCloseTo(basal / (basal + 1), 12);
  });

  it('an autophosphorylating receptor under its kinase inhibitor and an activation block keeps the unblocked share of both', () => {
    const m = tinyModel(
      [{ id: 'A' }, { id: 'R', autophosphorylation: true }],
      [{ id: 'A-R', source: 'A', target: 'R' }],
    );
    const fx = effects({ catalytic: new Map([['R', 0.5]]), activation: new Map([['R', 0.5]]) });
    expect(target(m, 'R', { A: 1 }, { effects: fx })).toBeCloseTo(0.25, 12);
  });

  it('a ligand-binding link blocked at the receptor and on the edge keeps the unblocked share of both', () => {
    const m = tinyModel(
      [{ id: 'R', expression: 'RX' }, { id: 'RX' }, { id: 'L' }],
      [{ id: 'R-L', source: 'R', target: 'L', signal: 'ligand-binding' }],
    );
    const fx = effects({ binding: new Map([['R', 0.5]]), edges: new Map([['R-L', 0.5]]) });
    expect(target(m, 'L', { RX: 1 }, { effects: fx })).toBeCloseTo(h(0.25), 12);
  });

  it('a slow edge acts at once in a steady state (its filter is only for time courses)', () => {
    const m = tinyModel([{ id: 'A' }, { id: 'B' }], [{ id: 'A-B', source: 'A', target: 'B', speed: 'slow' }]);
    expect(target(m, 'B', { A: 0.5 })).toBeCloseTo(0.75, 12);
    const fast = compile(tinyModel([{ id: 'A' }, { id: 'B' }], [{ id: 'A-B', source: 'A', target: 'B' }]));
    expect([...fast.inFilter]).toEqual([-1]);
    expect(fast.filterTau.length).toBe(0);
  });
});

describe('drug badges through a class behaviour', () => {
  const rapamycin = bundled.drugById.get('rapamycin') as Drug;

  it('a rapalog is badged on liver mTORC2 only at a dose that blocks its assembly by a quarter', () => {
    // the behaviour's share (0.8) times mTORC1 occupancy: a quarter at an occupancy of 0.3125
    const potency = rapamycin.targets[0]?.value_nM as number;
    const doseFor = (occupancy: number) => (occupancy * potency) / (1 - occupancy);
    expect(actsMeaningfullyOn(bundled, { drug: rapamycin, doseNM: doseFor(0.32) }, [], 'MTORC2_HOST')).toBe(
      true,
    );
    expect(actsMeaningfullyOn(bundled, { drug: rapamycin, doseNM: doseFor(0.3) }, [], 'MTORC2_HOST')).toBe(
      false,
    );
    // not in the tumour cell, where the model keeps mTORC2 assembled
    expect(actsMeaningfullyOn(bundled, { drug: rapamycin, doseNM: 3 }, [], 'MTORC2')).toBe(false);
  });

  it('acts on no node the model lacks', () => {
    expect(actsMeaningfullyOn(bundled, { drug: rapamycin, doseNM: 3 }, [], 'NO_SUCH_NODE')).toBe(false);
  });
});
