// The literature cases of ../shared/validation: the model must agree with at least 90 %, and the shared scorer must agree with us.
import { spawnSync } from 'node:child_process';
import { predict } from '../../src/engine/predict';
import { type LiteratureCase, readCases, scenarioOf } from '../support/cases';
import { model } from './helpers';

const cases = readCases();

const outcomes = cases.map((c: LiteratureCase) => ({
  c,
  got: predict(model, scenarioOf(c)).readouts[c.readout]?.direction,
}));
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
