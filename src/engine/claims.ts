// Checks a lecture step's claims against the model: each names a readout, a direction, what it is compared with and the loop it credits.
import type { Model, StoryClaim, StoryStep } from '../model/types';
import { type Direction, direction } from './direction';
import { resolveTreatment } from './predict';
import { type Condition, readoutValue, simulate } from './simulate';

/** One claim the model does not bear out, with what the model says instead. */
export interface ClaimFailure {
  step: number;
  claim: StoryClaim;
  got: Direction;
  reason: string;
}

function conditionOf(model: Model, step: StoryStep, loopsOff: Iterable<string>, drugs = true): Condition {
  return {
    mutations: step.mutations,
    treatment: drugs ? resolveTreatment(model, step.drugs, 'step') : [],
    loopsOff: new Set(loopsOff),
  };
}

function claimDirection(model: Model, steps: StoryStep[], i: number, claim: StoryClaim, extraOff: string[]) {
  const step = steps[i] as StoryStep;
  const readout = model.pathway.readouts.find((r) => r.id === claim.readout);
  if (!readout) throw new Error(`unknown readout ${claim.readout}`);
  const off = [...step.loopsOff, ...extraOff];
  const now = simulate(model, conditionOf(model, step, off), step.timescale);
  const before =
    claim.against === 'previous'
      ? (() => {
          const prev = steps[i - 1] as StoryStep;
          return simulate(model, conditionOf(model, prev, [...prev.loopsOff, ...extraOff]), prev.timescale);
        })()
      : simulate(model, conditionOf(model, step, off, false), step.timescale);
  return direction(readoutValue(model, before, readout), readoutValue(model, now, readout));
}

/** Every claim of every step of a story that the model contradicts (empty when the captions hold). */
export function checkStoryClaims(model: Model, steps: StoryStep[]): ClaimFailure[] {
  const failures: ClaimFailure[] = [];
  steps.forEach((step, i) => {
    for (const claim of step.claims) {
      const got = claimDirection(model, steps, i, claim, []);
      if (got !== claim.direction) {
        failures.push({ step: i + 1, claim, got, reason: `the model says ${got}` });
        continue;
      }
      if (claim.loop && claim.direction !== 'no_change') {
        const without = claimDirection(model, steps, i, claim, [claim.loop]);
        if (without === claim.direction)
          failures.push({
            step: i + 1,
            claim,
            got: without,
            reason: `it stays ${without} with ${claim.loop} off`,
          });
      }
    }
  });
  return failures;
}
