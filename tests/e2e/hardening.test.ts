// Hard to break, in Chromium: invalid data shows a page naming the file and the value (never a blank page); the built
// page carries a strict Content-Security-Policy that the app, its exports and drug cards run under without a single
// violation; the one-file build opens from a file:// URL and simulates a drug; the normal build says why it cannot.
//
// How a corrupted bundle reaches the browser: the build refuses invalid data (vite.config.ts runs
// scripts/check-data.ts; tests/unit/check-data.test.ts shows it failing), so a corrupted bundle can only be built with
// that check switched off, and one build per corruption would cost minutes on a shared machine. Instead, with test
// hooks on (`?testHooks`, which the test server adds), main.tsx starts from `window.pathwayLensTestData` when a test
// puts data files there before the page's script runs (page.addInitScript). Everything after that is what a user
// gets: the same loader (loadDataBundle), the same DataError, the same error page, in the production build.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { inject } from 'vitest';
import { BUNDLED_DATA_FILES, type RawDataFiles } from '../../src/model/bundled';
import { type AppTab, launchBrowser, openTab } from './browser';

const root = resolve(__dirname, '../..');
let browser: Browser;
let tab: AppTab;
const base = () => inject('baseUrl');

/** Builds the one-file version (dist-single/index.html) that opens from disk; its test awaits it. */
async function buildSingleFile(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'single', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
/** The one-file build, started with the file so that it runs while the other tests use the browser (its error, or null). */
let singleFileBuilt: Promise<unknown>;

beforeAll(async () => {
  singleFileBuilt = buildSingleFile().then(
    () => null,
    (e: unknown) => e,
  );
  browser = await launchBrowser();
  tab = await openTab(browser, { acceptDownloads: true });
  // every document the tab loads records each Content-Security-Policy violation
  await tab.page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    );
  });
});
afterAll(async () => {
  await singleFileBuilt;
  await browser?.close();
});

/** Loads `url` in the file's tab, which records console errors, uncaught errors and every CSP violation. */
async function openWatched(url: string) {
  const page = await tab.open(url);
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { page, errors: tab.errors, violations };
}

// biome-ignore lint/suspicious/noExplicitAny: each case reaches into the raw JSON it corrupts, as a person editing it would
type Files = { [K in keyof RawDataFiles]: any };

/** JSON cannot carry NaN; the data travel to the page as text with this mark in its place. */
const NAN_MARK = '__not_a_number__';

/** Opens the built app on data files changed by `corrupt`, and returns the page. */
async function openWithData(corrupt: (files: Files) => void): Promise<Page> {
  const files = structuredClone(BUNDLED_DATA_FILES) as Files;
  corrupt(files);
  const text = JSON.stringify(files, (_k, v) => (typeof v === 'number' && Number.isNaN(v) ? NAN_MARK : v));
  // read by main.tsx as the page starts, so the script can go once the page has loaded
  const data = await tab.page.addInitScript(
    ({ text, mark }) => {
      window.pathwayLensTestData = JSON.parse(text, (_k, v) => (v === mark ? Number.NaN : v));
    },
    { text, mark: NAN_MARK },
  );
  try {
    return (await openWatched(base())).page;
  } finally {
    await data.dispose();
  }
}

const firstMeasuredDrug = (files: Files) =>
  (files.drugs.drugs as Array<{ id: string; targets: Array<{ value_nM: unknown }> }>).find((d) =>
    d.targets.some((t) => typeof t.value_nM === 'number'),
  );

describe('invalid data shows a page that names the file, the value and the fix', () => {
  const drugZero = (BUNDLED_DATA_FILES.drugs as { drugs: Array<{ id: string }> }).drugs[0]?.id;
  const nodeZero = (BUNDLED_DATA_FILES.pathway as { nodes: Array<{ id: string }> }).nodes[0]?.id;
  const cases: Array<[string, (f: Files) => void, string, string[]]> = [
    [
      'a dangling edge end',
      (f) => {
        f.pathway.edges[0].target = 'NO_SUCH_NODE';
      },
      'data/pathway.json',
      ['unknown target "NO_SUCH_NODE"', 'No target has the id "NO_SUCH_NODE"'],
    ],
    [
      'a duplicate id',
      (f) => {
        f.drugs.drugs[1] = { ...f.drugs.drugs[1], id: drugZero };
      },
      'data/drugs.json',
      [`duplicate drug id "${drugZero}"`, `Two drugs have the id "${drugZero}"`],
    ],
    [
      'a wrong type',
      (f) => {
        f.pathway.nodes[0].label = 42;
      },
      'data/pathway.json',
      [`nodes[0] (id "${nodeZero}").label`, 'found: 42', 'Write a string here, not a number.'],
    ],
    [
      'a NaN potency',
      (f) => {
        const drug = firstMeasuredDrug(f);
        const target = drug?.targets.find((t) => typeof t.value_nM === 'number');
        if (target) target.value_nM = Number.NaN;
      },
      'data/drugs.json',
      [
        `(id "${firstMeasuredDrug(BUNDLED_DATA_FILES as Files)?.id}")`,
        'value_nM',
        'found: NaN',
        'NaN is not a value',
      ],
    ],
    [
      'an unknown reference',
      (f) => {
        f.drugs.drugs[0].references = [...f.drugs.drugs[0].references, 'nobody-2099'];
      },
      'data/drugs.json',
      [`drug "${drugZero}" cites unknown reference "nobody-2099"`, 'No reference has the id "nobody-2099"'],
    ],
    [
      'a story giving an unknown drug',
      (f) => {
        f.scenarios.stories[0].steps[0].drugs = [{ drug: 'unobtainium', dose: 'high' }];
      },
      'data/scenarios.json',
      ['gives unknown drug "unobtainium"'],
    ],
    [
      'a file that is not an object',
      (f) => {
        f.references = 'oops';
      },
      'data/references.json',
      ['the whole file', 'found: "oops"', 'Write an object here, not a string.'],
    ],
  ];

  it.each(cases)('%s', async (_what, corrupt, file, names) => {
    const page = await openWithData(corrupt);
    const errorPage = page.getByTestId('errors-data-page');
    await errorPage.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Pathway Lens cannot start: a data file is invalid',
    );
    expect(await page.getByTestId('errors-data-file').textContent()).toBe(file);
    const text = ((await errorPage.textContent()) ?? '').replace(/\s+/g, ' ');
    for (const name of names) expect(text).toContain(name);
    // a page a person can read, not a blank one: the list is on screen
    const box = await page.locator('.error-problems li').first().boundingBox();
    expect(box?.height).toBeGreaterThan(40);
  });
});

describe('the Content-Security-Policy', () => {
  it('is in the built page, strict: no eval, no inline code, nothing from other origins', async () => {
    const html = await (await fetch(new URL('index.html', base()))).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/https?:/);
  });

  it('lets the app, a drug, a drug card, the PNG and SVG exports and lecture mode run without a violation or console error', async () => {
    const { page, errors, violations } = await openWatched(base());
    await page.waitForFunction(() => window.pathwayLens?.cy !== undefined);
    await page.getByRole('button', { name: 'Rapamycin', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Predicted effects"] li[data-readout="S6K1_pT389"]') !== null,
    );
    await page.getByRole('button', { name: 'About Rapamycin' }).click();
    await page.getByRole('dialog', { name: 'Rapamycin drug card' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Rapamycin drug card' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    for (const label of ['Download PNG', 'Download SVG']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: label }).click();
      expect((await download).suggestedFilename()).toMatch(/\.(png|svg)$/);
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('l');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Lecture mode' }).waitFor({ state: 'detached' });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('opened from a file on disk', () => {
  it('the one-file build simulates a drug and exports a PNG', async () => {
    const failure = await singleFileBuilt;
    if (failure) throw failure;
    const { page, errors, violations } = await openWatched(
      pathToFileURL(resolve(root, 'dist-single/index.html')).href,
    );
    const effects = page.getByRole('region', { name: 'Predicted effects' });
    await effects.waitFor();
    expect(await effects.locator('li[data-readout]').count()).toBe(0);
    await page.getByRole('button', { name: 'Rapamycin', exact: true }).click();
    await page.waitForFunction(
      () => document.querySelector('[aria-label="Predicted effects"]')?.getAttribute('aria-busy') === 'false',
    );
    const row = effects.locator('li[data-readout="S6K1_pT389"]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/down/);
    // a lecturer's figure from the USB stick: the PNG export works from disk too
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.png$/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('the normal build says why it cannot start and what to open instead, not a blank page', async () => {
    const { page } = await openWatched(pathToFileURL(resolve(root, 'dist/index.html')).href);
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.textContent()).toBe('Pathway Lens is loading…');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('If this text stays');
    expect(text).toContain('npm run build:single');
  });
});
