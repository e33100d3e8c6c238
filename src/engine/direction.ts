// The contract's one rule for calling a change up, down or no_change.

export type Direction = 'up' | 'down' | 'no_change';

/** Up when value >= 1.10 × reference and 0.01 above it; down when <= 0.90 × reference and 0.01 below it. */
export function direction(reference: number, value: number): Direction {
  if (value >= 1.1 * reference && value - reference >= 0.01) return 'up';
  if (value <= 0.9 * reference && reference - value >= 0.01) return 'down';
  return 'no_change';
}
