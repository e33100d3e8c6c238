// Slide-ready figures and lecture polish in Chromium: a lecture step's export (16:9, cropped to the focus, with the
// caption), the compact lecture legend at 1280×720, the explorer's choices kept across a lecture, drug badges clear of
// every label, readable nodes while a loop is hovered, and loop descriptions shown whole.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { bundledModel, bundledStories } from '../../src/model/bundled';
import { type AppTab, launchBrowser, lectureFocusShown, openTab, painted } from './browser';
import { pngSize } from './png';

let browser: Browser;
let tab: AppTab;

beforeAll(async () => {
  browser = await launchBrowser();
  tab = await openTab(browser, { acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(hash = '', width = 1366, height = 768) {
  const page = await tab.open(inject('baseUrl') + hash, { width, height });
  await page.waitForFunction(() => window.pathwayLens?.cy !== undefined && window.pathwayLens.overlays > 0);
  return { page, errors: tab.errors };
}

async function exportFile(page: Page, label: string) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: label }).click();
  const file = await download;
  return { name: file.suggestedFilename(), content: readFileSync(await file.path()) };
}

const svgSize = (svg: string) => {
  const m = svg.match(/^<svg [^>]*width="(\d+)" height="(\d+)"/);
  return { width: Number(m?.[1]), height: Number(m?.[2]) };
};

const rapalogs = bundledStories().find((s) => s.id === 'rapalogs');
const lastStep = rapalogs?.steps.at(-1);

describe('a lecture step exported for a slide', () => {
  it('carries the step caption, is 16:9 when asked, is cropped to the focus, and says so in its name', async () => {
    expect(lastStep?.caption).toBeTruthy();
    const { page, errors } = await open(`#v=1&s=rapalogs&step=${rapalogs?.steps.length}`);
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    await page.waitForFunction(() => (window.pathwayLens?.cy?.nodes('.focus').length ?? 0) > 0);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('radio', { name: '1×' }).check();
    const whole = await exportFile(page, 'Download SVG');
    // the loop this step switches off is in the file name, and the caption is in the figure (lecture exports dropped it)
    expect(whole.name).toBe('rapamycin-no-s6k1-irs1-24h.svg');
    const wholeSvg = whole.content.toString('utf8');
    const words = (lastStep?.caption ?? '').split(' ');
    expect(wholeSvg).toContain(words.slice(0, 4).join(' '));
    expect(wholeSvg).toContain(words.slice(-3).join(' '));

    await page.getByRole('radio', { name: '16:9 slide' }).check();
    await page.getByRole('checkbox', { name: "crop to the step's focus" }).check();
    const slide = await exportFile(page, 'Download SVG');
    expect(slide.name).toBe('rapamycin-no-s6k1-irs1-24h-16x9-focus.svg');
    const slideSvg = slide.content.toString('utf8');
    const size = svgSize(slideSvg);
    expect(size.height).toBe(Math.round((size.width * 9) / 16));
    // cropped: the figure shows only a viewport onto the network, and the viewport holds the focus nodes
    const view = slideSvg.match(
      /<svg x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)" overflow="hidden">/,
    );
    expect(view).not.toBeNull();
    const full = svgSize(wholeSvg);
    expect(Number(view?.[1])).toBeLessThan(full.width * 0.8);
    const png = await exportFile(page, 'Download PNG');
    expect(png.name).toBe('rapamycin-no-s6k1-irs1-24h-16x9-focus.png');
    expect(pngSize(png.content)).toEqual(size);

    // without the caption
    await page.getByRole('checkbox', { name: 'caption' }).uncheck();
    const bare = (await exportFile(page, 'Download SVG')).content.toString('utf8');
    expect(bare).not.toContain(words.slice(0, 4).join(' '));
    expect(errors).toEqual([]);
  });

  it('leaves the caption out while the answer is hidden (predict, then reveal)', async () => {
    const { page, errors } = await open(`#v=1&s=rapalogs&step=${rapalogs?.steps.length}`);
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    await page.keyboard.press('h');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    expect(await page.getByRole('checkbox', { name: 'caption' }).count()).toBe(0);
    const svg = (await exportFile(page, 'Download SVG')).content.toString('utf8');
    expect(svg).not.toContain((lastStep?.caption ?? '').split(' ').slice(0, 4).join(' '));
    expect(errors).toEqual([]);
  });
});

describe('lecture mode', () => {
  it('shows a compact legend, inside the screen and off the diagram, readable at 1280×720', async () => {
    const { page, errors } = await open('', 1280, 720);
    await page.keyboard.press('l');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    const legend = page.getByTestId('lecture-legend');
    await legend.waitFor();
    const text = await legend.textContent();
    for (const t of ['×0.5', '×2', 'activates', 'inhibits', 'Drug', 'acts here', 'loop switched off'])
      expect(text, t).toContain(t);
    const geometry = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
      const l = box('[data-testid="lecture-legend"]');
      const canvas = box('.lecture-canvas');
      const items = [...document.querySelectorAll('[data-testid="lecture-legend"] .lecture-legend-item')];
      return {
        legend: l && { left: l.left, right: l.right, top: l.top, bottom: l.bottom },
        canvasBottom: canvas?.bottom ?? 0,
        fontSizes: items.map((i) => Number.parseFloat(getComputedStyle(i).fontSize)),
      };
    });
    expect(geometry.legend?.left).toBeGreaterThanOrEqual(0);
    expect(geometry.legend?.right).toBeLessThanOrEqual(1280);
    expect(geometry.legend?.bottom).toBeLessThanOrEqual(720);
    expect(geometry.legend?.top).toBeGreaterThanOrEqual(geometry.canvasBottom);
    expect(Math.min(...geometry.fontSizes)).toBeGreaterThanOrEqual(13);
    expect(errors).toEqual([]);
  });

  it("gives the explorer's cell model, drugs and loop switches back when it ends", async () => {
    const { page, errors } = await open();
    const cellModel = page.getByRole('combobox', { name: 'Cell model' });
    await cellModel.selectOption('pten-null');
    await page.getByRole('button', { name: 'Rapamycin', exact: true }).click();
    await page.getByRole('switch', { name: 'ERK ⊣ RAF/SOS feedback' }).click();
    await page.keyboard.press('l');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor({ state: 'detached' });
    // regression: the context read "Custom mutations" and the lecture's last step stayed
    expect(await cellModel.inputValue()).toBe('pten-null');
    expect(await page.getByTestId('given-rapamycin').count()).toBe(1);
    expect(
      await page.getByRole('switch', { name: 'ERK ⊣ RAF/SOS feedback' }).getAttribute('aria-checked'),
    ).toBe('false');
    expect(
      await page.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' }).getAttribute('aria-checked'),
    ).toBe('true');
    expect(errors).toEqual([]);
  });
});

/** Every drug badge on the canvas on screen that covers a node label, or whose name does not fit in it. */
function badgeProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.pathwayLens?.cy;
    if (!cy) return ['no canvas'];
    const out: string[] = [];
    const labelOnly = {
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    };
    const labelled = cy.nodes('[kind]').filter((n) => n.visible() && String(n.style('label')) !== '');
    for (const m of cy.nodes('.marker').filter((x) => x.visible())) {
      const badge = m.boundingBox({ includeLabels: false, includeOverlays: false });
      const text = m.boundingBox(labelOnly);
      if (text.w > badge.w + 0.5) out.push(`${m.data('marker')}: text ${text.w} wider than badge ${badge.w}`);
      for (const n of labelled) {
        const l = n.boundingBox(labelOnly);
        if (badge.x1 < l.x2 && l.x1 < badge.x2 && badge.y1 < l.y2 && l.y1 < badge.y2)
          out.push(`${m.data('marker')} at ${m.data('of')} covers the label of ${n.id()}`);
      }
    }
    return out;
  });
}

/** Every protein whose name (drawn over its box of sites) runs over the body of another node. */
function proteinLabelProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.pathwayLens?.cy;
    if (!cy) return ['no canvas'];
    const labelOnly = {
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    };
    const bodyOnly = { includeLabels: false, includeOverlays: false };
    const out: string[] = [];
    const others = cy.nodes('[kind]').filter((n) => n.visible() && !n.hasClass('band'));
    for (const p of cy.nodes('.protein').filter((x) => x.visible())) {
      const l = p.boundingBox(labelOnly);
      for (const n of others) {
        if (n.same(p) || n.parent().same(p)) continue;
        const b = n.boundingBox(bodyOnly);
        if (l.x1 < b.x2 && b.x1 < l.x2 && l.y1 < b.y2 && b.y1 < l.y2) out.push(`${p.id()} over ${n.id()}`);
      }
    }
    return out;
  });
}

describe('drug badges', () => {
  const drugs = [
    ['figitumumab', 'Figitumumab'],
    ['linsitinib', 'Linsitinib'],
    ['pp242', 'PP242'],
    ['nvp-bez235', 'NVP-BEZ235'],
    ['alpelisib', 'Alpelisib'],
    ['rapamycin', 'Rapamycin'],
    ['lapatinib', 'Lapatinib'],
    ['capivasertib', 'Capivasertib'],
    ['erlotinib', 'Erlotinib'],
    ['trastuzumab-emtansine', 'T-DM1'],
  ] as const;

  /** Waits until the canvas shows a badge reading `name`. */
  const badgeShown = (page: Page, name: string) =>
    page.waitForFunction(
      (want) =>
        (window.pathwayLens?.cy?.nodes('.marker').filter((m) => m.data('marker') === want).length ?? 0) > 0,
      name,
    );

  it('show the drug’s name in full and never cover a node label, and no protein name runs over a node (explorer)', async () => {
    const { page, errors } = await open('', 1366, 768);
    const problems: string[] = [];
    // each drug given alone from the library, as a user would, one after another in the same page
    for (const [id, name] of drugs) {
      const entry = bundledModel().drugs.find((d) => d.id === id);
      expect(entry, id).toBeDefined();
      const before = await page.evaluate(() => window.pathwayLens?.overlays ?? 0);
      await page.getByRole('button', { name: entry?.name ?? id, exact: true }).click();
      // the canvas has taken the new prediction, shows the badge, and has drawn it
      await page.waitForFunction((n) => (window.pathwayLens?.overlays ?? 0) > n, before);
      await badgeShown(page, name);
      await painted(page);
      problems.push(...(await badgeProblems(page)).map((f) => `${id}: ${f}`));
      problems.push(...(await proteinLabelProblems(page)).map((f) => `${id}: ${f}`));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });

  // Combination badges (one drug a line) are not held to this yet: see the branch report.
  it('never cover a node label in lecture mode either, nor does a protein name (last steps that give one drug, projector labels)', async () => {
    const { page, errors } = await open('', 1366, 768);
    const problems: string[] = [];
    const single = bundledStories().filter((s) => s.steps.at(-1)?.drugs.length === 1);
    expect(single.length).toBeGreaterThanOrEqual(4);
    await page.keyboard.press('l');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    for (const story of single) {
      await page.getByRole('combobox', { name: 'Story' }).selectOption(story.id);
      // the lecture's digit keys go to the steps, not to the story list
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press(String(story.steps.length));
      await lectureFocusShown(page, story.steps.at(-1)?.focus ?? []);
      await page.waitForFunction(
        () =>
          (window.pathwayLens?.cy?.nodes('.marker').filter((m) => m.data('marker') !== '').length ?? 0) > 0,
      );
      await painted(page);
      problems.push(...(await badgeProblems(page)).map((f) => `${story.id}: ${f}`));
      // the projector layout is flatter and its labels larger: a protein's name must still clear the node above it
      problems.push(...(await proteinLabelProblems(page)).map((f) => `${story.id}: ${f}`));
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('loops in the explorer', () => {
  it('hovering a loop fades other nodes but keeps their labels readable', async () => {
    const { page, errors } = await open();
    await page.getByRole('switch', { name: 'ERK ⊣ RAF/SOS feedback' }).hover();
    await page.waitForFunction(() => (window.pathwayLens?.cy?.edges('.highlighted').length ?? 0) > 0);
    const faded = await page.evaluate(() => {
      const cy = window.pathwayLens?.cy;
      const n = cy?.getElementById('MTORC1');
      return n
        ? {
            faded: n.hasClass('faded'),
            opacity: Number(n.style('opacity')),
            text: Number(n.style('text-opacity')),
          }
        : null;
    });
    // regression: other nodes went to 15 % opacity and read as empty boxes
    expect(faded?.faded).toBe(true);
    expect(faded?.opacity).toBe(1);
    expect(faded?.text).toBeGreaterThanOrEqual(0.5);
    expect(errors).toEqual([]);
  });

  it('shows every loop description whole', async () => {
    const { page, errors } = await open();
    const cut = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.loop-desc')]
        .filter((d) => d.scrollWidth > d.clientWidth + 1 || d.scrollHeight > d.clientHeight + 1)
        .map((d) => d.textContent),
    );
    expect(await page.locator('.loop-desc').count()).toBeGreaterThan(5);
    expect(cut).toEqual([]);
    expect(errors).toEqual([]);
  });
});
