// Regenerates docs/screenshot.png (and extra sizes on request) from a production build in Chromium.
import { mkdirSync } from 'node:fs';
import { build, preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';

const sizes = process.argv.includes('--all')
  ? [
      { width: 1366, height: 768, file: 'docs/screenshot-1366.png' },
      { width: 1920, height: 1080, file: 'docs/screenshot.png' },
    ]
  : [{ width: 1920, height: 1080, file: 'docs/screenshot.png' }];
const path = process.argv.find((a) => a.startsWith('--path='))?.slice(7) ?? '';

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('no preview address');
const browser = await launchBrowser();
mkdirSync('docs', { recursive: true });
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  await page.goto(url + path);
  await page.waitForSelector('[data-testid="pathway-canvas"] canvas');
  // The picture a lecturer starts from: rapamycin, and why AKT comes back up.
  await page.getByRole('button', { name: 'Rapamycin', exact: true }).click();
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Predicted effects"]')?.getAttribute('aria-busy') === 'false',
  );
  await page.waitForTimeout(800);
  await page.screenshot({ path: size.file });
  console.log(`wrote ${size.file}`);
  await page.close();
}
await browser.close();
server.httpServer.close();
