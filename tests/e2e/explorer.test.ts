// The explorer in Chromium: a rapalog's feedback, the loop switch, an mTOR kinase inhibitor, canvas pixels, label overlap.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type AppTab, launchBrowser, openTab, painted } from './browser';
import { loadImage, pixel } from './png';

let browser: Browser;
let tab: AppTab;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openTab(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, height: number): Promise<Page> {
  const page = await tab.open(inject('baseUrl'), { width, height });
  await page.waitForFunction(() => window.pathwayLens?.cy !== undefined && window.pathwayLens.overlays > 0);
  await painted(page);
  return page;
}

/** How many predictions the canvas has taken so far (the app's own counter). */
const overlays = (page: Page) => page.evaluate(() => window.pathwayLens?.overlays ?? 0);

/** Clicks and waits until the canvas has taken the new prediction and painted it. */
async function clickAndDraw(page: Page, click: () => Promise<void>) {
  const before = await overlays(page);
  await click();
  await page.waitForFunction((n) => (window.pathwayLens?.overlays ?? 0) > n, before);
  await painted(page);
}

/** The colour drawn at the centre of a node, read from a screenshot of the canvas. */
async function pixelAt(page: Page, nodeId: string): Promise<[number, number, number]> {
  const point = await page.evaluate((id) => {
    const cy = window.pathwayLens?.cy;
    const p = cy?.getElementById(id).renderedPosition();
    const box = cy?.container()?.getBoundingClientRect();
    return p && box ? { x: box.left + p.x, y: box.top + p.y } : null;
  }, nodeId);
  if (!point) throw new Error(`no node ${nodeId}`);
  // a few pixels left of centre, to sample fill rather than the label
  const clip = { x: Math.round(point.x) - 14, y: Math.round(point.y) - 2, width: 4, height: 4 };
  const png = await page.screenshot({ clip });
  await loadImage(page, png);
  const hex = await pixel(page, 1, 1);
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** The readouts the "Predicted effects" panel lists once it has caught up with the current choices. */
async function effects(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () => document.querySelector('[aria-label="Predicted effects"]')?.getAttribute('aria-busy') === 'false',
  );
  return page
    .getByRole('region', { name: 'Predicted effects' })
    .locator('li[data-readout]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-readout') ?? ''));
}

/** The text of one readout's row; fails when the panel does not list it. */
async function effect(page: Page, readout: string): Promise<string> {
  expect(await effects(page)).toContain(readout);
  const row = page
    .getByRole('region', { name: 'Predicted effects' })
    .locator(`li[data-readout="${readout}"]`);
  return (await row.textContent()) ?? '';
}

describe('a lecturer explores rapalog feedback', () => {
  it('rapamycin: AKT pS473 up because of the S6K1–IRS1 loop; loop off: no longer up; PP242: down; AKT changes colour', async () => {
    const page = await open(1366, 768);
    const untreated = await pixelAt(page, 'AKT_pS473');

    await clickAndDraw(page, () => page.getByRole('button', { name: 'Rapamycin', exact: true }).click());
    const rapa = await effect(page, 'AKT_pS473');
    expect(rapa).toMatch(/AKT pS473\s*up/);
    expect(rapa).toContain('S6K1 ⊣ IRS1');
    const marker = await page.evaluate(() =>
      window.pathwayLens?.cy?.getElementById('marker-MTORC1').data('marker'),
    );
    expect(marker).toBe('Rapamycin');
    const rapaColour = await pixelAt(page, 'AKT_pS473');
    expect(rapaColour[0]).toBeGreaterThan(rapaColour[2] + 20); // orange: up

    await page.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }).click();
    await expect(
      page.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }).getAttribute('aria-checked'),
    ).resolves.toBe('false');
    // loop off: AKT pS473 is no longer listed as changed, while the panel still lists mTORC1's own outputs
    expect(await effects(page)).not.toContain('AKT_pS473');
    expect(await effect(page, 'S6K1_pT389')).toMatch(/S6K1 pT389\s*down/);

    await page.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }).click();
    await clickAndDraw(page, () => page.getByRole('button', { name: 'PP242', exact: true }).click());
    expect(await effect(page, 'AKT_pS473')).toMatch(/AKT pS473\s*down/);
    const ppColour = await pixelAt(page, 'AKT_pS473');
    expect(ppColour[2]).toBeGreaterThan(ppColour[0] + 20); // blue: down
    expect(ppColour).not.toEqual(untreated);
  });
});

describe('the diagram reads at lecture sizes', () => {
  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`no two labels overlap at ${w}×${h}`, async () => {
      const page = await open(w, h);
      await clickAndDraw(page, () => page.getByRole('button', { name: 'Rapamycin', exact: true }).click());
      const overlaps = await page.evaluate(() => {
        const cy = window.pathwayLens?.cy;
        if (!cy) return ['no canvas'];
        const nodes = cy.nodes().filter((n) => !n.hasClass('band') && n.visible() && !n.isParent());
        const boxes = nodes.map((n) => ({ id: n.id(), b: n.boundingBox({ includeLabels: true }) }));
        const found: string[] = [];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const c = boxes[j];
            if (!a || !c) continue;
            const overlap =
              a.b.x1 < c.b.x2 - 1 && c.b.x1 < a.b.x2 - 1 && a.b.y1 < c.b.y2 - 1 && c.b.y1 < a.b.y2 - 1;
            if (overlap) found.push(`${a.id} × ${c.id}`);
          }
        return found;
      });
      expect(overlaps).toEqual([]);
      const zoom = await page.evaluate(() => window.pathwayLens?.cy?.zoom() ?? 0);
      // node labels are 20 px in model units: at least 10 px on screen
      expect(zoom * 20).toBeGreaterThanOrEqual(10);
    });
  }

  it('hovering a loop highlights its edges on the canvas', async () => {
    const page = await open(1366, 768);
    await page.getByRole('switch', { name: 'ERK ⊣ RAF/SOS feedback' }).hover();
    const highlighted = await page.evaluate(() =>
      window.pathwayLens?.cy
        ?.edges('.highlighted')
        .map((e) => e.id())
        .sort(),
    );
    expect(highlighted).toEqual(['ERK-GRB2_SOS', 'ERK-RAF']);
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => window.pathwayLens?.cy?.edges('.highlighted').length === 0);
    expect(await page.evaluate(() => window.pathwayLens?.cy?.elements('.faded').length)).toBe(0);
  });

  it('zooms, pans and fits', async () => {
    const page = await open(1366, 768);
    const view = () =>
      page.evaluate(() => {
        const cy = window.pathwayLens?.cy;
        return { zoom: cy?.zoom() ?? 0, x: cy?.pan().x ?? 0, y: cy?.pan().y ?? 0 };
      });
    const fitted = await view();
    // drag the background (the left margin, outside every node at the fitted zoom) 150 px right and 80 px down
    const box = await page.locator('[data-testid="pathway-canvas"]').boundingBox();
    if (!box) throw new Error('no canvas');
    const from = { x: box.x + 6, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 75, from.y + 40, { steps: 5 });
    await page.mouse.move(from.x + 150, from.y + 80, { steps: 5 });
    await page.mouse.up();
    const panned = await view();
    expect(panned.zoom).toBeCloseTo(fitted.zoom, 6);
    expect(panned.x - fitted.x).toBeCloseTo(150, 0);
    expect(panned.y - fitted.y).toBeCloseTo(80, 0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    expect((await view()).zoom).toBeCloseTo(fitted.zoom * 1.25, 6);
    await page.getByRole('button', { name: 'Fit to view' }).click();
    const refitted = await view();
    expect(refitted.zoom).toBeCloseTo(fitted.zoom, 3);
    expect(refitted.x).toBeCloseTo(fitted.x, 0);
    expect(refitted.y).toBeCloseTo(fitted.y, 0);
  });
});

describe('the explorer under lecture mode', () => {
  it('is not redrawn while the lecture covers it, and takes the explorer state back when the lecture closes', async () => {
    const page = await open(1366, 768);
    const before = await overlays(page);
    await page.keyboard.press('l');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    const framings = () => page.evaluate(() => window.pathwayLens?.framings ?? 0);
    for (let step = 0; step < 3; step++) {
      const framed = await framings();
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => (window.pathwayLens?.framings ?? 0) > n, framed);
    }
    // three lecture steps went through the shared scenario store; the hidden explorer canvas took none of them
    expect(await overlays(page)).toBe(before);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor({ state: 'detached' });
    await page.waitForFunction((n) => (window.pathwayLens?.overlays ?? 0) > n, before);
  });
});
