// Writes, for every lecture story, 2× PNG exports of its last step (whole network, and a 16:9 slide cropped to the
// step's focus with its caption) and screenshots of that step at 1280×720, 1366×768 and 1920×1080; plus the explorer
// at the three sizes. `npx tsx scripts/story-figures.ts [DIR]` (default story-figures/, which git ignores).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { bundledStories } from '../src/model/bundled';
import { launchBrowser } from '../tests/e2e/browser';

const SIZES = [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

const out = process.argv[2] ?? 'story-figures';
mkdirSync(out, { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = `${server.resolvedUrls?.local[0]}?testHooks`;
const browser = await launchBrowser();

/** Waits until the canvas on screen has its prediction, the step's focus marks and no running animation. */
async function settled(page: Page, focus: readonly string[]) {
  await page.waitForFunction((want) => {
    const cy = window.pathwayLens?.cy;
    if (!cy || cy.animated() || (window.pathwayLens?.overlays ?? 0) < 1) return false;
    return want.every((id) => cy.getElementById(id).hasClass('focus'));
  }, focus);
}

/** The exporter's 2× PNG, as the export menu makes it. */
async function exportPng(page: Page, framing: object): Promise<Buffer> {
  const b64 = await page.evaluate(async (options) => {
    const ex = (
      window as unknown as { pathwayLens: { exporter: { exportPng: (o: object) => Promise<Blob> } } }
    ).pathwayLens.exporter;
    const blob = await ex.exportPng({ scale: 2, background: 'white', ...options });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, framing);
  return Buffer.from(b64, 'base64');
}

function save(name: string, content: Buffer) {
  const file = join(out, name);
  writeFileSync(file, content);
  console.log(`wrote ${file}`);
}

for (const story of bundledStories()) {
  const last = story.steps.at(-1);
  if (!last) continue;
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${base}#v=1&s=${story.id}&step=${story.steps.length}`);
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    await settled(page, last.focus);
    save(`${story.id}-lecture-${width}x${height}.png`, await page.screenshot());
    if (width === 1920) {
      save(`${story.id}.png`, await exportPng(page, {}));
      save(`${story.id}-16x9-focus.png`, await exportPng(page, { wide: true, crop: true, caption: true }));
    }
    await page.close();
  }
}
for (const [width, height] of SIZES) {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}#v=1&d=rapamycin:high`);
  await settled(page, []);
  save(`explorer-${width}x${height}.png`, await page.screenshot());
  await page.close();
}
await browser.close();
server.httpServer.close();
