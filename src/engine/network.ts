// Compiles the model, a context, loop switches and drug effects into flat arrays the solver evaluates fast.
import type { Model } from '../model/types';
import type { DrugEffects } from './effects';
import { type HillCurve, hillCurve } from './hill';

/** A compiled network: node targets are computed from inputs stored in structure-of-arrays form. */
export interface Network {
  size: number;
  ids: string[];
  index: Map<string, number>;
  /** Constitutive OR term per node (basal plus mutation-added activity). */
  constTerm: Float64Array;
  /** Fixed activity per node, NaN when the node follows its inputs. */
  fixed: Float64Array;
  /** Fast multiplier on each node's activity (activation blocks, autophosphorylation blocks). */
  stateMult: Float64Array;
  /** Balance nodes: basal removal (NaN for ordinary nodes) and the scale of their inhibitors' removal terms. */
  turnover: Float64Array;
  removalScale: Float64Array;
  /** Balance nodes: how many times the context multiplies production (gene amplification); 1 elsewhere. */
  productionGain: Float64Array;
  /** Share of each node's dephosphorylation held off by a bound inhibitor (its sites then rise). */
  shield: Float64Array;
  /** Share of each node removed slowly (antibody-induced down-regulation), reached with the slow time constant. */
  slowBlock: Float64Array;
  nodeGroupStart: Int32Array;
  groupInStart: Int32Array;
  groupMult: Float64Array;
  nodeInhStart: Int32Array;
  inhIndex: Int32Array;
  /** Gate inputs of each node (see the edge schema's `gate`), as input slots. */
  nodeGateStart: Int32Array;
  gateIndex: Int32Array;
  inSrc: Int32Array;
  inMult: Float64Array;
  inConst: Float64Array;
  inWeight: Float64Array;
  inAct: Uint8Array;
  inCurve: HillCurve[];
  /** The same curves as flat arrays (B, K^n, n) for the solver's inner loop. */
  inB: Float64Array;
  inKn: Float64Array;
  inN: Float64Array;
  inEdge: Int32Array;
  /** Filter slot of a slow or systemic input (-1: acts at once). */
  inFilter: Int32Array;
  filterTau: Float64Array;
  filterInput: Int32Array;
  tauNode: number;
  tauSlow: number;
  /** Nodes in upstream-first order (feedback edges aside), so one relaxation sweep carries a signal all the way down. */
  order: Int32Array;
  /** 1 for nodes on a feedback cycle (the solver damps only these), 0 for nodes that merely follow their inputs. */
  onCycle: Uint8Array;
}

/** Upstream-first order of nodes: depth-first post-order over inputs, so cycles are cut where they close. */
function upstreamFirst(size: number, inputsOf: number[][]): Int32Array {
  const state = new Uint8Array(size);
  const order: number[] = [];
  const visit = (root: number) => {
    const stack: Array<[number, number]> = [[root, 0]];
    state[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1] as [number, number];
      const [node, next] = top;
      const inputs = inputsOf[node] as number[];
      if (next < inputs.length) {
        top[1] = next + 1;
        const src = inputs[next] as number;
        if (state[src] === 0) {
          state[src] = 1;
          stack.push([src, 0]);
        }
      } else {
        state[node] = 2;
        order.push(node);
        stack.pop();
      }
    }
  };
  for (let i = 0; i < size; i++) if (state[i] === 0) visit(i);
  return Int32Array.from(order);
}

/** Marks the nodes that lie on a directed cycle (strongly connected components larger than one node, or self-loops). */
function nodesOnCycles(size: number, inputsOf: number[][]): Uint8Array {
  // Tarjan's algorithm over the input graph (a cycle is a cycle whichever way the edges are read).
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  const out = new Uint8Array(size);
  let counter = 0;
  const strongConnect = (root: number) => {
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1] as [number, number];
      const [v, k] = top;
      const inputs = inputsOf[v] as number[];
      if (k < inputs.length) {
        top[1] = k + 1;
        const w = inputs[k] as number;
        if (w === v) out[v] = 1;
        if ((index[w] as number) < 0) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
      } else {
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
        if (low[v] === index[v]) {
          const component: number[] = [];
          let w: number;
          do {
            w = stack.pop() as number;
            onStack[w] = 0;
            component.push(w);
          } while (w !== v);
          if (component.length > 1) for (const c of component) out[c] = 1;
        }
      }
    }
  };
  for (let i = 0; i < size; i++) if ((index[i] as number) < 0) strongConnect(i);
  return out;
}

export interface CompileOptions {
  mutations: string[];
  /** Loops switched off: their edges carry the untreated wild-type signal instead of the live one. */
  loopsOff: Set<string>;
  /** Untreated wild-type signal of every edge (edge id → value), used for loops switched off. */
  clamp?: Map<string, number>;
  effects?: DrugEffects;
  /** Nodes held at a fixed activity whatever their inputs (a scenario's context.clamp: 0 knocks out, 1 forces on). */
  fixedNodes?: ReadonlyMap<string, number>;
}

const NO_EFFECT = new Map<string, number>();

/** A drug effect's share for one key, 0 when the drug has no such effect. */
function effectOf(map: Map<string, number> | undefined, key: string): number {
  return (map ?? NO_EFFECT).get(key) ?? 0;
}

/** Per-node terms: basal activity, fast and slow drug blocks, shielding and the balance nodes' turnover. */
function nodeTerms(model: Model, fx: DrugEffects | undefined) {
  const { nodes } = model.pathway;
  const size = nodes.length;
  const constTerm = new Float64Array(size);
  const stateMult = new Float64Array(size).fill(1);
  const slowBlock = new Float64Array(size);
  const shield = new Float64Array(size);
  const turnover = new Float64Array(size).fill(Number.NaN);
  const removalScale = new Float64Array(size);
  nodes.forEach((n, i) => {
    if (n.balance) {
      turnover[i] = n.balance.turnover;
      removalScale[i] = n.balance.removalScale;
    }
    shield[i] = effectOf(fx?.shield, n.id);
    constTerm[i] = n.basal ?? 0;
    const autophosBlock = n.autophosphorylation ? effectOf(fx?.catalytic, n.id) : 0;
    stateMult[i] = (1 - effectOf(fx?.activation, n.id)) * (1 - autophosBlock);
    slowBlock[i] = effectOf(fx?.downregulation, n.id);
  });
  return {
    constTerm,
    stateMult,
    slowBlock,
    shield,
    turnover,
    removalScale,
    productionGain: new Float64Array(size).fill(1),
  };
}

/** Applies the chosen mutations (fixed, added basal activity or production gain), then the clamps, which override them. */
function applyMutationsAndClamps(
  model: Model,
  options: CompileOptions,
  index: Map<string, number>,
  { constTerm, productionGain }: { constTerm: Float64Array; productionGain: Float64Array },
): Float64Array {
  const fixed = new Float64Array(index.size).fill(Number.NaN);
  for (const m of model.pathway.mutations) {
    if (!options.mutations.includes(m.id)) continue;
    for (const e of m.effects) {
      const i = 'node' in e ? index.get(e.node) : undefined;
      if (i === undefined) continue;
      if (e.op === 'fix') fixed[i] = e.value;
      if (e.op === 'addBasal') constTerm[i] = 1 - (1 - (constTerm[i] ?? 0)) * (1 - e.value);
      if (e.op === 'gain') productionGain[i] = (productionGain[i] as number) * e.fold;
    }
  }
  // A clamp overrides mutations on the same node: it is the experimenter's knock-out or forced activation.
  for (const [id, value] of options.fixedNodes ?? []) {
    const i = index.get(id);
    if (i !== undefined) fixed[i] = value;
  }
  return fixed;
}

/** Edge indices grouped by target: named groups AND together; ungrouped activators stand alone; ungrouped inhibitors act on the whole node. */
function groupEdgesByTarget(model: Model, ids: string[], index: Map<string, number>) {
  const groupsByNode: number[][][] = ids.map(() => []);
  const groupKeys: string[][] = ids.map(() => []);
  const inhByNode: number[][] = ids.map(() => []);
  const gatesByNode: number[][] = ids.map(() => []);
  model.pathway.edges.forEach((e, edgeIndex) => {
    const t = index.get(e.target) as number;
    if (e.gate) (gatesByNode[t] as number[]).push(edgeIndex);
    else if (e.group) {
      const keys = groupKeys[t] as string[];
      let g = keys.indexOf(e.group);
      if (g < 0) {
        keys.push(e.group);
        (groupsByNode[t] as number[][]).push([]);
        g = keys.length - 1;
      }
      (groupsByNode[t] as number[][])[g]?.push(edgeIndex);
    } else if (e.sign === 'activation') {
      (groupKeys[t] as string[]).push(`#${e.id}`);
      (groupsByNode[t] as number[][]).push([edgeIndex]);
    } else {
      (inhByNode[t] as number[]).push(edgeIndex);
    }
  });
  return { groupsByNode, groupKeys, inhByNode, gatesByNode };
}

/** Appends each node's edges to the flat inputs: per node, where its slots start, and the slots in order. */
function appendSlots(byNode: number[][], inputs: number[]): { start: Int32Array; slots: Int32Array } {
  const start = new Int32Array(byNode.length + 1);
  const slots: number[] = [];
  byNode.forEach((edges, i) => {
    start[i] = slots.length;
    for (const edgeIndex of edges) {
      slots.push(inputs.length);
      inputs.push(edgeIndex);
    }
  });
  start[byNode.length] = slots.length;
  return { start, slots: Int32Array.from(slots) };
}

/** Lays the grouped edges out flat: the inputs in order, each node's groups, inhibitors and gates as start offsets. */
function flattenInputs(model: Model, ids: string[], index: Map<string, number>, fx: DrugEffects | undefined) {
  const size = ids.length;
  const { groupsByNode, groupKeys, inhByNode, gatesByNode } = groupEdgesByTarget(model, ids, index);
  const inputs: number[] = [];
  const nodeGroupStart = new Int32Array(size + 1);
  const groupInStartList: number[] = [];
  const groupMultList: number[] = [];
  let groupCount = 0;
  for (let i = 0; i < size; i++) {
    nodeGroupStart[i] = groupCount;
    const groups = groupsByNode[i] as number[][];
    groups.forEach((g, gi) => {
      groupInStartList.push(inputs.length);
      for (const edgeIndex of g) inputs.push(edgeIndex);
      const key = (groupKeys[i] as string[])[gi] as string;
      groupMultList.push(key.startsWith('#') ? 1 : 1 - effectOf(fx?.groups, `${ids[i]}|${key}`));
      groupCount++;
    });
  }
  nodeGroupStart[size] = groupCount;
  groupInStartList.push(inputs.length);
  const inhibitors = appendSlots(inhByNode, inputs);
  const gates = appendSlots(gatesByNode, inputs);
  return {
    inputs,
    nodeGroupStart,
    groupInStart: Int32Array.from(groupInStartList),
    groupMult: Float64Array.from(groupMultList),
    nodeInhStart: inhibitors.start,
    inhIndex: inhibitors.slots,
    nodeGateStart: gates.start,
    gateIndex: gates.slots,
  };
}

/** Per-input arrays: source, multiplier or constant, weight, sign, Hill curve and the slow filter it passes through. */
function compileInputs(model: Model, options: CompileOptions, index: Map<string, number>, inputs: number[]) {
  const { pathway } = model;
  const params = pathway.parameters;
  const fx = options.effects;
  const k = inputs.length;
  const inSrc = new Int32Array(k);
  const inMult = new Float64Array(k);
  const inConst = new Float64Array(k);
  const inWeight = new Float64Array(k);
  const inAct = new Uint8Array(k);
  const inEdge = new Int32Array(k);
  const inFilter = new Int32Array(k).fill(-1);
  const inCurve: HillCurve[] = [];
  const filterTau: number[] = [];
  const filterInput: number[] = [];
  const defaultCurve = hillCurve(params.ec50, params.hill);
  inputs.forEach((edgeIndex, s) => {
    const e = pathway.edges[edgeIndex];
    if (!e) return;
    const src = model.nodeById.get(e.source);
    inEdge[s] = edgeIndex;
    inWeight[s] = e.weight ?? 1;
    inAct[s] = e.sign === 'activation' ? 1 : 0;
    inCurve.push(
      e.ec50 !== undefined || e.hill !== undefined
        ? hillCurve(e.ec50 ?? params.ec50, e.hill ?? params.hill)
        : defaultCurve,
    );
    const edgeBlock = 1 - effectOf(fx?.edges, e.id);
    if (e.loop && options.loopsOff.has(e.loop)) {
      inSrc[s] = -1;
      inConst[s] = options.clamp?.get(e.id) ?? 0;
      return;
    }
    if (e.signal === 'drug-bound') {
      inSrc[s] = -1;
      inConst[s] = effectOf(fx?.catalytic, e.source) * edgeBlock;
      return;
    }
    if (e.signal === 'ligand-binding') {
      inSrc[s] = index.get(src?.expression ?? e.source) as number;
      inMult[s] = (1 - effectOf(fx?.binding, e.source)) * edgeBlock;
    } else {
      inSrc[s] = index.get(e.source) as number;
      const catalytic = src?.autophosphorylation ? 0 : effectOf(fx?.catalytic, e.source);
      const allosteric = effectOf(fx?.allosteric, e.source) * (e.allostericSensitivity ?? 1);
      inMult[s] = (1 - catalytic) * (1 - allosteric) * edgeBlock;
    }
    const tau = params.tauMinutes[e.speed];
    if (tau > params.tauMinutes.fast) {
      inFilter[s] = filterTau.length;
      filterTau.push(tau);
      filterInput.push(s);
    }
  });
  return {
    inSrc,
    inMult,
    inConst,
    inWeight,
    inAct,
    inCurve,
    inB: Float64Array.from(inCurve, (c) => c.b),
    inKn: Float64Array.from(inCurve, (c) => c.kn),
    inN: Float64Array.from(inCurve, (c) => c.n),
    inEdge,
    inFilter,
    filterTau: Float64Array.from(filterTau),
    filterInput: Int32Array.from(filterInput),
  };
}

/** Builds the network for one context, loop setting and treatment. */
export function compileNetwork(model: Model, options: CompileOptions): Network {
  const { pathway } = model;
  const params = pathway.parameters;
  const ids = pathway.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const size = ids.length;
  const terms = nodeTerms(model, options.effects);
  const fixed = applyMutationsAndClamps(model, options, index, terms);
  const flat = flattenInputs(model, ids, index, options.effects);

  const inputsOf: number[][] = ids.map(() => []);
  for (const e of pathway.edges)
    (inputsOf[index.get(e.target) as number] as number[]).push(index.get(e.source) as number);

  return {
    order: upstreamFirst(size, inputsOf),
    onCycle: nodesOnCycles(size, inputsOf),
    size,
    ids,
    index,
    fixed,
    ...terms,
    nodeGroupStart: flat.nodeGroupStart,
    groupInStart: flat.groupInStart,
    groupMult: flat.groupMult,
    nodeInhStart: flat.nodeInhStart,
    inhIndex: flat.inhIndex,
    nodeGateStart: flat.nodeGateStart,
    gateIndex: flat.gateIndex,
    ...compileInputs(model, options, index, flat.inputs),
    tauNode: params.tauMinutes.fast,
    tauSlow: params.tauMinutes.slow,
  };
}

/** Normalised Hill activation of input s at signal x (the solver's hot path: flat arrays, integer powers multiplied). */
function hillAt(net: Network, s: number, x: number): number {
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  const n = net.inN[s] as number;
  const xn = n === 2 ? x * x : n === 3 ? x * x * x : x ** n;
  return ((net.inB[s] as number) * xn) / ((net.inKn[s] as number) + xn);
}

/** Live value of input s: its source activity times its multiplier, or its constant. */
export function inputSignal(net: Network, y: Float64Array, s: number): number {
  const src = net.inSrc[s] as number;
  return src < 0 ? (net.inConst[s] as number) : (y[src] as number) * (net.inMult[s] as number);
}

/** Input s as a node sees it: filtered (slow and systemic inputs in a time course) or live. */
function signalAt(net: Network, y: Float64Array, z: Float64Array | null, s: number): number {
  const slot = net.inFilter[s] as number;
  return z && slot >= 0 ? (z[slot] as number) : inputSignal(net, y, s);
}

/**
 * Target activity of node i given activities y (and, in time courses, filtered slow inputs z).
 * slowFactor scales the slow down-regulation (1 = fully developed).
 */
export function nodeTarget(
  net: Network,
  i: number,
  y: Float64Array,
  z: Float64Array | null,
  slowFactor: number,
): number {
  const fixed = net.fixed[i] as number;
  if (!Number.isNaN(fixed)) return fixed;
  let remaining = 1 - (net.constTerm[i] as number);
  const g0 = net.nodeGroupStart[i] as number;
  const g1 = net.nodeGroupStart[i + 1] as number;
  for (let g = g0; g < g1; g++) {
    let term = net.groupMult[g] as number;
    const s0 = net.groupInStart[g] as number;
    const s1 = net.groupInStart[g + 1] as number;
    for (let s = s0; s < s1; s++) {
      const f = signalAt(net, y, z, s);
      const h = (net.inWeight[s] as number) * hillAt(net, s, f);
      term *= net.inAct[s] ? h : 1 - h;
    }
    remaining *= 1 - term;
  }
  let value = 1 - remaining;
  for (let g = net.nodeGateStart[i] as number; g < (net.nodeGateStart[i + 1] as number); g++) {
    const s = net.gateIndex[g] as number;
    const f = signalAt(net, y, z, s);
    value *= (net.inWeight[s] as number) * hillAt(net, s, f);
  }
  const h0 = net.nodeInhStart[i] as number;
  const h1 = net.nodeInhStart[i + 1] as number;
  const turnover = net.turnover[i] as number;
  let removal = 0;
  for (let h = h0; h < h1; h++) {
    const s = net.inhIndex[h] as number;
    const f = signalAt(net, y, z, s);
    const term = (net.inWeight[s] as number) * hillAt(net, s, f);
    if (Number.isNaN(turnover)) value *= 1 - term;
    else removal += term;
  }
  const ownBlock = net.stateMult[i] as number;
  if (Number.isNaN(turnover)) value *= ownBlock;
  else if (value > 0) {
    // Production against removal: a drug on the node slows production; with production in excess of removal
    // (a mutant or amplified kinase, a lipid whose phosphatase is lost) the node stays full, so a partial loss barely shows.
    const production = value * ownBlock * (net.productionGain[i] as number);
    value = production / (production + turnover + (net.removalScale[i] as number) * removal);
  }
  // A shielded site keeps the phosphate it gets: the phosphorylated share v rises to v / (v + (1 - v)(1 - shield)).
  const shield = net.shield[i] as number;
  if (shield > 0 && value > 0) value = value / (value + (1 - value) * (1 - shield));
  value *= 1 - (net.slowBlock[i] as number) * slowFactor;
  return Math.min(1, Math.max(0, value));
}
