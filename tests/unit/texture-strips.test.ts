// How long the canvas keeps a strip of cached node pictures: until the set share of it is stale, and a headless core
// (no canvas renderer) is left alone.
import type { Core } from 'cytoscape';
import cytoscape from 'cytoscape';
import {
  keepTextureStripsLonger,
  STALE_SHARE_BEFORE_RETIRING,
} from '../../src/features/PathwayCanvas/textureStrips';

type Strip = { width: number; invalidatedWidth: number };

/** A core whose renderer has the two picture caches, each retiring a strip the way Cytoscape's does by default. */
function coreWithCaches() {
  const retired: Array<{ cache: string } & Strip> = [];
  const cache = (name: string) => ({
    retireTexture(strip: Strip) {
      retired.push({ cache: name, ...strip });
    },
    checkTextureUtility(this: { retireTexture: (s: Strip) => void }, strip: Strip) {
      if (strip.invalidatedWidth >= 0.2 * strip.width) this.retireTexture(strip);
    },
  });
  const data = { eleTxrCache: cache('bodies'), lblTxrCache: cache('labels') };
  const cy = { renderer: () => ({ data }) } as unknown as Core;
  return { cy, data, retired };
}

describe('keepTextureStripsLonger', () => {
  it('keeps a strip of node bodies or labels until the set share of it is stale, then retires it', () => {
    const { cy, data, retired } = coreWithCaches();
    keepTextureStripsLonger(cy);
    const stale = (share: number) => ({ width: 1024, invalidatedWidth: Math.round(share * 1024) });
    data.eleTxrCache.checkTextureUtility(stale(0.2));
    data.lblTxrCache.checkTextureUtility(stale(STALE_SHARE_BEFORE_RETIRING - 0.01));
    expect(retired).toEqual([]);
    data.eleTxrCache.checkTextureUtility(stale(STALE_SHARE_BEFORE_RETIRING));
    data.lblTxrCache.checkTextureUtility(stale(0.9));
    expect(retired.map((r) => r.cache)).toEqual(['bodies', 'labels']);
  });

  it('leaves a headless core, which has no canvas renderer, working', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: [{ data: { id: 'a' } }] });
    expect(() => keepTextureStripsLonger(cy)).not.toThrow();
    cy.getElementById('a').data('label', 'A');
    expect(cy.getElementById('a').data('label')).toBe('A');
    cy.destroy();
  });
});
