// The pathway canvas: Cytoscape mounted once from the hand-placed layout; a new prediction only rewrites element data.
import type { Core, ElementDefinition, EventObject, StylesheetJson } from 'cytoscape';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { markerData, nodeOverlayData, type Overlay, toElements } from '../../graph/elements';
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
  /** Nodes to bring into view (lecture steps); the view animates to them. */
  focus?: string[];
  /** A loop whose path pulses; a new key pulses it again. */
  pulse?: { loop: string; key: number } | null;
}

const PRESET_LAYOUT = { name: 'preset', fit: true, padding: 16 } as const;
const FULL_SIZE = { width: '100%', height: '100%' } as const;

/**
 * The Cytoscape mount. Memoised on its (stable) props, so a new prediction never re-renders it: react-cytoscapejs
 * would otherwise diff every element on each render. Predictions reach the canvas through applyOverlay instead.
 */
const CytoscapeMount = memo(function CytoscapeMount({
  elements,
  stylesheet,
  headless,
  onCy,
}: {
  elements: ElementDefinition[];
  stylesheet: StylesheetJson;
  headless: boolean;
  onCy: (cy: Core) => void;
}) {
  return (
    <CytoscapeComponent
      elements={elements}
      stylesheet={stylesheet}
      layout={PRESET_LAYOUT}
      style={FULL_SIZE}
      cy={onCy}
      headless={headless}
      styleEnabled
      minZoom={0.2}
      maxZoom={4}
      boxSelectionEnabled={false}
      autoungrabify
    />
  );
});

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
    for (const e of model.pathway.edges) {
      const block = overlay?.block.get(e.source) ?? 0;
      write(e.id, { opacity: Math.round(100 * Math.max(0.15, 1 - 0.85 * block)) / 100 });
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
  focus,
  pulse = null,
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

  // Layout effect: the new prediction is in the canvas before the browser paints the click's frame.
  useLayoutEffect(() => {
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

  const focusKey = focus?.join(',') ?? '';
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().removeClass('focus');
    const nodes = cy.collection();
    for (const id of focusKey.split(',').filter(Boolean)) nodes.merge(cy.getElementById(id));
    if (nodes.empty()) return;
    nodes.addClass('focus');
    // Frame the focused nodes and their neighbours, but never so far out that labels drop below the theme's minimum.
    const frame = nodes.union(nodes.neighborhood('node').not('.band'));
    const box = frame.boundingBox();
    const pad = 40;
    const fit = Math.min((cy.width() - 2 * pad) / box.w, (cy.height() - 2 * pad) / box.h);
    const level = Math.max(fit, theme.minLabelPx / theme.fontSize);
    cy.stop();
    cy.animate({ zoom: level, center: { eles: frame } }, { duration: 400 });
  }, [focusKey, theme]);

  const pulseLoop = pulse?.loop;
  const pulseKey = pulse?.key;
  useEffect(() => {
    const cy = cyRef.current;
    const loop = model.pathway.loops.find((l) => l.id === pulseLoop);
    if (!cy || !loop || pulseKey === undefined) return;
    const edges = cy.collection();
    for (const id of loop.path) edges.merge(cy.getElementById(id));
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
  }, [model, pulseLoop, pulseKey]);

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
      <CytoscapeMount elements={elements} stylesheet={stylesheet} headless={headless} onCy={handleCy} />
    </div>
  );
}
