// The explorer: drug library and context on the left, the network in the middle, effects and loops on the right;
// lecture mode, export and shareable links on top.
import { ContextPanel, TimescaleSwitch } from './features/Context/ContextPanel';
import { LazyDrugCard } from './features/DrugCard/LazyDrugCard';
import { DrugLibrary } from './features/DrugLibrary/DrugLibrary';
import { EffectsPanel } from './features/Effects/EffectsPanel';
import { ExportMenu } from './features/Export/ExportMenu';
import { GivenDrugs } from './features/GivenDrugs/GivenDrugs';
import { LazyLectureMode } from './features/Lecture/LazyLectureMode';
import { LoopPanel } from './features/Loops/LoopPanel';
import { ModelProvider } from './features/ModelContext';
import { ExplorerCanvas } from './features/PathwayCanvas/ExplorerCanvas';
import { CopyLinkButton, LinkNotice } from './features/Share/ShareControls';
import { useUrlState } from './features/Share/useUrlState';
import { useFullScreen, useKeepExplorerState, useLectureKeys } from './features/useLectureSession';
import { bundledData } from './model/bundledData';
import type { Model, Preset, Story } from './model/types';
import { useLectureStore } from './stores/lectureStore';

export function Explorer({ headless = false, stories }: { headless?: boolean; stories: readonly Story[] }) {
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
        <ExplorerCanvas headless={headless} />
        <div className="sidebar right">
          <EffectsPanel />
          <LoopPanel />
        </div>
      </main>
      <LazyDrugCard />
      {lectureActive && <LazyLectureMode />}
    </div>
  );
}

export function App({
  model = bundledData().model,
  presets = bundledData().presets,
  stories = bundledData().stories,
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
