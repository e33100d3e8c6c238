// Turns the user's choices into the engine's condition (drugs resolved, doses in nM or relative).
import { type GivenDrug, NOMINAL_DOSES } from '../engine/effects';
import type { Condition } from '../engine/simulate';
import type { Drug, Model } from '../model/types';
import type { GivenDrugChoice } from './scenarioStore';

/** A dose in nM for a drug with confirmed potency: a number as given, "low" or "high" as the drug's own doses. */
export function doseNM(doses: NonNullable<Drug['doses']>, dose: GivenDrugChoice['dose']): number {
  return typeof dose === 'number' ? dose : doses[dose].nM;
}

/** The dose a choice holds: "low"/"high" become the drug's nM doses where it has them, and stay relative otherwise. */
export function choiceDose(drug: Drug | undefined, dose: GivenDrugChoice['dose']): GivenDrugChoice['dose'] {
  return typeof dose === 'number' || !drug?.doses ? dose : drug.doses[dose].nM;
}

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
      treatment.push({ drug, doseNM: doseNM(drug.doses, choice.dose) });
    }
  }
  return { mutations, treatment, loopsOff: new Set(loopsOff) };
}

/** The dose a drug starts at when chosen: its high dose (nM), or "high" when it has no confirmed potency. */
export function defaultDose(model: Model, drugId: string): GivenDrugChoice['dose'] {
  return choiceDose(model.drugById.get(drugId), 'high');
}
