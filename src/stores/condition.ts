// Turns the user's choices into the engine's condition (drugs resolved, doses in nM or relative).
import { type GivenDrug, NOMINAL_DOSES } from '../engine/effects';
import type { Condition } from '../engine/simulate';
import type { Model } from '../model/types';
import type { GivenDrugChoice } from './scenarioStore';

/** The engine condition for a set of choices; unknown drug ids are skipped (the URL loader reports them). */
export function toCondition(
  model: Model,
  drugs: GivenDrugChoice[],
  mutations: string[],
  loopsOff: string[],
): Condition {
  const treatment: GivenDrug[] = [];
  for (const choice of drugs) {
    const drug = model.drugById.get(choice.drugId);
    if (!drug || drug.selectable === false) continue;
    if (!drug.doses) {
      treatment.push({ drug, doseNM: NOMINAL_DOSES[choice.dose === 'low' ? 'low' : 'high'], nominal: true });
    } else {
      const nM = typeof choice.dose === 'number' ? choice.dose : drug.doses[choice.dose].nM;
      treatment.push({ drug, doseNM: nM });
    }
  }
  return { mutations, treatment, loopsOff: new Set(loopsOff) };
}

/** The dose a drug starts at when chosen: its high dose (nM), or "high" when it has no confirmed potency. */
export function defaultDose(model: Model, drugId: string): GivenDrugChoice['dose'] {
  const drug = model.drugById.get(drugId);
  return drug?.doses ? drug.doses.high.nM : 'high';
}
