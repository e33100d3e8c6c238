// Lecture mode with the keyboard, links that round-trip or fail gracefully, and no request leaving the page's origin.
// (Figure export has its own file: export.test.ts.)
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import scenarios from '../../data/scenarios.json';
import { type AppTab, launchBrowser, lectureFocusShown, openTab } from './browser';

let browser: Browser;
let tab: AppTab;
const base = () => inject('baseUrl');
/**
 * Every request the file's tabs have sent to another origin, in any test: a resource fetched once would come from the
 * cache in later documents of the same tab, so the list runs over the whole file.
 */
const foreign: string[] = [];

/** Records in `foreign` every request this page sends to another origin. */
function watchForeign(page: Page) {
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(base()) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openTab(browser, { acceptDownloads: true });
  watchForeign(tab.page);
});
afterAll(async () => {
  await browser?.close();
});

/** Loads the app at this link and size in the file's tab. */
async function open(hash = '', width = 1366, height = 768) {
  const page = await tab.open(base() + hash, { width, height });
  await page.waitForFunction(() => window.pathwayLens?.cy !== undefined);
  return { page, errors: tab.errors, foreign };
}

const caption = (page: Page) => page.getByTestId('lecture-caption').textContent();

describe('lecture mode', () => {
  it('opens with L, steps with the keyboard, hides and reveals colours, and closes with Esc', async () => {
    const { page, errors } = await open('', 1920, 1080);
    await page.keyboard.press('l');
    const dialog = page.getByRole('dialog', { name: 'Lecture mode' });
    await dialog.waitFor();
    const first = await caption(page);
    expect(first).toContain('step 1 of');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    const third = await caption(page);
    expect(third).toContain('step 3 of');
    expect(third).not.toEqual(first);
    await page.keyboard.press('ArrowLeft');
    expect(await caption(page)).toContain('step 2 of');
    await page.keyboard.press('4');
    expect(await caption(page)).toContain('step 4 of');
    // the view has framed step 4's nodes once they carry the focus class and the camera has stopped moving
    const focus = [...(scenarios.stories[0]?.steps[3]?.focus ?? [])].sort().join(',');
    expect(focus).not.toBe('');
    await page.waitForFunction((ids) => {
      const cy = window.pathwayLens?.cy;
      return (
        !!cy &&
        !cy.animated() &&
        cy
          .nodes('.focus')
          .map((n) => n.id())
          .sort()
          .join(',') === ids
      );
    }, focus);
    // projector labels: at least 24 px on a 1920×1080 screen
    const labelPx = await page.evaluate(() => {
      const cy = window.pathwayLens?.cy;
      return cy ? cy.zoom() * Number.parseFloat(String(cy.nodes('[kind]').first().style('font-size'))) : 0;
    });
    expect(labelPx).toBeGreaterThanOrEqual(24);

    const fill = () => page.evaluate(() => window.pathwayLens?.cy?.getElementById('S6K1').data('fill'));
    const before = await fill();
    expect(before).not.toBe('#ffffff');
    // the banner and the hidden colours come in the same React commit (the canvas is written in a layout effect)
    const stepCaption = (scenarios.stories[0]?.steps[3]?.caption ?? '').slice(0, 40);
    const focusMarks = () => page.evaluate(() => window.pathwayLens?.cy?.nodes('.focus').length ?? -1);
    expect(await caption(page)).toContain(stepCaption);
    await page.keyboard.press('h');
    await page.getByText(/Predict: which nodes go up, which go down\?/).waitFor();
    expect(await fill()).toBe('#ffffff');
    // hidden: no answer in the caption and no focus ring pointing at the answer nodes
    expect(await caption(page)).not.toContain(stepCaption);
    expect(await focusMarks()).toBe(0);
    await page.keyboard.press('r');
    await page.getByText(/Predict: which nodes go up, which go down\?/).waitFor({ state: 'detached' });
    expect(await fill()).toBe(before);
    expect(await caption(page)).toContain(stepCaption);
    expect(await focusMarks()).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('lecture framing', () => {
  const SIZES = [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
  ] as const;

  /** The focus nodes of the step on screen that lie (partly) outside the canvas. */
  const outsideCanvas = (page: Page, focus: readonly string[]) =>
    page.evaluate((ids) => {
      const cy = window.pathwayLens?.cy;
      if (!cy) return [...ids];
      const w = cy.width();
      const h = cy.height();
      return ids.filter((id) => {
        const b = cy.getElementById(id).renderedBoundingBox();
        return b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h;
      });
    }, focus);

  const framings = (page: Page) => page.evaluate(() => window.pathwayLens?.framings ?? 0);

  // One tab per size, the three side by side: a step costs the page most of a core, and every size runs every step.
  // The larger sizes are reached as before, by resizing the lecture from the size before, which frames it again. The
  // test hook takes the motion out of the lecture canvas: each step is framed at once instead of animating the zoom,
  // so the test waits on the canvas marking the step's focus (set in the same call that frames it) rather than on
  // time, and colours change without their fade, whose frames (each a redraw of the whole canvas) were half the
  // test's CPU time and are not what it checks.
  describe.concurrent('every focus node of every step is inside the canvas', () => {
    for (const [i, [width, height]] of SIZES.entries())
      it(`at ${width}×${height}`, async ({ expect }) => {
        const [openWidth, openHeight] = SIZES[Math.max(0, i - 1)] ?? [width, height];
        const sizeTab = await openTab(browser, { acceptDownloads: true });
        watchForeign(sizeTab.page);
        const page = await sizeTab.open(base(), { width: openWidth, height: openHeight });
        await page.waitForFunction(() => window.pathwayLens?.cy !== undefined);
        await page.evaluate(() => {
          if (window.pathwayLens) window.pathwayLens.noMotion = true;
        });
        await page.keyboard.press('l');
        await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
        if (i > 0) {
          const count = await framings(page);
          await page.setViewportSize({ width, height });
          // the step on screen is framed again for the new size
          await page.waitForFunction((n) => (window.pathwayLens?.framings ?? 0) > n, count);
        }
        const outside: string[] = [];
        let steps = 0;
        for (const [si, story] of scenarios.stories.entries()) {
          await page.getByRole('combobox', { name: 'Story' }).selectOption(story.id);
          // the lecture's digit keys go to the steps, not to the story list
          await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
          for (const [k, step] of story.steps.entries()) {
            if (k > 0) await page.keyboard.press(String(k + 1));
            await lectureFocusShown(page, step.focus);
            steps += 1;
            for (const id of await outsideCanvas(page, step.focus))
              outside.push(`story ${si + 1} step ${k + 1}: ${id}`);
          }
        }
        expect(steps).toBe(scenarios.stories.reduce((n, s) => n + s.steps.length, 0));
        expect(outside).toEqual([]);
        expect(sizeTab.errors).toEqual([]);
        await page.close();
      }, 300_000);
  });
});

describe('links', () => {
  it('round-trips the whole state through the URL', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Gefitinib', exact: true }).click();
    await page.getByRole('button', { name: 'Add Rapamycin to combination' }).click();
    await page.getByRole('combobox', { name: 'Cell model' }).selectOption('egfr-t790m');
    await page.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }).click();
    await page.getByText('1 hour', { exact: true }).click();
    await page.evaluate(() => {
      window.pathwayLens?.cy?.getElementById('AKT_pS473').emit('tap');
    });
    // the address is rewritten once the change is on screen
    await page.waitForFunction(() => window.location.hash.includes('n=AKT_pS473'));
    const url = page.url();
    expect(url).toContain('v=1');

    const again = await open(url.slice(url.indexOf('#')));
    const { page: p2, errors } = again;
    const given = p2.getByRole('region', { name: 'Given' });
    await expect(given.getByText('Gefitinib').isVisible()).resolves.toBe(true);
    await expect(given.getByText('Rapamycin').isVisible()).resolves.toBe(true);
    await expect(p2.getByRole('combobox', { name: 'Cell model' }).inputValue()).resolves.toBe('egfr-t790m');
    await expect(
      p2.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }).getAttribute('aria-checked'),
    ).resolves.toBe('false');
    await expect(p2.getByRole('radio', { name: '1 hour' }).isChecked()).resolves.toBe(true);
    // the inspector's code arrives on demand: wait for it to show rather than asking once
    await p2.getByRole('complementary', { name: 'Inspector: AKT pS473' }).waitFor();
    expect(p2.url()).toBe(url);
    expect(errors).toEqual([]);
  });

  it('opens a broken link with a notice naming what was ignored, and keeps the rest', async () => {
    const { page, errors } = await open(
      '#v=9&d=unobtainium:5,rapamycin:lots&m=TP53_R175H,KRAS_G12&t=99h&off=NO-LOOP&zz=1',
    );
    const notice = page.getByRole('alert');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    for (const part of ['unobtainium', 'lots', 'TP53_R175H', '99h', 'NO-LOOP', 'version 9', '"zz"'])
      expect(text).toContain(part);
    await expect(
      page.getByRole('region', { name: 'Given' }).getByText('Rapamycin').isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'KRAS G12' }).isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('opens a lecture story from a link and fetches nothing from outside its origin', async () => {
    const { page, foreign, errors } = await open('#v=1&s=her2&step=3', 1920, 1080);
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    expect(await caption(page)).toContain('step 3 of 6');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.location.hash.includes('step=4'));
    expect(page.url()).toContain('step=4');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
