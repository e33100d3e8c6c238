// What the canvas does to a mounted Cytoscape core (no React): write an overlay's data, highlight or pulse a loop,
// mark the selection, frame focused nodes, zoom, and report taps.
import type { Core, EdgeCollection, EventObject, NodeCollection } from 'cytoscape';
import { badgeData, edgeCut, markerData, nodeOverlayData, type Overlay } from '../../graph/elements';
import type { Theme } from '../../graph/theme';
import type { Model } from '../../model/types';

/** Fit margin, in pixels. */
export const FIT_PADDING = 16;

/** Writes an overlay into existing elements in one batch: no element is added, removed or moved. */
export function applyOverlay(cy: Core, model: Model, overlay: Overlay | null, theme: Theme): void {
  // Only changed fields are written: every write dirties that element's style, and edge styles are costly to redo.
  const write = (id: string, data: Record<string, unknown>) => {
    const el = cy.getElementById(id);
    const changed: Record<string, unknown> = {};
    let any = false;
    for (const [k, v] of Object.entries(data))
      if (el.data(k) !== v) {
        changed[k] = v;
        any = true;
      }
    if (any) el.data(changed);
  };
  cy.batch(() => {
    for (const n of model.pathway.nodes) write(n.id, nodeOverlayData(model, n.id, overlay, theme));
    cy.nodes('.marker').forEach((m) => {
      write(m.id(), markerData((overlay?.markers.get(m.data('of')) ?? []).join(' + '), theme));
    });
    cy.nodes('.mutation').forEach((m) => {
      write(m.id(), badgeData(overlay?.mutationBadges.get(m.data('of')) ?? '', theme));
    });
    for (const e of model.pathway.edges) {
      const block = overlay?.block.get(e.source) ?? 0;
      write(e.id, {
        opacity: Math.round(100 * Math.max(0.15, 1 - 0.85 * block)) / 100,
        cut: edgeCut(model, e.id, overlay),
      });
    }
  });
}

/** The drawn edges of a loop's path, or null for an unknown loop. */
function loopEdges(cy: Core, model: Model, loopId: string | null | undefined): EdgeCollection | null {
  const loop = model.pathway.loops.find((l) => l.id === loopId);
  if (!loop) return null;
  const edges = cy.collection();
  for (const id of loop.path) edges.merge(cy.getElementById(id));
  return edges as EdgeCollection;
}

/** Highlights one loop's edges and fades everything else; null clears the highlight. */
export function highlightLoop(cy: Core, model: Model, loopId: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('highlighted faded');
    const edges = loopEdges(cy, model, loopId);
    if (!edges) return;
    const ends = edges.connectedNodes();
    cy.elements().not('.band').not(edges).not(ends).not(ends.parents()).addClass('faded');
    edges.addClass('highlighted');
  });
}

/** Pulses a loop's path three times; returns what stops it early (or nothing for an unknown loop). */
export function pulseLoop(cy: Core, model: Model, loopId: string): (() => void) | undefined {
  const edges = loopEdges(cy, model, loopId);
  if (!edges) return undefined;
  let n = 0;
  const timer = setInterval(() => {
    edges.toggleClass('pulse', n % 2 === 0);
    n += 1;
    if (n >= 6) clearInterval(timer);
  }, 380);
  return () => {
    clearInterval(timer);
    edges.removeClass('pulse');
  };
}

/** Marks the selected node (or none). */
export function showSelection(cy: Core, nodeId: string | null): void {
  cy.nodes().unselect();
  if (nodeId) cy.getElementById(nodeId).select();
}

/** The zoom that frames a lecture step: its neighbourhood if labels stay readable, else at least all focused nodes. */
export function focusZoom(
  cy: Core,
  focus: NodeCollection,
  frame: NodeCollection,
  readableZoom: number,
): number {
  const pad = 48;
  const fitOf = (eles: NodeCollection) => {
    const box = eles.boundingBox();
    return Math.min(
      (cy.width() - 2 * pad) / Math.max(box.w, 1),
      (cy.height() - 2 * pad) / Math.max(box.h, 1),
    );
  };
  const fitFrame = fitOf(frame);
  if (fitFrame >= readableZoom) return Math.min(fitFrame, 1.6);
  return Math.min(fitOf(focus), Math.max(fitFrame, readableZoom));
}

/** How long the view takes to move to a lecture step's focus, in ms. */
export const FRAMING_MS = 400;

/**
 * Marks the focused nodes and moves the view to them over `duration` ms (0: at once), then calls `onFramed`; no ids
 * clears the marks and leaves the view.
 */
export function focusNodes(
  cy: Core,
  ids: readonly string[],
  theme: Theme,
  duration = FRAMING_MS,
  onFramed?: () => void,
): void {
  cy.nodes().removeClass('focus');
  const nodes = cy.collection();
  for (const id of ids) nodes.merge(cy.getElementById(id));
  if (nodes.empty()) return;
  nodes.addClass('focus');
  // Frame the focused nodes with their neighbours when labels stay readable at that zoom; otherwise zoom out only as
  // far as the focused nodes themselves need, so every one of them is on screen whatever the viewport.
  const frame = nodes.union(nodes.neighborhood('node').not('.band'));
  const level = focusZoom(cy, nodes, frame, theme.minLabelPx / theme.fontSize);
  cy.stop();
  if (duration > 0) {
    cy.animate({ zoom: level, center: { eles: nodes } }, { duration, complete: onFramed });
    return;
  }
  cy.zoom(level);
  cy.center(nodes);
  onFramed?.();
}

/** Zooms about the centre of the view. */
export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Reports taps: a node's id (bands and drug markers are not nodes to inspect), or null on the background. */
export function onTap(cy: Core, select: (nodeId: string | null) => void): void {
  cy.on('tap', 'node', (event: EventObject) => {
    const node = event.target;
    if (node.hasClass('band') || node.hasClass('marker')) return;
    select(node.id());
  });
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) select(null);
  });
}
