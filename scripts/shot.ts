// Dev tool: screenshot the built app at a size after a few steps (click:Name, node:ID, hover:Loop label); HASH=… opens an app link (e.g. HASH="v=1&m=PTEN_loss&d=alpelisib").
import { build, preview } from 'vite';
import { launchBrowser } from '../tests/e2e/browser';

await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? '';
const browser = await launchBrowser();
const [w, h] = (process.argv[2] ?? '1366x768').split('x').map(Number);
const page = await browser.newPage({ viewport: { width: w ?? 1366, height: h ?? 768 } });
await page.goto(`${url}?testHooks${process.env.HASH ? `#${process.env.HASH}` : ''}`);
await page.waitForSelector('[data-testid="pathway-canvas"] canvas');
for (const step of (process.argv[3] ?? '').split(',').filter(Boolean)) {
  if (step.startsWith('click:')) await page.getByRole('button', { name: step.slice(6), exact: true }).click();
  if (step.startsWith('node:'))
    await page.evaluate((id) => {
      window.pathwayLens?.cy?.getElementById(id).emit('tap');
    }, step.slice(5));
  if (step.startsWith('hover:')) await page.getByRole('switch', { name: step.slice(6) }).hover();
  if (step.startsWith('about:')) await page.getByRole('button', { name: `About ${step.slice(6)}` }).click();
  if (step.startsWith('compare:'))
    await page.getByRole('combobox', { name: 'Compare with' }).selectOption(step.slice(8));
  if (step.startsWith('key:')) await page.keyboard.press(step.slice(4));
  if (step.startsWith('wait:')) await page.waitForTimeout(Number(step.slice(5)));
}
await page.waitForTimeout(700);
await page.screenshot({ path: process.argv[4] ?? '/tmp/shot.png' });
await browser.close();
server.httpServer.close();
