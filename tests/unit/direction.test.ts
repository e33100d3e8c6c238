// The contract's direction rule at its boundaries: up needs value >= 1.10 × reference AND a rise of at least 0.01,
// down needs value <= 0.90 × reference AND a fall of at least 0.01; anything else is no_change.
import { direction } from '../../src/engine/direction';

// References at the ratio boundaries are powers of two, so 1.10 × and 0.90 × them are exact in floating point
// (the shared scorer computes the rule in the same doubles; 0.2 × 1.1, for one, is 0.22000000000000003).
const table: Array<[string, number, number, 'up' | 'down' | 'no_change']> = [
  // ratio boundary, where the 0.01 floor is far away
  ['exactly 1.10×', 0.5, 0.55, 'up'],
  ['1.0999×', 0.5, 0.54995, 'no_change'],
  ['1.10× of 0.25', 0.25, 0.275, 'up'],
  ['1.0999× of 0.25', 0.25, 0.274975, 'no_change'],
  ['exactly 0.90×', 0.5, 0.45, 'down'],
  ['0.9001×', 0.5, 0.45005, 'no_change'],
  ['0.90× of 1', 1, 0.9, 'down'],
  ['0.9001× of 1', 1, 0.9001, 'no_change'],
  ['a large rise of a large reference', 0.5, 1, 'up'],
  ['a large fall to zero', 0.5, 0, 'down'],
  // the 0.01 absolute floor: the ratio passes, the absolute change decides
  ['0.05 → 0.0599: +19.8 % but only +0.0099', 0.05, 0.0599, 'no_change'],
  ['0.05 → 0.0601: +0.0101', 0.05, 0.0601, 'up'],
  ['0.05 → 0.0401: −19.8 % but only −0.0099', 0.05, 0.0401, 'no_change'],
  ['0.05 → 0.0399: −0.0101', 0.05, 0.0399, 'down'],
  ['0.02 → 0.0299: +50 % but only +0.0099', 0.02, 0.0299, 'no_change'],
  ['0.02 → 0.0301', 0.02, 0.0301, 'up'],
  ['0.02 → 0.0101: −49.5 % but only −0.0099', 0.02, 0.0101, 'no_change'],
  ['0.02 → 0.0099', 0.02, 0.0099, 'down'],
  ['0.005 → 0: all of it, but only −0.005', 0.005, 0, 'no_change'],
  ['0.001 → 0.009: nine-fold, but only +0.008', 0.001, 0.009, 'no_change'],
  // the floor alone, where the ratio passes at any value: zero reference
  ['0 → 0.01: exactly the floor', 0, 0.01, 'up'],
  ['0 → 0.0099', 0, 0.0099, 'no_change'],
  ['0 → 1', 0, 1, 'up'],
  // equal values are never a change, at any level
  ['0 → 0', 0, 0, 'no_change'],
  ['0.5 → 0.5', 0.5, 0.5, 'no_change'],
  ['1 → 1', 1, 1, 'no_change'],
  ['0.003 → 0.003', 0.003, 0.003, 'no_change'],
];

describe('direction(reference, value)', () => {
  it.each(table)('%s: %f → %f is %s', (_name, reference, value, expected) => {
    expect(direction(reference, value)).toBe(expected);
  });

  it('both conditions are needed: neither the ratio alone nor the floor alone is enough', () => {
    // floor met, ratio not: +0.04 on 0.5 is only 1.08×
    expect(direction(0.5, 0.54)).toBe('no_change');
    expect(direction(0.5, 0.46)).toBe('no_change');
    // ratio met, floor not (see the table): small references
    expect(direction(0.05, 0.0599)).toBe('no_change');
    expect(direction(0.05, 0.0401)).toBe('no_change');
  });
});
