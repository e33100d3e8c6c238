// The compiled network's structure: an upstream-first sweep order, the nodes on feedback cycles, switched-off loops
// held at their untreated signal, and clamps overriding mutations.
import { compileNetwork, inputSignal } from '../../src/engine/network';
import { wildTypeBaseline } from '../../src/engine/simulate';
import { steadyState } from '../../src/engine/solve';
import { model } from './helpers';

const plain = compileNetwork(model, { mutations: [], loopsOff: new Set() });
const at = (id: string) => plain.index.get(id) as number;

describe('sweep order and feedback cycles', () => {
  it('orders every node once', () => {
    expect([...plain.order].sort((a, b) => a - b)).toEqual(plain.ids.map((_, i) => i));
  });

  it('puts the source of every edge outside a feedback cycle before its target', () => {
    const position = new Map([...plain.order].map((node, k) => [node, k]));
    for (const e of model.pathway.edges) {
      const [s, t] = [at(e.source), at(e.target)];
      if (plain.onCycle[s] && plain.onCycle[t]) continue;
      expect(position.get(s), `${e.source} → ${e.target}`).toBeLessThan(position.get(t) as number);
    }
  });

  it('marks every node of every closed feedback loop as on a cycle, and no node without inputs', () => {
    const edgeById = new Map(model.pathway.edges.map((e) => [e.id, e]));
    let closed = 0;
    for (const loop of model.pathway.loops) {
      const path = loop.path.map((id) => edgeById.get(id));
      const first = path[0];
      const last = path[path.length - 1];
      // a loop closed through the body (a hormone) may leave the network: only cycles the network holds count
      if (!first || !last || last.target !== first.source || path.some((e) => !e)) continue;
      closed++;
      for (const e of path) {
        expect(plain.onCycle[at(e?.source as string)], `${loop.id}: ${e?.source}`).toBe(1);
        expect(plain.onCycle[at(e?.target as string)], `${loop.id}: ${e?.target}`).toBe(1);
      }
    }
    expect(closed).toBeGreaterThan(0);
    const fed = new Set(model.pathway.edges.map((e) => e.target));
    for (const n of model.pathway.nodes) if (!fed.has(n.id)) expect(plain.onCycle[at(n.id)], n.id).toBe(0);
  });

  it('a node only on a path between cycles, with nothing feeding back into it, is not on a cycle', () => {
    const targets = new Set(model.pathway.edges.map((e) => e.target));
    const sources = new Set(model.pathway.edges.map((e) => e.source));
    const sinks = model.pathway.nodes.filter((n) => targets.has(n.id) && !sources.has(n.id));
    expect(sinks.length).toBeGreaterThan(0);
    for (const n of sinks) expect(plain.onCycle[at(n.id)], n.id).toBe(0);
  });
});

describe('what the inputs carry', () => {
  const { clamp } = wildTypeBaseline(model);
  const loop = model.pathway.loops[0]?.id as string;

  it('a switched-off loop’s edges carry their untreated wild-type signal, whatever the nodes do', () => {
    const off = compileNetwork(model, { mutations: [], loopsOff: new Set([loop]), clamp });
    const y = new Float64Array(off.size).fill(0.123);
    let held = 0;
    for (let s = 0; s < off.inSrc.length; s++) {
      const edge = model.pathway.edges[off.inEdge[s] as number];
      if (edge?.loop !== loop) continue;
      held++;
      expect(inputSignal(off, y, s), edge.id).toBe(clamp.get(edge.id));
    }
    expect(held).toBeGreaterThan(0);
  });

  it('every input of the untreated network carries its source’s activity in full', () => {
    const { y } = steadyState(plain);
    for (let s = 0; s < plain.inSrc.length; s++) {
      const edge = model.pathway.edges[plain.inEdge[s] as number];
      if (!edge || edge.signal === 'drug-bound') continue;
      expect(plain.inMult[s], edge.id).toBe(1);
      expect(inputSignal(plain, y, s)).toBe(y[plain.inSrc[s] as number]);
    }
  });

  it('a clamp holds its node whatever the mutations say, and only that node', () => {
    const mutation = model.pathway.mutations.find((m) => m.effects.some((e) => e.op === 'fix'));
    const fixEffect = mutation?.effects.find((e) => e.op === 'fix') as { node: string; value: number };
    const mutated = compileNetwork(model, { mutations: [mutation?.id as string], loopsOff: new Set() });
    expect(mutated.fixed[at(fixEffect.node)]).toBe(fixEffect.value);
    const clamped = compileNetwork(model, {
      mutations: [mutation?.id as string],
      loopsOff: new Set(),
      fixedNodes: new Map([[fixEffect.node, 1 - fixEffect.value]]),
    });
    expect(clamped.fixed[at(fixEffect.node)]).toBe(1 - fixEffect.value);
    expect([...clamped.fixed].filter((v) => !Number.isNaN(v))).toHaveLength(
      [...mutated.fixed].filter((v) => !Number.isNaN(v)).length,
    );
    expect([...plain.fixed].every(Number.isNaN)).toBe(true);
  });

  it('slow and systemic inputs pass through a filter with their own time constant; fast ones act at once', () => {
    const { tauMinutes } = model.pathway.parameters;
    for (let s = 0; s < plain.inSrc.length; s++) {
      const edge = model.pathway.edges[plain.inEdge[s] as number];
      if (!edge) continue;
      const slot = plain.inFilter[s] as number;
      if (tauMinutes[edge.speed] > tauMinutes.fast) {
        expect(slot, edge.id).toBeGreaterThanOrEqual(0);
        expect(plain.filterTau[slot]).toBe(tauMinutes[edge.speed]);
        expect(plain.filterInput[slot]).toBe(s);
      } else expect(slot, edge.id).toBe(-1);
    }
    expect(plain.tauNode).toBe(tauMinutes.fast);
    expect(plain.tauSlow).toBe(tauMinutes.slow);
  });
});
