// The build-time data check (scripts/check-data.ts, run by vite.config.ts before bundling): the bundled files pass;
// a copy with a bad value fails, naming the file and the value, so `npm run build` refuses it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dataFileProblems } from '../../scripts/check-data';
import { checkDataFiles } from '../../vite.config';

const root = resolve(__dirname, '../..');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pathway-lens-data-'));
  cpSync(join(root, 'data'), dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Rewrites one data file of the temporary copy. */
// biome-ignore lint/suspicious/noExplicitAny: each test reaches into the raw JSON it corrupts
function edit(name: string, change: (json: Record<string, any>) => void) {
  const json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  change(json);
  writeFileSync(join(dir, name), JSON.stringify(json, null, 1));
}

describe('the build-time data check', () => {
  it('passes the bundled data files', () => {
    expect(dataFileProblems(join(root, 'data'))).toEqual([]);
  });

  it('names a dangling edge end with its file', () => {
    edit('pathway.json', (p) => {
      p.edges[0].source = 'NO_SUCH_NODE';
    });
    expect(dataFileProblems(dir)).toContainEqual(
      expect.stringMatching(/^data\/pathway\.json: edge ".*" has unknown source "NO_SUCH_NODE"$/),
    );
  });

  it('names a file that is not JSON', () => {
    writeFileSync(join(dir, 'presets.json'), '{ "presets": [ NaN ] }');
    expect(dataFileProblems(dir)).toEqual([expect.stringMatching(/^data\/presets\.json: .*JSON/)]);
  });

  it('fails the command the build runs, with exit code 1 and the problem on standard error', () => {
    edit('drugs.json', (d) => {
      d.drugs[0].references.push('nobody-2099');
    });
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/check-data.ts'), dir], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cites unknown reference "nobody-2099"');
  }, 30_000);

  /** Runs the build plugin's two hooks on `dataDir`, as Vite does around bundling; resolves to the error it raises. */
  async function pluginError(dataDir: string): Promise<string | null> {
    const plugin = checkDataFiles(dataDir) as Plugin & {
      buildStart: () => void;
      buildEnd: () => Promise<void>;
    };
    const context = {
      error: (message: string) => {
        throw new Error(message);
      },
    };
    plugin.buildStart.call(context);
    try {
      await plugin.buildEnd.call(context);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }

  it('stops the build (the Vite plugin) on an invalid file, and lets valid data through', async () => {
    edit('drugs.json', (d) => {
      d.drugs[1].id = d.drugs[0].id;
    });
    expect(await pluginError(dir)).toMatch(
      /data files are invalid[\s\S]*data\/drugs\.json: duplicate drug id/,
    );
    expect(await pluginError(join(root, 'data'))).toBeNull();
  }, 30_000);
});
