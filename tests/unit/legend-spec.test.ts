// The one legend spec the screen legend, the PNG and the SVG draw: scale stops and range from the theme, loops from the
// model data, line samples shared by all three.

import { LEGEND_STOPS, legendSpec, lineSample, SAMPLE_LENGTH } from '../../src/features/Legend/spec';
import { changeColor } from '../../src/graph/scale';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';
import { model } from './helpers';

const spec = legendSpec(SCREEN_THEME, model.pathway.loops);

describe('legendSpec: the change scale', () => {
  it('shows the range where the colour is full: ×0.5 … ×2', () => {
    expect(spec.scale.low).toBe('×0.5');
    expect(spec.scale.high).toBe('×2');
    expect(spec.scale.range).toBe('×0.5 … ×2');
    expect(spec.scale.down).toBe('↓ down');
    expect(spec.scale.up).toBe('up ↑');
  });

  it('has evenly spaced swatches from full blue through grey to full orange, coloured by the theme scale', () => {
    const { stops } = spec.scale;
    expect(stops).toHaveLength(LEGEND_STOPS);
    expect(stops[0]).toEqual({ value: -1, color: '#2c5a9e' });
    expect(stops[(LEGEND_STOPS - 1) / 2]).toEqual({ value: 0, color: '#e9e9e9' });
    expect(stops[LEGEND_STOPS - 1]).toEqual({ value: 1, color: '#c85a00' });
    for (const s of stops) expect(s.color, String(s.value)).toBe(changeColor(SCREEN_THEME.change, s.value));
  });
});

describe('legendSpec: edges, marker and loops', () => {
  it('lists one dashed sample per model loop, in the loop’s own colour and with its label, in model order', () => {
    expect(spec.loops.map((l) => [l.id, l.label, l.color])).toEqual(
      model.pathway.loops.map((l) => [l.id, l.label, l.color]),
    );
    for (const l of spec.loops) expect(l.dash.length, l.id).toBeGreaterThan(0);
  });

  it('takes the loops from the data it is given, not from code', () => {
    const other = legendSpec(SCREEN_THEME, [{ id: 'X-Y', label: 'X ⊣ Y <test> & co', color: '#123456' }]);
    expect(other.loops).toEqual([
      { id: 'X-Y', label: 'X ⊣ Y <test> & co', color: '#123456', width: 3, dash: [8, 4], end: 'arrow' },
    ]);
    expect(legendSpec(SCREEN_THEME, []).loops).toEqual([]);
  });

  it('draws activation with an arrowhead and inhibition with a bar, in the theme’s colours', () => {
    const byId = new Map(spec.edges.map((e) => [e.id, e]));
    expect(byId.get('activates')).toMatchObject({ color: SCREEN_THEME.activation, end: 'arrow', dash: [] });
    expect(byId.get('inhibits')).toMatchObject({ color: SCREEN_THEME.inhibition, end: 'tee', dash: [] });
    expect(byId.get('slow')?.dash.length).toBeGreaterThan(0);
    expect(spec.marker).toMatchObject({ text: 'Drug', label: 'acts here' });
  });

  it('follows the theme and takes dark-background ink without changing the loop colours', () => {
    const projector = legendSpec(PROJECTOR_THEME, model.pathway.loops);
    expect(projector.ink.text).toBe(PROJECTOR_THEME.text);
    const dark = legendSpec(SCREEN_THEME, model.pathway.loops, { text: '#f0f3f6', activation: '#c9d1d9' });
    expect(dark.ink.text).toBe('#f0f3f6');
    expect(dark.edges[0]?.color).toBe('#c9d1d9');
    expect(dark.loops).toEqual(spec.loops);
  });
});

describe('lineSample', () => {
  it('ends every sample at the same length, with the head at the far end', () => {
    for (const line of [...spec.edges, ...spec.loops]) {
      const { x2, head } = lineSample(line);
      expect(x2).toBeLessThan(SAMPLE_LENGTH);
      expect(head).toMatch(/^M[\d.]+ -?[\d.]+/);
      const xs = [...head.matchAll(/[MLH](-?[\d.]+)/g)].map((m) => Number(m[1]));
      expect(Math.max(...xs)).toBe(SAMPLE_LENGTH);
    }
  });
});
