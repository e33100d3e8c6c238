// The normalised Hill function, occupancy and Bliss combination: endpoints, midpoints, monotonicity.
import { blissCombine, hill, hillCurve, occupancy } from '../../src/engine/hill';

describe('normalised Hill function', () => {
  const curves = [hillCurve(0.5, 1.4), hillCurve(0.3, 1.4), hillCurve(0.5, 3), hillCurve(0.7, 1)];

  it('is 0 at 0, 1 at 1 and 0.5 at its EC50', () => {
    for (const [ec50, n] of [
      [0.5, 1.4],
      [0.3, 1.4],
      [0.5, 3],
      [0.7, 1],
    ] as const) {
      const c = hillCurve(ec50, n);
      expect(hill(c, 0)).toBe(0);
      expect(hill(c, 1)).toBe(1);
      expect(hill(c, ec50)).toBeCloseTo(0.5, 10);
    }
  });

  it('rises monotonically over [0, 1] and stays in range', () => {
    for (const c of curves) {
      let previous = -1;
      for (let x = 0; x <= 1.0001; x += 0.01) {
        const y = hill(c, x);
        expect(y).toBeGreaterThan(previous);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
        previous = y;
      }
    }
  });

  it('clamps inputs outside [0, 1] and treats NaN as no input', () => {
    const c = curves[0] as ReturnType<typeof hillCurve>;
    expect(hill(c, -0.5)).toBe(0);
    expect(hill(c, 2)).toBe(1);
    expect(hill(c, Number.NaN)).toBe(0);
  });
});

describe('occupancy', () => {
  it('is half at the IC50, zero without drug and rises with dose', () => {
    expect(occupancy(10, 10)).toBeCloseTo(0.5);
    expect(occupancy(0, 10)).toBe(0);
    expect(occupancy(-3, 10)).toBe(0);
    expect(occupancy(Number.POSITIVE_INFINITY, 10)).toBe(0);
    expect(occupancy(1e6, 10)).toBeLessThanOrEqual(1);
    let previous = 0;
    for (const dose of [0.1, 1, 10, 100, 1e3, 1e4, 1e5, 1e6]) {
      const occ = occupancy(dose, 10);
      expect(occ).toBeGreaterThan(previous);
      previous = occ;
    }
  });

  it('combines independent blocks so that adding a block never lowers the total', () => {
    expect(blissCombine([])).toBe(0);
    expect(blissCombine([0.5, 0.5])).toBeCloseTo(0.75);
    expect(blissCombine([0.3, 0])).toBeCloseTo(0.3);
    expect(blissCombine([1, 0.2])).toBe(1);
  });
});
