// Vite build of the app and Vitest projects: unit (node), component (jsdom) and e2e (Chromium via playwright-core).
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Refuses to build on data files that fail the validator, naming the problem: the app then trusts the bundled files
 * (src/model/bundledData.ts) and a first visit does not download the validator.
 */
const bundledDataCheck: Plugin = {
  name: 'bundled-data-check',
  apply: 'build',
  async buildStart() {
    // Loaded through tsx: the config's own bundler would warn about the validator's extensionless imports.
    const validate: typeof import('./src/model/validate') = await tsImport(
      './src/model/validate.ts',
      import.meta.url,
    );
    const { loadModel, loadPresets, loadStories } = validate;
    const read = (file: string): unknown =>
      JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));
    try {
      const model = loadModel(
        read('pathway.json'),
        read('drugs.json'),
        read('references.json'),
        read('drug-classes.json'),
      );
      loadPresets(read('presets.json'), model);
      loadStories(read('scenarios.json'), model);
    } catch (e) {
      this.error(`the bundled data are invalid: ${e instanceof Error ? e.message : String(e)}`);
    }
  },
};

export default defineConfig({
  plugins: [react(), bundledDataCheck],
  base: './',
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          testTimeout: 20_000,
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
          fileParallelism: false,
        },
      },
    ],
  },
});
