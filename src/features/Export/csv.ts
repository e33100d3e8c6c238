// "Download results": the current scenario's readouts, and their time course from dosing to 24 h, as CSV (RFC 4180)
// for spreadsheets, R and Python. Loaded on the first download.
import { drugEffects } from '../../engine/effects';
import { runScenario } from '../../engine/scenario';
import { readoutValue, type Timescale } from '../../engine/simulate';
import type { Model } from '../../model/types';
import { toCondition } from '../../stores/condition';
import type { GivenDrugChoice } from '../../stores/scenarioStore';
import { simulateCourse } from '../Inspector/timeCourse';

/** The choices a results file describes. */
export interface ResultsScenario {
  drugs: GivenDrugChoice[];
  mutations: string[];
  loopsOff: string[];
  timescale: Timescale;
}

/** One CSV field: quoted when it holds a comma, a quote or a line break. */
function field(value: string | number): string {
  const text = typeof value === 'number' ? String(Number(value.toPrecision(6))) : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const rows = (lines: Array<Array<string | number>>) =>
  `${lines.map((l) => l.map(field).join(',')).join('\r\n')}\r\n`;

/** Every readout of the scenario: id, label, untreated reference, treated value and direction, as the panel shows them. */
export function readoutsCsv(model: Model, scenario: ResultsScenario): string {
  const condition = toCondition(model, scenario.drugs, scenario.mutations, scenario.loopsOff);
  const result = runScenario(model, condition, scenario.timescale);
  return rows([
    ['id', 'label', 'reference', 'value', 'direction'],
    ...result.readouts.map((r) => [r.id, r.label, r.reference, r.value, r.direction]),
  ]);
}

/** Every readout from dosing (0 min, untreated) to 24 h, one row every 20 minutes, one column per readout. */
export function timeCourseCsv(model: Model, scenario: ResultsScenario): string {
  const course = simulateCourse(model, scenario.drugs, scenario.mutations, scenario.loopsOff);
  const untreated = drugEffects(model, [], scenario.mutations);
  const { readouts } = model.pathway;
  return rows([
    ['minutes', ...readouts.map((r) => r.id)],
    ...course.states.map((y, k) => {
      const state = { network: course.network, effects: k === 0 ? untreated : course.effects, y };
      return [course.times[k] as number, ...readouts.map((r) => readoutValue(model, state, r))];
    }),
  ]);
}
