// The prediction command line exactly as the shared contract describes it. Runs that check the contract's own command
// (its output, exit 2, a pipe) go through `npm run`; the others run the same sources bundled once (cli-helpers.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { predict, ScenarioError } from '../../src/engine/predict';
import { bundleCli, type CliBundle, npmRun, root } from './cli-helpers';
import { model } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'predict-'));
let bundle: CliBundle;

beforeAll(async () => {
  bundle = await bundleCli();
}, 60_000);
afterAll(() => bundle?.remove());

/** The prediction command line, from the bundle. */
const predictCli = (args: string[]) => bundle.run('predict', args);

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('predict command line', () => {
  it('answers one scenario with one result object and echoes its id', () => {
    const run = npmRun('predict', [
      file('one.json', {
        id: 'x1',
        treatment: [{ drug: 'Rapamycin', dose: 'high' }],
        readouts: ['S6K1_pT389'],
      }),
    ]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.id).toBe('x1');
    expect(Object.keys(result.readouts)).toEqual(['S6K1_pT389']);
    const r = result.readouts.S6K1_pT389;
    expect(r.value).toBeLessThan(r.reference);
  }, 60_000);

  it('answers a batch in order, all readouts by default', () => {
    const run = predictCli([
      file('batch.json', [
        { id: 'a' },
        { id: 'b', timescale: 'acute', context: { mutations: ['KRAS_G12'] } },
      ]),
    ]);
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results.map((r: { id: string }) => r.id)).toEqual(['a', 'b']);
    expect(Object.keys(results[0].readouts)).toContain('glucose_blood');
    expect(Object.keys(results[0].readouts).length).toBeGreaterThanOrEqual(37);
  }, 60_000);

  it('lists drugs, mutations, readouts and loops', () => {
    const run = predictCli(['--list']);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout);
    expect(list.drugs.length).toBeGreaterThanOrEqual(30);
    expect(list.drugs[0]).toEqual({
      id: expect.any(String),
      name: expect.any(String),
      synonyms: expect.any(Array),
    });
    expect(list.mutations).toContain('EGFR_T790M');
    expect(list.readouts).toContain('AKT_pS473');
    expect(list.loops).toContainEqual({ id: 'S6K1-IRS1', label: expect.any(String) });
  }, 60_000);

  it.each([
    ['unknown drug', { treatment: [{ drug: 'unobtainium', dose: 'high' }] }, /unobtainium.*valid drugs/],
    ['unknown mutation', { context: { mutations: ['TP53_R175H'] } }, /TP53_R175H.*valid mutations/],
    ['unknown readout', { readouts: ['NFKB'] }, /NFKB.*valid readouts/],
    ['unknown loop', { feedback: { 'NO-LOOP': false } }, /NO-LOOP.*valid loops/],
    ['negative dose', { treatment: [{ drug: 'rapamycin', dose: -5 }] }, /-5/],
    ['non-numeric dose', { treatment: [{ drug: 'rapamycin', dose: 'lots' }] }, /lots/],
  ])(
    'exits 2 with one line naming the value for an %s',
    (_what, scenario, message) => {
      const run = predictCli([file('bad.json', scenario)]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    },
    60_000,
  );

  it('exits 2 for an unreadable file and for invalid JSON', () => {
    const missing = npmRun('predict', [join(dir, 'absent.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/absent\.json/);
    const broken = npmRun('predict', [file('broken.json', '{ "treatment": [')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/not valid JSON/);
  }, 60_000);

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    const run = predictCli([file('bom.json', '\uFEFF{ "readouts": ["S6K1_pT389"] }')]);
    expect(run.status, run.stderr).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout).readouts)).toEqual(['S6K1_pT389']);
  }, 60_000);

  it('leaves quietly when the reader closes the pipe early (… | head)', () => {
    const many = file(
      'many.json',
      Array.from({ length: 200 }, () => ({})),
    );
    const run = spawnSync('sh', ['-c', `npm run --silent predict -- "${many}" | head -c 20`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stdout.length).toBe(20);
    expect(run.stderr).toBe('');
  }, 60_000);
});

describe('scenario checks name what is wrong (in process)', () => {
  it.each([
    ['mutations at the top level', { mutations: ['PTEN_loss'] }, /unknown key "mutations" in scenario/],
    ['a misspelt key', { context: { mutatons: ['PTEN_loss'] } }, /unknown key "mutatons" in context/],
    ['a plural key', { treatments: [] }, /unknown key "treatments"/],
    [
      'an unknown key in a drug',
      { treatment: [{ drug: 'rapamycin', dose: 'high', nM: 5 }] },
      /"nM" in treatment\[0\]/,
    ],
    ['an unknown key in the reference', { reference: { mutations: [] } }, /"mutations" in reference/],
    ['a list as context', { context: [] }, /context must be an object.*not \[\]/],
    ['null mutations', { context: { mutations: null } }, /mutations must be an array.*not null/],
    ['null timescale', { timescale: null }, /"timescale" is null/],
    [
      'an infinite dose',
      { treatment: [{ drug: 'rapamycin', dose: Number.POSITIVE_INFINITY }] },
      /invalid dose Infinity/,
    ],
    ['a number for a scenario', 42, /must be a JSON object, not 42/],
  ])('%s', (_what, scenario, message) => {
    expect(() => predict(model, scenario)).toThrow(ScenarioError);
    expect(() => predict(model, scenario)).toThrow(message);
  });
});

describe('one drug given twice', () => {
  const high = { drug: 'rapamycin', dose: 'high' };

  it('is one drug at the larger dose, whichever comes first, also under a synonym, with a warning', () => {
    const warnings: string[] = [];
    const alone = predict(model, { treatment: [high] });
    const twice = predict(model, { treatment: [{ drug: 'sirolimus', dose: 'low' }, high] }, (w) =>
      warnings.push(w),
    );
    expect(twice).toEqual(alone);
    expect(warnings).toEqual([
      `treatment gives rapamycin twice ("sirolimus" and "rapamycin"); using the larger dose, ${model.drugById.get('rapamycin')?.doses?.high.nM} nM`,
    ]);
    expect(predict(model, { treatment: [high, { drug: 'Sirolimus', dose: 0 }] })).toEqual(alone);
  });

  it('is not two drugs: the same drug at the same dose twice predicts what it does once', () => {
    const once = predict(model, { treatment: [{ drug: 'gefitinib', dose: 30 }] });
    expect(
      predict(model, {
        treatment: [
          { drug: 'gefitinib', dose: 30 },
          { drug: 'GEFITINIB', dose: 30 },
        ],
      }),
    ).toEqual(once);
  });

  it('makes the command line answer with exit 0 and one warning line on standard error', () => {
    const run = predictCli([
      file('twice.json', [
        { readouts: ['S6K1_pT389'] },
        { treatment: [high, { drug: 'sirolimus', dose: 'low' }], readouts: ['S6K1_pT389'] },
      ]),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^warning: scenario 1: treatment gives rapamycin twice \("rapamycin" and "sirolimus"\); using the larger dose/,
      ),
    ]);
    expect(JSON.parse(run.stdout)).toHaveLength(2);
  }, 60_000);
});

describe('a bundled data file that is not valid JSON', () => {
  it.each([
    ['predict', (_copy: string) => ['src/cli/predict.ts', file('ok.json', {})]],
    ['convert --bundled', () => ['src/cli/convert.ts', '--bundled', '--to', 'sif']],
  ] as const)(
    'ends %s with one line naming the problem and exit 2, no stack trace',
    (_, args) => {
      // A copy of the sources with a broken data file beside them (the repository's own data stay untouched).
      const copy = mkdtempSync(join(tmpdir(), 'predict-data-'));
      cpSync(join(root, 'src'), join(copy, 'src'), { recursive: true });
      cpSync(join(root, 'data'), join(copy, 'data'), { recursive: true });
      cpSync(join(root, 'package.json'), join(copy, 'package.json'));
      symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
      // One broken file: with two, which one the loader reports first is a race between their imports.
      writeFileSync(join(copy, 'data/drugs.json'), '{ "schemaVersion": 1, "drugs": [ } ');
      const run = spawnSync(process.execPath, ['--import', 'tsx', ...args(copy)], {
        cwd: copy,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^the bundled data cannot be read: .*data\/drugs\.json/);
      expect(run.stderr).not.toMatch(/^\s+at /m);
      rmSync(copy, { recursive: true, force: true });
    },
    60_000,
  );
});

describe('a batch whose answer is far larger than a pipe holds', () => {
  it('is written whole, result by result, and ends with exit 0', () => {
    const batch = Array.from({ length: 1200 }, (_, i) => ({
      id: `s${i}`,
      treatment: [{ drug: i % 2 ? 'rapamycin' : 'pp242', dose: 'high' }],
      timescale: i % 3 ? 'sustained' : 'acute',
    }));
    const run = bundle.run('predict', [file('big.json', batch)], { timeout: 120_000, maxBuffer: 1 << 30 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(4 * 1024 * 1024);
    const results = JSON.parse(run.stdout) as Array<{ id: string }>;
    expect(results.map((r) => r.id)).toEqual(batch.map((s) => s.id));
  }, 120_000);
});
