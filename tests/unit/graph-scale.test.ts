// The change scale in isolation (Escher's data-style tests): log2 change, colour at null, NaN, 0, the ends and beyond, glyphs.
import { changeColor, directionGlyph, log2Change } from '../../src/graph/scale';
import { type ChangeScale, PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';

const scale = SCREEN_THEME.change;

describe('log2Change: treated over untreated activity', () => {
  it('is null when either side is missing or not a finite number', () => {
    expect(log2Change(null, 0.5)).toBeNull();
    expect(log2Change(0.5, null)).toBeNull();
    expect(log2Change(undefined, 0.5)).toBeNull();
    expect(log2Change(0.5, undefined)).toBeNull();
    expect(log2Change(Number.NaN, 0.5)).toBeNull();
    expect(log2Change(0.5, Number.NaN)).toBeNull();
    expect(log2Change(0.5, Number.POSITIVE_INFINITY)).toBeNull();
    expect(log2Change(Number.NEGATIVE_INFINITY, 0.5)).toBeNull();
  });

  it('is exactly 0 for no change, including nothing against nothing', () => {
    expect(log2Change(0.5, 0.5)).toBe(0);
    expect(log2Change(0, 0)).toBe(0);
    expect(log2Change(1, 1)).toBe(0);
  });

  it('is about +1 for a doubling and -1 for a halving (the 0.001 offset keeps it finite)', () => {
    expect(log2Change(0.25, 0.5)).toBeCloseTo(Math.log2(0.501 / 0.251), 12);
    expect(log2Change(0.25, 0.5)).toBeCloseTo(1, 2);
    expect(log2Change(0.5, 0.25)).toBeCloseTo(-1, 2);
    expect(log2Change(0.2, 0.8)).toBeCloseTo(1.99, 2);
  });

  it('stays finite from and to zero activity, beyond both ends of the scale', () => {
    const fromZero = log2Change(0, 0.5) as number;
    const toZero = log2Change(0.5, 0) as number;
    expect(fromZero).toBeCloseTo(Math.log2(501), 6);
    expect(toZero).toBeCloseTo(-Math.log2(501), 6);
  });
});

describe('changeColor: log2 change → fill', () => {
  it('gives the no-data colour for null and NaN', () => {
    expect(changeColor(scale, null)).toBe('#ffffff');
    expect(changeColor(scale, Number.NaN)).toBe('#ffffff');
  });

  it('gives the neutral grey at 0', () => {
    expect(changeColor(scale, 0)).toBe('#e9e9e9');
  });

  it('gives each control point its own colour', () => {
    for (const [x, colour] of scale.points) expect(changeColor(scale, x), String(x)).toBe(colour);
    expect(scale.points.map(([x]) => x)).toEqual([-2, -1, -0.15, 0, 0.15, 1, 2]);
  });

  it('clamps at the ends: a 4-fold change and anything beyond look the same', () => {
    for (const x of [-2, -2.5, -10, Number.NEGATIVE_INFINITY])
      expect(changeColor(scale, x), String(x)).toBe('#2c5a9e');
    for (const x of [2, 2.5, 10, Number.POSITIVE_INFINITY])
      expect(changeColor(scale, x), String(x)).toBe('#c85a00');
  });

  it('interpolates linearly in RGB between control points, rounding each channel', () => {
    // halfway between [1, #f0953a] and [2, #c85a00]: (240+200)/2, (149+90)/2 = 119.5 → 120, (58+0)/2
    expect(changeColor(scale, 1.5)).toBe('#dc781d');
    // halfway between [-2, #2c5a9e] and [-1, #5b8fd0]
    expect(changeColor(scale, -1.5)).toBe('#4475b7');
  });

  it('is orange for up and blue for down, whatever the size', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as number[];
    for (const x of [0.2, 0.5, 1, 1.5, 3]) {
      const [r = 0, , b = 0] = rgb(changeColor(scale, x));
      expect(r, `+${x}`).toBeGreaterThan(b);
    }
    for (const x of [-0.2, -0.5, -1, -1.5, -3]) {
      const [r = 0, , b = 0] = rgb(changeColor(scale, x));
      expect(b, `${x}`).toBeGreaterThan(r);
    }
  });

  it('takes its control points and no-data colour from the scale, not from code', () => {
    const grey: ChangeScale = {
      points: [
        [-1, '#000000'],
        [1, '#ffffff'],
      ],
      noData: '#ff00ff',
    };
    expect(changeColor(grey, 0)).toBe('#808080');
    expect(changeColor(grey, -5)).toBe('#000000');
    expect(changeColor(grey, null)).toBe('#ff00ff');
    expect(changeColor({ points: [], noData: '#123456' }, 0.5)).toBe('#123456');
  });

  it('is the same scale on screen and on the projector', () => {
    expect(PROJECTOR_THEME.change).toEqual(SCREEN_THEME.change);
  });
});

describe('directionGlyph', () => {
  it('draws ↑ for up, ↓ for down, and nothing otherwise', () => {
    expect(directionGlyph('up')).toBe('↑');
    expect(directionGlyph('down')).toBe('↓');
    expect(directionGlyph('no_change')).toBe('');
    expect(directionGlyph(null)).toBe('');
  });
});
