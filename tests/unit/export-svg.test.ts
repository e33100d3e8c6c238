// The SVG export's building blocks in isolation: XML escaping, canvas path calls as SVG path data, and the figure layout
// both exports share.
import { layoutFigure, MARGIN, type Measure, MIN_WIDTH, SOURCE_LINE } from '../../src/features/Export/figure';
import { SvgPathRecorder } from '../../src/features/Export/pathRecorder';
import { el, escapeAttr, escapeText, num, textEl } from '../../src/features/Export/xml';
import { legendSpec } from '../../src/features/Legend/spec';
import { SCREEN_THEME } from '../../src/graph/theme';
import { model } from './helpers';

describe('xml', () => {
  it('escapes text and attribute values', () => {
    expect(escapeText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(escapeAttr(`Inter, "Segoe UI", 'x' <&>`)).toBe(
      'Inter, &quot;Segoe UI&quot;, &apos;x&apos; &lt;&amp;&gt;',
    );
    expect(escapeAttr('a\nb\tc')).toBe('a&#10;b&#9;c');
  });

  it('drops characters XML forbids but keeps astral characters and ↑ ↓ ⊣ ×', () => {
    expect(escapeText('a\u0000b\u0008c\u001fd\ufffee')).toBe('abcde');
    expect(escapeText('lone \ud800 half')).toBe('lone  half');
    expect(escapeText('😀 ↑ ↓ ⊣ × µ')).toBe('😀 ↑ ↓ ⊣ × µ');
  });

  it('writes elements with escaped content, leaves out empty attributes and rejects bad names', () => {
    expect(el('rect', { x: 1, y: 0.125, fill: '#fff', stroke: undefined, rx: false })).toBe(
      '<rect x="1" y="0.13" fill="#fff"/>',
    );
    expect(textEl('text', { x: 0 }, 'PP242 <b> & "co"')).toBe(
      '<text x="0">PP242 &lt;b&gt; &amp; "co"</text>',
    );
    expect(el('g', {}, ['<a/>', '<b/>'])).toBe('<g><a/><b/></g>');
    expect(() => el('bad name')).toThrow(/element name/);
    expect(() => el('g', { 'on"click': 'x' })).toThrow(/attribute name/);
  });

  it('writes numbers short, without -0, and refuses NaN', () => {
    expect(num(1.23456)).toBe('1.23');
    expect(num(-0.001)).toBe('0');
    expect(num(100)).toBe('100');
    expect(() => num(Number.NaN)).toThrow();
  });
});

describe('SvgPathRecorder: canvas path calls as SVG path data', () => {
  it('lines and polygons; lineTo on an empty path moves there', () => {
    const p = new SvgPathRecorder();
    p.beginPath();
    p.lineTo(0, 0);
    p.lineTo(10, 0);
    p.lineTo(10, 5);
    p.closePath();
    expect(p.d).toBe('M0 0L10 0L10 5Z');
  });

  it('a full circle as two half arcs, after a line (or move) to its start', () => {
    const p = new SvgPathRecorder();
    p.arc(10, 10, 5, 0, 2 * Math.PI);
    expect(p.d).toBe('M15 10A5 5 0 0 1 5 10A5 5 0 0 1 15 10');
    const e = new SvgPathRecorder();
    e.ellipse(0, 0, 20, 10, 0, 0, 2 * Math.PI);
    e.closePath();
    expect(e.d).toBe('M20 0A20 10 0 0 1 -20 0A20 10 0 0 1 20 0Z');
  });

  it('counter-clockwise arcs sweep the other way', () => {
    const p = new SvgPathRecorder();
    p.arc(0, 0, 10, 0, -Math.PI / 2, true);
    expect(p.d).toBe('M10 0A10 10 0 0 0 0 -10');
  });

  it('arcTo: a line to the first tangent point, then an arc of the radius to the second', () => {
    // The top-right corner of a round rectangle, as Cytoscape draws it: from the top middle, round the corner.
    const p = new SvgPathRecorder();
    p.moveTo(0, -10);
    p.arcTo(20, -10, 20, 0, 4);
    expect(p.d).toBe('M0 -10L16 -10A4 4 0 0 1 20 -6');
    // turning left sweeps negatively
    const q = new SvgPathRecorder();
    q.moveTo(0, 0);
    q.arcTo(10, 0, 10, -10, 2);
    expect(q.d).toBe('M0 0L8 0A2 2 0 0 0 10 -2');
    // collinear points or no radius: just a line
    const r = new SvgPathRecorder();
    r.moveTo(0, 0);
    r.arcTo(5, 0, 10, 0, 3);
    r.arcTo(10, 5, 10, 10, 0);
    expect(r.d).toBe('M0 0L5 0L10 5');
  });

  it('quadratic curves and rectangles', () => {
    const p = new SvgPathRecorder();
    p.moveTo(0, 0);
    p.quadraticCurveTo(5, 5, 10, 0);
    p.rect(1, 2, 3, 4);
    expect(p.d).toBe('M0 0Q5 5 10 0M1 2H4V6H1Z');
  });
});

describe('layoutFigure', () => {
  // A fixed-width font: every character 0.6 em wide.
  const measure: Measure = (text, font) => [...text].length * font.size * 0.6;
  const meta = {
    title: 'Rapamycin (high)',
    subtitle: 'Context: no driver mutation',
    fileBase: 'rapamycin-24h',
  };
  const legend = legendSpec(SCREEN_THEME, model.pathway.loops);
  const texts = (marks: ReturnType<typeof layoutFigure>['marks']) =>
    marks.flatMap((m) => (m.kind === 'text' ? [m.text] : []));

  it('centres the network under the header and is never narrower than 900 px', () => {
    const narrow = layoutFigure(meta, legend, { width: 600, height: 400 }, measure);
    expect(narrow.width).toBe(MIN_WIDTH);
    expect(narrow.network).toEqual({ x: 150, y: 74, width: 600, height: 400 });
    const wide = layoutFigure(meta, legend, { width: 1500, height: 400 }, measure);
    expect(wide.width).toBe(1500);
    expect(wide.network.x).toBe(0);
  });

  it('carries title, subtitle, the whole legend and the source line', () => {
    const f = layoutFigure(meta, legend, { width: 1200, height: 500 }, measure);
    const all = texts(f.marks);
    expect(all.slice(0, 2)).toEqual([meta.title, meta.subtitle]);
    for (const t of ['↓ down', '×0.5', '×2', 'up ↑', 'activates', 'inhibits', 'Drug', 'acts here'])
      expect(all, t).toContain(t);
    for (const loop of model.pathway.loops) expect(all, loop.id).toContain(loop.label);
    expect(all.join(' · ')).toContain(SOURCE_LINE);
    const swatches = f.marks.filter((m) => m.kind === 'rect' && m.width === 14);
    expect(swatches.map((m) => (m.kind === 'rect' ? m.fill : ''))).toEqual(
      legend.scale.stops.map((s) => s.color),
    );
  });

  it('keeps every legend mark inside the figure, below the network, wrapping rows as needed', () => {
    for (const width of [600, 1200, 2000]) {
      const f = layoutFigure(meta, legend, { width, height: 300 }, measure);
      const below = 74 + 300;
      for (const m of f.marks.slice(2)) {
        const [x0, x1, y] =
          m.kind === 'text'
            ? [m.x, m.x + measure(m.text, m.font), m.y]
            : m.kind === 'rect'
              ? [m.x, m.x + m.width, m.y]
              : m.kind === 'line'
                ? [m.x1, m.x2, m.y1]
                : [m.x, m.x + 34, m.y];
        expect(x0, JSON.stringify(m)).toBeGreaterThanOrEqual(MARGIN - 0.01);
        expect(x1, JSON.stringify(m)).toBeLessThanOrEqual(f.width - MARGIN + 0.01);
        expect(y, JSON.stringify(m)).toBeGreaterThan(below);
        expect(y, JSON.stringify(m)).toBeLessThan(f.height);
      }
    }
  });
});

describe('networkSvg', () => {
  it('needs a canvas-rendered network and says so when the network is headless', async () => {
    const { networkSvg } = await import('../../src/features/Export/networkSvg');
    const { headlessCanvas, canvasFor } = await import('./graph-helpers');
    const cy = headlessCanvas(canvasFor({}).elements);
    try {
      expect(() => networkSvg(cy)).toThrow(/drawn on a canvas/);
    } finally {
      cy.destroy();
    }
  });
});

describe('SvgPathRecorder: canvas rules for bad input', () => {
  it('ignores a call with a NaN or infinite argument, as the canvas does', () => {
    const p = new SvgPathRecorder();
    p.moveTo(0, 0);
    p.lineTo(Number.NaN, 1);
    p.arc(5, 5, 2, Number.NaN, 1);
    p.arcTo(1, 1, Number.POSITIVE_INFINITY, 2, 3);
    p.quadraticCurveTo(1, 1, 2, Number.NaN);
    p.lineTo(3, 4);
    expect(p.d).toBe('M0 0L3 4');
  });
});
