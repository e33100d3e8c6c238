// Simulates one condition (context, treatment, loop switches) to a steady state, an acute state or a time course.
import type { Model, Readout } from '../model/types';
import { type DrugEffects, drugEffects, type GivenDrug } from './effects';
import { compileNetwork, inputSignal, type Network } from './network';
import { integrate, settledFilters, steadyState } from './solve';

export type Timescale = 'acute' | 'sustained';

/** One condition of the cell: what it carries, what it is given, which loops are cut. */
export interface Condition {
  mutations: string[];
  treatment: GivenDrug[];
  loopsOff: Set<string>;
  /** Nodes held at a fixed activity (node id → 0..1), in the treated state and its untreated reference alike. */
  clamp?: ReadonlyMap<string, number>;
}

export interface SimulationState {
  network: Network;
  effects: DrugEffects;
  /** Node activities in network order. */
  y: Float64Array;
  converged: boolean;
}

/** Minutes after dosing that `acute` stands for. */
export const ACUTE_MINUTES = 60;

const baselineCache = new WeakMap<Model, { clamp: Map<string, number>; y: Float64Array }>();

/** The untreated wild-type steady state and each edge's signal in it: what a switched-off loop carries. */
export function wildTypeBaseline(model: Model): { clamp: Map<string, number>; y: Float64Array } {
  const cached = baselineCache.get(model);
  if (cached) return cached;
  const net = compileNetwork(model, { mutations: [], loopsOff: new Set() });
  const { y } = steadyState(net);
  const clamp = new Map<string, number>();
  for (let s = 0; s < net.inSrc.length; s++) {
    const edge = model.pathway.edges[net.inEdge[s] as number];
    if (edge) clamp.set(edge.id, inputSignal(net, y, s));
  }
  const baseline = { clamp, y };
  baselineCache.set(model, baseline);
  return baseline;
}

function compile(
  model: Model,
  condition: Condition,
  treated: boolean,
): { network: Network; effects: DrugEffects } {
  const effects = drugEffects(model, treated ? condition.treatment : [], condition.mutations);
  const network = compileNetwork(model, {
    mutations: condition.mutations,
    loopsOff: condition.loopsOff,
    clamp: wildTypeBaseline(model).clamp,
    effects,
    fixedNodes: condition.clamp,
  });
  return { network, effects };
}

/** The steady state of a condition: the new equilibrium after every slow effect has played out. */
export function simulateSustained(model: Model, condition: Condition): SimulationState {
  const { network, effects } = compile(model, condition, true);
  const untreated = compile(model, condition, false);
  const start = steadyState(untreated.network, wildTypeBaseline(model).y);
  const state = steadyState(network, start.y);
  return { network, effects, y: state.y, converged: state.converged && start.converged };
}

/** The untreated steady state of the condition's context, then the treatment for `minutes` (default one hour). */
export function simulateAcute(model: Model, condition: Condition, minutes = ACUTE_MINUTES): SimulationState {
  const course = simulateTimeCourse(model, condition, minutes, minutes);
  const last = course.states[course.states.length - 1] as Float64Array;
  return { network: course.network, effects: course.effects, y: last, converged: course.converged };
}

export interface ConditionTimeCourse extends SimulationState {
  times: number[];
  states: Float64Array[];
}

/** Activities over time after the treatment is added to the untreated steady state. */
export function simulateTimeCourse(
  model: Model,
  condition: Condition,
  minutes: number,
  every: number,
): ConditionTimeCourse {
  const untreated = compile(model, condition, false);
  const start = steadyState(untreated.network, wildTypeBaseline(model).y);
  const { network, effects } = compile(model, condition, true);
  const course = integrate(network, start.y, settledFilters(untreated.network, start.y), minutes, every);
  const last = course.states[course.states.length - 1] as Float64Array;
  return {
    network,
    effects,
    y: last,
    converged: start.converged,
    times: course.times,
    states: course.states,
  };
}

/** Simulates a condition at a contract timescale. */
export function simulate(model: Model, condition: Condition, timescale: Timescale): SimulationState {
  return timescale === 'acute' ? simulateAcute(model, condition) : simulateSustained(model, condition);
}

/** A readout's value in a simulated state: the node's activity, its complement, or its activity net of drug block. */
export function readoutValue(
  model: Model,
  state: Pick<SimulationState, 'network' | 'effects' | 'y'>,
  readout: Readout,
): number {
  const i = state.network.index.get(readout.node);
  if (i === undefined) return Number.NaN;
  const y = state.y[i] as number;
  if (readout.transform === 'complement') return 1 - y;
  if (readout.transform === 'output') {
    const node = model.nodeById.get(readout.node);
    const catalytic = node?.autophosphorylation ? 0 : (state.effects.catalytic.get(readout.node) ?? 0);
    return y * (1 - catalytic) * (1 - (state.effects.allosteric.get(readout.node) ?? 0));
  }
  return y;
}
