// The explorer's canvas: the network coloured by the current prediction, with the inspector over it and the legend
// below. While it is on screen, it is the canvas that export and the tests use.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { toOverlay } from '../../graph/overlay';
import { SCREEN_THEME } from '../../graph/theme';
import type { Model } from '../../model/types';
import { useLectureStore } from '../../stores/lectureStore';
import { selectSelectedNode, useScenarioStore } from '../../stores/scenarioStore';
import { selectHoveredLoop, useViewStore } from '../../stores/viewStore';
import { testHooks } from '../../testHooks';
import { registerExporter } from '../Export/register';
import { LazyInspector } from '../Inspector/LazyInspector';
import { Legend } from '../Legend/Legend';
import { useModel } from '../ModelContext';
import { useScenarioResult } from '../useScenarioResult';
import { PathwayCanvas } from './PathwayCanvas';

function putOnScreen(cy: Core, model: Model): void {
  testHooks.canvasShown(cy);
  registerExporter(cy, model, SCREEN_THEME);
}

/** The canvas is on screen once it is ready, and again each time lecture mode (which has its own canvas) closes. */
function useOnScreen(model: Model): (cy: Core) => void {
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
  return onReady;
}

export function ExplorerCanvas({ headless = false }: { headless?: boolean }) {
  const model = useModel();
  const result = useScenarioResult();
  const overlay = useMemo(() => toOverlay(model, result), [model, result]);
  const selectedNode = useScenarioStore(selectSelectedNode);
  const selectNode = useScenarioStore((s) => s.selectNode);
  const hoveredLoop = useViewStore(selectHoveredLoop);
  const onReady = useOnScreen(model);
  return (
    <div className="canvas-wrap">
      <div className="canvas-area">
        <PathwayCanvas
          model={model}
          overlay={overlay}
          selectedNode={selectedNode}
          highlightLoop={hoveredLoop}
          onSelectNode={selectNode}
          onReady={onReady}
          onOverlayApplied={testHooks.overlayApplied}
          headless={headless}
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
