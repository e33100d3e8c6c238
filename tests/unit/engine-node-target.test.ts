import { type CompileOptions, compileNetwork, inputSignal, nodeTarget } from '../../src/engine/network';
import { residual, steadyState } from '../../src/engine/solve';
import type { Model, PathwayEdge, PathwayNode } from '../../src/model/types';
import { effects, h, tinyModel } from './tinyNetwork';

/** Target of `node` with the other nodes at the given activities. */
function targetOf(
  model: Model,
  node: string,
  activity: Record<string, number>,
  options: Partial<CompileOptions> = {},
  slowFactor = 1,
) {
  const net = compileNetwork(model, { mutations: [], loopsOff: new Set(), ...options });
  const y = Float64Array.from(net.ids.map((id) => activity[id] ?? 0));
  return nodeTarget(net, net.index.get(node) as number, y, null, slowFactor);
}

describe('how a node combines its inputs', () => {
  it('one activator: the Hill curve of its source; no input, no activity', () => {
    const m = tinyModel([{ id: 'A' }, { id: 'B' }], [{ id: 'A-B', source: 'A', target: 'B' }]);
    expect(targetOf(m, 'B', { A: 0.5 })).toBeCloseTo(0.75, 12);
    expect(targetOf(m, 'B', { A: 0.25 })).toBeCloseTo(0.5, 12);
    expect(targetOf(m, 'B', { A: 1 })).toBe(1);
    expect(targetOf(m, 'B', { A: 0 })).toBe(0);
    // a node without inputs sits at its basal activity
    expect(targetOf(m, 'A', {})).toBe(0);
  });

  it('basal activity is ORed with the inputs', () => {
    const m = tinyModel([{ id: 'A' }, { id: 'B', basal: 0.2 }], [{ id: 'A-B', source: 'A', target: 'B' }]);
    expect(targetOf(m, 'B', { A: 0.5 })).toBeCloseTo(1 - 0.8 * 0.25, 12);
    expect(targetOf(m, 'B', { A: 0 })).toBeCloseTo(0.2, 12);
  });

  it('separate activators are ORed; a group is ANDed; a weight scales its input', () => {
    const or = tinyModel(
      [{ id: 'A' }, { id: 'C' }, { id: 'B' }],
      [
        { id: 'A-B', source: 'A', target: 'B' },
        { id: 'C-B', source: 'C', target: 'B' },
      ],
    );
    expect(targetOf(or, 'B', { A: 0.5, C: 0.25 })).toBeCloseTo(1 - (1 - 0.75) * (1 - 0.5), 12);
    const and = tinyModel(
      [{ id: 'A' }, { id: 'C' }, { id: 'B' }],
      [
        { id: 'A-B', source: 'A', target: 'B', group: 'dimer' },
        { id: 'C-B', source: 'C', target: 'B', group: 'dimer' },
      ],
    );
    expect(targetOf(and, 'B', { A: 0.5, C: 0.25 })).toBeCloseTo(0.75 * 0.5, 12);
    expect(targetOf(and, 'B', { A: 1, C: 0 })).toBe(0);
    const weighted = tinyModel(
      [{ id: 'A' }, { id: 'B' }],
      [{ id: 'A-B', source: 'A', target: 'B', weight: 0.4 }],
    );
    expect(targetOf(weighted, 'B', { A: 0.5 })).toBeCloseTo(0.4 * 0.75, 12);
  });

  it('an inhibitor in a group lowers that group only; an ungrouped inhibitor scales the whole node', () => {
    const grouped = tinyModel(
      [{ id: 'A' }, { id: 'I' }, { id: 'B', basal: 0.2 }],
      [
        { id: 'A-B', source: 'A', target: 'B', group: 'g' },
        { id: 'I-B', source: 'I', target: 'B', group: 'g', sign: 'inhibition' },
      ],
    );
    expect(targetOf(grouped, 'B', { A: 0.5, I: 0.25 })).toBeCloseTo(1 - 0.8 * (1 - 0.75 * 0.5), 12);
    const whole = tinyModel(
      [{ id: 'A' }, { id: 'I' }, { id: 'B', basal: 0.2 }],
      [
        { id: 'A-B', source: 'A', target: 'B' },
        { id: 'I-B', source: 'I', target: 'B', sign: 'inhibition' },
      ],
    );
    expect(targetOf(whole, 'B', { A: 0.5, I: 0.25 })).toBeCloseTo((1 - 0.8 * 0.25) * 0.5, 12);
    expect(targetOf(whole, 'B', { A: 0.5, I: 1 })).toBe(0);
  });

  it('a gate multiplies the whole node, basal activity included: no gate signal, no activity', () => {
    const m = tinyModel(
      [{ id: 'A' }, { id: 'G' }, { id: 'B', basal: 0.2 }],
      [
        { id: 'A-B', source: 'A', target: 'B' },
        { id: 'G-B', source: 'G', target: 'B', gate: true, weight: 0.8 },
      ],
    );
    const ungated = 1 - 0.8 * 0.25;
    expect(targetOf(m, 'B', { A: 0.5, G: 0.5 })).toBeCloseTo(ungated * 0.8 * 0.75, 12);
    expect(targetOf(m, 'B', { A: 0.5, G: 0 })).toBe(0);
  });

  it('a node made against removal: production / (production + turnover + scale × inhibitor terms)', () => {
    const m = tinyModel(
      [{ id: 'A' }, { id: 'P' }, { id: 'L', balance: { turnover: 0.5, removalScale: 2 } }],
      [
        { id: 'A-L', source: 'A', target: 'L' },
        { id: 'P-L', source: 'P', target: 'L', sign: 'inhibition' },
      ],
    );
    expect(targetOf(m, 'L', { A: 0.5, P: 0 })).toBeCloseTo(0.75 / (0.75 + 0.5), 12);
    expect(targetOf(m, 'L', { A: 0.5, P: 0.25 })).toBeCloseTo(0.75 / (0.75 + 0.5 + 2 * 0.5), 12);
    expect(targetOf(m, 'L', { A: 0, P: 0.25 })).toBe(0);
    // an activation block slows production; a gain (amplification) speeds it
    const fx = { ...effects(), activation: new Map([['L', 0.5]]) };
    expect(targetOf(m, 'L', { A: 0.5, P: 0 }, { effects: fx })).toBeCloseTo(0.375 / (0.375 + 0.5), 12);
    const amplified = tinyModel(
      [{ id: 'A' }, { id: 'L', balance: { turnover: 0.5, removalScale: 2 } }],
      [{ id: 'A-L', source: 'A', target: 'L' }],
      [
        { id: 'AMP', label: 'amp', badge: 'amp', effects: [{ op: 'gain', node: 'L', fold: 4, source: 's' }] },
      ] as never,
    );
    expect(targetOf(amplified, 'L', { A: 0.5 }, { mutations: ['AMP'] })).toBeCloseTo(3 / 3.5, 12);
  });

  it('an ordinary node under an activation block keeps only the unblocked share', () => {
    const m = tinyModel([{ id: 'A' }, { id: 'B' }], [{ id: 'A-B', source: 'A', target: 'B' }]);
    const fx = { ...effects(), activation: new Map([['B', 0.6]]) };
    expect(targetOf(m, 'B', { A: 0.5 }, { effects: fx })).toBeCloseTo(0.75 * 0.4, 12);
  });

  it('a shielded site keeps more of its phosphate: v / (v + (1 - v)(1 - shield))', () => {
    const m = tinyModel([{ id: 'A' }, { id: 'S' }], [{ id: 'A-S', source: 'A', target: 'S' }]);
    const fx = { ...effects(), shield: new Map([['S', 0.5]]) };
    expect(targetOf(m, 'S', { A: 0.25 }, { effects: fx })).toBeCloseTo(0.5 / (0.5 + 0.5 * 0.5), 12);
    expect(targetOf(m, 'S', { A: 0 }, { effects: fx })).toBe(0);
  });

  it('slow removal takes its share as it develops (slowFactor), and a node is kept within 0..1', () => {
    const m = tinyModel([{ id: 'A' }, { id: 'R' }], [{ id: 'A-R', source: 'A', target: 'R' }]);
    const fx = { ...effects(), downregulation: new Map([['R', 0.6]]) };
    expect(targetOf(m, 'R', { A: 1 }, { effects: fx })).toBeCloseTo(0.4, 12);
    expect(targetOf(m, 'R', { A: 1 }, { effects: fx }, 0.5)).toBeCloseTo(0.7, 12);
    expect(targetOf(m, 'R', { A: 1 }, { effects: fx }, 0)).toBe(1);
    // inputs above 1 do not push a node past full activity
    expect(targetOf(m, 'R', { A: 3 })).toBe(1);
  });
});

describe('mutations, clamps and drug blocks on the inputs', () => {
  const chain = (extraNode: Partial<PathwayNode> = {}, extraEdge: Partial<PathwayEdge> = {}) =>
    tinyModel(
      [{ id: 'A', ...extraNode }, { id: 'B' }],
      [{ id: 'A-B', source: 'A', target: 'B', ...extraEdge }],
      [
        { id: 'FIX', label: 'fix', badge: 'f', effects: [{ op: 'fix', node: 'B', value: 0.9 }] },
        { id: 'BASAL', label: 'basal', badge: 'b', effects: [{ op: 'addBasal', node: 'B', value: 0.5 }] },
      ] as never,
    );

  it('a fixing mutation holds the node; an added basal activity is ORed; a clamp overrides both', () => {
    expect(targetOf(chain(), 'B', { A: 0.5 }, { mutations: ['FIX'] })).toBe(0.9);
    expect(targetOf(chain(), 'B', { A: 0.5 }, { mutations: ['BASAL'] })).toBeCloseTo(1 - 0.5 * 0.25, 12);
    expect(targetOf(chain(), 'B', { A: 0.5 }, { mutations: ['FIX'], fixedNodes: new Map([['B', 0]]) })).toBe(
      0,
    );
    expect(targetOf(chain(), 'B', { A: 0.5 }, { fixedNodes: new Map([['NOT_HERE', 1]]) })).toBeCloseTo(
      0.75,
      12,
    );
  });

  it('a kinase inhibitor on the source lowers what it passes on, unless the source autophosphorylates', () => {
    const fx = { ...effects(), catalytic: new Map([['A', 0.5]]) };
    expect(targetOf(chain(), 'B', { A: 1 }, { effects: fx })).toBeCloseTo(h(0.5), 12);
    expect(targetOf(chain({ autophosphorylation: true }), 'B', { A: 1 }, { effects: fx })).toBe(1);
  });

  it('an allosteric block on the source reaches each output edge by that edge’s sensitivity', () => {
    const fx = { ...effects(), allosteric: new Map([['A', 0.5]]) };
    expect(targetOf(chain(), 'B', { A: 1 }, { effects: fx })).toBeCloseTo(h(0.5), 12);
    expect(targetOf(chain({}, { allostericSensitivity: 0.5 }), 'B', { A: 1 }, { effects: fx })).toBeCloseTo(
      h(0.75),
      12,
    );
  });

  it('an antibody on an edge or a group lowers that input only', () => {
    const edgeFx = { ...effects(), edges: new Map([['A-B', 0.5]]) };
    expect(targetOf(chain(), 'B', { A: 1 }, { effects: edgeFx })).toBeCloseTo(h(0.5), 12);
    const grouped = tinyModel(
      [{ id: 'A' }, { id: 'C' }, { id: 'B' }],
      [
        { id: 'A-B', source: 'A', target: 'B', group: 'dimer' },
        { id: 'C-B', source: 'C', target: 'B' },
      ],
    );
    const groupFx = { ...effects(), groups: new Map([['B|dimer', 0.5]]) };
    expect(targetOf(grouped, 'B', { A: 1, C: 0 }, { effects: groupFx })).toBeCloseTo(0.5, 12);
    expect(targetOf(grouped, 'B', { A: 0, C: 1 }, { effects: groupFx })).toBe(1);
  });

  it('a drug-bound link carries the share of its source held by the drug, not the source’s activity', () => {
    const m = chain({}, { signal: 'drug-bound' });
    expect(targetOf(m, 'B', { A: 1 })).toBe(0);
    const fx = { ...effects(), catalytic: new Map([['A', 0.25]]) };
    expect(targetOf(m, 'B', { A: 0 }, { effects: fx })).toBeCloseTo(0.5, 12);
    const blocked = { ...fx, edges: new Map([['A-B', 0.5]]) };
    expect(targetOf(m, 'B', { A: 0 }, { effects: blocked })).toBeCloseTo(h(0.125), 12);
  });

  it('a ligand-binding link reads the receptor’s expression, less the share an antibody keeps from binding', () => {
    const m = tinyModel(
      [{ id: 'R', expression: 'RX' }, { id: 'RX' }, { id: 'L' }],
      [{ id: 'R-L', source: 'R', target: 'L', signal: 'ligand-binding' }],
    );
    expect(targetOf(m, 'L', { R: 0, RX: 0.5 })).toBeCloseTo(0.75, 12);
    const fx = { ...effects(), binding: new Map([['R', 0.5]]) };
    expect(targetOf(m, 'L', { R: 1, RX: 0.5 }, { effects: fx })).toBeCloseTo(h(0.25), 12);
  });

  it('a switched-off loop’s edge carries the clamp value it is given (0 without one)', () => {
    const m = chain({}, { loop: 'L1' });
    expect(
      targetOf(m, 'B', { A: 1 }, { loopsOff: new Set(['L1']), clamp: new Map([['A-B', 0.25]]) }),
    ).toBeCloseTo(0.5, 12);
    expect(targetOf(m, 'B', { A: 1 }, { loopsOff: new Set(['L1']) })).toBe(0);
    expect(targetOf(m, 'B', { A: 1 }, { loopsOff: new Set(['other']) })).toBe(1);
  });

  it('an edge with its own EC50 or Hill slope uses it', () => {
    expect(targetOf(chain({}, { ec50: 0.4 }), 'B', { A: 0.4 })).toBeCloseTo(0.5, 12);
    expect(targetOf(chain({}, { ec50: 0.4 }), 'B', { A: 0.2 })).toBeCloseTo((3 * 0.2) / (2 + 0.2), 12);
    // EC50 0.25 kept from the parameters, Hill 2: e = 1/16, B = (1/16 - 1) / (1/8 - 1), K^n = B - 1
    const b = (1 / 16 - 1) / (1 / 8 - 1);
    expect(targetOf(chain({}, { hill: 2 }), 'B', { A: 0.5 })).toBeCloseTo((b * 0.25) / (b - 1 + 0.25), 12);
  });
});

describe('settling a small network', () => {
  it('a chain settles at each node’s target in one sweep from any start', () => {
    const m = tinyModel(
      [{ id: 'A', basal: 0.5 }, { id: 'B' }, { id: 'C' }],
      [
        { id: 'B-C', source: 'B', target: 'C' },
        { id: 'A-B', source: 'A', target: 'B' },
      ],
    );
    const net = compileNetwork(m, { mutations: [], loopsOff: new Set() });
    const state = steadyState(net, new Float64Array(3).fill(0.9));
    expect(state.converged).toBe(true);
    expect(state.sweeps).toBe(2);
    expect(state.y[net.index.get('A') as number]).toBe(0.5);
    expect(state.y[net.index.get('B') as number]).toBeCloseTo(0.75, 12);
    expect(state.y[net.index.get('C') as number]).toBeCloseTo(h(0.75), 12);
    expect(residual(net, state.y)).toBe(0);
    expect(residual(net, new Float64Array(3))).toBe(0.5);
  });

  it('a negative feedback loop settles where the rule holds for both nodes', () => {
    const m = tinyModel(
      [{ id: 'X', basal: 0.6 }, { id: 'Y' }],
      [
        { id: 'X-Y', source: 'X', target: 'Y' },
        { id: 'Y-X', source: 'Y', target: 'X', sign: 'inhibition' },
      ],
    );
    const net = compileNetwork(m, { mutations: [], loopsOff: new Set() });
    expect([...net.onCycle]).toEqual([1, 1]);
    const state = steadyState(net);
    expect(state.converged).toBe(true);
    const [x, y] = [state.y[0] as number, state.y[1] as number];
    expect(x).toBeCloseTo(0.6 * (1 - h(y)), 6);
    expect(y).toBeCloseTo(h(x), 6);
    expect(state.residual).toBeLessThan(1e-6);
  });

  it('reports a network it could not settle in the sweeps allowed', () => {
    const m = tinyModel(
      [{ id: 'X', basal: 0.6 }, { id: 'Y' }],
      [
        { id: 'X-Y', source: 'X', target: 'Y' },
        { id: 'Y-X', source: 'Y', target: 'X', sign: 'inhibition' },
      ],
    );
    const net = compileNetwork(m, { mutations: [], loopsOff: new Set() });
    const state = steadyState(net, undefined, 1);
    expect(state.converged).toBe(false);
    expect(state.sweeps).toBe(1);
    expect(state.residual).toBeGreaterThan(1e-6);
  });

  it('inputSignal gives a live input its source times its multiplier', () => {
    const m = tinyModel([{ id: 'A' }, { id: 'B' }], [{ id: 'A-B', source: 'A', target: 'B' }]);
    const fx = { ...effects(), catalytic: new Map([['A', 0.5]]) };
    const net = compileNetwork(m, { mutations: [], loopsOff: new Set(), effects: fx });
    expect(inputSignal(net, Float64Array.from([0.8, 0]), 0)).toBeCloseTo(0.4, 12);
  });
});
