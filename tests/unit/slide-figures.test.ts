// Figures for slides, headless: the 16:9 layout, the caption under the subtitle, file names that say what the figure
// shows (loops off, 16:9, focus), and the inspector's time-course axis that fits the course.
import { layoutFigure, layoutSlide, type Measure, SLIDE_ASPECT } from '../../src/features/Export/figure';
import { figureMeta } from '../../src/features/Export/figureMeta';
import { figureFileName } from '../../src/features/Export/store';
import { courseAxis, SPARK, sparkY, tickText, UNIT_AXIS } from '../../src/features/Inspector/timeCourse';
import { legendSpec } from '../../src/features/Legend/spec';
import { SCREEN_THEME } from '../../src/graph/theme';
import { model } from './helpers';

const measure: Measure = (text, font) => [...text].length * font.size * 0.6;
const meta = { title: 'Rapamycin 3 nM', subtitle: 'Context: no driver mutation', fileBase: 'rapamycin-24h' };
const legend = legendSpec(SCREEN_THEME, model.pathway.loops);
const texts = (marks: ReturnType<typeof layoutFigure>['marks']) =>
  marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));

describe('16:9 figures', () => {
  for (const network of [
    { width: 2000, height: 1100 }, // the whole network, wider than tall
    { width: 500, height: 700 }, // a tall focus crop
    { width: 1900, height: 300 }, // a flat one
  ])
    it(`are exactly 16:9 and hold the whole network (${network.width}×${network.height})`, () => {
      const f = layoutSlide(meta, legend, network, measure);
      expect(f.height).toBe(Math.round(f.width / SLIDE_ASPECT));
      expect(f.network.width).toBe(network.width);
      expect(f.network.height).toBe(network.height);
      expect(f.network.x).toBeGreaterThanOrEqual(0);
      expect(f.network.x + network.width).toBeLessThanOrEqual(f.width);
      // the legend starts below the network
      const legendTop = Math.min(...f.marks.slice(2).map((m) => (m.kind === 'line' ? m.y1 : m.y)));
      expect(legendTop).toBeGreaterThan(f.network.y + network.height);
      expect(f.height).toBeGreaterThan(legendTop);
    });

  it('differ from the whole-network aspect', () => {
    const network = { width: 2000, height: 1100 };
    const plain = layoutFigure(meta, legend, network, measure);
    expect(plain.width / plain.height).not.toBeCloseTo(SLIDE_ASPECT, 2);
  });
});

describe('captions', () => {
  const caption =
    'Cut the S6K1 ⊣ IRS1 loop in the model and give rapamycin alone again: mTORC1 is still blocked, but AKT no longer climbs. The rise was the feedback.';

  it('sit under the subtitle, wrapped to the figure, and push the network down', () => {
    const without = layoutFigure(meta, legend, { width: 900, height: 400 }, measure);
    const withCaption = layoutFigure(meta, legend, { width: 900, height: 400 }, measure, {}, caption);
    const lines = texts(withCaption.marks)
      .slice(2, -1)
      .filter((t) => caption.includes(t));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(caption);
    expect(withCaption.network.y).toBeGreaterThan(without.network.y);
    expect(withCaption.height).toBeGreaterThan(without.height);
    expect(texts(without.marks).some((t) => caption.includes(t))).toBe(false);
  });
});

describe('file names', () => {
  it('name the loops switched off', () => {
    expect(figureMeta(model, [{ drugId: 'rapamycin', dose: 3 }], [], [], 'sustained').fileBase).toBe(
      'rapamycin-24h',
    );
    expect(
      figureMeta(model, [{ drugId: 'rapamycin', dose: 3 }], [], ['S6K1-IRS1'], 'sustained').fileBase,
    ).toBe('rapamycin-no-s6k1-irs1-24h');
  });

  it('say 16:9 and focus when the figure is framed so (focus only where there is one)', () => {
    expect(figureFileName(meta, {}, 'png')).toBe('rapamycin-24h.png');
    expect(figureFileName(meta, { wide: true }, 'svg')).toBe('rapamycin-24h-16x9.svg');
    expect(figureFileName({ ...meta, focus: ['AKT'] }, { wide: true, crop: true }, 'png')).toBe(
      'rapamycin-24h-16x9-focus.png',
    );
    expect(figureFileName(meta, { crop: true }, 'png')).toBe('rapamycin-24h.png');
  });
});

describe('inspector time-course axis', () => {
  it('fits a small change instead of flattening it on 0–1', () => {
    const axis = courseAxis([0.22, 0.23, 0.25, 0.27]);
    expect(axis.min).toBe(0.22);
    expect(axis.max).toBe(0.28);
    expect(axis.ticks).toEqual([0.22, 0.24, 0.26, 0.28]);
    // the change spans most of the plot's height, against a twentieth of it on the unit axis
    const plot = SPARK.height - 26;
    expect(sparkY(0.22, axis) - sparkY(0.27, axis)).toBeGreaterThan(0.5 * plot);
    expect(sparkY(0.22, UNIT_AXIS) - sparkY(0.27, UNIT_AXIS)).toBeLessThan(0.06 * plot);
    expect(axis.ticks.map((t) => tickText(t, axis))).toEqual(['0.22', '0.24', '0.26', '0.28']);
  });

  it('keeps a wide course on round steps, and gives a flat one a step either side', () => {
    expect(courseAxis([0.05, 0.93])).toMatchObject({ min: 0, max: 1, ticks: [0, 0.5, 1] });
    const flat = courseAxis([0.5, 0.5, 0.5]);
    expect(flat.min).toBeLessThan(0.5);
    expect(flat.max).toBeGreaterThan(0.5);
    expect(courseAxis([0, 0]).min).toBe(0);
    expect(courseAxis([])).toEqual(UNIT_AXIS);
  });
});
