// Model (+ optional simulation overlay) → Cytoscape element definitions; pure, tested headless.
import type { ElementDefinition } from 'cytoscape';
import { direction } from '../engine/direction';
import type { Compartment, Model, NodeKind } from '../model/types';
import { changeColor, directionGlyph, log2Change } from './scale';
import type { Theme } from './theme';

/** What the canvas shows on top of the network: per-node activity before/after, blocks and drug markers. */
export interface Overlay {
  reference: Map<string, number>;
  value: Map<string, number>;
  /** Fraction of each node's output blocked by the treatment (0..1). */
  block: Map<string, number>;
  /** Node id → short names of the drugs acting there. */
  markers: Map<string, string[]>;
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
  systemic: 'Whole body (liver, muscle, fat, pancreas)',
};

/** Approximate label width in px, for node sizing without a canvas. */
function textWidth(label: string, fontSize: number): number {
  return Math.ceil(label.length * fontSize * 0.6);
}

/** Compartment bands: rectangles behind the nodes, horizontal for the cell and a column for the body. */
export function compartmentBands(model: Model, theme: Theme): ElementDefinition[] {
  const cell = model.pathway.nodes.filter((n) => n.compartment !== 'systemic');
  const xs = cell.map((n) => n.position.x);
  const left = Math.min(...xs) - 90;
  const right = Math.max(...xs) + 90;
  const bands: ElementDefinition[] = [];
  const extent = (c: Compartment) => {
    const ys = model.pathway.nodes.filter((n) => n.compartment === c && !n.parent).map((n) => n.position.y);
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
    const sx = sys.map((n) => n.position.x);
    const sy = sys.map((n) => n.position.y);
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

/** Data fields of one node that depend on the overlay (the only ones a drug click changes). */
export function nodeOverlayData(model: Model, nodeId: string, overlay: Overlay | null, theme: Theme) {
  const node = model.nodeById.get(nodeId);
  const label = node?.label ?? nodeId;
  const ref = overlay?.reference.get(nodeId);
  const val = overlay?.value.get(nodeId);
  const fc = overlay ? log2Change(ref, val) : null;
  const dir = ref !== undefined && val !== undefined ? direction(ref, val) : null;
  const glyph = directionGlyph(dir);
  const markers = overlay?.markers.get(nodeId) ?? [];
  return {
    fill: overlay ? changeColor(theme.change, fc) : theme.change.noData,
    display: glyph ? `${label} ${glyph}` : label,
    change: fc ?? 0,
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
  for (const n of model.pathway.nodes) {
    const overlayData = nodeOverlayData(model, n.id, overlay, theme);
    const isParent = parents.has(n.id);
    els.push({
      group: 'nodes',
      data: {
        id: n.id,
        label: n.label,
        kind: n.kind,
        compartment: n.compartment,
        parent: n.parent,
        shape: SHAPES[n.kind],
        width:
          n.kind === 'site'
            ? Math.max(38, textWidth(n.label, theme.fontSize - 3) + 10)
            : textWidth(`${n.label} ↑`, theme.fontSize) + 22,
        height: n.kind === 'site' ? 24 : 34,
        ...overlayData,
      },
      position: { ...n.position },
      classes: [n.kind, isParent ? 'protein' : '', n.kind === 'site' ? 'site' : ''].filter(Boolean).join(' '),
    });
  }
  for (const e of model.pathway.edges) {
    const loop = loopOfPathEdge.get(e.id) ?? e.loop;
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
      },
      classes: [e.sign, loop ? 'loop' : '', e.speed !== 'fast' ? 'slow' : ''].filter(Boolean).join(' '),
    });
  }
  return els;
}
