// Mutation testing of the pure layers (engine, graph, stores, model) against the fast unit and component tests.
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    'src/engine/**/*.ts',
    'src/graph/**/*.ts',
    'src/stores/**/*.ts',
    'src/model/**/*.ts',
    '!src/model/types.ts',
  ],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level data, and code the tests run while collecting) each need the whole suite; there are
  // hundreds (the theme, the zod schemas), so they are left unscored unless MUTATION_STATIC=1 asks for the long run.
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  // The machine is shared: one test process at a time keeps the others responsive.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  tempDirName: '.stryker-tmp',
  // Not copied into the sandbox: a second biome.json there would stop `biome ci .` while a run is under way.
  ignorePatterns: ['biome.json', 'dist', 'reports', '.tmp', 'story-figures'],
  timeoutMS: 30_000,
  thresholds: { high: 90, low: 80, break: null },
};
export default config;
