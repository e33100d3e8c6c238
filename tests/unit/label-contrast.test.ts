// Node labels on the canvas read at 4.5:1 or better on every colour the change scale can give, in both themes.

import { contrast, labelColor } from '../../src/graph/elements';
import { changeColor } from '../../src/graph/scale';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';

describe('label colour on a node fill', () => {
  for (const theme of [SCREEN_THEME, PROJECTOR_THEME]) {
    it(`keeps 4.5:1 across the whole change scale (${theme.name})`, () => {
      const worst = { ratio: Number.POSITIVE_INFINITY, fill: '' };
      for (let i = 0; i <= 400; i++) {
        const fill = changeColor(theme.change, -2 + i / 100);
        const ratio = contrast(fill, labelColor(fill, theme));
        if (ratio < worst.ratio) Object.assign(worst, { ratio, fill });
      }
      expect(worst.ratio, `worst on ${worst.fill}`).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('regression: the strongest orange (#c85a00) once had white labels at 4.27:1; now black at 4.9:1', () => {
    expect(contrast('#c85a00', '#ffffff')).toBeCloseTo(4.27, 2);
    expect(labelColor('#c85a00', SCREEN_THEME)).toBe('#000000');
    expect(contrast('#c85a00', labelColor('#c85a00', SCREEN_THEME))).toBeGreaterThan(4.9);
  });

  it('white on the darkest blue, the theme ink on grey', () => {
    expect(labelColor('#2c5a9e', SCREEN_THEME)).toBe('#ffffff');
    expect(labelColor('#e9e9e9', SCREEN_THEME)).toBe(SCREEN_THEME.text);
  });
});
