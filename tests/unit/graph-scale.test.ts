// The change scale in isolation (Escher's data-style tests): log2 change, colour at null, NaN, 0, the ends and beyond, glyphs.
import {
  changeColor,
  directionGlyph,
  foldText,
  log2Change,
  scaleRange,
  scaleStops,
} from '../../src/graph/scale';
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
    expect(scale.points.map(([x]) => x)).toEqual([-1, -0.5, -0.15, 0, 0.15, 0.5, 1]);
  });

  it('clamps at the ends: a 2-fold change and anything beyond look the same', () => {
    for (const x of [-1, -1.5, -2, -10, Number.NEGATIVE_INFINITY])
      expect(changeColor(scale, x), String(x)).toBe('#2c5a9e');
    for (const x of [1, 1.5, 2, 10, Number.POSITIVE_INFINITY])
      expect(changeColor(scale, x), String(x)).toBe('#c85a00');
  });

  it('spans half to double the untreated activity (log2 ±1)', () => {
    expect(scaleRange(scale)).toEqual({ min: -1, max: 1 });
    // just inside the ends the colour still changes
    expect(changeColor(scale, 0.95)).not.toBe('#c85a00');
    expect(changeColor(scale, -0.95)).not.toBe('#2c5a9e');
  });

  it('shows a 1.5× rebound as a strong orange, not a pale tint (regression: it was pale on the ±4× scale)', () => {
    const rebound = changeColor(scale, Math.log2(1.5));
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => Number.parseInt(rebound.slice(i, i + 2), 16));
    // past the mid-orange control point (#f0953a): less blue and green than it
    expect(b).toBeLessThanOrEqual(0x3a);
    expect(g).toBeLessThanOrEqual(0x95);
    expect(r - b).toBeGreaterThan(150);
    // and so is a 1.5-fold drop on the blue side
    const drop = changeColor(scale, -Math.log2(1.5));
    expect(Number.parseInt(drop.slice(1, 3), 16)).toBeLessThanOrEqual(0x5b);
  });

  it('interpolates linearly in RGB between control points, rounding each channel', () => {
    // halfway between [0.5, #f0953a] and [1, #c85a00]: (240+200)/2, (149+90)/2 = 119.5 → 120, (58+0)/2
    expect(changeColor(scale, 0.75)).toBe('#dc781d');
    // halfway between [-1, #2c5a9e] and [-0.5, #5b8fd0]
    expect(changeColor(scale, -0.75)).toBe('#4475b7');
    // halfway between the near-grey [0.15, #f3e3d3] and [0, #e9e9e9]
    expect(changeColor(scale, 0.075)).toBe('#eee6de');
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

describe('the scale in words: range, fold text and legend stops', () => {
  it('writes log2 changes as folds, two significant digits at most', () => {
    expect(foldText(-1)).toBe('×0.5');
    expect(foldText(1)).toBe('×2');
    expect(foldText(2)).toBe('×4');
    expect(foldText(0)).toBe('×1');
    expect(foldText(Math.log2(1.5))).toBe('×1.5');
    expect(foldText(0.35)).toBe('×1.3');
  });

  it('spaces legend stops evenly from end to end, with 0 exactly in the middle', () => {
    expect(scaleStops(scale, 5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    const eleven = scaleStops(scale, 11);
    expect(eleven).toHaveLength(11);
    expect(eleven[0]).toBe(-1);
    expect(eleven[5]).toBe(0);
    expect(eleven[10]).toBe(1);
    expect(eleven[3]).toBe(-0.4);
    expect(scaleStops(scale, 1)).toEqual([-1]);
  });

  it('takes the range from the scale it is given', () => {
    const wide: ChangeScale = {
      points: [
        [-2, '#000000'],
        [0, '#808080'],
        [2, '#ffffff'],
      ],
      noData: '#ff00ff',
    };
    expect(scaleRange(wide)).toEqual({ min: -2, max: 2 });
    expect(scaleRange({ points: [], noData: '#000000' })).toEqual({ min: 0, max: 0 });
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
