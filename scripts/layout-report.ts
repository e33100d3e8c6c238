// Layout report: which drawn edges pass over nodes that are not theirs, how many edges cross, which edges strike a
// compartment title, which labels overlap. Reads the geometry Chromium draws at 1920×1080 from a production build.
//
//   npx tsx scripts/layout-report.ts            # the report
//   npx tsx scripts/layout-report.ts --json     # the same, as JSON
//   npx tsx scripts/layout-report.ts --crossings # also list every crossing, by edge
//   npx tsx scripts/layout-report.ts --shot=1366x768:/tmp/a.png --shot=1920x1080:/tmp/b.png   # and screenshots
//   npx tsx scripts/layout-report.ts --pathway /tmp/try.json   # a layout tried with layout-edit.ts --out, not yet saved
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin, preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';
import {
  brokenEdges,
  crossingPlaces,
  edgeCrossings,
  foreignPasses,
  type LayoutGeometry,
  nodeOverlaps,
  readLayoutGeometry,
  titleCrossings,
} from './layout-geometry';

/** A screenshot to take: viewport size and file. */
export interface Shot {
  width: number;
  height: number;
  file: string;
}

/**
 * Builds the app into a scratch folder (the tests' dist/ stays untouched), reads the drawn geometry at 1920×1080 and
 * takes the screenshots asked for (untreated, then after clicking the drug named by `click`, if any).
 */
export async function drawnGeometry(
  shots: Shot[] = [],
  click?: string,
  pathwayFile?: string,
): Promise<LayoutGeometry> {
  const outDir = mkdtempSync(join(tmpdir(), 'layout-report-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  // a layout to try: the app bundles this file in place of data/pathway.json
  const tryLayout: Plugin = {
    name: 'layout-report-pathway',
    enforce: 'pre',
    load(id) {
      if (pathwayFile && id.split('?')[0]?.endsWith('/data/pathway.json'))
        return readFileSync(pathwayFile, 'utf8');
    },
  };
  try {
    await build({
      logLevel: 'warn',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
      plugins: [tryLayout],
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    preview: { port: 0, host: '127.0.0.1' },
    build: { outDir },
    logLevel: 'warn',
  });
  const browser = await launchBrowser();
  const open = async (width: number, height: number) => {
    const page = await browser.newPage({ viewport: { width, height } });
    // tsx keeps function names with a helper the page does not have
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.goto(`${server.resolvedUrls?.local[0] ?? ''}?testHooks`);
    await page.waitForFunction(() => window.pathwayLens?.cy !== undefined && window.pathwayLens.overlays > 0);
    if (click) {
      await page.getByRole('button', { name: click, exact: true }).click();
      await page.waitForFunction(() => (window.pathwayLens?.overlays ?? 0) > 1);
    }
    return page;
  };
  try {
    for (const shot of shots) {
      const page = await open(shot.width, shot.height);
      await page.waitForTimeout(700);
      await page.screenshot({ path: shot.file });
      await page.close();
    }
    const page = await open(1920, 1080);
    const geometry = await page.evaluate(readLayoutGeometry);
    if (!geometry) throw new Error('no canvas');
    return geometry;
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The report's numbers and offenders for one geometry. */
export function layoutReport(geometry: LayoutGeometry) {
  const crossings = edgeCrossings(geometry);
  const perEdge = new Map<string, number>();
  for (const c of crossings) for (const id of [c.a, c.b]) perEdge.set(id, (perEdge.get(id) ?? 0) + 1);
  return {
    edges: geometry.edges.length,
    broken: brokenEdges(geometry),
    foreign: foreignPasses(geometry),
    crossings: crossings.length,
    places: crossingPlaces(crossings).length,
    crossingsByEdge: [...perEdge].sort((a, b) => b[1] - a[1]),
    crossingList: crossings,
    titles: titleCrossings(geometry),
    overlaps: nodeOverlaps(geometry),
  };
}

/** Prints a report: counts, then the offenders. */
export function printReport(report: ReturnType<typeof layoutReport>, allCrossings = false): void {
  const foreignCount = report.foreign.reduce((n, f) => n + f.nodes.length, 0);
  console.log(`${report.edges} drawn edges`);
  if (report.broken.length)
    console.log(`${report.broken.length} edges Cytoscape cannot draw: ${report.broken.join(', ')}`);
  console.log(`${report.foreign.length} edges pass over ${foreignCount} foreign nodes`);
  for (const f of report.foreign) console.log(`  ${f.edge.padEnd(28)} over ${f.nodes.join(', ')}`);
  console.log(`${report.crossings} edge–edge crossings at ${report.places} places`);
  for (const [id, n] of report.crossingsByEdge.slice(0, 15)) console.log(`  ${id.padEnd(28)} ${n}`);
  if (allCrossings)
    for (const c of report.crossingList)
      console.log(`  ${c.a} × ${c.b} at (${Math.round(c.at.x)}, ${Math.round(c.at.y)})`);
  console.log(`${report.titles.length} edges strike a compartment title`);
  for (const t of report.titles) console.log(`  ${t.edge.padEnd(28)} through "${t.title}"`);
  console.log(`${report.overlaps.length} overlapping node pairs`);
  for (const o of report.overlaps) console.log(`  ${o}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const shots = process.argv
    .filter((a) => a.startsWith('--shot='))
    .map((a) => {
      const [size = '', file = ''] = a.slice(7).split(':');
      const [width = 1920, height = 1080] = size.split('x').map(Number);
      return { width, height, file };
    });
  const click = process.argv.find((a) => a.startsWith('--click='))?.slice(8);
  const at = process.argv.indexOf('--pathway');
  const report = layoutReport(await drawnGeometry(shots, click, at > 0 ? process.argv[at + 1] : undefined));
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 1));
  else printReport(report, process.argv.includes('--crossings'));
}
