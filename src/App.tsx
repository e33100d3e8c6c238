// The explorer: drug library and context on the left, the network in the middle, effects and loops on the right
// (on a narrow screen the network first, the panels as tabs under it); lecture mode, export, opening a network file
// and links on top.
import { useMemo } from 'react';
import { PanelTabs } from './features/A11y/PanelTabs';
import { SkipLinks } from './features/A11y/SkipLinks';
import { useNarrowScreen } from './features/A11y/useNarrowScreen';
import { ContextPanel, TimescaleSwitch } from './features/Context/ContextPanel';
import { LazyDrugCard } from './features/DrugCard/LazyDrugCard';
import { DrugLibrary } from './features/DrugLibrary/DrugLibrary';
import { EffectsPanel } from './features/Effects/EffectsPanel';
import { PanelBoundary } from './features/Errors/ErrorBoundary';
import { ExportMenu } from './features/Export/ExportMenu';
import { GivenDrugs } from './features/GivenDrugs/GivenDrugs';
import { ClampPanel } from './features/Import/ClampPanel';
import { ImportNotices } from './features/Import/ImportNotices';
import { OpenedBanner } from './features/Import/OpenedBanner';
import { OpenNetworkButton } from './features/Import/OpenNetwork';
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
import { type ShownNetwork, selectNoticeShown, selectOpened, useNetworkStore } from './stores/networkStore';
import { scenarioStateOf, useScenarioStore } from './stores/scenarioStore';

/** The opened network's lecture story, made afresh when lecture mode opens from the state the explorer was left in. */
function useOpenedStories(opened: ShownNetwork | null, lectureActive: boolean): Story[] {
  // biome-ignore lint/correctness/useExhaustiveDependencies: the story is a snapshot taken when lecture mode opens
  return useMemo(
    () => (opened ? [opened.makeStory(scenarioStateOf(useScenarioStore.getState()))] : []),
    [opened, lectureActive],
  );
}

/** The cell context, or the knock-out switches of an opened network. */
function ContextOrClamps({ opened }: { opened: boolean }) {
  return (
    <PanelBoundary name={opened ? 'Knock-outs' : 'Cell context'}>
      {opened ? <ClampPanel /> : <ContextPanel />}
    </PanelBoundary>
  );
}

/** The side panels, each in its own error boundary: the wide layout's columns and a narrow screen's tabs. */
const sidePanels = (opened: boolean) => ({
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
  context: <ContextOrClamps opened={opened} />,
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
});

export function Explorer({ headless = false, stories }: { headless?: boolean; stories: readonly Story[] }) {
  const lectureActive = useLectureStore((s) => s.active);
  const opened = useNetworkStore(selectOpened) !== null;
  const noticeShown = useNetworkStore(selectNoticeShown);
  const { ignored, dismiss, received } = useUrlState();
  useLectureKeys(stories);
  useFullScreen(lectureActive && !headless);
  useKeepExplorerState();
  const narrow = useNarrowScreen();
  const panels = sidePanels(opened);
  const diagram = (
    <PanelBoundary name="The diagram">
      <ExplorerCanvas headless={headless} />
    </PanelBoundary>
  );
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
        <OpenNetworkButton />
        {!lectureActive && (
          <PanelBoundary name="Export">
            <ExportMenu />
          </PanelBoundary>
        )}
        <CopyLinkButton />
      </header>
      <LinkNotice ignored={ignored} onDismiss={dismiss} received={received} />
      {noticeShown && <ImportNotices />}
      {opened && <OpenedBanner />}
      {narrow ? (
        <main className="app-main narrow">
          {diagram}
          <PanelTabs panels={panels} />
        </main>
      ) : (
        <main className="app-main">
          <div className="sidebar left">
            {panels.drugs}
            {panels.context}
          </div>
          {diagram}
          <div className="sidebar right">
            {panels.effects}
            {panels.loops}
          </div>
        </main>
      )}
      <PanelBoundary name="The drug card">
        <LazyDrugCard />
      </PanelBoundary>
      {lectureActive && (
        <PanelBoundary name="Lecture mode">
          <LazyLectureMode />
        </PanelBoundary>
      )}
    </div>
  );
}

const NO_PRESETS: Preset[] = [];

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
  const opened = useNetworkStore(selectOpened);
  const lectureActive = useLectureStore((s) => s.active);
  const openedStories = useOpenedStories(opened, lectureActive);
  const shown = opened
    ? { model: opened.model, presets: NO_PRESETS, stories: openedStories }
    : { model, presets, stories };
  // A new model mounts a new explorer: its canvas, link state and panels start from that model.
  return (
    <ModelProvider key={opened ? `file:${opened.fileName}` : 'bundled'} {...shown}>
      <Explorer headless={headless} stories={shown.stories} />
    </ModelProvider>
  );
}
