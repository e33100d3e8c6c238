// Runs the command lines as a person does, in a child process: through `npm run` exactly as the contract writes them,
// or from the same sources bundled once per test file, where npm's and tsx's start-up (about a second of CPU a run)
// would only add time: the bundle runs in a plain `node` with the same arguments, exit code and output streams.
import { type SpawnSyncOptions, type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const root = new URL('../..', import.meta.url).pathname;

export type CliScript = 'predict' | 'convert';

/** The command lines bundled by Vite (its server-side build, which keeps node_modules imports as imports). */
export interface CliBundle {
  /** Runs `script` from the bundle with `args`, as `npm run --silent <script> -- <args>` would run it. */
  run(script: CliScript, args: string[], options?: SpawnSyncOptions): SpawnSyncReturns<string>;
  /** The path of `script`'s bundled entry (for a shell pipe). */
  entry(script: CliScript): string;
  /** Deletes the bundle. */
  remove(): void;
}

/**
 * Bundles src/cli/predict.ts and src/cli/convert.ts into a fresh folder under node_modules/.cache, so their imports of
 * zod and fast-xml-parser resolve from node_modules as they do under tsx; the data files are bundled as they are read.
 */
export async function bundleCli(): Promise<CliBundle> {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'pathway-lens-cli-'));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: true,
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: {
        input: { predict: join(root, 'src/cli/predict.ts'), convert: join(root, 'src/cli/convert.ts') },
        output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
  });
  const entry = (script: CliScript) => join(dir, `${script}.mjs`);
  return {
    entry,
    run: (script, args, options = {}) =>
      spawnSync(process.execPath, [entry(script), ...args], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
        ...options,
      }) as SpawnSyncReturns<string>,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `npm run --silent <script> -- <args>` in the repository, exactly as the contract writes the command. */
export function npmRun(script: CliScript, args: string[]): SpawnSyncReturns<string> {
  return spawnSync('npm', ['run', '--silent', script, '--', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
}
