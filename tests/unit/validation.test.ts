// The literature cases of ../shared/validation: the model must agree with at least 90 %, and the shared scorer must agree with us.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { predict } from '../../src/engine/predict';
import { model } from './helpers';

interface Case {
  id: string;
  context?: { mutations?: string[] };
  treatment?: Array<{ drug: string; dose: 'low' | 'high' | number }>;
  reference_treatment?: Array<{ drug: string; dose: 'low' | 'high' | number }>;
  comparison: string;
  readout: string;
  expected: string;
  timescale: string;
}

const casesUrl = new URL('../../../shared/validation/cases.json', import.meta.url);
const cases: Case[] = JSON.parse(readFileSync(casesUrl, 'utf8'));

/** The same translation the shared scorer makes from a case to a contract scenario. */
function scenarioOf(c: Case) {
  const context = { mutations: (c.context?.mutations ?? []).filter((m) => m !== 'none') };
  const scenario: Record<string, unknown> = {
    id: c.id,
    context,
    treatment: c.treatment ?? [],
    timescale: c.timescale.startsWith('acute') ? 'acute' : 'sustained',
    readouts: [c.readout],
  };
  if (c.comparison === 'mutant_vs_wildtype')
    scenario.reference = { context: { mutations: [] }, treatment: c.treatment ?? [] };
  else if (c.comparison === 'combo_vs_single' || c.comparison === 'drug_vs_drug')
    scenario.reference = { context, treatment: c.reference_treatment };
  return scenario;
}

const outcomes = cases.map((c) => ({ c, got: predict(model, scenarioOf(c)).readouts[c.readout]?.direction }));
const agreeing = outcomes.filter((o) => o.got === o.c.expected).length;

describe('literature validation', () => {
  it('reproduces at least 90 % of the cases', () => {
    const misses = outcomes
      .filter((o) => o.got !== o.c.expected)
      .map((o) => `${o.c.id}: expected ${o.c.expected}, got ${o.got}`);
    expect(agreeing / cases.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('the shared scorer, calling the command line, counts the same agreement', () => {
    const run = spawnSync(process.execPath, ['../shared/validation/score.mjs', '--min', '0.9'], {
      cwd: new URL('../..', import.meta.url).pathname,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`validation: ${agreeing}/${cases.length} cases agree`);
  }, 120_000);
});
