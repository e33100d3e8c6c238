// A value that follows its source once the change has been painted: for costly views nobody needs in the click's frame.
import { useEffect, useState } from 'react';
import { afterPaint } from '../stores/afterPaint';

/**
 * `value`, but a change reaches the caller only after the next two frames have been painted (see afterPaint), so a
 * costly derivation from it (the inspector's time course) never delays the canvas. `stale` is true meanwhile.
 */
export function usePaintedValue<T>(value: T): { value: T; stale: boolean } {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterPaint(() => setPainted(value));
  }, [painted, value]);
  return { value: painted, stale: !Object.is(painted, value) };
}
