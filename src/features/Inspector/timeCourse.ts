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

/** The value axis of a time course: its ends and the ticks it labels, all multiples of one round step. */
export interface CourseAxis {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

/** The whole 0–1 range (what the axis showed before it scaled to the course). */
export const UNIT_AXIS: CourseAxis = { min: 0, max: 1, step: 0.5, ticks: [0, 0.5, 1] };

const ROUND_STEPS = [0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1];

/**
 * An axis that fits a course: its range rounded out to a round step giving two to four intervals, so a change from
 * 0.22 to 0.27 fills the plot instead of a twentieth of a 0–1 axis. A flat course gets one step around its value.
 */
export function courseAxis(values: readonly number[]): CourseAxis {
  const finite = values.filter(Number.isFinite);
  if (!finite.length) return UNIT_AXIS;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const step = ROUND_STEPS.find((s) => (hi - lo) / s <= 3) ?? 1;
  // Rounding guards keep float noise (0.3 / 0.1 = 2.9999…) from adding a step.
  let min = Math.max(0, Math.floor(lo / step + 1e-9) * step);
  let max = Math.ceil(hi / step - 1e-9) * step;
  if (max <= min) {
    min = Math.max(0, min - step);
    max += step;
  }
  const count = Math.round((max - min) / step);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((min + i * step).toFixed(6)));
  return { min: Number(min.toFixed(6)), max: Number(max.toFixed(6)), step, ticks };
}

/** A tick's text: as many decimals as the step needs. */
export function tickText(value: number, axis: CourseAxis): string {
  const decimals = Math.max(0, Math.ceil(-Math.log10(axis.step) - 1e-9));
  return value.toFixed(Math.min(3, decimals));
}

/** The sparkline's size and where a time (minutes) and a value (on an axis, 0–1 by default) are drawn. */
export const SPARK = { width: 260, height: 90 } as const;
export const sparkX = (t: number) => 34 + (t / COURSE_MINUTES) * (SPARK.width - 44);
export const sparkY = (v: number, axis: CourseAxis = UNIT_AXIS) =>
  SPARK.height - 16 - ((v - axis.min) / (axis.max - axis.min)) * (SPARK.height - 26);

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

/** The polyline through the course's values, on the given axis. */
export function sparkPoints(
  times: readonly number[],
  values: readonly number[],
  axis: CourseAxis = UNIT_AXIS,
): string {
  return times
    .map((t, k) => `${sparkX(t).toFixed(1)},${sparkY(values[k] as number, axis).toFixed(1)}`)
    .join(' ');
}
