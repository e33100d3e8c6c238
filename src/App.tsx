// The explorer: drug library and context on the left, the network in the middle, effects and loops on the right
// (on a narrow screen the network first, the panels as tabs under it); lecture mode, export and links on top.
import { PanelTabs } from './features/A11y/PanelTabs';
import { SkipLinks } from './features/A11y/SkipLinks';
import { useNarrowScreen } from './features/A11y/useNarrowScreen';
import { ContextPanel, TimescaleSwitch } from './features/Context/ContextPanel';
import { DrugCard } from './features/DrugCard/DrugCard';
import { DrugLibrary } from './features/DrugLibrary/DrugLibrary';
import { EffectsPanel } from './features/Effects/EffectsPanel';
import { PanelBoundary } from './features/Errors/ErrorBoundary';
import { ExportMenu } from './features/Export/ExportMenu';
import { GivenDrugs } from './features/GivenDrugs/GivenDrugs';
import { LectureMode } from './features/Lecture/LectureMode';
import { LoopPanel } from './features/Loops/LoopPanel';
import { ModelProvider } from './features/ModelContext';
import { ExplorerCanvas } from './features/PathwayCanvas/ExplorerCanvas';
import { CopyLinkButton, LinkNotice } from './features/Share/ShareControls';
import { useUrlState } from './features/Share/useUrlState';
import { useFullScreen, useKeepExplorerState, useLectureKeys } from './features/useLectureSession';
import { bundledModel, bundledPresets, bundledStories } from './model/bundled';
import type { Model, Preset, Story } from './model/types';
import { useLectureStore } from './stores/lectureStore';

/** The side panels as a narrow screen's tabs show them. */
const NARROW_PANELS = {
  drugs: (
    <>
      <PanelBoundary name="Given drugs">
        <GivenDrugs />
      </PanelBoundary>
      <PanelBoundary name="Drug library">
        <DrugLibrary />
      </PanelBoundary>
    </>
  ),
  context: (
    <PanelBoundary name="Cell context">
      <ContextPanel />
    </PanelBoundary>
  ),
  effects: (
    <PanelBoundary name="Predicted effects">
      <EffectsPanel />
    </PanelBoundary>
  ),
  loops: (
    <PanelBoundary name="Feedback loops">
      <LoopPanel />
    </PanelBoundary>
  ),
};

export function Explorer({ headless = false, stories }: { headless?: boolean; stories: readonly Story[] }) {
  const lectureActive = useLectureStore((s) => s.active);
  const { ignored, dismiss, received } = useUrlState();
  useLectureKeys(stories);
  useFullScreen(lectureActive && !headless);
  useKeepExplorerState(lectureActive);
  const narrow = useNarrowScreen();
  return (
    <div className="app">
      <SkipLinks />
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
        {!lectureActive && (
          <PanelBoundary name="Export">
            <ExportMenu />
          </PanelBoundary>
        )}
        <CopyLinkButton />
      </header>
      <LinkNotice ignored={ignored} onDismiss={dismiss} received={received} />
      {narrow ? (
        <main className="app-main narrow">
          <PanelBoundary name="The diagram">
            <ExplorerCanvas headless={headless} />
          </PanelBoundary>
          <PanelTabs panels={NARROW_PANELS} />
        </main>
      ) : (
        <main className="app-main">
          <div className="sidebar left">
            <PanelBoundary name="Given drugs">
              <GivenDrugs />
            </PanelBoundary>
            <PanelBoundary name="Drug library">
              <DrugLibrary />
            </PanelBoundary>
            <PanelBoundary name="Cell context">
              <ContextPanel />
            </PanelBoundary>
          </div>
          <PanelBoundary name="The diagram">
            <ExplorerCanvas headless={headless} />
          </PanelBoundary>
          <div className="sidebar right">
            <PanelBoundary name="Predicted effects">
              <EffectsPanel />
            </PanelBoundary>
            <PanelBoundary name="Feedback loops">
              <LoopPanel />
            </PanelBoundary>
          </div>
        </main>
      )}
      <PanelBoundary name="The drug card">
        <DrugCard />
      </PanelBoundary>
      {lectureActive && (
        <PanelBoundary name="Lecture mode">
          <LectureMode />
        </PanelBoundary>
      )}
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
