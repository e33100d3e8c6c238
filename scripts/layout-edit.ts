// Layout editing: moves nodes and routes edges in data/pathway.json, and reports at once (without a browser) which
// edges pass over foreign nodes, how many edges cross, which edges strike a compartment title and which labels
// overlap. The geometry is an estimate of what Cytoscape draws; `scripts/layout-report.ts` measures the real thing.
//
//   npx tsx scripts/layout-edit.ts                                  # report on the layout as it is
//   npx tsx scripts/layout-edit.ts AKT=520,560 'ERK+=0,20'          # try moves (a protein moves with its sites)
//   npx tsx scripts/layout-edit.ts 'route:S6K1-IRS1_pS636=700,830;700,300'   # a polyline through points
//   npx tsx scripts/layout-edit.ts 'curve:SRC-PI3K=800,300'         # a curve with these control points
//   npx tsx scripts/layout-edit.ts 'route:S6K1-IRS1_pS636='         # back to a straight line
//   npx tsx scripts/layout-edit.ts --plan FILE …                    # commands from a file, one a line (# comments)
//   … --write                                                       # and save them to data/pathway.json
//   … --out FILE                                                    # or to another file (for layout-report --pathway)
//   … --svg FILE                                                    # and draw the estimate (offenders in red)
//
// Only node `position` and edge `route` are written; the file is re-read just before writing, so other fields
// edited meanwhile are kept.
import { readFileSync, writeFileSync } from 'node:fs';
import classes from '../data/drug-classes.json' with { type: 'json' };
import drugs from '../data/drugs.json' with { type: 'json' };
import references from '../data/references.json' with { type: 'json' };
import { compartmentBands, markerElements, toElements } from '../src/graph/elements';
import { SCREEN_THEME } from '../src/graph/theme';
import type { Model } from '../src/model/types';
import { loadModel } from '../src/model/validate';
import {
  type Box,
  type EdgeGeometry,
  edgePolyline,
  type LayoutGeometry,
  type NodeGeometry,
  type Point,
} from './layout-geometry';
import { layoutReport, printReport } from './layout-report';

const FILE = new URL('../data/pathway.json', import.meta.url);

type Route = { style: 'segments' | 'bezier'; via: Point[] };
interface RawNode {
  id: string;
  parent?: string;
  position: Point;
}
interface RawEdge {
  id: string;
  route?: Route;
}
interface RawPathway {
  nodes: RawNode[];
  edges: RawEdge[];
}

const readPathway = (): RawPathway => JSON.parse(readFileSync(FILE, 'utf8'));

/** Title widths as Chromium draws them (italic, 20 px). */
const TITLE_WIDTH: Record<string, number> = {
  Extracellular: 130,
  'Plasma membrane': 192,
  Cytoplasm: 111,
  'Nucleus and cell fate': 215,
  'Whole body': 123,
};

/** The model with the working layout (positions and routes) in place of the file's. */
function withLayout(pathway: RawPathway): Model {
  return loadModel(pathway, drugs, references, classes);
}

/** Where a line from `from` (inside `box`) towards `to` leaves the box. */
function exitPoint(from: Point, to: Point, box: Box): Point {
  let t = 1;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (dx > 0) t = Math.min(t, (box.x2 - from.x) / dx);
  if (dx < 0) t = Math.min(t, (box.x1 - from.x) / dx);
  if (dy > 0) t = Math.min(t, (box.y2 - from.y) / dy);
  if (dy < 0) t = Math.min(t, (box.y1 - from.y) / dy);
  return { x: from.x + Math.max(0, t) * dx, y: from.y + Math.max(0, t) * dy };
}

type Estimate = LayoutGeometry & { markers: NodeGeometry[] };

/**
 * Prepares estimates of the geometry Cytoscape draws at the screen theme for one model's nodes and edges (sizes,
 * labels, which edges are drawn); the returned function takes positions and routes, so a layout can be tried fast.
 */
export function estimator(
  model: Model,
): (at: ReadonlyMap<string, Point>, routes: ReadonlyMap<string, Route>) => Estimate {
  const els = toElements(model, null, SCREEN_THEME);
  const parents = new Set(model.pathway.nodes.map((n) => n.parent).filter((p): p is string => !!p));
  const leaves = els
    .filter((e) => e.group === 'nodes' && e.data.kind && !parents.has(String(e.data.id)))
    .map((e) => {
      const b = String(e.classes).includes('site') ? 1.5 : 1.75;
      return {
        id: String(e.data.id),
        w: Number(e.data.width) / 2 + b,
        h: Number(e.data.height) / 2 + b,
        parent: e.data.parent ? String(e.data.parent) : undefined,
      };
    });
  const drawn = els
    .filter((e) => e.group === 'edges' && !String(e.classes).includes('internal'))
    .map((e) => ({ id: String(e.data.id), source: String(e.data.source), target: String(e.data.target) }));
  const markerOf = markerElements(model, null, SCREEN_THEME).map((m) => {
    const of = String(m.data.of);
    const n = model.nodeById.get(of);
    const p = m.position ?? { x: 0, y: 0 };
    return { id: String(m.data.id), of, dx: p.x - (n?.position.x ?? 0), dy: p.y - (n?.position.y ?? 0) };
  });
  const pairKey = (a: string, b: string) => [a, b].sort().join('|');
  return (at, routes) => {
    const nodes: NodeGeometry[] = leaves.map((l) => {
      const { x, y } = at.get(l.id) as Point;
      return {
        id: l.id,
        box: { x1: x - l.w, y1: y - l.h, x2: x + l.w, y2: y + l.h },
        ...(l.parent ? { parent: l.parent } : {}),
      };
    });
    for (const p of parents) {
      const kids = nodes.filter((n) => n.parent === p).map((n) => n.box);
      nodes.push({
        id: p,
        box: {
          x1: Math.min(...kids.map((b) => b.x1)) - 9.75,
          y1: Math.min(...kids.map((b) => b.y1)) - 32,
          x2: Math.max(...kids.map((b) => b.x2)) + 9.75,
          y2: Math.max(...kids.map((b) => b.y2)) + 9.75,
        },
      });
    }
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const centre = (id: string): Point => at.get(id) as Point;
    const pairCount = new Map<string, number>();
    for (const e of drawn) {
      if (routes.has(e.id)) continue;
      const k = pairKey(e.source, e.target);
      pairCount.set(k, (pairCount.get(k) ?? 0) + 1);
    }
    const edges: EdgeGeometry[] = drawn.map(({ id, source, target }) => {
      const s = centre(source);
      const t = centre(target);
      const route = routes.get(id);
      let inner: Point[] = route ? route.via.map((p) => ({ ...p })) : [];
      let kind: EdgeGeometry['kind'] = route
        ? route.style === 'segments'
          ? 'segments'
          : 'bezier'
        : 'straight';
      if (!route && (pairCount.get(pairKey(source, target)) ?? 0) > 1) {
        // Cytoscape bends a pair of opposite edges apart: each to the right of its travel, 20 px at the control point
        const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
        inner = [
          { x: (s.x + t.x) / 2 - ((t.y - s.y) / len) * 20, y: (s.y + t.y) / 2 + ((t.x - s.x) / len) * 20 },
        ];
        kind = 'bezier';
      }
      if (kind === 'bezier')
        inner = inner.flatMap((c, i) => {
          const next = inner[i + 1];
          return next ? [c, { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 }] : [c];
        });
      const sb = byId.get(source)?.box as Box;
      const tb = byId.get(target)?.box as Box;
      const within = (p: Point | undefined, b: Box) =>
        !!p && p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;
      // as in Cytoscape: a first or last waypoint inside its end node leaves no outline to meet
      const start = within(inner[0], sb) ? { x: Number.NaN, y: Number.NaN } : exitPoint(s, inner[0] ?? t, sb);
      const end = within(inner[inner.length - 1], tb)
        ? { x: Number.NaN, y: Number.NaN }
        : exitPoint(t, inner[inner.length - 1] ?? s, tb);
      return { id, source, target, kind, points: [start, ...inner, end] };
    });
    const placed = {
      pathway: { nodes: model.pathway.nodes.map((n) => ({ ...n, position: at.get(n.id) ?? n.position })) },
    } as unknown as Model;
    const titles = compartmentBands(placed, SCREEN_THEME).map((b) => {
      const label = String(b.data.label);
      const w = (TITLE_WIDTH[label] ?? label.length * 11) / 2;
      const x = b.position?.x ?? 0;
      const top = (b.position?.y ?? 0) - Number(b.data.height) / 2;
      return { id: String(b.data.id), label, box: { x1: x - w, y1: top - 6, x2: x + w, y2: top + 18 } };
    });
    // every drug badge as it would sit with a longish name on it
    const markers = markerOf.map((m) => {
      const p = at.get(m.of) as Point;
      const x = p.x + m.dx;
      const y = p.y + m.dy;
      return { id: m.id, box: { x1: x - 34, y1: y - 11, x2: x + 34, y2: y + 11 } };
    });
    return { nodes, edges, titles, markers };
  };
}

/** The estimate for a model's own layout. */
export function estimateGeometry(model: Model): Estimate {
  const at = new Map(model.pathway.nodes.map((n) => [n.id, { ...n.position }]));
  const routes = new Map(
    model.pathway.edges.flatMap((e) => (e.route ? [[e.id, e.route as Route] as const] : [])),
  );
  return estimator(model)(at, routes);
}

/** Drug badges that would cover another node's label. */
export function markerOverlaps(g: Estimate): string[] {
  const out: string[] = [];
  for (const m of g.markers)
    for (const n of g.nodes) {
      if (`marker-${n.id}` === m.id || g.nodes.some((c) => c.parent === n.id)) continue;
      const a = m.box;
      const c = n.box;
      if (a.x1 < c.x2 - 1 && c.x1 < a.x2 - 1 && a.y1 < c.y2 - 1 && c.y1 < a.y2 - 1)
        out.push(`${m.id} × ${n.id}`);
    }
  return out;
}

/** The estimate as an SVG sketch: a 100-unit grid, node boxes with ids, edges (red where they pass a foreign
 * node), crossings as dots and titles as boxes. */
export function sketch(g: Estimate): string {
  const report = layoutReport(g);
  const bad = new Set(report.foreign.map((f) => f.edge));
  const all = [...g.nodes.map((n) => n.box), ...g.titles.map((t) => t.box)];
  const x1 = Math.min(...all.map((b) => b.x1)) - 40;
  const y1 = Math.min(...all.map((b) => b.y1)) - 40;
  const x2 = Math.max(...all.map((b) => b.x2)) + 40;
  const y2 = Math.max(...all.map((b) => b.y2)) + 40;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x1} ${y1} ${x2 - x1} ${y2 - y1}" width="${x2 - x1}" height="${y2 - y1}">`,
    `<rect x="${x1}" y="${y1}" width="${x2 - x1}" height="${y2 - y1}" fill="white"/>`,
  ];
  for (let x = Math.ceil(x1 / 100) * 100; x < x2; x += 100)
    out.push(
      `<line x1="${x}" y1="${y1}" x2="${x}" y2="${y2}" stroke="#dde" stroke-width="1"/><text x="${x + 2}" y="${y1 + 12}" font-size="11" fill="#99a">${x}</text>`,
    );
  for (let y = Math.ceil(y1 / 100) * 100; y < y2; y += 100)
    out.push(
      `<line x1="${x1}" y1="${y}" x2="${x2}" y2="${y}" stroke="#dde" stroke-width="1"/><text x="${x1 + 2}" y="${y - 2}" font-size="11" fill="#99a">${y}</text>`,
    );
  for (const t of g.titles)
    out.push(
      `<rect x="${t.box.x1}" y="${t.box.y1}" width="${t.box.x2 - t.box.x1}" height="${t.box.y2 - t.box.y1}" fill="#ffe9a8"/><text x="${t.box.x1 + 3}" y="${t.box.y2 - 6}" font-size="14" font-style="italic" fill="#886">${t.label}</text>`,
    );
  for (const n of g.nodes) {
    const b = n.box;
    const parent = g.nodes.some((m) => m.parent === n.id);
    out.push(
      `<rect x="${b.x1}" y="${b.y1}" width="${b.x2 - b.x1}" height="${b.y2 - b.y1}" rx="6" fill="${parent ? 'none' : '#f2f4f7'}" stroke="#556" stroke-width="1.2"/>`,
      parent
        ? `<text x="${b.x1 + 4}" y="${b.y1 + 14}" font-size="13" font-weight="bold" fill="#223">${n.id}</text>`
        : `<text x="${(b.x1 + b.x2) / 2}" y="${(b.y1 + b.y2) / 2 + 5}" font-size="13" text-anchor="middle" fill="#223">${n.id}</text>`,
    );
  }
  for (const e of g.edges) {
    const d = edgePolyline(e)
      .map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`)
      .join(' ');
    out.push(
      `<path d="${d}" fill="none" stroke="${bad.has(e.id) ? '#d00' : '#468'}" stroke-width="${bad.has(e.id) ? 2.5 : 1.4}" opacity="0.8"/>`,
    );
  }
  for (const c of report.crossingList)
    out.push(`<circle cx="${c.at.x}" cy="${c.at.y}" r="4" fill="#f80" opacity="0.8"/>`);
  out.push('</svg>');
  return out.join('\n');
}

const num = (s: string) => s.split(',').map(Number) as [number, number];

/** Applies one command to the working layout; returns false for a command it does not know. */
export function apply(pathway: RawPathway, command: string): boolean {
  const routeCmd = /^(route|curve):([^=]+)=(.*)$/.exec(command);
  if (routeCmd) {
    const [, kind, id, pts = ''] = routeCmd;
    const edge = pathway.edges.find((e) => e.id === id);
    if (!edge) throw new Error(`no edge ${id}`);
    const via = pts
      .split(';')
      .filter(Boolean)
      .map((p) => {
        const [x, y] = num(p);
        return { x, y };
      });
    if (via.length) edge.route = { style: kind === 'route' ? 'segments' : 'bezier', via };
    else delete edge.route;
    return true;
  }
  const move = /^([A-Za-z0-9_.-]+)(\+?=)(-?[\d.]+),(-?[\d.]+)$/.exec(command);
  if (!move) return false;
  const [, id, op, xs, ys] = move;
  const node = pathway.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  const kids = pathway.nodes.filter((n) => n.parent === id);
  const [dx, dy] =
    op === '+=' ? [Number(xs), Number(ys)] : [Number(xs) - node.position.x, Number(ys) - node.position.y];
  for (const n of [node, ...kids]) n.position = { x: n.position.x + dx, y: n.position.y + dy };
  return true;
}

/** Writes the working layout's positions and routes into the pathway file as it is now (or into `to`). */
function write(working: RawPathway, to: URL | string = FILE): void {
  const fresh = readPathway();
  for (const n of fresh.nodes) {
    const w = working.nodes.find((x) => x.id === n.id);
    if (w) n.position = w.position;
  }
  for (const e of fresh.edges) {
    const w = working.edges.find((x) => x.id === e.id);
    if (w?.route) e.route = w.route;
    else delete e.route;
  }
  writeFileSync(to, `${JSON.stringify(fresh, null, 1)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const commands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--plan')
      commands.push(
        ...readFileSync(args[++i] as string, 'utf8')
          .split('\n')
          .map((l) => l.replace(/#.*/, '').trim())
          .flatMap((l) => l.split(/\s+/))
          .filter(Boolean),
      );
    else if (a === '--svg' || a === '--out') i++;
    else if (!a.startsWith('--')) commands.push(a);
  }
  const working = readPathway();
  for (const c of commands) if (!apply(working, c)) throw new Error(`unknown command: ${c}`);
  const model = withLayout(working);
  const geometry = estimateGeometry(model);
  printReport(layoutReport(geometry), args.includes('--crossings'));
  const svg = args.indexOf('--svg');
  if (svg >= 0) writeFileSync(args[svg + 1] as string, sketch(geometry));
  const badges = markerOverlaps(geometry);
  console.log(`${badges.length} drug badges over a node`);
  for (const b of badges) console.log(`  ${b}`);
  const out = args.indexOf('--out');
  if (out >= 0) write(working, args[out + 1] as string);
  if (args.includes('--write')) {
    write(working);
    console.log('wrote data/pathway.json');
  }
}
