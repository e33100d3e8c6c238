// The explorer: drug library and context on the left, the network in the middle, effects and loops on the right.
import type { Core } from 'cytoscape';
import { useCallback, useMemo } from 'react';
import { ContextPanel, TimescaleSwitch } from './features/Context/ContextPanel';
import { DrugLibrary } from './features/DrugLibrary/DrugLibrary';
import { EffectsPanel } from './features/Effects/EffectsPanel';
import { GivenDrugs } from './features/GivenDrugs/GivenDrugs';
import { Inspector } from './features/Inspector/Inspector';
import { Legend } from './features/Legend/Legend';
import { LoopPanel } from './features/Loops/LoopPanel';
import { ModelProvider, useModel } from './features/ModelContext';
import { PathwayCanvas } from './features/PathwayCanvas/PathwayCanvas';
import { useScenarioResult } from './features/useScenarioResult';
import { toOverlay } from './graph/overlay';
import { SCREEN_THEME } from './graph/theme';
import { bundledModel, bundledPresets } from './model/bundled';
import type { Model, Preset } from './model/types';
import { selectSelectedNode, useScenarioStore } from './stores/scenarioStore';
import { selectHoveredLoop, useViewStore } from './stores/viewStore';

declare global {
  interface Window {
    /** Test and benchmark hooks: the Cytoscape core and when the canvas last took a new prediction. */
    pathwayLens?: { cy?: Core; overlayAppliedAt: number; overlays: number };
  }
}

function hooks() {
  window.pathwayLens ??= { overlayAppliedAt: 0, overlays: 0 };
  return window.pathwayLens;
}

function Canvas({ headless = false }: { headless?: boolean }) {
  const model = useModel();
  const result = useScenarioResult();
  const overlay = useMemo(() => toOverlay(model, result), [model, result]);
  const selectedNode = useScenarioStore(selectSelectedNode);
  const selectNode = useScenarioStore((s) => s.selectNode);
  const hoveredLoop = useViewStore(selectHoveredLoop);
  const onReady = useCallback((cy: Core) => {
    hooks().cy = cy;
  }, []);
  const onOverlayApplied = useCallback(() => {
    const h = hooks();
    h.overlayAppliedAt = performance.now();
    h.overlays += 1;
  }, []);
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
          onOverlayApplied={onOverlayApplied}
          headless={headless}
        />
        {!result.converged && (
          <p className="notice" role="status">
            The network did not settle to a steady state for this scenario; values shown are the last iterate.
          </p>
        )}
        <Inspector />
      </div>
      <Legend theme={SCREEN_THEME} />
    </div>
  );
}

export function Explorer({ headless = false }: { headless?: boolean }) {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Pathway Lens</h1>
        <p className="tagline">
          Where cancer drugs act on PI3K/AKT/mTOR and IGF/EGFR/HER2 signalling, and how feedback lets tumours
          escape
        </p>
        <TimescaleSwitch />
      </header>
      <main className="app-main">
        <div className="sidebar left">
          <GivenDrugs />
          <DrugLibrary />
          <ContextPanel />
        </div>
        <Canvas headless={headless} />
        <div className="sidebar right">
          <EffectsPanel />
          <LoopPanel />
        </div>
      </main>
    </div>
  );
}

export function App({
  model = bundledModel(),
  presets = bundledPresets(),
  headless = false,
}: {
  model?: Model;
  presets?: Preset[];
  /** Draw the canvas without a browser canvas (component tests in jsdom). */
  headless?: boolean;
}) {
  return (
    <ModelProvider model={model} presets={presets}>
      <Explorer headless={headless} />
    </ModelProvider>
  );
}
