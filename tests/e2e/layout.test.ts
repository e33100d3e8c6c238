// The layout as Chromium draws it at 1920×1080: no edge runs over a node that is not its own (it would read as a false
// link), few edges cross, and no edge strikes a compartment title. The geometry is Cytoscape's own: edge endpoints and
// segment or control points as the renderer reports them (scripts/layout-geometry.ts, shared with the layout report).
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import {
  brokenEdges,
  crossingPlaces,
  edgeCrossings,
  foreignPasses,
  type LayoutGeometry,
  readLayoutGeometry,
  titleCrossings,
} from '../../scripts/layout-geometry';
import { launchBrowser } from './browser';

/**
 * Edge–edge crossings of the hand-placed layout before it was re-placed and routed (65 nodes, 131 edges, 114 of them
 * drawn; 51 drawn edges then passed over 111 foreign nodes), counted as this file counts them: 154 crossings at 132
 * places. The issue asks for a third of that (51). The first re-placed layout had 125, 132 once ERK ⊣ p27 came in. The
 * second pass (ERK's feedback to EGFR rises left of the MAPK column and its feedback to HER3 round the right; the
 * GRB2/SOS and SRC funnels meet above their targets; FOXO3a sits between survivin and p27; the inputs to proliferation
 * and to apoptosis run on shared buses) brings it to 99 at 54 places, every one a real crossing: no line is routed
 * through another edge's bend to hide one. Most of what is left is structural: AKT's outputs fan right while ERK's fan
 * left, HER3 → PI3K and IGF-1R → SRC cross the ERBB funnels, and GPCR → PI3Kβ has to cross the feedback bus on the left.
 * Two edges came with the model after that pass: AKT ⊣ HER3 (Chandarlapaty 2011) runs from AKT under the MAPK column and
 * up the right-hand side beside ERK ⊣ HER3 (ten more), and ERK → S6 (RSK, Roux 2007) follows ERK's trunk and the
 * proliferation bus back to S6 (nine more): 118 at 59 places. HER2 level → HER3 (the ligand-independent HER2–HER3
 * complex needs crowded HER2, Junttila 2009) runs from the HER2-level node over heregulin → HER2, which any line from
 * left of that edge to HER3 must cross (one more): 119 at 60 places. PTEN ⊣ GRB2/SOS (PTEN dephosphorylates Shc, Gu
 * 1998) has to reach GRB2/SOS past the PI3Kα–RAS pair, SRC → PI3K and ERK's feedback to EGFR, which fence it off from
 * PTEN on every side (four more): 123 at 64 places.
 */
const CROSSINGS_BEFORE = 154;
const CROSSINGS_CEILING = 123;

let browser: Browser;
let geometry: LayoutGeometry;

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(inject('baseUrl'));
  await page.waitForFunction(() => window.pathwayLens?.cy !== undefined && window.pathwayLens.overlays > 0);
  const drawn = await page.evaluate(readLayoutGeometry);
  if (!drawn) throw new Error('no canvas');
  geometry = drawn;
  await page.close();
});
afterAll(async () => {
  await browser?.close();
});

describe('the layout at 1920×1080', () => {
  it('reads the drawn network: every node, the visible edges, the five compartment titles', () => {
    expect(brokenEdges(geometry)).toEqual([]);
    expect(geometry.nodes.length).toBeGreaterThan(60);
    expect(geometry.edges.length).toBeGreaterThan(100);
    expect(geometry.titles.map((t) => t.label).sort()).toEqual([
      'Cytoplasm',
      'Extracellular',
      'Nucleus and cell fate',
      'Plasma membrane',
      'Whole body',
    ]);
    // an edge between a protein and its own site is drawn as the protein's box, not as a line
    expect(geometry.edges.map((e) => e.id)).not.toContain('AKT_pS473-AKT');
    // routed edges are drawn through their waypoints
    expect(geometry.edges.find((e) => e.id === 'S6K1-IRS1_pS636')?.kind).toBe('segments');
  });

  it('no drawn edge passes over a node that is neither its end nor its end’s protein or site', () => {
    expect(foreignPasses(geometry)).toEqual([]);
  });

  it(`edges cross no more often than the re-placed layout does (${CROSSINGS_CEILING}; before: ${CROSSINGS_BEFORE})`, () => {
    const crossings = edgeCrossings(geometry);
    console.log(
      `edge–edge crossings at 1920×1080: ${crossings.length} at ${crossingPlaces(crossings).length} places ` +
        `(before the re-layout: ${CROSSINGS_BEFORE} at 132 places; target: ${Math.floor(CROSSINGS_BEFORE / 3)})`,
    );
    expect(crossings.length).toBeLessThanOrEqual(CROSSINGS_CEILING);
  });

  it('no edge strikes a compartment title', () => {
    expect(titleCrossings(geometry)).toEqual([]);
  });
});
