// One scenario as the app sees it: treated and untreated activities of every node, and every readout's change.
import type { Model } from '../model/types';
import { type Direction, direction } from './direction';
import type { DrugEffects, GivenDrug } from './effects';
import { shownValue } from './shown';
import { type Condition, readoutValue, type SimulationState, simulate, type Timescale } from './simulate';

export interface ReadoutChange {
  id: string;
  label: string;
  node: string;
  reference: number;
  value: number;
  direction: Direction;
  /** log2(value / reference), for ordering changes by size. */
  log2: number;
}

export interface ScenarioResult {
  timescale: Timescale;
  /** The cell context and the loops switched off, as simulated (the canvas draws both). */
  mutations: readonly string[];
  loopsOff: ReadonlySet<string>;
  /** The drugs and doses simulated (the canvas badges the targets they inhibit meaningfully). */
  treatment: readonly GivenDrug[];
  /** Node id → what the node shows (src/engine/shown.ts), untreated in the same context. */
  reference: Map<string, number>;
  /** Node id → what the node shows, treated. */
  value: Map<string, number>;
  readouts: ReadoutChange[];
  effects: DrugEffects;
  converged: boolean;
}

function nodeMap(model: Model, state: SimulationState): Map<string, number> {
  return new Map(state.network.ids.map((id) => [id, shownValue(model, state, id)]));
}

/** Simulates a condition and its untreated reference (same context, same loops) at one timescale. */
export function runScenario(model: Model, condition: Condition, timescale: Timescale): ScenarioResult {
  const treated = simulate(model, condition, timescale);
  const untreated = simulate(model, { ...condition, treatment: [] }, timescale);
  const readouts = model.pathway.readouts.map((r) => {
    const reference = readoutValue(model, untreated, r);
    const value = readoutValue(model, treated, r);
    return {
      id: r.id,
      label: r.label,
      node: r.node,
      reference,
      value,
      direction: direction(reference, value),
      log2: Math.log2((value + 1e-3) / (reference + 1e-3)),
    };
  });
  return {
    timescale,
    mutations: condition.mutations,
    loopsOff: condition.loopsOff,
    treatment: condition.treatment,
    reference: nodeMap(model, untreated),
    value: nodeMap(model, treated),
    readouts,
    effects: treated.effects,
    converged: treated.converged && untreated.converged,
  };
}
