// Layout geometry in isolation: segments against boxes, segment crossings, curves as polylines, foreign nodes, edge
// crossings and struck titles (scripts/layout-geometry.ts), and routed edges' waypoints as Cytoscape's distances and
// weights (src/graph/elements.ts routeData).

import {
  type EdgeGeometry,
  edgeCrossings,
  edgePolyline,
  foreignPasses,
  type LayoutGeometry,
  type NodeGeometry,
  segmentCrossing,
  segmentHitsBox,
  titleCrossings,
} from '../../scripts/layout-geometry';
import { routeData } from '../../src/graph/elements';
import { PROJECTOR_THEME, SCREEN_THEME } from '../../src/graph/theme';
import type { Model, PathwayEdge } from '../../src/model/types';

const box = { x1: 0, y1: 0, x2: 10, y2: 10 };
const at = (x: number, y: number) => ({ x, y });

describe('segmentHitsBox', () => {
  it('finds segments through a box, whatever their direction', () => {
    expect(segmentHitsBox(at(-5, 5), at(15, 5), box)).toBe(true);
    expect(segmentHitsBox(at(15, 5), at(-5, 5), box)).toBe(true);
    expect(segmentHitsBox(at(5, -5), at(5, 15), box)).toBe(true);
    expect(segmentHitsBox(at(-5, -5), at(15, 15), box)).toBe(true);
  });

  it('misses segments beside the box, ending before it or passing a corner', () => {
    // regression: horizontal and vertical segments outside the box once counted as hits
    expect(segmentHitsBox(at(-5, 12), at(15, 12), box)).toBe(false);
    expect(segmentHitsBox(at(12, -5), at(12, 15), box)).toBe(false);
    expect(segmentHitsBox(at(-20, 5), at(-1, 5), box)).toBe(false);
    expect(segmentHitsBox(at(-5, 8), at(8, 21), box)).toBe(false);
  });

  it('grows the box by the margin', () => {
    expect(segmentHitsBox(at(-5, 12), at(15, 12), box, 3)).toBe(true);
  });
});

describe('segmentCrossing', () => {
  it('returns the point where two segments cross', () => {
    expect(segmentCrossing(at(0, 0), at(10, 10), at(0, 10), at(10, 0))).toEqual(at(5, 5));
  });

  it('does not count touching ends, parallel or nearly parallel lines', () => {
    expect(segmentCrossing(at(0, 0), at(10, 0), at(10, 0), at(10, 10))).toBeNull();
    expect(segmentCrossing(at(0, 0), at(10, 0), at(5, 0), at(5, 10))).toBeNull();
    expect(segmentCrossing(at(0, 0), at(10, 0), at(0, 1), at(10, 1))).toBeNull();
    expect(segmentCrossing(at(0, 0), at(100, 0), at(0, 1), at(100, -1))).toBeNull();
  });
});

describe('edgePolyline', () => {
  it('keeps straight and segment edges as drawn and samples curves through their ends and middle', () => {
    const straight: EdgeGeometry = {
      id: 'e',
      source: 'a',
      target: 'b',
      kind: 'straight',
      points: [at(0, 0), at(10, 0)],
    };
    expect(edgePolyline(straight)).toEqual(straight.points);
    const curve: EdgeGeometry = { ...straight, kind: 'bezier', points: [at(0, 0), at(50, 40), at(100, 0)] };
    const line = edgePolyline(curve, 4);
    expect(line).toHaveLength(5);
    expect(line[0]).toEqual(at(0, 0));
    expect(line[2]).toEqual(at(50, 20));
    expect(line[4]).toEqual(at(100, 0));
  });
});

describe('foreign nodes, crossings and titles', () => {
  const node = (id: string, x: number, y: number, parent?: string): NodeGeometry => ({
    id,
    box: { x1: x - 10, y1: y - 10, x2: x + 10, y2: y + 10 },
    ...(parent ? { parent } : {}),
  });
  const edge = (id: string, source: string, target: string, ...points: [number, number][]): EdgeGeometry => ({
    id,
    source,
    target,
    kind: points.length > 2 ? 'segments' : 'straight',
    points: points.map(([x, y]) => at(x, y)),
  });
  const geometry = (edges: EdgeGeometry[]): LayoutGeometry => ({
    nodes: [
      node('A', 0, 0),
      node('B', 200, 0),
      node('C', 100, 0),
      node('P', 100, 100),
      node('P_site', 90, 100, 'P'),
      node('D', 100, 200),
    ],
    edges,
    titles: [{ id: 'band-x', label: 'Cytoplasm', box: { x1: 140, y1: -50, x2: 160, y2: -40 } }],
  });

  it('names the nodes an edge passes over, but not its ends, their proteins or their sites', () => {
    const g = geometry([
      edge('A-B', 'A', 'B', [10, 0], [190, 0]),
      edge('A-B-around', 'A', 'B', [10, 0], [10, -30], [190, -30], [190, 0]),
      edge('D-P_site', 'D', 'P_site', [100, 190], [95, 110]),
      edge('D-P', 'D', 'P', [100, 190], [100, 110]),
    ]);
    expect(foreignPasses(g)).toEqual([{ edge: 'A-B', nodes: ['C'] }]);
  });

  it('counts every point where two edges cross, but not where they meet inside a node they share', () => {
    const g: LayoutGeometry = {
      nodes: [
        node('A', 0, 0),
        node('B', 300, 0),
        node('C', 150, -100),
        node('D', 150, 100),
        node('T', 150, 150),
      ],
      edges: [
        edge('A-B', 'A', 'B', [10, 0], [290, 0]),
        edge('C-D', 'C', 'D', [150, -90], [150, 90]),
        edge('C-D-zigzag', 'C', 'D', [160, -90], [160, 20], [200, 20], [200, -20], [240, -20], [240, 40]),
        edge('A-T', 'A', 'T', [5, 5], [152, 152]),
        edge('B-T', 'B', 'T', [295, 5], [148, 152]),
      ],
      titles: [],
    };
    expect(edgeCrossings(g).map((c) => `${c.a} × ${c.b}`)).toEqual([
      'A-B × C-D',
      'A-B × C-D-zigzag',
      'A-B × C-D-zigzag',
      'A-B × C-D-zigzag',
    ]);
  });

  it('finds edges that strike a compartment title', () => {
    const g = geometry([edge('A-B-high', 'A', 'B', [0, -10], [0, -45], [200, -45], [200, -10])]);
    expect(titleCrossings(g)).toEqual([{ edge: 'A-B-high', title: 'Cytoplasm' }]);
  });
});

describe('routeData', () => {
  const nodes = new Map([
    ['S', { position: { x: 100, y: 100 } }],
    ['T', { position: { x: 300, y: 100 } }],
  ]);
  const model = { nodeById: nodes } as unknown as Model;
  const routed = {
    id: 'S-T',
    source: 'S',
    target: 'T',
    route: { style: 'segments', via: [at(100, 160), at(300, 160)] },
  } as unknown as PathwayEdge;

  it('gives no route fields to an edge without a route', () => {
    expect(routeData(model, { ...routed, route: undefined } as unknown as PathwayEdge, SCREEN_THEME)).toEqual(
      {},
    );
  });

  it('turns waypoints into weights along the source → target line and distances to its right', () => {
    expect(routeData(model, routed, SCREEN_THEME)).toEqual({
      route: 'segments',
      routeDistances: [60, 60],
      routeWeights: [0, 1],
    });
  });

  it('stretches the waypoints with the theme’s layout, as it does the nodes', () => {
    // projector: x × 1.3, y × 0.82; the points stay 60 layout units below the line, now 49.2 px
    expect(routeData(model, routed, PROJECTOR_THEME)).toEqual({
      route: 'segments',
      routeDistances: [49.2, 49.2],
      routeWeights: [0, 1],
    });
  });

  it('puts points above a left-to-right line at negative distances', () => {
    const up = { ...routed, route: { style: 'bezier', via: [at(200, 40)] } } as unknown as PathwayEdge;
    expect(routeData(model, up, SCREEN_THEME)).toEqual({
      route: 'bezier',
      routeDistances: [-60],
      routeWeights: [0.5],
    });
  });
});
