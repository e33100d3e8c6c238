// The convert command and predict --model, as a person runs them: files in, files out, exit 2 with one line on bad input.
// One run of each command goes through `npm run` as the contract writes it; the others run the same sources bundled
// once (cli-helpers.ts), which saves npm's and tsx's start-up on each.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleCli, type CliBundle, type CliScript, npmRun, root } from './cli-helpers';

const dir = mkdtempSync(join(tmpdir(), 'convert-'));
const fixture = (name: string) => join(root, 'tests/fixtures/formats', name);
let bundle: CliBundle;

beforeAll(async () => {
  bundle = await bundleCli();
}, 60_000);
afterAll(() => bundle?.remove());

/** A command line, from the bundle. */
const run = (script: CliScript, args: string[]) => bundle.run(script, args);

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('convert', () => {
  it('writes the bundled model as SIF on standard output', () => {
    const r = npmRun('convert', ['--bundled', '--to', 'sif']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^\S+\t(activates|inhibits)\t\S+\n/);
  }, 60_000);

  it('converts a Cell Collective SBML file to CX2 in a file', () => {
    const out = join(dir, 'bt474.cx2');
    const r = run('convert', [fixture('bt474-erbb-cellcollective.sbml'), '--to', 'cx2', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const cx2 = JSON.parse(readFileSync(out, 'utf8'));
    expect(cx2[0].CXVersion).toBe('2.0');
    expect(cx2.find((a: Record<string, unknown>) => 'nodes' in a).nodes).toHaveLength(16);
  }, 60_000);

  it('attaches the simulated values of a scenario to a CX2 export', () => {
    const scenario = file('rapa.json', { id: 'rapamycin', treatment: [{ drug: 'rapamycin', dose: 'high' }] });
    const r = run('convert', ['--bundled', '--to', 'cx2', '--scenario', scenario]);
    expect(r.status, r.stderr).toBe(0);
    const nodes = JSON.parse(r.stdout).find((a: Record<string, unknown>) => 'nodes' in a).nodes;
    const s6k = nodes.find((n: { v: { nodeId: string } }) => n.v.nodeId === 'S6K1');
    expect(s6k.v.direction).toBe('down');
  }, 60_000);

  it.each([
    [
      ['--bundled', '--to', 'pptx'],
      /^unknown format "pptx"; valid formats: sbml-qual, cx2, cyjs, sif, bnet\n$/,
    ],
    [['--bundled'], /^--to is missing/],
    [['nowhere.sbml', '--to', 'sif'], /^cannot read network file "nowhere\.sbml": ENOENT\n$/],
  ])(
    'exits 2 with one line for %j',
    (args, message) => {
      const r = run('convert', args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    },
    60_000,
  );

  it('exits 2 naming the line of a broken file', () => {
    const bad = file('bad.bnet', 'A, B\nB, A &\n');
    const r = run('convert', [bad, '--to', 'sbml-qual']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.bnet: BoolNet: line 2: the rule ends too early\n$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});

describe('predict --model', () => {
  const batch = [
    { id: 'rapa', treatment: [{ drug: 'rapamycin', dose: 'high' }], readouts: ['AKT_pS473', 'S6K1_pT389'] },
    {
      id: 'pten',
      context: { mutations: ['PTEN_loss'] },
      timescale: 'acute',
      treatment: [{ drug: 'mk2206', dose: 'high' }],
    },
  ];

  it("gives the bundled model's output byte for byte from its own SBML export", () => {
    const sbml = join(dir, 'bundled.sbml');
    expect(run('convert', ['--bundled', '--to', 'sbml-qual', '-o', sbml]).status).toBe(0);
    const scenarios = file('batch.json', batch);
    const bundled = run('predict', [scenarios]);
    const fromFile = run('predict', ['--model', sbml, scenarios]);
    expect(bundled.status, bundled.stderr).toBe(0);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toBe(bundled.stdout);
  }, 60_000);

  it('runs an imported network with clamps, every node a readout', () => {
    const scenario = file('erbb.json', {
      id: 'erlotinib',
      context: { clamp: { EGF: 1, HRG: 1, erlotinib: 1 } },
      reference: { context: { clamp: { EGF: 1, HRG: 1 } } },
    });
    const r = npmRun('predict', ['--model', fixture('bt474-erbb-cellcollective.sbml'), scenario]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.id).toBe('erlotinib');
    expect(Object.keys(result.readouts)).toHaveLength(16);
    expect(result.converged).toBe(true);
  }, 60_000);

  it('lists the readouts and loops of an imported network', () => {
    const r = run('predict', ['--model', fixture('eggshell-patterning-ginsim.sbml'), '--list']);
    expect(r.status, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.readouts).toEqual([
      'Operculum',
      'Floor',
      'Roof',
      'EGF_b1',
      'EGF_b2',
      'BMP',
      'Roof_adj',
      'anterior',
    ]);
    expect(list.loops).toEqual([{ id: 'EGF_b2-EGF_b2', label: 'EGF_b2 self-loop' }]);
  }, 60_000);

  it('exits 2 with one line for a bad model file or a bad clamp', () => {
    const bad = run('predict', ['--model', file('bad.sif', 'A activates\n'), file('s.json', {})]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^model file ".*bad\.sif": SIF: line 1: "A activates" names no target/);
    const clamp = run('predict', [file('c.json', { context: { clamp: { NOPE: 1 } } })]);
    expect(clamp.status).toBe(2);
    expect(clamp.stderr).toMatch(/^unknown node "NOPE" in context\.clamp; valid nodes: /);
    expect(clamp.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
