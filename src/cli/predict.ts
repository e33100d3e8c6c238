// The prediction command line of the shared contract: parse arguments, run the engine, print JSON.
import { readFileSync } from 'node:fs';
import type { Model } from '../model/types';
import { bundledModelOrFail, exitQuietlyOnClosedPipe, fail } from './common';

const USAGE = 'usage: npm run --silent predict -- [--model <network file>] <scenarios.json> | --list';

exitQuietlyOnClosedPipe();

/** A network file (SBML-qual, CX2, Cytoscape.js JSON, SIF, BoolNet) as a model, or exit 2 naming the line or element at fault. */
async function loadFileModel(path: string): Promise<Model> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read model file "${path}": ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const { loadNetworkModel, FormatError } = await import('../formats/index');
  try {
    const { model, imported } = loadNetworkModel(text, path);
    for (const w of imported.warnings) process.stderr.write(`warning: ${w}\n`);
    return model;
  } catch (e) {
    if (e instanceof FormatError) fail(`model file "${path}": ${e.message}`);
    throw e;
  }
}

/** The bundled model (or the --model file's), or exit 2 naming what is wrong with the data files (a syntax error included). */
async function loadModel(): Promise<Model> {
  if (modelPath !== undefined) return loadFileModel(modelPath);
  return bundledModelOrFail();
}

async function list(): Promise<void> {
  const model = await loadModel();
  const out = {
    drugs: model.drugs.map((d) => ({ id: d.id, name: d.name, synonyms: d.synonyms })),
    mutations: model.pathway.mutations.map((m) => m.id),
    readouts: model.pathway.readouts.map((r) => r.id),
    loops: model.pathway.loops.map((l) => ({ id: l.id, label: l.label })),
  };
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
}

function readScenarios(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read scenario file "${path}": ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  // Editors on some systems start UTF-8 files with a byte-order mark; it is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`scenario file "${path}" is not valid JSON: ${(e as Error).message}`);
  }
}

async function run(path: string): Promise<void> {
  const input = readScenarios(path);
  const model = await loadModel();
  const { predict, ScenarioError } = await import('../engine/predict');
  const batch = Array.isArray(input);
  const scenarios = batch ? (input as unknown[]) : [input];
  const results = scenarios.map((s, i) => {
    try {
      const result = predict(model, s, (w) =>
        process.stderr.write(`warning: ${batch ? `scenario ${i}: ` : ''}${w}\n`),
      );
      if (!result.converged) process.stderr.write(`warning: scenario ${i} did not reach a steady state\n`);
      return result;
    } catch (e) {
      if (e instanceof ScenarioError) fail(batch ? `scenario ${i}: ${e.message}` : e.message);
      throw e;
    }
  });
  // Written result by result, so a batch of any size never has to fit in one string.
  if (!batch) {
    process.stdout.write(`${JSON.stringify(results[0], null, 1)}\n`);
    return;
  }
  process.stdout.write('[\n');
  results.forEach((r, i) => {
    process.stdout.write(`${JSON.stringify(r, null, 1)}${i < results.length - 1 ? ',' : ''}\n`);
  });
  process.stdout.write(']\n');
}

/** The network file given with --model (undefined: the bundled model). */
let modelPath: string | undefined;

async function main(argv: string[]): Promise<void> {
  const args = argv.filter((a) => a !== '--');
  const m = args.indexOf('--model');
  if (m >= 0) {
    modelPath = args[m + 1];
    if (modelPath === undefined || modelPath.startsWith('--')) fail(`--model needs a file; ${USAGE}`);
    args.splice(m, 2);
  }
  if (args.length !== 1) fail(USAGE);
  if (args[0] === '--list') await list();
  else await run(args[0] as string);
}

await main(process.argv.slice(2));
