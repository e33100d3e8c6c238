// Defers work that nobody sees at once (explanations, the address bar) until a click's frames have been painted.

/**
 * Runs `work` once the browser has painted the next two frames: the frame that shows a change and the one after,
 * so follow-up work never holds up the canvas. Without animation frames (jsdom) it runs on the next task. Returns a
 * function that cancels it.
 */
export function afterPaint(work: () => void): () => void {
  let cancelled = false;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = setTimeout(() => {
      if (!cancelled) work();
    }, 0);
  };
  if (typeof requestAnimationFrame === 'function')
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(run);
    });
  else run();
  return () => {
    cancelled = true;
    if (frame !== undefined && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * Coalesces calls into one run after the next paint: `schedule()` asks for a run (later asks join the pending one),
 * `flush()` runs a pending one now, `cancel()` drops it.
 */
export function coalescedAfterPaint(work: () => void): {
  schedule: () => void;
  flush: () => void;
  cancel: () => void;
} {
  let pending: (() => void) | null = null;
  const run = () => {
    pending = null;
    work();
  };
  return {
    schedule: () => {
      pending ??= afterPaint(run);
    },
    flush: () => {
      if (!pending) return;
      pending();
      run();
    },
    cancel: () => {
      pending?.();
      pending = null;
    },
  };
}
