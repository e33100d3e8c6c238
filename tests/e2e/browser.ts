// Launches Debian's Chromium through playwright-core with the flags this machine needs, and gives each test file a
// tab that every test reopens on a fresh document.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium; every test file gets its own browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A tab the tests of one file share, each test loading the app into it afresh. */
export interface AppTab {
  readonly page: Page;
  /** Console errors and uncaught exceptions of the document loaded by the last `open`. */
  readonly errors: string[];
  /** The address of every request the document loaded by the last `open` made. */
  readonly requests: string[];
  /**
   * Loads `url` as a new document in a viewport of this size, as a new tab would: the previous test's document is
   * gone (with its state, focus, dialogs and listeners), the pointer is back in the corner, the lists are emptied.
   */
  open(url: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * One tab for many tests. A new tab costs Chromium about a second of CPU more than loading a new document into an
 * open one, and the e2e files open some fifty; the context options (touch, pixel density, downloads) stay the tab's.
 */
export async function openTab(browser: Browser, options: BrowserContextOptions = {}): Promise<AppTab> {
  const page = await browser.newPage(options);
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  return {
    page,
    errors,
    requests,
    async open(url, viewport = { width: 1366, height: 768 }) {
      await page.goto('about:blank');
      await page.mouse.move(0, 0);
      errors.length = 0;
      requests.length = 0;
      await page.setViewportSize(viewport);
      await page.goto(url);
      return page;
    },
  };
}

/** Waits until the canvas on screen marks exactly these focus nodes (a lecture step is framed in the same call). */
export function lectureFocusShown(page: Page, focus: readonly string[]): Promise<unknown> {
  return page.waitForFunction(
    (want) =>
      window.pathwayLens?.cy
        ?.nodes('.focus')
        .map((n) => n.id())
        .sort()
        .join(',') === want,
    [...focus].sort().join(','),
  );
}

/** Waits until the browser has painted two frames after the last change (Cytoscape draws on animation frames). */
export function painted(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
