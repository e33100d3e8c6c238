// The built app in Chromium: it opens, draws the network on a canvas and logs no errors.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser';

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
  await page.waitForTimeout(500);
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
    const distinct = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4)
        if ((data[i] as number) < 100 && (data[i + 1] as number) < 100) dark++;
      return dark;
    }, png.toString('base64'));
    // labels and node borders: thousands of dark pixels
    expect(distinct).toBeGreaterThan(2000);
  });

  it('logs no errors to the console', () => {
    expect(errors).toEqual([]);
  });
});
