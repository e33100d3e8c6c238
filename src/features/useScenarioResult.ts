// Derives the prediction from the user's choices: the simulation (synchronous) and its explanations (in a worker).
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Explanation } from '../engine/explain';
import { runScenario, type ScenarioResult } from '../engine/scenario';
import type { Model } from '../model/types';
import { toCondition } from '../stores/condition';
import { useScenarioStore } from '../stores/scenarioStore';
import { explainLater } from './Effects/explainClient';
import { useModel } from './ModelContext';

const selectInputs = (s: ReturnType<typeof useScenarioStore.getState>) => ({
  drugs: s.drugs,
  mutations: s.mutations,
  loopsOff: s.loopsOff,
  timescale: s.timescale,
});

/** The engine inputs the user has chosen. */
export function useScenarioInputs() {
  return useScenarioStore(useShallow(selectInputs));
}

/** The last simulation run, with what it was run on (the store's choices are immutable, so identity is enough). */
let lastRun: { inputs: readonly unknown[]; result: ScenarioResult } | null = null;

/** The simulation of these choices: run once for all the views that show it (canvas, inspector, lecture). */
function sharedResult(model: Model, inputs: ReturnType<typeof useScenarioInputs>): ScenarioResult {
  const { drugs, mutations, loopsOff, timescale } = inputs;
  const key = [model, drugs, mutations, loopsOff, timescale];
  if (lastRun?.inputs.every((k, i) => k === key[i])) return lastRun.result;
  const result = runScenario(model, toCondition(model, drugs, mutations, loopsOff), timescale);
  lastRun = { inputs: key, result };
  return result;
}

/** The simulation of the current choices, recomputed only when they change. */
export function useScenarioResult(): ScenarioResult {
  const model = useModel();
  const inputs = useScenarioInputs();
  return useMemo(() => sharedResult(model, inputs), [model, inputs]);
}

/**
 * Explanations of the changes. They need a counterfactual simulation per loop, so they are computed in a worker (or
 * after the canvas has painted the new prediction); `stale` is true until they match the current choices.
 */
export function useExplanations(): { explanations: Explanation[]; stale: boolean } {
  const model = useModel();
  const inputs = useScenarioInputs();
  const [state, setState] = useState<{ inputs: typeof inputs | null; explanations: Explanation[] }>({
    inputs: null,
    explanations: [],
  });
  useEffect(() => {
    if (inputs.drugs.length === 0) {
      setState({ inputs, explanations: [] });
      return;
    }
    return explainLater(model, inputs, (explanations) => setState({ inputs, explanations }));
  }, [model, inputs]);
  const stale = state.inputs !== inputs;
  return { explanations: stale && inputs.drugs.length === 0 ? [] : state.explanations, stale };
}
