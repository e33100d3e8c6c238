// The explorer's canvas: the network coloured by the current prediction, with zoom and "Find node" above it, the
// inspector over it and the legend below; arrow keys travel between nodes. While it is on screen, it is the canvas
// that export and the tests use.
import type { Core } from 'cytoscape';
import { type KeyboardEvent, type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import { hiddenInCoreView } from '../../graph/coreView';
import { toOverlay } from '../../graph/overlay';
import { SCREEN_THEME } from '../../graph/theme';
import type { Model } from '../../model/types';
import { useLectureStore } from '../../stores/lectureStore';
import { selectSelectedNode, useScenarioStore } from '../../stores/scenarioStore';
import { selectCoreOnly, selectHoveredLoop, useViewStore } from '../../stores/viewStore';
import { testHooks } from '../../testHooks';
import { describeNode } from '../A11y/describeNode';
import { FindNode } from '../A11y/FindNode';
import { registerExporter } from '../Export/register';
import { LazyInspector } from '../Inspector/LazyInspector';
import { Legend } from '../Legend/Legend';
import { useModel } from '../ModelContext';
import { useScenarioResult } from '../useScenarioResult';
import { FIT_PADDING, zoomBy } from './cyView';
import { CanvasTools, PathwayCanvas } from './PathwayCanvas';
import { ARROW_HEADINGS, bringIntoView, firstNode, nextNode } from './travel';

/** Hides (or shows again) what the core-pathway view leaves out; `refit` frames what is left. */
function applyCoreView(cy: Core, hidden: readonly string[], coreOnly: boolean, refit: boolean): void {
  cy.batch(() => {
    for (const id of hidden) {
      const element = cy.getElementById(id);
      if (element.nonempty()) element.style('display', coreOnly ? 'none' : 'element');
    }
  });
  if (refit) cy.fit(cy.elements(':visible'), FIT_PADDING);
}

/** The core-pathway switch on the canvas: applied when it flips, and again to what each new prediction draws. */
function useCoreView(cyRef: RefObject<Core | null>, model: Model): () => void {
  const coreOnly = useViewStore(selectCoreOnly);
  const hidden = useMemo(() => hiddenInCoreView(model), [model]);
  const shown = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || (!coreOnly && !shown.current)) return;
    shown.current = coreOnly;
    applyCoreView(cy, hidden, coreOnly, true);
  }, [cyRef, hidden, coreOnly]);
  return useCallback(() => {
    const cy = cyRef.current;
    if (cy && coreOnly) applyCoreView(cy, hidden, true, false);
    testHooks.overlayApplied();
  }, [cyRef, hidden, coreOnly]);
}

/** The switch between the whole network and its core pathway (without the whole-body and EMT subsystems). */
function CoreViewSwitch() {
  const coreOnly = useViewStore(selectCoreOnly);
  return (
    <button
      type="button"
      className="core-switch"
      aria-pressed={coreOnly}
      title="Hide the whole-body and EMT subsystems"
      onClick={() => useViewStore.getState().setCoreOnly(!coreOnly)}
    >
      Core pathway
    </button>
  );
}

function putOnScreen(cy: Core, model: Model): void {
  testHooks.canvasShown(cy);
  registerExporter(cy, model, SCREEN_THEME);
}

/** The canvas is on screen once it is ready, and again each time lecture mode (which has its own canvas) closes. */
function useOnScreen(model: Model): { cyRef: RefObject<Core | null>; onReady: (cy: Core) => void } {
  const cyRef = useRef<Core | null>(null);
  const lectureActive = useLectureStore((s) => s.active);
  const onReady = useCallback(
    (cy: Core) => {
      cyRef.current = cy;
      putOnScreen(cy, model);
    },
    [model],
  );
  useEffect(() => {
    const cy = cyRef.current;
    if (!lectureActive && cy) putOnScreen(cy, model);
  }, [lectureActive, model]);
  return { cyRef, onReady };
}

/**
 * Keys on the focused diagram: arrows travel to the linked node that way (selecting it, which opens the inspector),
 * Enter or Space starts at the top-left node, + and − zoom, Esc closes the inspector.
 */
function useKeyboardTravel(cyRef: RefObject<Core | null>) {
  const selectNode = useScenarioStore((s) => s.selectNode);
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const cy = cyRef.current;
      if (!cy || event.altKey || event.ctrlKey || event.metaKey) return;
      const heading = ARROW_HEADINGS[event.key];
      const selected = useScenarioStore.getState().selectedNode;
      let target: string | null | undefined;
      if (heading) target = nextNode(cy, selected, heading);
      else if ((event.key === 'Enter' || event.key === ' ') && !selected) target = firstNode(cy);
      else if (event.key === '+' || event.key === '=') zoomBy(cy, 1.25);
      else if (event.key === '-' || event.key === '−') zoomBy(cy, 0.8);
      else if (event.key === 'Escape' && selected) selectNode(null);
      else return;
      event.preventDefault();
      event.stopPropagation();
      if (target) {
        selectNode(target);
        bringIntoView(cy, target);
      }
    },
    [cyRef, selectNode],
  );
}

/**
 * The explorer's overlay, held as it was while lecture mode covers the explorer: the steps pass through the shared
 * scenario store, and redrawing a canvas nobody sees on every step would slow the lecture's own canvas.
 */
function useExplorerOverlay(model: Model, result: ReturnType<typeof useScenarioResult>) {
  const covered = useLectureStore((s) => s.active);
  const shown = useRef<ReturnType<typeof toOverlay> | null>(null);
  const overlay = useMemo(
    () => (covered && shown.current ? null : toOverlay(model, result)),
    [covered, model, result],
  );
  if (overlay) shown.current = overlay;
  return shown.current as ReturnType<typeof toOverlay>;
}

export function ExplorerCanvas({ headless = false }: { headless?: boolean }) {
  const model = useModel();
  const result = useScenarioResult();
  const overlay = useExplorerOverlay(model, result);
  const selectedNode = useScenarioStore(selectSelectedNode);
  const selectNode = useScenarioStore((s) => s.selectNode);
  const hoveredLoop = useViewStore(selectHoveredLoop);
  const { cyRef, onReady } = useOnScreen(model);
  const onKeyDown = useKeyboardTravel(cyRef);
  const onOverlayApplied = useCoreView(cyRef, model);
  const onFound = useCallback(
    (nodeId: string) => cyRef.current && bringIntoView(cyRef.current, nodeId),
    [cyRef],
  );
  const spoken =
    selectedNode && model.nodeById.has(selectedNode) ? describeNode(model, result, selectedNode) : '';
  return (
    <div className="canvas-wrap">
      <div className="canvas-toolbar">
        <CanvasTools cyRef={cyRef} />
        <CoreViewSwitch />
        <FindNode onFound={onFound} />
      </div>
      <p id="canvas-help" hidden>
        Arrow keys move between linked nodes and open each in the inspector; plus and minus zoom; Escape
        closes the inspector.
      </p>
      <p className="sr-only" aria-live="polite" data-testid="canvas-announcer">
        {spoken}
      </p>
      <div className="canvas-area">
        <PathwayCanvas
          model={model}
          overlay={overlay}
          selectedNode={selectedNode}
          highlightLoop={hoveredLoop}
          onSelectNode={selectNode}
          onReady={onReady}
          onOverlayApplied={onOverlayApplied}
          headless={headless}
          onKeyDown={onKeyDown}
          describedBy="canvas-help"
          id="pathway-diagram"
        />
        {!result.converged && (
          <p className="notice" role="status">
            The network did not settle to a steady state for this scenario; values shown are the last iterate.
          </p>
        )}
        <LazyInspector />
      </div>
      <Legend theme={SCREEN_THEME} />
    </div>
  );
}
