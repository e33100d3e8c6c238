// The pathway canvas: Cytoscape mounted once from the hand-placed layout; a new prediction only rewrites element data.
import type { Core, EventObject } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { nodeOverlayData, type Overlay, toElements } from '../../graph/elements';
import { buildStylesheet } from '../../graph/stylesheet';
import { SCREEN_THEME, type Theme } from '../../graph/theme';
import type { Model } from '../../model/types';

export interface PathwayCanvasProps {
  model: Model;
  overlay?: Overlay | null;
  theme?: Theme;
  selectedNode?: string | null;
  highlightLoop?: string | null;
  onSelectNode?: (nodeId: string | null) => void;
  /** Headless rendering for tests without a canvas (jsdom). */
  headless?: boolean;
  onReady?: (cy: Core) => void;
  /** Called after each overlay update has been written to the canvas. */
  onOverlayApplied?: () => void;
}

/** Writes an overlay into existing elements in one batch: no element is added, removed or moved. */
export function applyOverlay(cy: Core, model: Model, overlay: Overlay | null, theme: Theme): void {
  cy.batch(() => {
    for (const n of model.pathway.nodes)
      cy.getElementById(n.id).data(nodeOverlayData(model, n.id, overlay, theme));
    cy.nodes('.marker').forEach((m) => {
      m.data('marker', (overlay?.markers.get(m.data('of')) ?? []).join(' + '));
    });
    for (const e of model.pathway.edges) {
      const block = overlay?.block.get(e.source) ?? 0;
      cy.getElementById(e.id).data('opacity', Math.max(0.15, 1 - 0.85 * block));
    }
  });
}

/** Highlights one loop's edges and fades everything else; null clears the highlight. */
export function highlightLoop(cy: Core, model: Model, loopId: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('highlighted faded');
    const loop = model.pathway.loops.find((l) => l.id === loopId);
    if (!loop) return;
    const edges = cy.collection();
    for (const id of loop.path) edges.merge(cy.getElementById(id));
    const ends = edges.connectedNodes();
    cy.elements().not('.band').not(edges).not(ends).not(ends.parents()).addClass('faded');
    edges.addClass('highlighted');
  });
}

export function PathwayCanvas({
  model,
  overlay = null,
  theme = SCREEN_THEME,
  selectedNode = null,
  highlightLoop: loopToHighlight = null,
  onSelectNode,
  headless = false,
  onReady,
  onOverlayApplied,
}: PathwayCanvasProps) {
  // Elements are built once per model and theme; overlays never rebuild them.
  const elements = useMemo(() => toElements(model, null, theme), [model, theme]);
  const stylesheet = useMemo(() => buildStylesheet(theme), [theme]);
  const cyRef = useRef<Core | null>(null);
  const selectRef = useRef(onSelectNode);
  selectRef.current = onSelectNode;

  const handleCy = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      cyRef.current = cy;
      cy.on('tap', 'node', (event: EventObject) => {
        const node = event.target;
        if (node.hasClass('band') || node.hasClass('marker')) return;
        selectRef.current?.(node.id());
      });
      cy.on('tap', (event: EventObject) => {
        if (event.target === cy) selectRef.current?.(null);
      });
      cy.ready(() => {
        cy.fit(undefined, 16);
        onReady?.(cy);
      });
    },
    [onReady],
  );

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyOverlay(cy, model, overlay, theme);
    onOverlayApplied?.();
  }, [model, overlay, theme, onOverlayApplied]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) highlightLoop(cy, model, loopToHighlight);
  }, [model, loopToHighlight]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().unselect();
    if (selectedNode) cy.getElementById(selectedNode).select();
  }, [selectedNode]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    <div className="canvas" data-testid="pathway-canvas" role="img" aria-label="Signalling network diagram">
      <div className="canvas-tools">
        <button type="button" aria-label="Zoom in" onClick={() => zoomBy(1.25)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" onClick={() => zoomBy(0.8)}>
          −
        </button>
        <button type="button" aria-label="Fit to view" onClick={() => cyRef.current?.fit(undefined, 16)}>
          Fit
        </button>
      </div>
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheet}
        layout={{ name: 'preset', fit: true, padding: 16 }}
        style={{ width: '100%', height: '100%' }}
        cy={handleCy}
        headless={headless}
        styleEnabled
        minZoom={0.2}
        maxZoom={4}
        wheelSensitivity={0.3}
        boxSelectionEnabled={false}
        autoungrabify
      />
    </div>
  );
}
