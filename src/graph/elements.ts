// Model (+ optional simulation overlay) → Cytoscape element definitions; pure, tested headless.
import type { ElementDefinition } from 'cytoscape';
import { direction } from '../engine/direction';
import { nodeQuantities } from '../engine/shown';
import type { Compartment, Drug, Model, NodeKind, PathwayEdge } from '../model/types';
import { changeColor, directionGlyph, log2Change } from './scale';
import type { Theme } from './theme';

/** What the canvas shows on top of the network: per-node activity before/after, blocks and drug markers. */
export interface Overlay {
  reference: Map<string, number>;
  value: Map<string, number>;
  /** Fraction of each node's output blocked by the treatment (0..1), for fading the edges that leave it. */
  block: Map<string, number>;
  /** Fraction of a node's output blocked on top of its own activity (kinase inhibitors of non-autophosphorylating kinases). */
  outputBlock: Map<string, number>;
  /** Node id → short names of the drugs acting there. */
  markers: Map<string, string[]>;
  /** Loops switched off: their edges are drawn cut. */
  loopsOff: ReadonlySet<string>;
  /** Node id → the marks of the mutations that change it (e.g. "L858R/T790M"). */
  mutationBadges: Map<string, string>;
}

/** The node each mutation changes: the first node its effects name, or the node that embodies its potency target. */
export function mutationNode(model: Model, mutationId: string): string | undefined {
  const m = model.pathway.mutations.find((x) => x.id === mutationId);
  for (const e of m?.effects ?? []) {
    if ('node' in e) return e.node;
    if (e.op === 'potencyFold') return model.pathway.nodes.find((n) => (n.target ?? n.id) === e.target)?.id;
  }
  return undefined;
}

/** Every node a mutation of the model can mark (each gets a badge element, empty unless the mutation is present). */
export function mutableNodes(model: Model): string[] {
  return [
    ...new Set(model.pathway.mutations.map((m) => mutationNode(model, m.id)).filter((n) => n !== undefined)),
  ];
}

/** Badge text per node for a set of mutations, in the model's mutation order. */
export function mutationBadges(model: Model, mutations: Iterable<string>): Map<string, string> {
  const present = new Set(mutations);
  const out = new Map<string, string>();
  for (const m of model.pathway.mutations) {
    if (!present.has(m.id)) continue;
    const node = mutationNode(model, m.id);
    if (node) out.set(node, out.has(node) ? `${out.get(node)}/${m.badge}` : m.badge);
  }
  return out;
}

const SHAPES: Record<NodeKind, string> = {
  ligand: 'ellipse',
  receptor: 'round-rectangle',
  adaptor: 'round-rectangle',
  kinase: 'ellipse',
  complex: 'round-octagon',
  lipid: 'diamond',
  phosphatase: 'round-hexagon',
  'transcription-factor': 'round-tag',
  effector: 'round-rectangle',
  outcome: 'round-diamond',
  systemic: 'round-hexagon',
  site: 'ellipse',
};

const BAND_ORDER: Compartment[] = ['extracellular', 'membrane', 'cytoplasm', 'nucleus'];
const BAND_LABEL: Record<Compartment, string> = {
  extracellular: 'Extracellular',
  membrane: 'Plasma membrane',
  cytoplasm: 'Cytoplasm',
  nucleus: 'Nucleus and cell fate',
  systemic: 'Whole body',
};

/** A node's position in a theme's layout. */
export function layoutPosition(
  n: { position: { x: number; y: number } },
  theme: Theme,
): { x: number; y: number } {
  return { x: n.position.x * theme.layoutScale.x, y: n.position.y * theme.layoutScale.y };
}

/** Approximate label width in px, for node sizing without a canvas. */
function textWidth(label: string, fontSize: number): number {
  return Math.ceil(label.length * fontSize * 0.6);
}

/** Approximate width of bold text (badges), a little wider per letter than regular text. */
function boldTextWidth(label: string, fontSize: number): number {
  return Math.ceil(label.length * fontSize * 0.7);
}

/** A node's drawn size: wide enough for its label and a direction glyph; sites and small nodes smaller. */
export function nodeSize(
  n: { kind: NodeKind; small?: boolean },
  shownLabel: string,
  theme: Theme,
): { width: number; height: number } {
  const small = n.kind === 'site' || n.small;
  return small
    ? {
        width: Math.max(38, textWidth(`${shownLabel} ↑`, theme.fontSize * 0.75) + 12),
        height: theme.fontSize * 1.3,
      }
    : { width: textWidth(`${shownLabel} ↑`, theme.fontSize) + 22, height: theme.fontSize * 1.9 };
}

/** Compartment bands: rectangles behind the nodes, horizontal for the cell and a column for the body. */
export function compartmentBands(model: Model, theme: Theme): ElementDefinition[] {
  const cell = model.pathway.nodes.filter((n) => n.compartment !== 'systemic');
  const xs = cell.map((n) => layoutPosition(n, theme).x);
  const left = Math.min(...xs) - 90;
  const right = Math.max(...xs) + 90;
  const bands: ElementDefinition[] = [];
  const extent = (c: Compartment) => {
    const ys = model.pathway.nodes
      .filter((n) => n.compartment === c && !n.parent)
      .map((n) => layoutPosition(n, theme).y);
    return { top: Math.min(...ys) - 45, bottom: Math.max(...ys) + 45 };
  };
  let previousBottom = Number.NEGATIVE_INFINITY;
  for (const c of BAND_ORDER) {
    const { top, bottom } = extent(c);
    const y0 = Math.max(top, previousBottom);
    previousBottom = bottom;
    bands.push({
      group: 'nodes',
      data: {
        id: `band-${c}`,
        label: BAND_LABEL[c],
        band: c,
        fill: theme.compartmentFill[c],
        width: right - left,
        height: bottom - y0,
      },
      position: { x: (left + right) / 2, y: (y0 + bottom) / 2 },
      selectable: false,
      grabbable: false,
      classes: 'band',
    });
  }
  const sys = model.pathway.nodes.filter((n) => n.compartment === 'systemic');
  if (sys.length) {
    const sx = sys.map((n) => layoutPosition(n, theme).x);
    const sy = sys.map((n) => layoutPosition(n, theme).y);
    const top = Math.min(...sy) - 70;
    const bottom = Math.max(...sy) + 50;
    bands.push({
      group: 'nodes',
      data: {
        id: 'band-systemic',
        label: BAND_LABEL.systemic,
        band: 'systemic',
        fill: theme.compartmentFill.systemic,
        width: Math.max(...sx) - Math.min(...sx) + 220,
        height: bottom - top,
      },
      position: { x: (Math.min(...sx) + Math.max(...sx)) / 2, y: (top + bottom) / 2 },
      selectable: false,
      grabbable: false,
      classes: 'band',
    });
  }
  return bands;
}

/**
 * Data fields of one node that depend on the overlay (the only ones a drug click changes). Each is drawn or read
 * (direction, marker): a field that changes without being drawn would still make Cytoscape restyle the node.
 */
export function nodeOverlayData(model: Model, nodeId: string, overlay: Overlay | null, theme: Theme) {
  // The overlay already holds what each node shows (src/engine/shown.ts), so canvas, panel and inspector agree.
  const label = nodeQuantities(model).get(nodeId)?.label ?? nodeId;
  const ref = overlay?.reference.get(nodeId);
  const val = overlay?.value.get(nodeId);
  const fc = overlay ? log2Change(ref, val) : null;
  const dir = ref !== undefined && val !== undefined ? direction(ref, val) : null;
  const glyph = directionGlyph(dir);
  const markers = overlay?.markers.get(nodeId) ?? [];
  const fill = overlay ? changeColor(theme.change, fc) : theme.change.noData;
  return {
    fill,
    textColor: labelColor(fill, theme),
    display: glyph ? `${label} ${glyph}` : label,
    direction: dir ?? 'none',
    marker: markers.join(' + '),
    targeted: markers.length > 0 ? 1 : 0,
  };
}

/** Every node and edge of the model, with overlay-dependent fields filled from `overlay` (null: untreated). */
export function toElements(model: Model, overlay: Overlay | null, theme: Theme): ElementDefinition[] {
  const loopColor = new Map(model.pathway.loops.map((l) => [l.id, l.color]));
  const loopOfPathEdge = new Map<string, string>();
  for (const l of model.pathway.loops)
    for (const e of l.path) if (!loopOfPathEdge.has(e)) loopOfPathEdge.set(e, l.id);
  const parents = new Set(model.pathway.nodes.map((n) => n.parent).filter(Boolean));
  const els: ElementDefinition[] = compartmentBands(model, theme);
  const quantities = nodeQuantities(model);
  for (const n of model.pathway.nodes) {
    const overlayData = nodeOverlayData(model, n.id, overlay, theme);
    const isParent = parents.has(n.id);
    const shownLabel = quantities.get(n.id)?.label ?? n.label;
    els.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: shownLabel,
        kind: n.kind,
        compartment: n.compartment,
        parent: n.parent,
        shape: SHAPES[n.kind],
        ...nodeSize(n, shownLabel, theme),
        ...overlayData,
      },
      position: layoutPosition(n, theme),
      classes: [n.kind, isParent ? 'protein' : '', n.kind === 'site' || n.small ? 'site' : '']
        .filter(Boolean)
        .join(' '),
    });
  }
  els.push(...markerElements(model, overlay, theme));
  els.push(...mutationBadgeElements(model, overlay, theme));
  const drawn = new Set<string>();
  for (const e of model.pathway.edges) {
    const loop = loopOfPathEdge.get(e.id) ?? e.loop;
    // AND-groups repeat a source (the receptor level feeds every dimer term): draw each link once.
    const pair = `${e.source}|${e.target}|${e.sign}`;
    const duplicate = drawn.has(pair) && !loop;
    drawn.add(pair);
    const block = overlay?.block.get(e.source) ?? 0;
    els.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        sign: e.sign,
        speed: e.speed,
        mechanism: e.mechanism,
        loop: loop ?? '',
        color: loop
          ? (loopColor.get(loop) ?? theme.edge)
          : e.sign === 'inhibition'
            ? theme.inhibition
            : theme.activation,
        opacity: Math.max(0.15, 1 - 0.85 * block),
        cut: edgeCut(model, e.id, overlay),
        ...routeData(model, e, theme),
      },
      // Edges between a protein and its own sites stay in the model but are drawn as the compound box itself.
      classes: [
        e.sign,
        loop ? 'loop' : '',
        e.speed !== 'fast' ? 'slow' : '',
        isInternal(model, e.source, e.target) || duplicate ? 'internal' : '',
      ]
        .filter(Boolean)
        .join(' '),
    });
  }
  return els;
}

/**
 * A routed edge's waypoints as Cytoscape's per-edge distances and weights: each point is `weight` of the way from the
 * source's centre to the target's and `distance` to the side (positive on the right of travel). The points are
 * layout coordinates, so they stretch with the theme's layout like the nodes do.
 */
export function routeData(
  model: Model,
  edge: PathwayEdge,
  theme: Theme,
): { route?: 'segments' | 'bezier'; routeDistances?: number[]; routeWeights?: number[] } {
  const source = model.nodeById.get(edge.source);
  const target = model.nodeById.get(edge.target);
  if (!edge.route || !source || !target) return {};
  const s = layoutPosition(source, theme);
  const t = layoutPosition(target, theme);
  const vx = t.x - s.x;
  const vy = t.y - s.y;
  const length = Math.hypot(vx, vy) || 1;
  const points = edge.route.via.map((p) => layoutPosition({ position: p }, theme));
  // fine enough that edges routed through one waypoint meet there (a bundle stays one line)
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    route: edge.route.style,
    routeDistances: points.map((p) => round(((p.y - s.y) * vx - (p.x - s.x) * vy) / length)),
    routeWeights: points.map((p) => round(((p.x - s.x) * vx + (p.y - s.y) * vy) / (length * length))),
  };
}

const cutCache = new WeakMap<Model, Map<string, Set<string>>>();

/**
 * The drawn edges that show a loop cut: the edges the switch clamps, or, where such an edge is hidden inside a
 * protein (S6K1 → pS636 → IRS1), the loop's drawn edge that leads into it.
 */
export function loopCutEdges(model: Model): Map<string, Set<string>> {
  const cached = cutCache.get(model);
  if (cached) return cached;
  const out = new Map<string, Set<string>>();
  for (const loop of model.pathway.loops) {
    const ids = new Set<string>();
    for (const e of model.pathway.edges) {
      if (e.loop !== loop.id) continue;
      if (!isInternal(model, e.source, e.target)) ids.add(e.id);
      else
        for (const id of loop.path) {
          const lead = model.pathway.edges.find((x) => x.id === id);
          if (lead && lead.target === e.source && !isInternal(model, lead.source, lead.target)) ids.add(id);
        }
    }
    out.set(loop.id, ids);
  }
  cutCache.set(model, out);
  return out;
}

/** 1 when the edge shows a switched-off loop (drawn cut), else 0. */
export function edgeCut(model: Model, edgeId: string, overlay: Overlay | null): number {
  if (!overlay?.loopsOff.size) return 0;
  const cuts = loopCutEdges(model);
  for (const loop of overlay.loopsOff) if (cuts.get(loop)?.has(edgeId)) return 1;
  return 0;
}

/** Mutation badges sit just below their node; empty ones are hidden by the stylesheet. */
export function mutationBadgeElements(
  model: Model,
  overlay: Overlay | null,
  theme: Theme,
): ElementDefinition[] {
  return mutableNodes(model).map((id) => {
    const node = model.nodeById.get(id);
    const at = node ? layoutPosition(node, theme) : { x: 0, y: 0 };
    const dy = (node?.small ? 14 : 22) * (theme.fontSize / 20);
    return {
      group: 'nodes',
      data: { id: `mutation-${id}`, of: id, ...badgeData(overlay?.mutationBadges.get(id) ?? '', theme) },
      position: { x: at.x + 24 * (theme.fontSize / 20), y: at.y + dy },
      selectable: false,
      grabbable: false,
      classes: 'mutation',
    };
  });
}

/** A mutation badge's text and the width that fits it. */
export function badgeData(text: string, theme: Theme): { badge: string; badgeWidth: number } {
  return { badge: text, badgeWidth: Math.max(12, textWidth(text, theme.fontSize * 0.7) + 8) };
}

/** Nodes any drug can act on: each gets a marker badge that shows the names of the drugs acting there. */
export function targetableNodes(model: Model): string[] {
  const targets = new Set(model.drugs.flatMap((d) => d.targets.map((t) => t.target)));
  return model.pathway.nodes.filter((n) => targets.has(n.target ?? n.id)).map((n) => n.id);
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const boxAt = (x: number, y: number, w: number, h: number): Box => ({
  x1: x - w / 2,
  y1: y - h / 2,
  x2: x + w / 2,
  y2: y + h / 2,
});
/** The area two boxes share, each grown by 1 px (so boxes closer than 2 px count as touching). */
const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) + 2) *
  Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) + 2);

/**
 * Where each node's label is drawn, in layout coordinates: inside the node for most, above the box of its sites for
 * a compound protein.
 */
export function labelBoxes(model: Model, theme: Theme): Map<string, Box> {
  const quantities = nodeQuantities(model);
  const boxes = new Map<string, Box>();
  for (const n of model.pathway.nodes) {
    const { x, y } = layoutPosition(n, theme);
    const { width, height } = nodeSize(n, quantities.get(n.id)?.label ?? n.label, theme);
    boxes.set(n.id, boxAt(x, y, width, height));
  }
  for (const n of model.pathway.nodes) {
    const sites = model.pathway.nodes.filter((c) => c.parent === n.id).map((c) => boxes.get(c.id) as Box);
    if (!sites.length) continue;
    // A protein's label sits above its sites (the compound box adds about 10 px around them).
    const top = Math.min(...sites.map((b) => b.y1)) - 10;
    const sitesLeft = Math.min(...sites.map((b) => b.x1));
    const sitesRight = Math.max(...sites.map((b) => b.x2));
    // Bold, and with room for the direction glyph the label gains under a drug.
    const label = `${quantities.get(n.id)?.label ?? n.label} ↑`;
    const w = boldTextWidth(label, theme.fontSize) + 12;
    const h = theme.fontSize * 1.4;
    // Centred over the box, or ending at the box's left edge.
    const cx = theme.proteinLabel === 'left' ? sitesLeft - 10 - w / 2 : (sitesLeft + sitesRight) / 2;
    boxes.set(n.id, boxAt(cx, top - h / 2, w, h));
  }
  return boxes;
}

/** The widest badge a node can show: the longest name (and " +") among the drugs that can act there. */
function widestBadge(model: Model, nodeId: string, theme: Theme): number {
  const node = model.nodeById.get(nodeId);
  const target = node?.target ?? nodeId;
  const names = model.drugs.filter((d) => d.targets.some((t) => t.target === target)).map(badgeName);
  return Math.max(12, ...names.map((n) => markerData(`${n} + x`, theme).markerWidth));
}

/** Longest drug name a badge shows in full; longer names (antibody–drug conjugates) use the drug's short name. */
export const BADGE_NAME_MAX = 13;

/** The name a drug badge shows: the drug's own name ("Figitumumab"), or its short name when the name is long ("T-DM1"). */
export function badgeName(drug: Pick<Drug, 'name' | 'shortName'>): string {
  return drug.name.length <= BADGE_NAME_MAX ? drug.name : drug.shortName;
}

/** Places a badge of size w × h may take beside a node's label box, nearest first (above preferred to below). */
function badgeCandidates(b: Box, w: number, h: number, gap: number): Array<{ x: number; y: number }> {
  const cx = (b.x1 + b.x2) / 2;
  const cy = (b.y1 + b.y2) / 2;
  const above = b.y1 - h / 2 - gap;
  const below = b.y2 + h / 2 + gap;
  const out: Array<{ x: number; y: number; cost: number }> = [];
  for (let ring = 0; ring < 3; ring++)
    for (const [side, y] of [above - ring * (h / 2 + gap), below + ring * (h / 2 + gap)].entries())
      for (let k = -4; k <= 4; k++)
        out.push({ x: cx + (k * w) / 4, y, cost: Math.abs(y - cy) + Math.abs(k) * (w / 8) + side * 4 });
  // beside the label, on its own line
  out.push({ x: b.x2 + w / 2 + gap, y: cy, cost: (b.x2 - b.x1) / 2 + w / 2 });
  out.push({ x: b.x1 - w / 2 - gap, y: cy, cost: (b.x2 - b.x1) / 2 + w / 2 + 1 });
  return out.sort((p, q) => p.cost - q.cost);
}

/**
 * Marker positions: for each targetable node the nearest place beside its label where its widest badge covers no node
 * label and no badge placed before it; above the label when none is free.
 */
export function markerPositions(model: Model, theme: Theme): Map<string, { x: number; y: number }> {
  const own = labelBoxes(model, theme);
  const labels = [...own.values()];
  // Mutation badges keep their place below their node; drug badges keep clear of them too.
  const placed: Box[] = mutationBadgeElements(model, null, theme).map((b) =>
    boxAt(b.position?.x ?? 0, b.position?.y ?? 0, 40, theme.fontSize),
  );
  // Room for one drug: a combination's badge grows a line per drug about its centre, and may then touch a label.
  const h = badgeLine(theme) + 4;
  const out = new Map<string, { x: number; y: number }>();
  for (const id of targetableNodes(model)) {
    const w = widestBadge(model, id, theme);
    const candidates = badgeCandidates(own.get(id) as Box, w, h, 4);
    // The nearest place that covers nothing; failing that, the one that covers the least label.
    const covered = (c: { x: number; y: number }) => {
      const box = boxAt(c.x, c.y, w, h);
      return [...labels, ...placed].reduce((sum, l) => sum + overlapArea(box, l), 0);
    };
    const at =
      candidates.find((c) => covered(c) === 0) ??
      candidates.reduce((best, c) => (covered(c) < covered(best) ? c : best));
    placed.push(boxAt(at.x, at.y, w, h));
    out.set(id, { x: at.x, y: at.y });
  }
  return out;
}

const markerCache = new WeakMap<Model, Map<Theme, Map<string, { x: number; y: number }>>>();

/** Marker badges sit beside their node where they cover no label; empty ones are hidden by the stylesheet. */
export function markerElements(model: Model, overlay: Overlay | null, theme: Theme): ElementDefinition[] {
  const byTheme = markerCache.get(model) ?? new Map<Theme, Map<string, { x: number; y: number }>>();
  markerCache.set(model, byTheme);
  const positions = byTheme.get(theme) ?? markerPositions(model, theme);
  byTheme.set(theme, positions);
  return targetableNodes(model).map((id) => ({
    group: 'nodes',
    data: {
      id: `marker-${id}`,
      ...markerData((overlay?.markers.get(id) ?? []).join(' + '), theme),
      of: id,
    },
    position: { ...(positions.get(id) ?? { x: 0, y: 0 }) },
    selectable: false,
    grabbable: false,
    classes: 'marker',
  }));
}

/** True for an edge between a protein and one of its own sites. */
export function isInternal(model: Model, a: string, b: string): boolean {
  return model.nodeById.get(a)?.parent === b || model.nodeById.get(b)?.parent === a;
}

/** Relative luminance of a #rrggbb colour (0 black … 1 white), to keep labels readable on dark fills. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/** WCAG contrast ratio of two #rrggbb colours (1 … 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The label colour on a node fill: white on dark fills, the theme's ink on light ones, and pure black on the few
 * mid fills (the strongest orange) where neither reaches 4.5:1; black or white always does.
 */
export function labelColor(fill: string, theme: Theme): string {
  const onWhite = contrast(fill, '#ffffff');
  const onInk = contrast(fill, theme.text);
  if (onWhite >= 4.5 && onWhite >= onInk) return '#ffffff';
  if (onInk >= 4.5) return theme.text;
  return onWhite > contrast(fill, '#000000') ? '#ffffff' : '#000000';
}

/** Height of one line of badge text. */
const badgeLine = (theme: Theme) => Math.round(theme.fontSize * 0.8 * 1.25);

/**
 * A marker's text ("Rapamycin + NVP-BEZ235"), the text it shows (one drug a line, so a combination stays narrow)
 * and the size that fits it.
 */
export function markerData(
  text: string,
  theme: Theme,
): { marker: string; markerText: string; markerWidth: number; markerHeight: number } {
  const lines = text.split(' + ');
  const shown = lines.map((l, i) => (i < lines.length - 1 ? `${l} +` : l));
  const font = Math.round(theme.fontSize * 0.8);
  return {
    marker: text,
    markerText: shown.join('\n'),
    markerWidth: Math.max(12, ...shown.map((l) => boldTextWidth(l, font) + 10)),
    markerHeight: lines.length * badgeLine(theme) + 4,
  };
}
