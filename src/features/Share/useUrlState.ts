// Keeps the whole state in the URL fragment: restores it on load (reporting what was ignored) and rewrites it after
// each change has been painted.
import { useEffect, useState } from 'react';
import { coalescedAfterPaint } from '../../stores/afterPaint';
import { useLectureStore } from '../../stores/lectureStore';
import { scenarioStateOf, useScenarioStore } from '../../stores/scenarioStore';
import { decodeLink, encodeLink } from '../../stores/urlState';
import { useModelBundle } from '../ModelContext';

/** Writes a pending address change now (set while an explorer is mounted): whatever reads the address calls it first. */
let flushPendingAddress = () => {};

/** The address with every change made so far, even one not yet written (the write waits for the paint). */
export function currentAddress(): string {
  flushPendingAddress();
  return window.location.href;
}

/**
 * Restores state from the current URL once, then mirrors every change into it once the change is on screen (writing
 * the address costs a few milliseconds a click need not wait for); returns what the link could not use.
 */
export function useUrlState(): { ignored: string[]; dismiss: () => void; received: string } {
  const { model, presets, stories } = useModelBundle();
  // Read the link once, before anything rewrites the address (effects may run twice in development).
  const [parsed] = useState(() =>
    decodeLink(
      window.location.hash,
      model,
      new Map(stories.map((s) => [s.id, s.steps.length])),
      new Set(presets.map((p) => p.id)),
    ),
  );
  // The address as it came, before the state is written back: what a notice offers to copy, so nothing is lost.
  const [received] = useState(() => window.location.href);
  const [ignored, setIgnored] = useState(parsed.ignored);
  useEffect(() => {
    const { story, step, ...scenario } = parsed.state;
    if (Object.keys(scenario).length) useScenarioStore.getState().restore(scenario);
    if (story) useLectureStore.getState().enter(story, step ?? 0);
    const write = () => {
      const lecture = useLectureStore.getState();
      const hash = encodeLink({
        ...scenarioStateOf(useScenarioStore.getState()),
        story: lecture.active ? lecture.story : null,
        step: lecture.step,
      });
      if (window.location.hash !== hash) window.history.replaceState(null, '', hash);
    };
    write();
    const writer = coalescedAfterPaint(write);
    const a = useScenarioStore.subscribe(writer.schedule);
    const b = useLectureStore.subscribe(writer.schedule);
    flushPendingAddress = writer.flush;
    window.addEventListener('pagehide', writer.flush);
    return () => {
      a();
      b();
      window.removeEventListener('pagehide', writer.flush);
      writer.flush();
      if (flushPendingAddress === writer.flush) flushPendingAddress = () => {};
    };
  }, [parsed]);
  return { ignored, dismiss: () => setIgnored([]), received };
}
