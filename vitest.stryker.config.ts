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
];

/**
 * MUTATION_PROJECTS=unit leaves the jsdom component tests out: each mutant then costs a few seconds less on this
 * machine, and the score can only be lower (a mutant a unit test kills is killed in the full suite too), so a run of
 * one folder gives a lower bound. Unset, both projects run.
 */
const PROJECTS = (process.env.MUTATION_PROJECTS ?? 'unit,component').split(',');

/**
 * MUTATION_UNIT_TESTS narrows the unit project to some files (comma-separated globs), for a folder whose mutants every
 * simulation test covers (src/engine): a run against its own fast tests takes minutes, not hours, and again gives a
 * lower bound on the score.
 */
const UNIT_TESTS = process.env.MUTATION_UNIT_TESTS?.split(',') ?? ['tests/unit/**/*.test.ts'];

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT_TESTS,
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
    ].filter((project) => PROJECTS.includes(project.test.name)),
  },
});
