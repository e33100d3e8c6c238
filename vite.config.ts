// Vite build of the app and Vitest projects: unit (node), component (jsdom) and e2e (Chromium via playwright-core).
// `vite build --mode single` makes the one-file build (dist-single/index.html) that opens from disk.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/longestFirst';

const CHECK_SCRIPT = fileURLToPath(new URL('./scripts/check-data.ts', import.meta.url));

/** Runs scripts/check-data.ts on `dataDir` in a child process; resolves to its report ('' when the data are valid). */
function runDataCheck(dataDir: string): Promise<string> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHECK_SCRIPT, dataDir], { stdio: 'pipe' });
    let report = '';
    child.stderr.on('data', (chunk) => {
      report += chunk;
    });
    child.on('error', (e) => done(`the data check could not run: ${e.message}`));
    child.on('close', (code) => done(code === 0 ? '' : report || `the data check exited with code ${code}`));
  });
}

/**
 * Fails the build, naming each problem, when a data file would not load in the app. The check (TypeScript under
 * src/, kept out of the config bundle) runs in a child process alongside the bundling and is awaited at its end.
 */
export function checkDataFiles(dataDir: string): Plugin {
  let report: Promise<string> = Promise.resolve('');
  return {
    name: 'pathway-lens:check-data-files',
    apply: 'build',
    buildStart() {
      report = runDataCheck(dataDir);
    },
    async buildEnd() {
      const problems = await report;
      if (problems)
        this.error(`the data files are invalid, so the app would show its data error page:\n${problems}`);
    },
  };
}

/** The policy without inline code: scripts, styles, images and fonts come from the page's own origin only. */
const POLICY: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:', 'blob:'],
  ['font-src', "'self'", 'data:'],
  ['connect-src', "'self'", 'data:', 'blob:'],
  // The explanations behind the effects panel run in a worker from the page's own origin.
  ['worker-src', "'self'", 'blob:'],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

/** The one style element Cytoscape writes into the page (core/index.js, `__________cytoscape_stylesheet`). */
const CYTOSCAPE_CONTAINER_STYLE = '.__________cytoscape_container { position: relative; }';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP for one page: the base policy plus a hash of each inline script and style the page carries. */
function contentSecurityPolicy(html: string): string {
  const hashes = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))]
      .map((m) => m[1] ?? '')
      .filter((code) => code.trim() !== '')
      .map(sha256);
  const extra: Record<string, string[]> = {
    'script-src': hashes('script'),
    'style-src': [sha256(CYTOSCAPE_CONTAINER_STYLE), ...hashes('style')],
  };
  return POLICY.map(([name, ...sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' ')).join('; ');
}

/**
 * Writes the Content-Security-Policy into each built page as a meta tag. It runs after the one-file plugin has
 * inlined the code, so that build's inline script and style are allowed by their hashes, never by 'unsafe-inline'.
 */
function injectContentSecurityPolicy(): Plugin {
  return {
    name: 'pathway-lens:content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html)}" />`;
          file.source = html.replace(/<head>/, `<head>\n    ${meta}`);
        }
      },
    },
  };
}

/** Component test files that swap an app module for a mock with vi.mock, so cannot share a worker's modules. */
const MODULE_MOCKING_COMPONENT_FILES = ['tests/component/ErrorBoundary.test.tsx'];

export default defineConfig(({ mode }) => ({
  plugins: [
    checkDataFiles(fileURLToPath(new URL('./data', import.meta.url))),
    react(),
    ...(mode === 'single' ? [viteSingleFile()] : []),
    injectContentSecurityPolicy(),
  ],
  base: './',
  build: { outDir: mode === 'single' ? 'dist-single' : 'dist', chunkSizeWarningLimit: 2000 },
  test: {
    globals: true,
    // One pool for every project's files, at least two at a time: Vitest's default (cores − 1) runs one file at a
    // time on a two-core machine, although a browser test spends much of its time waiting on Chromium's processes.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Longest files first across the projects (Vitest's own order runs the projects one after another by name).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Engine, model and command-line tests leave no state behind (the store tests reset the stores before each
          // test), so a worker runs file after file without reloading the modules: 105 s → 66 s of CPU for the project.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          exclude: MODULE_MOCKING_COMPONENT_FILES,
          // A component test takes 1–8 s alone, but the first of a file ran past 20 s with browser files beside it on a
          // two-core machine that other work was loading too (both with and without shared modules).
          testTimeout: 60_000,
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // The files share their worker's modules and page: setup.ts unmounts the app, resets every store and empties
          // the address after each test, so reloading React, Cytoscape and the app for every file (3 s of CPU each)
          // bought nothing.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // Component files that replace one of the app's modules (vi.mock) need modules of their own.
          name: 'component-mocks',
          include: MODULE_MOCKING_COMPONENT_FILES,
          testTimeout: 60_000,
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browser test files run side by side with the others: each starts its own Chromium, and the app they open
          // is the one build served read-only by global-setup.ts.
        },
      },
    ],
  },
}));
