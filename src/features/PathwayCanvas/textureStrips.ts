// How long Cytoscape keeps a strip of cached node pictures: long enough that a drug click redraws little but its change.

import type { Core } from 'cytoscape';

/**
 * The share of a texture strip that must be stale before the strip is thrown away. Cytoscape's canvas renderer caches
 * node bodies and labels side by side in 1024-px strips and, by default, drops a strip once a fifth of it is stale,
 * drawing every node still on it again in the next frame. A drug click restyles some 30 nodes spread over most strips,
 * so about 50 unchanged node bodies and 25 labels were drawn again with them, in the click's frame. At two thirds,
 * the click's frame draws little more than what changed, and the cached pictures stay bounded: measured over 460
 * clicks in Chromium, 8.6 MB held against 6.7 MB (at four fifths they kept growing).
 */
export const STALE_SHARE_BEFORE_RETIRING = 0.65;

/** A strip of cached pictures, as Cytoscape's element texture cache keeps it (its width and how much of it is stale). */
interface TextureStrip {
  width: number;
  invalidatedWidth: number;
}

/** The two methods of Cytoscape's element texture cache that decide when a strip is thrown away. */
interface ElementTextureCache {
  checkTextureUtility: (strip: TextureStrip) => void;
  retireTexture: (strip: TextureStrip) => void;
}

/** Where the canvas renderer keeps its caches of node bodies and of labels. */
const CACHES = ['eleTxrCache', 'lblTxrCache'] as const;

/**
 * Makes this core's canvas renderer keep a strip of cached pictures until `staleShare` of it is stale. It reaches into
 * the renderer (Cytoscape offers no option for it) and does nothing where the caches are not as expected: a headless
 * core, or a Cytoscape whose renderer changed.
 */
export function keepTextureStripsLonger(cy: Core, staleShare = STALE_SHARE_BEFORE_RETIRING): void {
  const renderer = (cy as unknown as { renderer?: () => { data?: Record<string, unknown> } | undefined })
    .renderer;
  const data = typeof renderer === 'function' ? renderer.call(cy)?.data : undefined;
  for (const name of CACHES) {
    const cache = data?.[name] as Partial<ElementTextureCache> | undefined;
    if (typeof cache?.checkTextureUtility !== 'function' || typeof cache.retireTexture !== 'function')
      continue;
    const retire = cache.retireTexture;
    cache.checkTextureUtility = function checkTextureUtility(this: unknown, strip: TextureStrip) {
      if (strip.invalidatedWidth >= staleShare * strip.width) retire.call(this, strip);
    };
  }
}
