// Work deferred until a click's frames are painted: it waits two animation frames, runs once however often it was
// asked for, and a flush or a cancel settles it at once.
import { afterPaint, coalescedAfterPaint } from '../../src/stores/afterPaint';

/** A hand-driven animation-frame clock: `frame()` runs the callbacks waiting for the next frame. */
function frames() {
  let waiting: Array<() => void> = [];
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
    waiting.push(cb);
    return waiting.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => {
    waiting = [];
  });
  return {
    frame: () => {
      const now = waiting;
      waiting = [];
      for (const cb of now) cb();
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterPaint', () => {
  it('runs the work only after two frames and the task that follows them', () => {
    const clock = frames();
    const work = vi.fn();
    afterPaint(work);
    vi.runAllTimers();
    clock.frame();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
    clock.frame();
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('never runs cancelled work, whether cancelled before the frames or between them and the task', () => {
    const clock = frames();
    const early = vi.fn();
    afterPaint(early)();
    const late = vi.fn();
    const cancelLate = afterPaint(late);
    clock.frame();
    clock.frame();
    cancelLate();
    vi.runAllTimers();
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });

  it('runs on the next task where there are no animation frames', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    const work = vi.fn();
    afterPaint(work);
    expect(work).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });
});

describe('coalescedAfterPaint', () => {
  it('runs once for a burst of requests, and again for a request after that run', () => {
    const clock = frames();
    const work = vi.fn();
    const writer = coalescedAfterPaint(work);
    writer.schedule();
    writer.schedule();
    clock.frame();
    writer.schedule();
    clock.frame();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
    writer.schedule();
    clock.frame();
    clock.frame();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('flush runs a pending request at once (and only once); with nothing pending it does nothing', () => {
    const clock = frames();
    const work = vi.fn();
    const writer = coalescedAfterPaint(work);
    writer.flush();
    expect(work).not.toHaveBeenCalled();
    writer.schedule();
    writer.flush();
    expect(work).toHaveBeenCalledTimes(1);
    clock.frame();
    clock.frame();
    vi.runAllTimers();
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a pending request', () => {
    const clock = frames();
    const work = vi.fn();
    const writer = coalescedAfterPaint(work);
    writer.schedule();
    writer.cancel();
    clock.frame();
    clock.frame();
    vi.runAllTimers();
    expect(work).not.toHaveBeenCalled();
  });
});
