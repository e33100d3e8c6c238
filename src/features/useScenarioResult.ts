// Derives the prediction from the user's choices: the simulation (synchronous) and its explanations (deferred).
import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { type Explanation, explainScenario } from '../engine/explain';
import { runScenario, type ScenarioResult } from '../engine/scenario';
import { toCondition } from '../stores/condition';
import { useScenarioStore } from '../stores/scenarioStore';
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

/** The simulation of the current choices, recomputed only when they change. */
export function useScenarioResult(): ScenarioResult {
  const model = useModel();
  const { drugs, mutations, loopsOff, timescale } = useScenarioInputs();
  return useMemo(
    () => runScenario(model, toCondition(model, drugs, mutations, loopsOff), timescale),
    [model, drugs, mutations, loopsOff, timescale],
  );
}

/** Explanations of the changes; computed after the canvas has updated, so a drug click never waits for them. */
export function useExplanations(): { explanations: Explanation[]; stale: boolean } {
  const model = useModel();
  const inputs = useScenarioInputs();
  const deferred = useDeferredValue(inputs);
  const explanations = useMemo(
    () =>
      deferred.drugs.length === 0
        ? []
        : explainScenario(
            model,
            toCondition(model, deferred.drugs, deferred.mutations, deferred.loopsOff),
            deferred.timescale,
          ),
    [model, deferred],
  );
  return { explanations, stale: deferred !== inputs };
}
