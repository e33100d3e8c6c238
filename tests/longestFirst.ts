// Test-file order for the one shared pool: longest first, whatever the project, so no long browser file starts last.
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** What a file never run here (a fresh clone) is taken to last, by project: browser files are the long ones. */
const FIRST_RUN_MS: Readonly<Record<string, number>> = {
  e2e: 60_000,
  component: 10_000,
  'component-mocks': 10_000,
  unit: 1_000,
};

/**
 * Vitest's own order runs the projects one after another by name (component, e2e, unit), so the longest browser
 * files started a minute or more in and finished alone. This one sorts every file by how long it took last time
 * (Vitest's results cache), longest first, and runs files it has no time for by their project's usual length.
 */
export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { cache, config } = this.ctx;
    const expectedMs = (spec: TestSpecification) => {
      const key = `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
      return cache.getFileTestResults(key)?.duration ?? FIRST_RUN_MS[spec.project.name] ?? 10_000;
    };
    const expected = new Map(files.map((spec) => [spec, expectedMs(spec)]));
    return [...files].sort((a, b) => (expected.get(b) ?? 0) - (expected.get(a) ?? 0));
  }
}
