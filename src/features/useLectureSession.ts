// How the explorer hosts lecture mode: its keyboard shortcuts, full screen while it runs, and the explorer's own
// choices kept aside meanwhile.
import { useEffect } from 'react';
import type { Story } from '../model/types';
import { currentStory, useLectureStore } from '../stores/lectureStore';
import { type ScenarioState, scenarioStateOf, useScenarioStore } from '../stores/scenarioStore';

/** Whether a key press belongs to a text field rather than to the app's shortcuts. */
function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el &&
    (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** Keyboard: L opens lecture mode; in it → / PageDown, ← / PageUp, number keys, H, R and Esc drive the story. */
export function useLectureKeys(stories: readonly Story[]) {
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
      const steps = currentStory(stories, lecture.story)?.steps.length ?? 1;
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
export function useFullScreen(active: boolean) {
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

/**
 * The explorer's own choices are kept while a lecture runs and come back when it ends. They are saved the moment
 * lecture mode turns on, inside the store update, because the lecture's first step replaces them in an effect that
 * runs before any effect of this (parent) component could read them.
 */
export function useKeepExplorerState() {
  useEffect(() => {
    let saved: ScenarioState | null = null;
    return useLectureStore.subscribe((lecture, before) => {
      if (lecture.active && !before.active) saved = scenarioStateOf(useScenarioStore.getState());
      else if (!lecture.active && before.active && saved) {
        useScenarioStore.getState().restore(saved);
        saved = null;
      }
    });
  }, []);
}
