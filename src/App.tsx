// The explorer: drug library and context on the left, the network in the middle, effects and loops on the right;
// lecture mode, export and shareable links on top.
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ContextPanel, TimescaleSwitch } from './features/Context/ContextPanel';
import { DrugCard } from './features/DrugCard/DrugCard';
import { DrugLibrary } from './features/DrugLibrary/DrugLibrary';
import { EffectsPanel } from './features/Effects/EffectsPanel';
import { ExportMenu } from './features/Export/ExportMenu';
import { registerExporter } from './features/Export/register';
import { GivenDrugs } from './features/GivenDrugs/GivenDrugs';
import { Inspector } from './features/Inspector/Inspector';
import { LectureMode } from './features/Lecture/LectureMode';
import { Legend } from './features/Legend/Legend';
import { LoopPanel } from './features/Loops/LoopPanel';
import { ModelProvider, useModel } from './features/ModelContext';
import { PathwayCanvas } from './features/PathwayCanvas/PathwayCanvas';
import { CopyLinkButton, LinkNotice } from './features/Share/ShareControls';
import { useUrlState } from './features/Share/useUrlState';
import { useScenarioResult } from './features/useScenarioResult';
import { toOverlay } from './graph/overlay';
import { SCREEN_THEME } from './graph/theme';
import { bundledModel, bundledPresets, bundledStories } from './model/bundled';
import type { Model, Preset, Story } from './model/types';
import { useLectureStore } from './stores/lectureStore';
import { type ScenarioState, selectSelectedNode, useScenarioStore } from './stores/scenarioStore';
import { selectHoveredLoop, useViewStore } from './stores/viewStore';

declare global {
  interface Window {
    /** Test and benchmark hooks: the Cytoscape core on screen and when the canvas last took a new prediction. */
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
  const cyRef = useRef<Core | null>(null);
  const lectureActive = useLectureStore((s) => s.active);
  const onReady = useCallback(
    (cy: Core) => {
      cyRef.current = cy;
      hooks().cy = cy;
      registerExporter(cy, model, SCREEN_THEME);
    },
    [model],
  );
  // Back from lecture mode, this canvas is again the one on screen: export and tests use it.
  useEffect(() => {
    const cy = cyRef.current;
    if (!lectureActive && cy) {
      hooks().cy = cy;
      registerExporter(cy, model, SCREEN_THEME);
    }
  }, [lectureActive, model]);
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

/** Whether a key press belongs to a text field rather than to the app's shortcuts. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** Keyboard: L opens lecture mode; in it → / PageDown, ← / PageUp, number keys, H, R and Esc drive the story. */
function useLectureKeys(stories: Story[]) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      const lecture = useLectureStore.getState();
      if (!lecture.active) {
        if (e.key === 'l' || e.key === 'L') {
          e.preventDefault();
          lecture.enter();
        }
        return;
      }
      const story = stories.find((s) => s.id === lecture.story) ?? stories[0];
      const steps = story?.steps.length ?? 1;
      if (e.key === 'Escape') lecture.exit();
      else if (e.key === 'ArrowRight' || e.key === 'PageDown') lecture.goto(lecture.step + 1, steps);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') lecture.goto(lecture.step - 1, steps);
      else if (/^[1-9]$/.test(e.key)) lecture.goto(Number(e.key) - 1, steps);
      else if (e.key === 'h' || e.key === 'H') lecture.hide();
      else if (e.key === 'r' || e.key === 'R') lecture.reveal();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stories]);
}

/** Full screen while lecturing, where the browser allows it; leaving full screen leaves lecture mode. */
function useFullScreen(active: boolean) {
  useEffect(() => {
    if (!active) {
      if (document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
      return;
    }
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onChange = () => {
      if (!document.fullscreenElement) useLectureStore.getState().exit();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [active]);
}

/** The explorer's own choices are kept while a lecture runs and come back when it ends. */
function useKeepExplorerState(lectureActive: boolean) {
  const saved = useRef<ScenarioState | null>(null);
  useEffect(() => {
    if (lectureActive) {
      const { drugs, mutations, presetId, loopsOff, timescale, selectedNode } = useScenarioStore.getState();
      saved.current = { drugs, mutations, presetId, loopsOff, timescale, selectedNode };
    } else if (saved.current) {
      useScenarioStore.getState().restore(saved.current);
      saved.current = null;
    }
  }, [lectureActive]);
}

export function Explorer({ headless = false, stories }: { headless?: boolean; stories: Story[] }) {
  const lectureActive = useLectureStore((s) => s.active);
  const { ignored, dismiss } = useUrlState();
  useLectureKeys(stories);
  useFullScreen(lectureActive && !headless);
  useKeepExplorerState(lectureActive);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Pathway Lens</h1>
        <p className="tagline">
          Where cancer drugs act on PI3K/AKT/mTOR and IGF/EGFR/HER2 signalling, and how feedback lets tumours
          escape
        </p>
        <TimescaleSwitch />
        <button
          type="button"
          className="header-button primary"
          onClick={() => useLectureStore.getState().enter()}
          title="Lecture mode (L)"
        >
          Lecture
        </button>
        {!lectureActive && <ExportMenu />}
        <CopyLinkButton />
      </header>
      <LinkNotice ignored={ignored} onDismiss={dismiss} />
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
      <DrugCard />
      {lectureActive && <LectureMode />}
    </div>
  );
}

export function App({
  model = bundledModel(),
  presets = bundledPresets(),
  stories = bundledStories(),
  headless = false,
}: {
  model?: Model;
  presets?: Preset[];
  stories?: Story[];
  /** Draw the canvas without a browser canvas (component tests in jsdom). */
  headless?: boolean;
}) {
  return (
    <ModelProvider model={model} presets={presets} stories={stories}>
      <Explorer headless={headless} stories={stories} />
    </ModelProvider>
  );
}
