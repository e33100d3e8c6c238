// The literature cases (the project's copies in data/validation): agreement floors, and the scorer counting the same over the command line.
import { spawnSync } from 'node:child_process';
import { predict } from '../../src/engine/predict';
import { type LiteratureCase, readCases, scenarioOf } from '../support/cases';
import { model } from './helpers';

function score(cases: LiteratureCase[]) {
  const outcomes = cases.map((c) => ({
    c,
    got: predict(model, scenarioOf(c)).readouts[c.readout]?.direction,
  }));
  const misses = outcomes.filter((o) => o.got !== o.c.expected);
  return {
    agreeing: cases.length - misses.length,
    share: (cases.length - misses.length) / cases.length,
    report: misses.map((o) => `${o.c.id}: expected ${o.c.expected}, got ${o.got}`).join('\n'),
  };
}

const shared = readCases('shared');
const project = readCases('project');

describe('literature validation', () => {
  it('reproduces at least 90 % of the shared public cases', () => {
    const s = score(shared);
    expect(s.share, s.report).toBeGreaterThanOrEqual(0.9);
  });

  // A regression floor, not the goal (95 %): docs/model-validation.md lists every miss and the mechanism it lacks.
  it("keeps at least 62 % of the project's own curated cases", () => {
    expect(project.length).toBeGreaterThanOrEqual(60);
    const s = score(project);
    expect(s.share, s.report).toBeGreaterThanOrEqual(0.62);
  });

  it('the curated set has the resistance and feedback cases it promises, each cited', () => {
    expect(project.filter((c) => c.expected === 'no_change').length).toBeGreaterThanOrEqual(20);
    expect(project.filter((c) => c.kind === 'feedback' && c.expected === 'up').length).toBeGreaterThanOrEqual(
      15,
    );
    for (const c of project) expect(c.citation, c.id).toMatch(/(PMID \d+|doi:10\.|\d{4}, [A-Z])/);
    const ids = new Set(shared.map((c) => c.id));
    for (const c of project) expect(ids.has(c.id), c.id).toBe(false);
  });

  it('the scorer, calling the command line, counts the same agreement', () => {
    const s = score(shared);
    const run = spawnSync(
      process.execPath,
      ['scripts/score-validation.mjs', 'data/validation/shared-cases.json', '--min', '0.9'],
      { cwd: new URL('../..', import.meta.url).pathname, encoding: 'utf8', timeout: 120_000 },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain(`validation: ${s.agreeing}/${shared.length} cases agree`);
  }, 120_000);
});
