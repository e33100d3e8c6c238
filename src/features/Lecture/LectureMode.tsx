// Lecture mode: a full-screen projector view that steps through guided stories, with captions, focus, loop pulses
// and predict-then-reveal (H hides the colours, R shows them).
import type { Core } from 'cytoscape';
import { type RefObject, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Overlay } from '../../graph/elements';
import { toOverlay } from '../../graph/overlay';
import { PROJECTOR_THEME } from '../../graph/theme';
import type { Model, StoryStep } from '../../model/types';
import { currentStory, useLectureStore } from '../../stores/lectureStore';
import { type GivenDrugChoice, useScenarioStore } from '../../stores/scenarioStore';
import { testHooks } from '../../testHooks';
import { useModalDialog } from '../A11y/useModalDialog';
import { ExportMenu } from '../Export/ExportMenu';
import { registerExporter } from '../Export/register';
import { LectureLegend } from '../Legend/LectureLegend';
import { useModelBundle } from '../ModelContext';
import { CanvasTools, PathwayCanvas } from '../PathwayCanvas/PathwayCanvas';
import { ReferenceList } from '../References/ReferenceLink';
import { useScenarioResult } from '../useScenarioResult';

/** The scenario a story step sets. */
export function stepScenario(model: Model, step: StoryStep) {
  const drugs: GivenDrugChoice[] = step.drugs.map((d) => {
    const drug = model.drugById.get(d.drug);
    const dose = typeof d.dose === 'number' || !drug?.doses ? d.dose : drug.doses[d.dose].nM;
    return { drugId: d.drug, dose };
  });
  return {
    drugs,
    mutations: step.mutations,
    presetId: null,
    loopsOff: step.loopsOff,
    timescale: step.timescale,
    selectedNode: null,
  };
}

/** Colours hidden: the drug markers stay (where the drug acts is the question, not the answer). */
function hiddenOverlay(overlay: Overlay): Overlay {
  return { ...overlay, reference: new Map(), value: new Map(), block: new Map(), outputBlock: new Map() };
}

/** Step arrows, hide/reveal, zoom, export and exit: the lecture bar's buttons (zoom here, not over the diagram). */
function LectureActions({
  step,
  stepCount,
  hidden,
  goto,
  cyRef,
}: {
  step: number;
  stepCount: number;
  hidden: boolean;
  goto: (n: number) => void;
  cyRef: RefObject<Core | null>;
}) {
  return (
    <div className="lecture-actions">
      <button type="button" onClick={() => goto(step - 1)} disabled={step === 0} aria-label="Previous step">
        ←
      </button>
      <button
        type="button"
        onClick={() => goto(step + 1)}
        disabled={step === stepCount - 1}
        aria-label="Next step"
      >
        →
      </button>
      {hidden ? (
        <button type="button" onClick={() => useLectureStore.getState().reveal()}>
          Reveal (R)
        </button>
      ) : (
        <button type="button" onClick={() => useLectureStore.getState().hide()}>
          Hide colours (H)
        </button>
      )}
      <CanvasTools cyRef={cyRef} />
      <ExportMenu />
      {/* Named by its visible text (a speech user says what they see); "Exit" is the lecture's own word. */}
      <button type="button" onClick={() => useLectureStore.getState().exit()}>
        Exit lecture (Esc)
      </button>
    </div>
  );
}

/** The caption bar: where in the story we are, the step's caption (held back while colours are hidden) and references. */
function LectureCaption({
  model,
  storyTitle,
  step,
  stepCount,
  current,
  hidden,
}: {
  model: Model;
  storyTitle: string;
  step: number;
  stepCount: number;
  current: StoryStep;
  hidden: boolean;
}) {
  return (
    // A div, not a footer: inside the dialog a <footer> would be a second contentinfo landmark.
    <div className="caption-bar" aria-live="polite" data-testid="lecture-caption">
      <div className="caption-head">
        <span className="caption-count">
          {storyTitle} · step {step + 1} of {stepCount}
        </span>
        {current.title && <h2>{current.title}</h2>}
      </div>
      {hidden ? (
        // Predict-then-reveal: the caption states the answer, so it waits for R like the colours do.
        <p className="caption-text predict-prompt">
          Predict: which nodes go up, which go down? Press R to reveal the colours and the explanation.
        </p>
      ) : (
        <p className="caption-text">{current.caption}</p>
      )}
      {/* The legend shares the references' line, so it takes no height from the diagram. */}
      <div className="caption-foot">
        <p className="caption-refs">
          <ReferenceList model={model} ids={current.references} separator=" · " />
        </p>
        <LectureLegend theme={PROJECTOR_THEME} />
      </div>
    </div>
  );
}

export function LectureMode() {
  const { model, stories } = useModelBundle();
  const { story: storyId, step, hidden, pulseKey } = useLectureStore();
  const story = stories.find((s) => s.id === storyId) ?? stories[0];
  const current = story?.steps[step];
  const result = useScenarioResult();
  const overlay = useMemo(() => toOverlay(model, result), [model, result]);
  const dialogRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  // A modal dialog: it takes the focus, keeps Tab inside, makes the explorer inert and gives the focus back on exit.
  useModalDialog(dialogRef, true);
  const onReady = useCallback(
    (cy: Core) => {
      cyRef.current = cy;
      // A step's export can carry its caption (not while the answer is hidden) and be cropped to its focus.
      registerExporter(cy, model, PROJECTOR_THEME, () => {
        const lecture = useLectureStore.getState();
        const shown = currentStory(stories, lecture.story)?.steps[lecture.step];
        if (!shown) return {};
        return { focus: shown.focus, ...(lecture.hidden ? {} : { caption: shown.caption }) };
      });
      // The lecture canvas is the one on screen now (tests and benchmarks read it through the test hooks).
      testHooks.canvasShown(cy);
    },
    [model, stories],
  );

  useEffect(() => {
    if (story && !storyId) useLectureStore.getState().chooseStory(story.id);
  }, [story, storyId]);
  useEffect(() => {
    if (current) useScenarioStore.getState().restore(stepScenario(model, current));
  }, [model, current]);

  if (!story || !current) return null;
  const goto = (n: number) => useLectureStore.getState().goto(n, story.steps.length);
  return (
    <div className="lecture" role="dialog" aria-modal="true" aria-label="Lecture mode" ref={dialogRef}>
      {/* A div, not a header: inside the dialog a <header> would be a second banner landmark. */}
      <div className="lecture-bar">
        <select
          aria-label="Story"
          value={story.id}
          onChange={(e) => useLectureStore.getState().chooseStory(e.target.value)}
          className="story-select"
        >
          {stories.map((s, i) => (
            <option key={s.id} value={s.id}>
              {i + 1}. {s.title}
            </option>
          ))}
        </select>
        <nav className="steps" aria-label="Steps">
          {story.steps.map((s, i) => (
            <button
              type="button"
              // Steps are a fixed, ordered list: their position is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: steps never reorder
              key={`${story.id}-${i}`}
              className={i === step ? 'on' : ''}
              aria-current={i === step ? 'step' : undefined}
              aria-label={`Step ${i + 1}${s.title ? `: ${s.title}` : ''}`}
              onClick={() => goto(i)}
            >
              {i + 1}
            </button>
          ))}
        </nav>
        <LectureActions
          step={step}
          stepCount={story.steps.length}
          hidden={hidden}
          goto={goto}
          cyRef={cyRef}
        />
      </div>
      <div className="lecture-canvas">
        <PathwayCanvas
          model={model}
          overlay={hidden ? hiddenOverlay(overlay) : overlay}
          theme={PROJECTOR_THEME}
          focus={hidden ? [] : current.focus}
          pulse={current.pulse && !hidden ? { loop: current.pulse, key: pulseKey } : null}
          onReady={onReady}
        />
      </div>
      <LectureCaption
        model={model}
        storyTitle={story.title}
        step={step}
        stepCount={story.steps.length}
        current={current}
        hidden={hidden}
      />
    </div>
  );
}
