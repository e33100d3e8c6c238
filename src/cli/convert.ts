// The conversion command line: read a network file (or the bundled model), write it in another format.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Model } from '../model/types';
import { bundledModelOrFail, exitQuietlyOnClosedPipe, fail } from './common';

const USAGE =
  'usage: npm run --silent convert -- <in-file> | --bundled --to sbml-qual|cx2|cyjs|sif|bnet [-o <out-file>] [--scenario <scenario.json>]';

exitQuietlyOnClosedPipe();

interface Args {
  input?: string;
  bundled: boolean;
  to?: string;
  out?: string;
  scenario?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { bundled: false };
  const rest = argv.filter((a) => a !== '--');
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const value = () => {
      const v = rest[++i];
      if (v === undefined || v.startsWith('--')) fail(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--bundled') args.bundled = true;
    else if (a === '--to') args.to = value();
    else if (a === '-o' || a === '--out') args.out = value();
    else if (a === '--scenario') args.scenario = value();
    else if (a.startsWith('-')) fail(`unknown option "${a}"; ${USAGE}`);
    else if (args.input !== undefined) fail(`more than one input file ("${args.input}", "${a}"); ${USAGE}`);
    else args.input = a;
  }
  if (args.bundled === (args.input !== undefined)) fail(USAGE);
  if (!args.to) fail(`--to is missing; ${USAGE}`);
  return args;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    fail(`cannot read ${what} "${path}": ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  // The bundled data first: an imported network takes its drugs from them, and a broken data file is named in one line.
  const bundled = await bundledModelOrFail();
  const formats = await import('../formats/index');
  const to = args.to as string;
  if (!(formats.FORMAT_IDS as readonly string[]).includes(to))
    fail(`unknown format "${to}"; valid formats: ${formats.FORMAT_IDS.join(', ')}`);
  let model: Model;
  let name = 'Pathway Lens: PI3K/AKT/mTOR and IGF/EGFR/HER2 signalling';
  if (args.bundled) {
    model = bundled;
  } else {
    const path = args.input as string;
    try {
      const loaded = formats.loadNetworkModel(readText(path, 'network file'), path);
      model = loaded.model;
      name = loaded.imported.name;
      for (const w of loaded.imported.warnings) process.stderr.write(`warning: ${w}\n`);
    } catch (e) {
      if (e instanceof formats.FormatError) fail(`${path}: ${e.message}`);
      throw e;
    }
  }
  let result: import('../engine/scenario').ScenarioResult | undefined;
  let resultLabel: string | undefined;
  if (args.scenario) {
    const text = readText(args.scenario, 'scenario file').replace(/^\uFEFF/, '');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      fail(`scenario file "${args.scenario}" is not valid JSON: ${(e as Error).message}`);
    }
    const { resolveScenario, ScenarioError } = await import('../engine/predict');
    const { runScenario } = await import('../engine/scenario');
    try {
      const s = resolveScenario(model, Array.isArray(raw) ? raw[0] : raw);
      result = runScenario(model, s.scenario, s.timescale);
      resultLabel = s.id ?? s.scenario.treatment.map((g) => g.drug.name).join(' + ');
    } catch (e) {
      if (e instanceof ScenarioError) fail(e.message);
      throw e;
    }
  }
  const text = formats.exportNetwork(model, to as (typeof formats.FORMAT_IDS)[number], {
    name,
    result,
    resultLabel,
  });
  if (args.out) {
    try {
      writeFileSync(args.out, text);
    } catch (e) {
      fail(`cannot write "${args.out}": ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
  } else process.stdout.write(text);
}

await main(process.argv.slice(2));
