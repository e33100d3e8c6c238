// The inspector's time course: a node's shown value from dosing to 24 h, and where the sparkline draws each point.
import { drugEffects } from '../../engine/effects';
import { shownValue } from '../../engine/shown';
import { simulateTimeCourse } from '../../engine/simulate';
import type { Model } from '../../model/types';
import { toCondition } from '../../stores/condition';
import type { GivenDrugChoice } from '../../stores/scenarioStore';

type Course = ReturnType<typeof simulateTimeCourse>;

/** How long the course runs after dosing, in minutes. */
export const COURSE_MINUTES = 24 * 60;

/** The choices simulated from dosing to 24 h, sampled every 20 minutes. */
export function simulateCourse(
  model: Model,
  drugs: GivenDrugChoice[],
  mutations: string[],
  loopsOff: string[],
): Course {
  return simulateTimeCourse(model, toCondition(model, drugs, mutations, loopsOff), COURSE_MINUTES, 20);
}

/** The sparkline's size and where a time (minutes) and a value (0–1) are drawn. */
export const SPARK = { width: 260, height: 70 } as const;
export const sparkX = (t: number) => 30 + (t / COURSE_MINUTES) * (SPARK.width - 40);
export const sparkY = (v: number) => SPARK.height - 14 - v * (SPARK.height - 24);

/** The node's shown value at each time of the course. Time 0 is the untreated cell, before the drugs bind. */
export function courseValues(model: Model, course: Course, nodeId: string, mutations: string[]): number[] {
  const untreatedEffects = drugEffects(model, [], mutations);
  return course.states.map((y, k) =>
    shownValue(
      model,
      { network: course.network, effects: k === 0 ? untreatedEffects : course.effects, y },
      nodeId,
    ),
  );
}

/** The polyline through the course's values. */
export function sparkPoints(times: readonly number[], values: readonly number[]): string {
  return times.map((t, k) => `${sparkX(t).toFixed(1)},${sparkY(values[k] as number).toFixed(1)}`).join(' ');
}
