// Checks the data files as the app loads them; `tsx scripts/check-data.ts [dir]` exits 1 naming each problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataError, loadDataBundle, type RawDataFiles } from '../src/model/validate';

/** The file of data/ behind each entry of the raw data files. */
export const DATA_FILE_NAMES: Readonly<Record<keyof RawDataFiles, string>> = {
  pathway: 'pathway.json',
  drugs: 'drugs.json',
  references: 'references.json',
  classes: 'drug-classes.json',
  presets: 'presets.json',
  scenarios: 'scenarios.json',
};

/**
 * Reads and validates every data file of `dataDir` as the app does at load; returns one line per failure
 * (a file that cannot be read or parsed, or the validator's message naming the file and the bad value).
 */
export function dataFileProblems(dataDir: string): string[] {
  const files: Partial<Record<keyof RawDataFiles, unknown>> = {};
  const problems: string[] = [];
  for (const [key, name] of Object.entries(DATA_FILE_NAMES) as Array<[keyof RawDataFiles, string]>) {
    try {
      files[key] = JSON.parse(readFileSync(join(dataDir, name), 'utf8'));
    } catch (e) {
      problems.push(`data/${name}: ${(e as Error).message}`);
    }
  }
  if (problems.length) return problems;
  try {
    loadDataBundle(files as RawDataFiles);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return e.problems.map((p) => `${e.bundle}: ${p}`);
  }
  return [];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = dataFileProblems(process.argv[2] ?? 'data');
  for (const p of problems) process.stderr.write(`  ${p}\n`);
  process.exit(problems.length ? 1 : 0);
}
