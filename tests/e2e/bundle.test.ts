// What a first visit downloads, in Chromium: the JavaScript fetched before any interaction stays within the budget, and
// the parts a first view does not show (drug card, inspector, lecture mode, references, export, validator) come later.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { FIRST_LOAD_BUDGET_KB } from '../../scripts/bundle-size';
import { launchBrowser } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every script the page fetches, by chunk name ("DrugCard" for assets/DrugCard-x1y2z3.js), with its gzipped size. */
function recordScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith('.js')) return;
    const name = path.replace(/^.*\/|-[\w-]{8}\.js$/g, '');
    scripts.set(name, 0);
    scripts.set(name, gzipSync(await response.body()).length);
  });
  return scripts;
}

/** Waits until the page has drawn the first prediction and nothing is left to fetch. */
async function settled(page: Page) {
  await page.waitForFunction(() => (window.pathwayLens?.overlays ?? 0) > 0);
  await page.waitForLoadState('networkidle');
}

const ON_DEMAND = [
  'DrugCard',
  'Inspector',
  'LectureMode',
  'references',
  'exporter',
  'validate',
  'explainWorker',
  // opening a network file, and the CSV and PowerPoint writers
  'openNetwork',
  'loadNetwork',
  'saveData',
  'pptxgen.bundle',
];

describe('first load', () => {
  it(`fetches at most ${FIRST_LOAD_BUDGET_KB} kB of gzipped JavaScript, and none of the on-demand parts`, async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const scripts = recordScripts(page);
    await page.goto(inject('baseUrl'));
    await settled(page);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0) / 1000;
    console.info(`first-load JavaScript: ${total.toFixed(1)} kB gzipped in ${scripts.size} files`);
    expect(scripts.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_KB);
    expect(ON_DEMAND.filter((name) => scripts.has(name))).toEqual([]);
    // the first view works without them: the library lists drugs and a click colours the canvas
    await page.getByRole('button', { name: 'Rapamycin', exact: true }).click();
    await page.waitForFunction(
      () => window.pathwayLens?.cy?.getElementById('MTORC1').data('marker') === 'Rapamycin',
    );
    // and the explanations, computed in a worker started by that first click, reach the Predicted effects panel
    const effects = page.getByRole('region', { name: 'Predicted effects' });
    await effects.getByText('AKT pS473').waitFor();
    await expect(effects.textContent()).resolves.toMatch(/relieves the S6K1 ⊣ IRS1 feedback/);
    expect(scripts.has('explainWorker')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fetches each on-demand part when it is first used, and shows it with its references', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const scripts = recordScripts(page);
    await page.goto(inject('baseUrl'));
    await settled(page);

    await page.getByRole('button', { name: 'About Rapamycin' }).click();
    const card = page.getByRole('dialog', { name: 'Rapamycin drug card' });
    await card.waitFor();
    expect(scripts.has('DrugCard')).toBe(true);
    expect(scripts.has('references')).toBe(true);
    expect(scripts.has('Inspector')).toBe(false);
    // the card cites its papers by author and journal, read from the references fetched with it
    await expect(card.getByRole('link').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close drug card' }).click();

    await page.evaluate(() => {
      window.pathwayLens?.cy?.getElementById('MTORC1').emit('tap');
    });
    const inspector = page.getByRole('complementary', { name: 'Inspector: mTORC1' });
    await inspector.waitFor();
    expect(scripts.has('Inspector')).toBe(true);
    expect(scripts.has('LectureMode')).toBe(false);

    await page.keyboard.press('l');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    expect(scripts.has('LectureMode')).toBe(true);
    // the bundled data were checked when the app was built: the validator is never downloaded
    expect(scripts.has('validate')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
