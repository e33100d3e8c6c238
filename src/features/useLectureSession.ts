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

/** Whether a key press types text (a text field), where letters, arrows and Esc keep their editing meaning. */
function typingText(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.tagName === 'TEXTAREA' || el.isContentEditable) return true;
  return (
    el.tagName === 'INPUT' &&
    !['radio', 'checkbox', 'range', 'button'].includes((el as HTMLInputElement).type)
  );
}

/** The lecture's action for a key, or null for a key it leaves alone. */
function lectureAction(key: string, stories: readonly Story[]): (() => void) | null {
  const lecture = useLectureStore.getState();
  const steps = currentStory(stories, lecture.story)?.steps.length ?? 1;
  if (key === 'Escape') return lecture.exit;
  if (key === 'ArrowRight' || key === 'PageDown') return () => lecture.goto(lecture.step + 1, steps);
  if (key === 'ArrowLeft' || key === 'PageUp') return () => lecture.goto(lecture.step - 1, steps);
  if (/^[1-9]$/.test(key)) return () => lecture.goto(Number(key) - 1, steps);
  if (key === 'h' || key === 'H') return lecture.hide;
  if (key === 'r' || key === 'R') return lecture.reveal;
  return null;
}

/**
 * Keyboard: L opens lecture mode; in it → / PageDown, ← / PageUp, number keys, H, R and Esc drive the story whatever
 * has the focus in the lecture (the story list too: heard first, in the capture phase, so the list does not take →
 * as "next story"), except a text field, and a radio button's own ← →.
 */
export function useLectureKeys(stories: readonly Story[]) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (!useLectureStore.getState().active) {
        if ((e.key === 'l' || e.key === 'L') && !typing(e.target)) {
          e.preventDefault();
          useLectureStore.getState().enter();
        }
        return;
      }
      if (typingText(e.target)) return;
      // Esc in the open export menu closes the menu (its own handler), not the lecture.
      if (e.key === 'Escape' && (e.target as HTMLElement | null)?.closest?.('.export-panel')) return;
      const radio = (e.target as HTMLInputElement | null)?.type === 'radio';
      if (radio && e.key.startsWith('Arrow')) return;
      const action = lectureAction(e.key, stories);
      if (!action) return;
      e.preventDefault();
      e.stopPropagation();
      action();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
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
