// Where things sit and how big they are on the canvas: bands, badges, markers, routed edges, readable text on fills.
import {
  badgeData,
  compartmentBands,
  isInternal,
  layoutPosition,
  loopCutEdges,
  luminance,
  markerData,
  markerElements,
  mutationBadgeElements,
  routeData,
  toElements,
} from '../../src/graph/elements';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';
import type { PathwayEdge } from '../../src/model/types';
import { dataById } from './graph-helpers';
import { model } from './helpers';

/** WCAG contrast ratio of two #rrggbb colours. */
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('luminance and readable text', () => {
  it('is 0 for black, 1 for white and follows the eye’s weights for pure colours', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1, 12);
    expect(luminance('#ff0000')).toBeCloseTo(0.2126, 12);
    expect(luminance('#00ff00')).toBeCloseTo(0.7152, 12);
    expect(luminance('#0000ff')).toBeCloseTo(0.0722, 12);
    // the sRGB curve: a dark channel is linear, mid grey is about a fifth of white
    expect(luminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 12);
    expect(luminance('#808080')).toBeCloseTo(0.2159, 3);
  });

  it('theme text reads at 4.5:1 or better on the background, in both themes', () => {
    for (const theme of [SCREEN_THEME, PROJECTOR_THEME]) {
      expect(contrast(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme.mutedText, theme.background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('labels on the darkest blue are white, on the strongest orange black, on grey and no-data fills the theme’s text, each at 4.5:1 or better', () => {
    const overlay = (fold: number) => ({
      reference: new Map(model.pathway.nodes.map((n) => [n.id, 0.5])),
      value: new Map(model.pathway.nodes.map((n) => [n.id, 0.5 * fold])),
      block: new Map(),
      outputBlock: new Map(),
      markers: new Map(),
      loopsOff: new Set<string>(),
      mutationBadges: new Map(),
    });
    const node = model.pathway.nodes[0]?.id as string;
    const label = (fold: number | null) =>
      dataById(toElements(model, fold === null ? null : overlay(fold), SCREEN_THEME)).get(node) as {
        fill: string;
        textColor: string;
      };
    // on the strongest orange neither white nor the ink reaches 4.5:1, so the label is pure black
    for (const [fold, text] of [
      [0.25, '#ffffff'],
      [4, '#000000'],
      [1, SCREEN_THEME.text],
      [null, SCREEN_THEME.text],
    ] as const) {
      const d = label(fold);
      expect(d.textColor, String(fold)).toBe(text);
      expect(contrast(d.fill, d.textColor), String(fold)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the change scale darkens steadily away from no change on both sides (it reads in greyscale)', () => {
    const points = SCREEN_THEME.change.points;
    const zero = points.findIndex(([x]) => x === 0);
    const lum = points.map(([, c]) => luminance(c));
    for (let i = zero; i > 0; i--)
      expect(lum[i - 1], `below ${points[i]?.[0]}`).toBeLessThan(lum[i] as number);
    for (let i = zero; i < points.length - 1; i++)
      expect(lum[i + 1], `above ${points[i]?.[0]}`).toBeLessThan(lum[i] as number);
  });
});

describe('badges and markers', () => {
  it('a longer text gets a wider badge; an empty one keeps a small minimum', () => {
    expect(badgeData('', SCREEN_THEME)).toEqual({ badge: '', badgeWidth: 12 });
    expect(markerData('', SCREEN_THEME)).toMatchObject({ marker: '', markerText: '', markerWidth: 12 });
    const short = badgeData('G12', SCREEN_THEME).badgeWidth;
    const long = badgeData('L858R/T790M', SCREEN_THEME).badgeWidth;
    expect(long).toBeGreaterThan(short);
    // wide enough for the text at the badge's font size (0.6 em a character as the canvas estimates)
    expect(long).toBeGreaterThanOrEqual('L858R/T790M'.length * SCREEN_THEME.fontSize * 0.7 * 0.6);
    // a combination takes one drug a line: as wide as its widest line, one line taller per drug
    const combo = markerData('Rapa + Gefitinib', SCREEN_THEME);
    expect(combo.markerText).toBe('Rapa +\nGefitinib');
    expect(combo.markerWidth).toBeGreaterThanOrEqual(markerData('Gefitinib', SCREEN_THEME).markerWidth);
    expect(combo.markerHeight).toBeGreaterThan(markerData('Gefitinib', SCREEN_THEME).markerHeight);
    expect(markerData('Rapa', PROJECTOR_THEME).markerWidth).toBeGreaterThan(
      markerData('Rapa', SCREEN_THEME).markerWidth,
    );
  });

  it('mutation badges sit below and to the right of their node; drug markers are named after theirs', () => {
    for (const theme of [SCREEN_THEME, PROJECTOR_THEME]) {
      for (const badge of mutationBadgeElements(model, null, theme)) {
        const node = model.nodeById.get(String(badge.data.of));
        const at = layoutPosition(node as never, theme);
        expect(badge.position?.y, String(badge.data.id)).toBeGreaterThan(at.y);
        expect(badge.position?.x).toBeGreaterThan(at.x);
        expect(badge.data.id).toBe(`mutation-${badge.data.of}`);
      }
      for (const marker of markerElements(model, null, theme)) {
        expect(model.nodeById.has(String(marker.data.of))).toBe(true);
        expect(marker.data.id).toBe(`marker-${marker.data.of}`);
      }
    }
  });

  it('a protein’s marker clears its sites: it sits higher above a protein than above a plain node', () => {
    const markers = markerElements(model, null, SCREEN_THEME);
    const lift = (id: string) => {
      const m = markers.find((x) => x.data.of === id);
      const node = model.nodeById.get(id);
      return node && m?.position ? layoutPosition(node, SCREEN_THEME).y - m.position.y : Number.NaN;
    };
    const parents = new Set(model.pathway.nodes.map((n) => n.parent).filter(Boolean));
    const protein = markers.find((m) => parents.has(String(m.data.of)));
    const plain = markers.find((m) => !parents.has(String(m.data.of)));
    expect(lift(String(protein?.data.of))).toBeGreaterThan(lift(String(plain?.data.of)));
  });
});

describe('compartment bands', () => {
  it('stack from outside the cell to the nucleus without overlapping, each spanning the cell’s width', () => {
    for (const theme of [SCREEN_THEME, PROJECTOR_THEME]) {
      const bands = compartmentBands(model, theme).filter((b) => b.data.band !== 'systemic');
      expect(bands.map((b) => b.data.band)).toEqual(['extracellular', 'membrane', 'cytoplasm', 'nucleus']);
      const box = (b: (typeof bands)[number]) => {
        const { x, y } = b.position as { x: number; y: number };
        const w = b.data.width as number;
        const h = b.data.height as number;
        return { top: y - h / 2, bottom: y + h / 2, left: x - w / 2, right: x + w / 2 };
      };
      for (let i = 1; i < bands.length; i++)
        expect(box(bands[i] as never).top).toBeGreaterThanOrEqual(box(bands[i - 1] as never).bottom - 1e-9);
      const cell = model.pathway.nodes.filter((n) => n.compartment !== 'systemic' && !n.parent);
      const top = box(bands[0] as never).top;
      const bottom = box(bands[bands.length - 1] as never).bottom;
      for (const b of bands) {
        const { left, right } = box(b);
        for (const n of cell.filter((x) => x.compartment === b.data.band)) {
          const at = layoutPosition(n, theme);
          expect(at.y, n.id).toBeGreaterThan(top);
          expect(at.y, n.id).toBeLessThan(bottom);
          expect(at.x, n.id).toBeGreaterThan(left);
          expect(at.x, n.id).toBeLessThan(right);
        }
      }
    }
  });

  it('are named for people and filled with the theme’s colour', () => {
    const bands = compartmentBands(model, SCREEN_THEME);
    const membrane = bands.find((b) => b.data.band === 'membrane');
    expect(membrane?.data.label).toBe('Plasma membrane');
    expect(membrane?.data.fill).toBe(SCREEN_THEME.compartmentFill.membrane);
    expect(membrane?.classes).toBe('band');
    expect(membrane?.selectable).toBe(false);
  });
});

describe('routed edges', () => {
  const [a, b] = model.pathway.nodes.filter((n) => !n.parent) as [
    (typeof model.pathway.nodes)[number],
    (typeof model.pathway.nodes)[number],
  ];
  const edge = (via: Array<{ x: number; y: number }>, style: 'segments' | 'bezier' = 'segments') =>
    ({ id: 'e', source: a.id, target: b.id, route: { style, via } }) as unknown as PathwayEdge;

  it('an edge without a route gets no route fields', () => {
    expect(routeData(model, { ...edge([]), route: undefined } as PathwayEdge, SCREEN_THEME)).toEqual({});
  });

  it('a waypoint halfway along the line has weight 0.5 and distance 0; one to the side has its distance', () => {
    const mid = { x: (a.position.x + b.position.x) / 2, y: (a.position.y + b.position.y) / 2 };
    expect(routeData(model, edge([mid]), SCREEN_THEME)).toEqual({
      route: 'segments',
      routeDistances: [0],
      routeWeights: [0.5],
    });
    const dx = b.position.x - a.position.x;
    const dy = b.position.y - a.position.y;
    const length = Math.hypot(dx, dy);
    // 30 px to the right of travel (screen coordinates: y grows downwards)
    const side = { x: mid.x - (dy / length) * 30, y: mid.y + (dx / length) * 30 };
    const routed = routeData(model, edge([side], 'bezier'), SCREEN_THEME);
    expect(routed.route).toBe('bezier');
    expect(routed.routeDistances?.[0]).toBeCloseTo(30, 5);
    expect(routed.routeWeights?.[0]).toBeCloseTo(0.5, 5);
    const start = routeData(model, edge([a.position, b.position]), SCREEN_THEME);
    expect(start.routeWeights).toEqual([0, 1]);
  });

  it('waypoints stretch with the projector layout like the nodes do', () => {
    const quarter = {
      x: a.position.x + (b.position.x - a.position.x) / 4,
      y: a.position.y + (b.position.y - a.position.y) / 4,
    };
    const routed = routeData(model, edge([quarter]), PROJECTOR_THEME);
    expect(routed.routeWeights?.[0]).toBeCloseTo(0.25, 6);
    expect(routed.routeDistances?.[0]).toBeCloseTo(0, 6);
  });
});

describe('loop cuts', () => {
  it('a loop that closes inside a protein is shown cut on the drawn edge that leads into it', () => {
    const cuts = loopCutEdges(model);
    expect([...cuts.keys()].sort()).toEqual(model.pathway.loops.map((l) => l.id).sort());
    for (const [loop, edges] of cuts) {
      expect(edges.size, loop).toBeGreaterThan(0);
      for (const id of edges) {
        const e = model.pathway.edges.find((x) => x.id === id);
        expect(e && isInternal(model, e.source, e.target), id).toBe(false);
      }
    }
  });

  it('an edge between a protein and its own site is internal, either way round; others are not', () => {
    const site = model.pathway.nodes.find((n) => n.parent) as { id: string; parent: string };
    expect(isInternal(model, site.id, site.parent)).toBe(true);
    expect(isInternal(model, site.parent, site.id)).toBe(true);
    const other = model.pathway.nodes.find((n) => !n.parent && n.id !== site.parent) as { id: string };
    expect(isInternal(model, other.id, site.parent)).toBe(false);
  });
});
