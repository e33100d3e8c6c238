// Vitest for Stryker's mutation runs: the fast unit (node) and component (jsdom) tests only, without the e2e
// project and without the tests that spawn the command line or read files unrelated to the mutated folders.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Tests that run child processes (the mutant is not active there) or check things outside src/engine|graph|stores|model. */
const SLOW_OR_UNRELATED = [
  'tests/unit/cli.test.ts',
  'tests/unit/formats-cli.test.ts',
  'tests/unit/formats-libsbml.test.ts',
  'tests/unit/licences.test.ts',
  'tests/unit/function-lengths.test.ts',
  'tests/unit/layout-geometry.test.ts',
];

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: SLOW_OR_UNRELATED,
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
