// The pathway canvas: Cytoscape mounted once from the hand-placed layout; a new prediction only rewrites element data.
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import {
  type KeyboardEvent,
  memo,
  type RefObject,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { type Overlay, toElements } from '../../graph/elements';
import { buildStylesheet } from '../../graph/stylesheet';
import { SCREEN_THEME, type Theme } from '../../graph/theme';
import type { Model } from '../../model/types';
import { testHooks } from '../../testHooks';
import {
  applyOverlay,
  FIT_PADDING,
  FRAMING_MS,
  focusNodes,
  highlightLoop,
  onTap,
  pulseLoop,
  showSelection,
  zoomBy,
} from './cyView';
import { keepTextureStripsLonger } from './textureStrips';

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
  focus?: readonly string[];
  /** A loop whose path pulses; a new key pulses it again. */
  pulse?: { loop: string; key: number } | null;
  /**
   * Keys pressed while the diagram has the focus. Given, the diagram is a focusable application (arrow keys travel
   * between nodes) described by the element `describedBy` names; absent, it is an image.
   */
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  describedBy?: string;
  /** The id of the diagram's element (skip links and the find-node box point at it). */
  id?: string;
}

const PRESET_LAYOUT = { name: 'preset', fit: true, padding: FIT_PADDING } as const;
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

/**
 * Zoom in, zoom out and fit, for the canvas behind `cyRef`. Placed by the host beside the canvas, never on it: on the
 * canvas they covered nodes, and inside the diagram's image role they were interactive content nested in an image.
 */
export function CanvasTools({ cyRef }: { cyRef: RefObject<Core | null> }) {
  const zoom = (factor: number) => cyRef.current && zoomBy(cyRef.current, factor);
  return (
    <div className="canvas-tools">
      <button type="button" aria-label="Zoom in" onClick={() => zoom(1.25)}>
        +
      </button>
      <button type="button" aria-label="Zoom out" onClick={() => zoom(0.8)}>
        −
      </button>
      <button
        type="button"
        aria-label="Fit to view"
        onClick={() => cyRef.current?.fit(undefined, FIT_PADDING)}
      >
        Fit
      </button>
    </div>
  );
}

/** Takes the core when Cytoscape mounts it: taps select nodes, and `onReady` hears once it has been fitted. */
function useCore(onSelectNode: PathwayCanvasProps['onSelectNode'], onReady: PathwayCanvasProps['onReady']) {
  const cyRef = useRef<Core | null>(null);
  const selectRef = useRef(onSelectNode);
  selectRef.current = onSelectNode;
  const handleCy = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      cyRef.current = cy;
      keepTextureStripsLonger(cy);
      onTap(cy, (nodeId) => selectRef.current?.(nodeId));
      cy.ready(() => {
        cy.fit(undefined, FIT_PADDING);
        onReady?.(cy);
      });
    },
    [onReady],
  );
  return { cyRef, handleCy };
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
  onKeyDown,
  describedBy,
  id,
}: PathwayCanvasProps) {
  // Elements are built once per model and theme; overlays never rebuild them.
  const elements = useMemo(() => toElements(model, null, theme), [model, theme]);
  const stylesheet = useMemo(
    () => buildStylesheet({ ...theme, transitionMs: testHooks.fadeMs(theme.transitionMs) }),
    [theme],
  );
  const { cyRef, handleCy } = useCore(onSelectNode, onReady);

  // Layout effect: the new prediction is in the canvas before the browser paints the click's frame.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyOverlay(cy, model, overlay, theme);
    onOverlayApplied?.();
  }, [cyRef, model, overlay, theme, onOverlayApplied]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) highlightLoop(cy, model, loopToHighlight);
  }, [cyRef, model, loopToHighlight]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) showSelection(cy, selectedNode);
  }, [cyRef, selectedNode]);

  const focusKey = focus?.join(',') ?? '';
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const ids = focusKey.split(',').filter(Boolean);
    const frame = () => focusNodes(cy, ids, theme, testHooks.framingMs(FRAMING_MS), testHooks.framed);
    frame();
    if (ids.length === 0) return;
    // A new screen size (full screen, the projector) frames the step again.
    cy.on('resize', frame);
    return () => {
      cy.off('resize', frame);
    };
  }, [cyRef, focusKey, theme]);

  const pulseLoopId = pulse?.loop;
  const pulseKey = pulse?.key;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || pulseLoopId === undefined || pulseKey === undefined) return;
    return pulseLoop(cy, model, pulseLoopId);
  }, [cyRef, model, pulseLoopId, pulseKey]);

  const mount = (
    <CytoscapeMount elements={elements} stylesheet={stylesheet} headless={headless} onCy={handleCy} />
  );
  if (!onKeyDown)
    return (
      <div
        className="canvas"
        data-testid="pathway-canvas"
        id={id}
        role="img"
        aria-label="Signalling network diagram"
      >
        {mount}
      </div>
    );
  return (
    <div
      className="canvas"
      data-testid="pathway-canvas"
      id={id}
      role="application"
      aria-label="Signalling network diagram"
      aria-roledescription="network diagram"
      aria-describedby={describedBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the application role is interactive; the arrow keys are its own
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      {mount}
    </div>
  );
}
