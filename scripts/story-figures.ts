// Writes a 2× PNG of every lecture story's last step (for slides, and to check each one reads as a figure).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';
import { bundledStories } from '../src/model/bundled';
import { launchBrowser } from '../tests/e2e/browser';

const out = process.argv[2] ?? 'story-figures';
mkdirSync(out, { recursive: true });
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const browser = await launchBrowser();
for (const story of bundledStories()) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${server.resolvedUrls?.local[0]}#v=1&s=${story.id}&step=${story.steps.length}`);
  await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
  await page.waitForTimeout(900);
  const b64 = await page.evaluate(async () => {
    const ex = (window as unknown as { pathwayLensExport: { exportPng: (o: object) => Promise<Blob> } })
      .pathwayLensExport;
    const blob = await ex.exportPng({ scale: 2, background: 'white' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  });
  const file = join(out, `${story.id}.png`);
  writeFileSync(file, Buffer.from(b64, 'base64'));
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
server.httpServer.close();
