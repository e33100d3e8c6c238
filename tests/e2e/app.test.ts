// The built app in Chromium: it opens, draws the network on a canvas and logs no errors.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser, painted } from './browser';
import { inkShares, loadImage } from './png';

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(inject('baseUrl'));
  await page.waitForSelector('[data-testid="pathway-canvas"] canvas');
  // the canvas has taken its first prediction, and the browser has painted it
  await page.waitForFunction(() => (window.pathwayLens?.overlays ?? 0) > 0);
  await painted(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('the app in Chromium', () => {
  it('shows its title and draws the pathway (not a blank canvas)', async () => {
    await expect(page.getByRole('heading', { name: 'Pathway Lens' }).isVisible()).resolves.toBe(true);
    const box = await page.locator('[data-testid="pathway-canvas"]').boundingBox();
    expect(box?.width).toBeGreaterThan(600);
    const png = await page.locator('[data-testid="pathway-canvas"]').screenshot();
    await loadImage(page, png);
    const distinct = (await inkShares(page)).dark;
    // labels and node borders: thousands of dark pixels
    expect(distinct).toBeGreaterThan(2000);
  });

  it('logs no errors to the console', () => {
    expect(errors).toEqual([]);
  });
});
