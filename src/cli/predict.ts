// The prediction command line of the shared contract: parse arguments, run the engine, print JSON.
import { readFileSync } from 'node:fs';
import { predict, ScenarioError } from '../engine/predict';
import { bundledModel } from '../model/bundled';
import { DataError } from '../model/validate';

const USAGE = 'usage: npm run --silent predict -- <scenarios.json> | --list';

function fail(message: string): never {
  process.stderr.write(`${message.split('\n')[0]}\n`);
  process.exit(2);
}

function list(): void {
  const model = bundledModel();
  const out = {
    drugs: model.drugs.map((d) => ({ id: d.id, name: d.name, synonyms: d.synonyms })),
    mutations: model.pathway.mutations.map((m) => m.id),
    readouts: model.pathway.readouts.map((r) => r.id),
    loops: model.pathway.loops.map((l) => ({ id: l.id, label: l.label })),
  };
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
}

function run(path: string): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read scenario file "${path}": ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail(`scenario file "${path}" is not valid JSON: ${(e as Error).message}`);
  }
  const model = bundledModel();
  const batch = Array.isArray(input);
  const scenarios = batch ? (input as unknown[]) : [input];
  const results = scenarios.map((s, i) => {
    try {
      const result = predict(model, s);
      if (!result.converged) process.stderr.write(`warning: scenario ${i} did not reach a steady state\n`);
      return result;
    } catch (e) {
      if (e instanceof ScenarioError) fail(batch ? `scenario ${i}: ${e.message}` : e.message);
      throw e;
    }
  });
  process.stdout.write(`${JSON.stringify(batch ? results : results[0], null, 1)}\n`);
}

function main(argv: string[]): void {
  const args = argv.filter((a) => a !== '--');
  if (args.length !== 1) fail(USAGE);
  try {
    if (args[0] === '--list') list();
    else run(args[0] as string);
  } catch (e) {
    if (e instanceof DataError) fail(`the bundled data are invalid: ${e.message}`);
    throw e;
  }
}

main(process.argv.slice(2));
