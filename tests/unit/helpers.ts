// Shared test helpers: the bundled model and a one-line predict for a readout.
import { predict, type Scenario } from '../../src/engine/predict';
import { bundledModel } from '../../src/model/bundled';

export const model = bundledModel();

/** Runs one scenario and returns reference, value and direction of one readout. */
export function readout(scenario: Scenario, id: string) {
  const result = predict(model, { ...scenario, readouts: [id] }).readouts[id];
  if (!result) throw new Error(`no readout ${id}`);
  return result;
}

/** Drugs that can be simulated. */
export const selectableDrugs = model.drugs.filter((d) => d.selectable !== false);
