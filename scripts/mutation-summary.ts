// Prints the mutation score per folder (engine, graph, stores, model) from Stryker's JSON report.
import { existsSync, readFileSync } from 'node:fs';

/** The part of Stryker's mutation-testing-report-schema this summary reads. */
interface MutationReport {
  files: Record<string, { mutants: Array<{ status: string }> }>;
}

/**
 * One report from several runs (`stryker run --mutate` of one folder at a time writes a report of that folder only):
 * every file of every report, a later report's result for a file replacing an earlier one.
 */
export function mergeReports(reports: readonly MutationReport[]): MutationReport {
  const files: MutationReport['files'] = {};
  for (const report of reports)
    for (const [path, file] of Object.entries(report.files)) files[path.replace(/\\/g, '/')] = file;
  return { files };
}

export interface FolderScore {
  folder: string;
  killed: number;
  survived: number;
  noCoverage: number;
  /** Mutants left out of the score: static ones under ignoreStatic, and those disabled with a stated reason. */
  ignored: number;
  /** Killed (or timed out) over every mutant that was tested or not covered, in per cent; null with no mutants. */
  score: number | null;
}

export const FOLDERS = ['engine', 'graph', 'stores', 'model'] as const;

/** Per-folder counts and scores, as Stryker defines the score: detected / (detected + undetected). */
export function folderScores(report: MutationReport, folders: readonly string[] = FOLDERS): FolderScore[] {
  return folders.map((folder) => {
    const counts = { killed: 0, survived: 0, noCoverage: 0, ignored: 0 };
    for (const [path, file] of Object.entries(report.files)) {
      if (!path.replace(/\\/g, '/').includes(`src/${folder}/`)) continue;
      for (const { status } of file.mutants) {
        if (status === 'Killed' || status === 'Timeout') counts.killed++;
        else if (status === 'Survived') counts.survived++;
        else if (status === 'NoCoverage') counts.noCoverage++;
        else if (status === 'Ignored') counts.ignored++;
      }
    }
    const total = counts.killed + counts.survived + counts.noCoverage;
    return { folder, ...counts, score: total ? (100 * counts.killed) / total : null };
  });
}

/** The table the command prints: one row per folder, then whether every folder reaches the threshold. */
export function formatScores(scores: FolderScore[], threshold = 80): string {
  const rows = scores.map(
    (s) =>
      `${`src/${s.folder}`.padEnd(12)} ${s.score === null ? '    n/a' : `${s.score.toFixed(1).padStart(5)} %`}` +
      `  (killed ${s.killed}, survived ${s.survived}, no coverage ${s.noCoverage}, not scored ${s.ignored})`,
  );
  const low = scores.filter((s) => s.score !== null && s.score < threshold).map((s) => s.folder);
  rows.push(
    low.length ? `below ${threshold} %: ${low.join(', ')}` : `every folder at ${threshold} % or above`,
  );
  return rows.join('\n');
}

if (process.argv[1]?.endsWith('mutation-summary.ts')) {
  // Several reports (one per run of a folder or file) are merged, later ones winning for a file both hold.
  const paths = process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/mutation.json'];
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length) {
    console.error(`mutation-summary: no report at ${missing.join(', ')} (run npm run mutation first)`);
    process.exit(1);
  }
  const report = mergeReports(paths.map((path) => JSON.parse(readFileSync(path, 'utf8')) as MutationReport));
  const scores = folderScores(report);
  console.log(formatScores(scores));
  if (scores.some((s) => s.score !== null && s.score < 80)) process.exitCode = 1;
}
