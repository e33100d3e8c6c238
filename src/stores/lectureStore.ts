// Lecture mode: whether it is on, which story and step, and whether the colours are hidden for predict-then-reveal.
import { create } from 'zustand';
import type { Story } from '../model/types';

export interface LectureState {
  active: boolean;
  story: string | null;
  step: number;
  hidden: boolean;
  /** Bumped when a step opens, so the canvas pulses the step's loop again. */
  pulseKey: number;
}

export interface LectureActions {
  enter: (story?: string | null, step?: number) => void;
  exit: () => void;
  goto: (step: number, steps: number) => void;
  chooseStory: (story: string) => void;
  hide: () => void;
  reveal: () => void;
}

export type LectureStore = LectureState & LectureActions;

export const INITIAL_LECTURE: LectureState = {
  active: false,
  story: null,
  step: 0,
  hidden: false,
  pulseKey: 0,
};

export const useLectureStore = create<LectureStore>()((set) => ({
  ...INITIAL_LECTURE,
  enter: (story = null, step = 0) =>
    set((s) => ({ active: true, story: story ?? s.story, step, hidden: false, pulseKey: s.pulseKey + 1 })),
  exit: () => set({ active: false, hidden: false }),
  goto: (step, steps) =>
    set((s) => {
      const next = Math.max(0, Math.min(steps - 1, step));
      return next === s.step ? s : { step: next, hidden: false, pulseKey: s.pulseKey + 1 };
    }),
  chooseStory: (story) => set((s) => ({ story, step: 0, hidden: false, pulseKey: s.pulseKey + 1 })),
  hide: () => set({ hidden: true }),
  reveal: () => set({ hidden: false }),
}));

/** The story a lecture shows: the chosen one, or the first while none is chosen (or the choice is unknown). */
export function currentStory(stories: readonly Story[], storyId: string | null): Story | undefined {
  return stories.find((s) => s.id === storyId) ?? stories[0];
}
