// Node labels stay readable on every colour of the change scale: the label takes white or the theme's ink, whichever stands out more.
import { contrastRatio, readableOn } from '../../src/graph/elements';
import { changeColor } from '../../src/graph/scale';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';

const steps = Array.from({ length: 121 }, (_, i) => -3 + i * 0.05);

describe('label colour on the change scale', () => {
  it.each([
    ['screen', SCREEN_THEME, 4],
    ['projector', PROJECTOR_THEME, 4.5],
  ] as const)(
    'in the %s theme every fill from ÷8 to ×8 gets a label with at least %s:1 contrast',
    (_, theme, floor) => {
      const worst = Math.min(
        ...steps.map((x) => {
          const fill = changeColor(theme.change, x);
          return contrastRatio(fill, readableOn(fill, theme.text));
        }),
      );
      expect(worst).toBeGreaterThanOrEqual(floor);
    },
  );

  it('takes white on the darkest fills and the ink on the palest', () => {
    const theme = SCREEN_THEME;
    expect(readableOn(changeColor(theme.change, -3), theme.text)).toBe('#ffffff');
    expect(readableOn(changeColor(theme.change, 0), theme.text)).toBe(theme.text);
  });

  it('measures contrast as WCAG does: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
