// Whether the window is narrower than a landscape tablet: then the diagram takes the full width and the side panels
// become tabs under it.
import { useSyncExternalStore } from 'react';

/** Below this width (CSS pixels) the explorer uses its one-column layout; styles.css uses the same number. */
export const NARROW_MAX_WIDTH = 900;
const QUERY = `(max-width: ${NARROW_MAX_WIDTH}px)`;

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => undefined;
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function narrowNow(): boolean {
  // jsdom has no matchMedia: component tests see the desktop layout.
  return typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(QUERY).matches;
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, narrowNow, () => false);
}
