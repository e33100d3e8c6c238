#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
// Scores the model against literature perturbation cases through the prediction command line
// described in docs/contract.md (the project's copy of the shared contract). Run it from the project's root:
//   node scripts/score-validation.mjs [cases.json] [--min 0.9] [--json out.json]
// Exit 0 when the share of cases that agree is at least --min, 1 when below, 2 when the
// prediction command itself fails or answers out of contract.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const min = Number(flag('--min', '0'));
const jsonOut = flag('--json', null);
const casesPath =
  args[0] ?? join(dirname(fileURLToPath(import.meta.url)), '../data/validation/shared-cases.json');
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));

const timescale = (t) => (String(t).startsWith('acute') ? 'acute' : 'sustained');
const mutations = (ctx) => (ctx?.mutations ?? []).filter((m) => m !== 'none');

/** Turns one literature case into a contract scenario. */
function toScenario(c) {
  const context = { mutations: mutations(c.context) };
  const scenario = {
    id: c.id,
    context,
    treatment: c.treatment ?? [],
    timescale: timescale(c.timescale),
    readouts: [c.readout],
  };
  if (c.comparison === 'mutant_vs_wildtype') {
    scenario.reference = { context: { mutations: [] }, treatment: c.treatment ?? [] };
  } else if (c.comparison === 'combo_vs_single' || c.comparison === 'drug_vs_drug') {
    scenario.reference = { context, treatment: c.reference_treatment };
  }
  return scenario;
}

/** The contract's one rule for calling a change. */
function direction(reference, value) {
  if (value >= 1.1 * reference && value - reference >= 0.01) return 'up';
  if (value <= 0.9 * reference && reference - value >= 0.01) return 'down';
  return 'no_change';
}

const dir = mkdtempSync(join(tmpdir(), 'score-'));
const scenarioFile = join(dir, 'scenarios.json');
writeFileSync(scenarioFile, JSON.stringify(cases.map(toScenario), null, 1));
const run = spawnSync('npm', ['run', '--silent', 'predict', '--', scenarioFile], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.status !== 0) {
  console.log(
    `the prediction command failed (exit ${run.status}): ${(run.stderr || '').trim().split('\n').slice(-3).join(' | ')}`,
  );
  process.exit(2);
}
let results;
try {
  results = JSON.parse(run.stdout);
} catch {
  console.log(`the prediction command printed something that is not JSON: ${run.stdout.slice(0, 200)}`);
  process.exit(2);
}
if (!Array.isArray(results) || results.length !== cases.length) {
  console.log('the prediction command did not answer one result per scenario, in order');
  process.exit(2);
}

let agree = 0;
const rows = cases.map((c, i) => {
  const r = results[i]?.readouts?.[c.readout];
  if (!r || typeof r.reference !== 'number' || typeof r.value !== 'number') {
    return { id: c.id, readout: c.readout, expected: c.expected, got: 'missing', ok: false };
  }
  const got = direction(r.reference, r.value);
  const ok = got === c.expected;
  if (ok) agree += 1;
  return {
    id: c.id,
    readout: c.readout,
    expected: c.expected,
    got,
    reference: r.reference,
    value: r.value,
    ok,
  };
});

const pad = (s, n) => String(s).padEnd(n);
for (const row of rows) {
  const nums = row.reference === undefined ? '' : `${row.reference.toFixed(3)} -> ${row.value.toFixed(3)}`;
  console.log(
    `${row.ok ? 'ok  ' : 'MISS'} ${pad(row.id, 46)} ${pad(row.readout, 14)} expected ${pad(row.expected, 9)} got ${pad(row.got, 9)} ${nums}`,
  );
}
const share = agree / cases.length;
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ agree, total: cases.length, rows }, null, 1));
console.log(`validation: ${agree}/${cases.length} cases agree (${(100 * share).toFixed(1)}%)`);
process.exit(share >= min ? 0 : 1);
