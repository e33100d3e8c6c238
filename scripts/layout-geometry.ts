// Layout quality from drawn geometry: edges passing over nodes that are not theirs, edge–edge crossings and edges
// over compartment titles. Shared by the layout report (scripts/layout-report.ts) and the Chromium layout test.

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A drawn node (no bands, no badges) in model coordinates, label included. */
export interface NodeGeometry {
  id: string;
  box: Box;
  parent?: string;
}

/**
 * A drawn edge as Cytoscape reports it: `straight` [source endpoint, target endpoint]; `segments` the polyline
 * [source endpoint, …segment points, target endpoint]; `bezier` the chain of quadratic curves Cytoscape draws
 * [start, control, joint, control, …, end] (its `allpts`).
 */
export interface EdgeGeometry {
  id: string;
  source: string;
  target: string;
  kind: 'straight' | 'segments' | 'bezier';
  points: Point[];
}

/** A compartment band's title text. */
export interface TitleGeometry {
  id: string;
  label: string;
  box: Box;
}

export interface LayoutGeometry {
  nodes: NodeGeometry[];
  edges: EdgeGeometry[];
  titles: TitleGeometry[];
}

/**
 * Reads the drawn geometry from the Cytoscape core on screen (`window.pathwayLens.cy`). Runs in the page through
 * `page.evaluate`, so it is self-contained: no helpers, no imports.
 */
export function readLayoutGeometry(): LayoutGeometry | null {
  const cy = window.pathwayLens?.cy;
  if (!cy) return null;
  const nodes: NodeGeometry[] = [];
  const titles: TitleGeometry[] = [];
  cy.nodes().forEach((n) => {
    if (!n.visible()) return;
    if (n.hasClass('band')) {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      titles.push({
        id: n.id(),
        label: String(n.data('label')),
        box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
      });
      return;
    }
    if (n.hasClass('marker') || n.hasClass('mutation')) return;
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false });
    const parent = n.parent().first();
    nodes.push({
      id: n.id(),
      box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 },
      ...(parent.nonempty() ? { parent: parent.id() } : {}),
    });
  });
  const edges: EdgeGeometry[] = [];
  cy.edges().forEach((e) => {
    if (!e.visible()) return;
    const s = e.sourceEndpoint();
    const t = e.targetEndpoint();
    const seg = e.segmentPoints();
    const ctrl = e.controlPoints();
    const points: Point[] = [{ x: s.x, y: s.y }];
    let kind: EdgeGeometry['kind'] = 'straight';
    if (seg?.length) {
      kind = 'segments';
      for (const p of seg) points.push({ x: p.x, y: p.y });
    } else if (ctrl?.length) {
      // Cytoscape's chain of quadratic curves: each control point, and the midpoint between two control points
      kind = 'bezier';
      ctrl.forEach((c, i) => {
        points.push({ x: c.x, y: c.y });
        const next = ctrl[i + 1];
        if (next) points.push({ x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 });
      });
    }
    points.push({ x: t.x, y: t.y });
    edges.push({ id: e.id(), source: e.source().id(), target: e.target().id(), kind, points });
  });
  return { nodes, edges, titles };
}

const finite = (p: Point) => Number.isFinite(p.x) && Number.isFinite(p.y);

/**
 * Drawn edges whose geometry Cytoscape could not work out (a point that is not a number): a route whose first or last
 * waypoint lies inside its own end node leaves no line to meet that node's outline.
 */
export function brokenEdges(geometry: LayoutGeometry): string[] {
  return geometry.edges.filter((e) => !e.points.every(finite)).map((e) => e.id);
}

/**
 * The edge as a polyline: segments as drawn, each quadratic piece of a curve sampled at `steps` points. Points that are
 * not numbers are left out (brokenEdges names those edges).
 */
export function edgePolyline(edge: EdgeGeometry, steps = 16): Point[] {
  if (!edge.points.every(finite)) return edge.points.filter(finite);
  if (edge.kind !== 'bezier') return edge.points;
  const out: Point[] = [edge.points[0] as Point];
  for (let i = 0; i + 2 < edge.points.length; i += 2) {
    const [a, c, b] = [edge.points[i], edge.points[i + 1], edge.points[i + 2]] as [Point, Point, Point];
    for (let k = 1; k <= steps; k++) {
      const t = k / steps;
      const u = 1 - t;
      out.push({
        x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
        y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
      });
    }
  }
  return out;
}

/** Whether the segment p–q passes through the box grown by `margin` (Liang–Barsky clipping). */
export function segmentHitsBox(p: Point, q: Point, box: Box, margin = 0): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  // p: the segment's direction against one side's outward normal; q: how far inside that side the start is
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, p.x - (box.x1 - margin)) &&
    clip(dx, box.x2 + margin - p.x) &&
    clip(-dy, p.y - (box.y1 - margin)) &&
    clip(dy, box.y2 + margin - p.y) &&
    t1 > t0
  );
}

/** The proper crossing point of segments a–b and c–d, if they cross at an angle (collinear overlaps are not crossings). */
export function segmentCrossing(a: Point, b: Point, c: Point, d: Point): Point | null {
  const rx = b.x - a.x;
  const ry = b.y - a.y;
  const sx = d.x - c.x;
  const sy = d.y - c.y;
  const den = rx * sy - ry * sx;
  const lr = Math.hypot(rx, ry);
  const ls = Math.hypot(sx, sy);
  // nearly parallel (under ~2°): lines drawn along each other, as bundled edges are, do not cross
  if (lr === 0 || ls === 0 || Math.abs(den) < Math.sin((2 * Math.PI) / 180) * lr * ls) return null;
  const t = ((c.x - a.x) * sy - (c.y - a.y) * sx) / den;
  const u = ((c.x - a.x) * ry - (c.y - a.y) * rx) / den;
  // lines that only meet where one of them turns or ends (a bundle's branch point) do not cross: within 1 px of an end
  if (t * lr < 1 || (1 - t) * lr < 1 || u * ls < 1 || (1 - u) * ls < 1) return null;
  return { x: a.x + t * rx, y: a.y + t * ry };
}

/** The box around a polyline. */
function extent(line: Point[]): Box {
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const p of line) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return { x1, y1, x2, y2 };
}

const apart = (a: Box, b: Box, margin: number) =>
  a.x2 + margin < b.x1 || b.x2 + margin < a.x1 || a.y2 + margin < b.y1 || b.y2 + margin < a.y1;

const inside = (p: Point, b: Box) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;

/** The nodes an edge may touch: its ends, their compound parents and their sites. */
function ownNodes(edge: EdgeGeometry, byId: Map<string, NodeGeometry>, nodes: NodeGeometry[]): Set<string> {
  const own = new Set([edge.source, edge.target]);
  for (const end of [edge.source, edge.target]) {
    const parent = byId.get(end)?.parent;
    if (parent) own.add(parent);
    for (const n of nodes) if (n.parent === end) own.add(n.id);
  }
  return own;
}

export interface ForeignPass {
  edge: string;
  /** The foreign nodes the edge passes over. */
  nodes: string[];
}

/** Drawn edges that pass over a node that is not theirs (neither end, nor an end's compound parent or site). */
export function foreignPasses(geometry: LayoutGeometry, margin = 0): ForeignPass[] {
  const byId = new Map(geometry.nodes.map((n) => [n.id, n]));
  const out: ForeignPass[] = [];
  for (const edge of geometry.edges) {
    const own = ownNodes(edge, byId, geometry.nodes);
    const line = edgePolyline(edge);
    const around = extent(line);
    const hit: string[] = [];
    for (const n of geometry.nodes) {
      if (own.has(n.id) || apart(around, n.box, margin)) continue;
      for (let i = 0; i + 1 < line.length; i++)
        if (segmentHitsBox(line[i] as Point, line[i + 1] as Point, n.box, margin)) {
          hit.push(n.id);
          break;
        }
    }
    if (hit.length) out.push({ edge: edge.id, nodes: hit });
  }
  return out;
}

export interface Crossing {
  a: string;
  b: string;
  at: Point;
}

/**
 * Every point where two drawn edges cross. Edges meeting at a node they share (or at a protein whose sites they
 * join) may converge inside it: those meetings are not crossings. Points of one pair closer than 3 px count once.
 */
export function edgeCrossings(geometry: LayoutGeometry): Crossing[] {
  const byId = new Map(geometry.nodes.map((n) => [n.id, n]));
  const lines = geometry.edges.map((e) => {
    const line = edgePolyline(e);
    return { e, line, around: extent(line), own: ownNodes(e, byId, geometry.nodes) };
  });
  const out: Crossing[] = [];
  for (let i = 0; i < lines.length; i++)
    for (let j = i + 1; j < lines.length; j++) {
      const A = lines[i];
      const B = lines[j];
      if (!A || !B || apart(A.around, B.around, 0)) continue;
      const shared = [...A.own].filter((id) => B.own.has(id)).map((id) => byId.get(id)?.box);
      const found: Point[] = [];
      for (let p = 0; p + 1 < A.line.length; p++)
        for (let q = 0; q + 1 < B.line.length; q++) {
          const at = segmentCrossing(
            A.line[p] as Point,
            A.line[p + 1] as Point,
            B.line[q] as Point,
            B.line[q + 1] as Point,
          );
          if (!at) continue;
          if (shared.some((b) => b && inside(at, b))) continue;
          if (found.some((f) => Math.hypot(f.x - at.x, f.y - at.y) < 3)) continue;
          found.push(at);
        }
      for (const at of found) out.push({ a: A.e.id, b: B.e.id, at });
    }
  return out;
}

/**
 * The places where drawn lines cross, as a reader sees them: crossings closer than `radius` to each other are one place
 * (edges drawn together in a bundle cross another line, or another bundle, once).
 */
export function crossingPlaces(crossings: Crossing[], radius = 6): Point[] {
  const places: Point[] = [];
  for (const c of crossings)
    if (!places.some((p) => Math.hypot(p.x - c.at.x, p.y - c.at.y) < radius)) places.push(c.at);
  return places;
}

export interface TitleCrossing {
  edge: string;
  title: string;
}

/** Drawn edges that strike through a compartment title. */
export function titleCrossings(geometry: LayoutGeometry, margin = 0): TitleCrossing[] {
  const out: TitleCrossing[] = [];
  for (const edge of geometry.edges) {
    const line = edgePolyline(edge);
    for (const t of geometry.titles)
      for (let i = 0; i + 1 < line.length; i++)
        if (segmentHitsBox(line[i] as Point, line[i + 1] as Point, t.box, margin)) {
          out.push({ edge: edge.id, title: t.label });
          break;
        }
  }
  return out;
}

/** Pairs of drawn nodes whose boxes (labels included) overlap by more than 1 px, as the explorer test checks. */
export function nodeOverlaps(geometry: LayoutGeometry): string[] {
  const out: string[] = [];
  const leaves = geometry.nodes.filter((n) => !geometry.nodes.some((m) => m.parent === n.id));
  for (let i = 0; i < leaves.length; i++)
    for (let j = i + 1; j < leaves.length; j++) {
      const a = (leaves[i] as NodeGeometry).box;
      const c = (leaves[j] as NodeGeometry).box;
      if (a.x1 < c.x2 - 1 && c.x1 < a.x2 - 1 && a.y1 < c.y2 - 1 && c.y1 < a.y2 - 1)
        out.push(`${leaves[i]?.id} × ${leaves[j]?.id}`);
    }
  return out;
}
