// Derives the prediction from the user's choices: the simulation (synchronous) and its explanations (deferred).
import { useEffect, useMemo, useState } from 'react';
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

/** Runs `work` after the browser has painted the current frame, so slow follow-up work never delays the canvas. */
function afterPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame =
    typeof requestAnimationFrame === 'function'
      ? requestAnimationFrame(() => {
          timer = setTimeout(work, 0);
        })
      : undefined;
  if (frame === undefined) timer = setTimeout(work, 0);
  return () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Explanations of the changes. They need a counterfactual simulation per loop, so they are computed after the canvas
 * has painted the new prediction; `stale` is true until they match the current choices.
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
    return afterPaint(() => {
      const condition = toCondition(model, inputs.drugs, inputs.mutations, inputs.loopsOff);
      setState({ inputs, explanations: explainScenario(model, condition, inputs.timescale) });
    });
  }, [model, inputs]);
  const stale = state.inputs !== inputs;
  return { explanations: stale && inputs.drugs.length === 0 ? [] : state.explanations, stale };
}
