// Normalised Hill functions of the logic-based ODE formalism (Kraeutler, Soltis & Saucerman 2010).

/** Constants of a normalised Hill curve with f(0)=0, f(ec50)=0.5 and f(1)=1. */
export interface HillCurve {
  b: number;
  kn: number;
  n: number;
}

/** Precomputes B and K^n for a normalised Hill curve (ec50 in (0,1), n > 0). */
export function hillCurve(ec50: number, n: number): HillCurve {
  const e = ec50 ** n;
  const b = (e - 1) / (2 * e - 1);
  return { b, kn: b - 1, n };
}

/** Normalised Hill activation of an input x, clamped to [0, 1]. */
export function hill(curve: HillCurve, x: number): number {
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  const xn = x ** curve.n;
  return (curve.b * xn) / (curve.kn + xn);
}

/** Fractional occupancy of a target by a drug at `dose` nM with potency `ic50` nM (one binding site). */
export function occupancy(dose: number, ic50: number): number {
  if (!(dose > 0) || !Number.isFinite(dose)) return 0;
  if (!(ic50 > 0)) return 1;
  return dose / (dose + ic50);
}

/** Combines independent blocks of the same thing (Bliss independence): 1 - Π(1 - b). */
export function blissCombine(blocks: Iterable<number>): number {
  let remaining = 1;
  for (const b of blocks) remaining *= 1 - b;
  return 1 - remaining;
}
