// Everyone can use the explorer: axe-core finds no serious or critical fault in the main states, the main tasks run
// by keyboard alone with the focus where a person expects it, and narrow screens show the diagram with nothing on top.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { type AppTab, launchBrowser, openTab } from './browser';

const AXE = resolve('node_modules/axe-core/axe.min.js');

let browser: Browser;
/** The file's tabs, with and without touch (a tab keeps the one it was opened with). */
const tabs = new Map<boolean, AppTab>();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(width = 1366, height = 768, hasTouch = false): Promise<Page> {
  let tab = tabs.get(hasTouch);
  if (!tab) {
    // bypassCSP: axe-core is injected as an inline script, which the app's own policy rightly refuses (the policy
    // itself is tested in hardening.test.ts)
    tab = await openTab(browser, { acceptDownloads: true, hasTouch, bypassCSP: true });
    tabs.set(hasTouch, tab);
  }
  const page = await tab.open(inject('baseUrl'), { width, height });
  await page.waitForFunction(() => window.pathwayLens?.cy !== undefined && window.pathwayLens.overlays > 0);
  return page;
}

/** axe-core's serious and critical violations on the page as it is now, as "rule: element" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/** The focused element, described as a person would: its role or tag and its accessible name or label. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    const name =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent?.trim();
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${name ?? ''}`.trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on `target`; fails after `max` presses. */
async function tabTo(page: Page, target: string | RegExp, { back = false, max = 60 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (typeof target === 'string' ? now === target : target.test(now)) return;
    seen.push(now);
  }
  throw new Error(`"${target}" not reached in ${max} presses; passed ${seen.slice(-8).join(' | ')}`);
}

/** Waits until the effects panel has caught up with the current choices. */
function effectsSettled(page: Page) {
  return page.waitForFunction(
    () => document.querySelector('[aria-label="Predicted effects"]')?.getAttribute('aria-busy') === 'false',
  );
}

describe('axe-core finds no serious or critical violation', () => {
  it('on first load, with a drug given, with a drug card open and in lecture mode (1366×768)', async () => {
    const page = await open();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rapamycin', exact: true }).click();
    await effectsSettled(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'About Rapamycin' }).click();
    await page.getByRole('dialog', { name: 'Rapamycin drug card' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Lecture' }).click();
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('at 390×844, with a drug given', async () => {
    const page = await open(390, 844);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rapamycin', exact: true }).click();
    await page.getByRole('tab', { name: 'Effects' }).click();
    await effectsSettled(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the main tasks by keyboard alone', () => {
  it('skip to the drugs and give rapamycin; skip to the loops and switch S6K1 off', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a Skip to the diagram');
    await tabTo(page, 'a Skip to the drugs');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('input Search drugs');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^button Rapamycin/);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('given-rapamycin').isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('button', { name: 'Rapamycin', exact: true }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    // giving a drug leaves the focus where it was
    expect(await focused(page)).toMatch(/^button Rapamycin/);

    await tabTo(page, 'a Skip to the loops', { back: true });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^section/);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('switch S6K1 ⊣ IRS1 feedback');
    await page.keyboard.press('Space');
    const loop = page.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' });
    await expect(loop.getAttribute('aria-checked')).resolves.toBe('false');
    expect(await focused(page)).toBe('switch S6K1 ⊣ IRS1 feedback');
  });

  it('Find node opens a node’s inspector; arrow keys on the diagram travel to a linked node and announce it', async () => {
    const page = await open();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Skip to the diagram"
    expect(await focused(page)).toBe('application Signalling network diagram');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('combobox Find node');
    const box = page.getByRole('combobox', { name: 'Find node' });
    await page.keyboard.type('mtorc1');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    const first = await page
      .getByRole('listbox', { name: 'Nodes' })
      .getByRole('option')
      .first()
      .textContent();
    expect(first).toBe('mTORC1');
    await page.keyboard.press('ArrowDown');
    // the active option is the one the box points at
    const activeId = await box.getAttribute('aria-activedescendant');
    await expect(page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    // the inspector's code loads on first use
    const inspector = page.getByRole('complementary', { name: 'Inspector: mTORC1' });
    await inspector.waitFor();
    // what the node shows is spelt as the panel spells it (no title-casing: "mTORC1", "pS473")
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, CSS text-transform applied, is what is checked
    await expect(inspector.innerText()).resolves.toContain('Shown on the diagram: mTORC1 activity');
    expect(await focused(page)).toBe('combobox Find node');
    await expect(box.inputValue()).resolves.toBe('mTORC1');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('application Signalling network diagram');
    await page.keyboard.press('ArrowDown');
    const selected = await page.evaluate(() => window.pathwayLens?.cy?.$('node:selected').id());
    expect(selected).toBeTruthy();
    expect(selected).not.toBe('MTORC1');
    // the new node is linked to mTORC1, is in the inspector and is announced with its state and change
    const linked = await page.evaluate(() => {
      const mtorc1 = window.pathwayLens?.cy?.getElementById('MTORC1');
      return mtorc1
        ?.neighborhood('node')
        .union(mtorc1.parent())
        .union(mtorc1.children())
        .map((n) => n.id());
    });
    expect(linked).toContain(selected);
    const announced = (await page.getByTestId('canvas-announcer').textContent()) ?? '';
    const title =
      (await page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent()) ?? '';
    expect(announced.startsWith(title)).toBe(true);
    expect(announced).toMatch(/: \d\.\d\d, (no change|up|down)/);
    expect(await focused(page)).toBe('application Signalling network diagram');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary').count()).resolves.toBe(0);
  });

  it('zoom in by keyboard keeps the focus on the button and zooms', async () => {
    const page = await open();
    const zoom = () => page.evaluate(() => window.pathwayLens?.cy?.zoom() ?? 0);
    const before = await zoom();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // "Skip to the diagram"; the zoom buttons are just before it
    await tabTo(page, 'button Zoom in', { back: true, max: 5 });
    await page.keyboard.press('Enter');
    expect(await zoom()).toBeCloseTo(before * 1.25, 6);
    expect(await focused(page)).toBe('button Zoom in');
  });

  it('the drug card takes the focus, keeps Tab inside, and gives the focus back to its "i" button', async () => {
    const page = await open();
    await tabTo(page, 'button About Rapamycin');
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: 'Rapamycin drug card' });
    await card.waitFor();
    expect(await focused(page)).toBe('button Close drug card');
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
    }
    // the page behind is inert: pointer and screen readers cannot reach it either
    expect(
      await page.evaluate(() => document.querySelector('.app-header')?.closest('[inert]') !== null),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(card.count()).resolves.toBe(0);
    expect(await focused(page)).toBe('button About Rapamycin');
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
  });

  it('runs a lecture story: enter, step with the story list focused, hide and reveal, leave', async () => {
    const page = await open();
    await tabTo(page, 'button Lecture');
    await page.keyboard.press('Enter');
    const lecture = page.getByRole('dialog', { name: 'Lecture mode' });
    await lecture.waitFor();
    expect(await focused(page)).toBe('select Story');
    const story = () => page.getByRole('combobox', { name: 'Story' }).inputValue();
    const step = () => page.locator('[aria-current="step"]').textContent();
    const firstStory = await story();
    await page.keyboard.press('ArrowRight');
    expect(await step()).toBe('2');
    expect(await story()).toBe(firstStory);
    await page.keyboard.press('ArrowLeft');
    expect(await step()).toBe('1');
    // Tab stays in the lecture: Shift+Tab from its first control goes to its last, and Tab from there back
    const inLecture = () =>
      page.evaluate(() => !!document.activeElement?.closest('[aria-label="Lecture mode"]'));
    await page.keyboard.press('Shift+Tab');
    expect(await inLecture()).toBe(true);
    expect(await focused(page)).not.toBe('select Story');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('select Story');
    // with a step button focused the keys still drive the story
    await tabTo(page, /^button Step 1/, { max: 3 });
    await page.keyboard.press('ArrowRight');
    expect(await step()).toBe('2');
    await page.keyboard.press('h');
    await expect(page.getByTestId('lecture-caption').textContent()).resolves.toMatch(/Predict/);
    await page.keyboard.press('r');
    await expect(page.getByTestId('lecture-caption').textContent()).resolves.not.toMatch(/Predict:/);
    await page.keyboard.press('Escape');
    await expect(lecture.count()).resolves.toBe(0);
    expect(await focused(page)).toBe('button Lecture');
  });

  it('exports a PNG from the export menu', async () => {
    const page = await open();
    await tabTo(page, 'button Export');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Export' }).getAttribute('aria-expanded')).resolves.toBe(
      'true',
    );
    await tabTo(page, 'button Download PNG', { max: 10 });
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    expect(await focused(page)).toBe('button Download PNG');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Export figure' }).count()).resolves.toBe(0);
    expect(await focused(page)).toBe('button Export');
  });
});

/** The page boxes of the main regions, for overlap checks. */
async function regionBoxes(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    };
    return {
      toolbar: box('.canvas-toolbar'),
      canvas: box('[data-testid="pathway-canvas"]'),
      legend: box('[data-testid="legend"]'),
      tabs: box('[role="tablist"]'),
      left: box('.sidebar.left'),
      right: box('.sidebar.right'),
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

type Box = { x: number; y: number; w: number; h: number } | null;
function overlap(a: Box, b: Box): boolean {
  if (!a || !b) return false;
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

describe('small screens', () => {
  for (const [w, h] of [
    [390, 844],
    [768, 1024],
  ] as const) {
    it(`at ${w}×${h} (touch) the diagram comes first at full width, the panels are tabs below, nothing overlaps`, async () => {
      const page = await open(w, h, true);
      const boxes = await regionBoxes(page);
      expect(boxes.pageWidth).toBeLessThanOrEqual(w);
      expect(boxes.canvas?.w).toBeGreaterThanOrEqual(w - 2);
      expect(boxes.canvas?.h).toBeGreaterThan(250);
      const parts = [boxes.toolbar, boxes.canvas, boxes.legend, boxes.tabs];
      for (let i = 0; i < parts.length; i++)
        for (let j = i + 1; j < parts.length; j++)
          expect(overlap(parts[i] ?? null, parts[j] ?? null)).toBe(false);
      // the whole network is drawn inside the canvas
      const inside = await page.evaluate(() => {
        const cy = window.pathwayLens?.cy;
        const bb = cy?.elements().renderedBoundingBox();
        return (
          !!cy && !!bb && bb.x1 >= -1 && bb.y1 >= -1 && bb.x2 <= cy.width() + 1 && bb.y2 <= cy.height() + 1
        );
      });
      expect(inside).toBe(true);
      // one tab at a time: the drugs first; the effects tab shows the effects
      await expect(page.getByRole('tab', { name: 'Drugs' }).getAttribute('aria-selected')).resolves.toBe(
        'true',
      );
      await page.getByRole('button', { name: 'Rapamycin', exact: true }).tap();
      await page.getByRole('tab', { name: 'Effects' }).tap();
      await effectsSettled(page);
      await expect(page.getByRole('region', { name: 'Predicted effects' }).textContent()).resolves.toMatch(
        /AKT pS473\s*up/,
      );
      // a tap on a node opens its inspector, which stays inside the canvas area
      await page.evaluate(() => window.scrollTo(0, 0));
      const point = await page.evaluate(() => {
        const cy = window.pathwayLens?.cy;
        const p = cy?.getElementById('MTORC1').renderedPosition();
        const r = cy?.container()?.getBoundingClientRect();
        return p && r ? { x: r.left + p.x, y: r.top + p.y } : null;
      });
      if (!point) throw new Error('no mTORC1 on the canvas');
      await page.touchscreen.tap(point.x, point.y);
      const inspector = await page.getByRole('complementary', { name: 'Inspector: mTORC1' }).boundingBox();
      expect(inspector).not.toBeNull();
      expect((inspector?.x ?? -1) >= 0 && (inspector?.x ?? 0) + (inspector?.width ?? 0) <= w).toBe(true);
    });
  }

  it('at 390×844 a skip link opens its panel’s tab and puts the focus in it', async () => {
    const page = await open(390, 844);
    await expect(page.getByRole('tab', { name: 'Loops' }).getAttribute('aria-selected')).resolves.toBe(
      'false',
    );
    await tabTo(page, 'a Skip to the loops', { max: 4 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Loops' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    expect(await focused(page)).toMatch(/^section/);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('switch S6K1 ⊣ IRS1 feedback');
  });

  it('at 1280×720 the three columns sit side by side, the canvas between them, nothing overlaps', async () => {
    const page = await open(1280, 720);
    const boxes = await regionBoxes(page);
    expect(boxes.tabs).toBeNull();
    expect(boxes.canvas?.w).toBeGreaterThan(600);
    const parts = [boxes.left, boxes.toolbar, boxes.canvas, boxes.legend, boxes.right];
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++)
        expect(overlap(parts[i] ?? null, parts[j] ?? null)).toBe(false);
  });

  it('lecture mode on a landscape tablet (1024×768): the bar fits, the diagram keeps most of the height', async () => {
    const page = await open(1024, 768);
    await page.getByRole('button', { name: 'Lecture' }).click();
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    const sizes = await page.evaluate(() => {
      const r = (s: string) => document.querySelector(s)?.getBoundingClientRect();
      const exit = [...document.querySelectorAll('.lecture button')].find((b) =>
        b.textContent?.includes('Exit'),
      );
      return {
        canvas: r('.lecture-canvas')?.height ?? 0,
        scrollWidth: document.documentElement.scrollWidth,
        exitRight: exit?.getBoundingClientRect().right ?? Number.POSITIVE_INFINITY,
      };
    });
    expect(sizes.scrollWidth).toBeLessThanOrEqual(1024);
    expect(sizes.exitRight).toBeLessThanOrEqual(1024);
    expect(sizes.canvas).toBeGreaterThan(768 * 0.5);
  });
});
