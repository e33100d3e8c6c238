// Edge cases of the change scale a legend or a dark fill reaches: two-stop legends and colour channels below 0x10.
import { changeColor, scaleStops } from '../../src/graph/scale';
import type { ChangeScale } from '../../src/graph/theme';
import { SCREEN_THEME } from '../../src/graph/theme';

describe('the change scale at its edges', () => {
  it('a legend of two swatches shows both ends; of three, the ends and no change', () => {
    expect(scaleStops(SCREEN_THEME.change, 2)).toEqual([-1, 1]);
    expect(scaleStops(SCREEN_THEME.change, 3)).toEqual([-1, 0, 1]);
    expect(scaleStops(SCREEN_THEME.change, 0)).toEqual([-1]);
  });

  it('writes a dark channel with two hex digits, so the colour stays a valid #rrggbb', () => {
    const dark: ChangeScale = {
      points: [
        [-1, '#000000'],
        [1, '#101010'],
      ],
      noData: '#ffffff',
    };
    expect(changeColor(dark, 0)).toBe('#080808');
    expect(changeColor(dark, -0.5)).toBe('#040404');
  });
});
