// The prediction contract: validates a scenario, simulates it and its reference, and reports readouts.

import { lookupKey } from '../model/lookupKey';
import type { Drug, Model } from '../model/types';
import { type Direction, direction } from './direction';
import { type GivenDrug, NOMINAL_DOSES } from './effects';
import { type Condition, readoutValue, simulate, type Timescale } from './simulate';

export interface TreatmentInput {
  drug: string;
  dose: 'low' | 'high' | number;
}

/** A cell context: mutations by id, and nodes clamped (node id → 0 knocked out, 1 forced on). */
export interface ScenarioContext {
  mutations?: string[];
  clamp?: Record<string, 0 | 1>;
}

export interface Scenario {
  id?: string;
  context?: ScenarioContext;
  treatment?: TreatmentInput[];
  reference?: { context?: ScenarioContext; treatment?: TreatmentInput[] };
  feedback?: Record<string, boolean>;
  timescale?: Timescale;
  readouts?: string[];
}

export interface ReadoutResult {
  reference: number;
  value: number;
  direction: Direction;
}

export interface PredictionResult {
  id?: string;
  readouts: Record<string, ReadoutResult>;
  /** False when the solver could not settle the network (the values are then the last iterate). */
  converged: boolean;
}

/** Bad input: the message names the offending value and lists valid ones. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
}

const SCENARIO_KEYS = ['id', 'context', 'treatment', 'reference', 'feedback', 'timescale', 'readouts'];
const CONTEXT_KEYS = ['mutations', 'clamp'];
const REFERENCE_KEYS = ['context', 'treatment'];
const TREATMENT_KEYS = ['drug', 'dose'];

/** Throws naming the first key of `obj` that is not in `allowed` (a misspelt or misplaced key changes the answer silently otherwise). */
function rejectUnknownKeys(obj: object, allowed: string[], where: string): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key))
      throw new ScenarioError(`unknown key "${key}" in ${where}; allowed keys: ${allowed.join(', ')}`);
}

/** A value as the user wrote it, for messages (numbers as numbers, even when JSON cannot hold them). */
function shown(value: unknown): string {
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listValid(values: string[]): string {
  return values.length > 20
    ? `${values.slice(0, 20).join(', ')}, … (${values.length} in all)`
    : values.join(', ');
}

const drugIndexCache = new WeakMap<Model, Map<string, Drug>>();

/** Finds a drug by id, name or synonym, ignoring case, spaces and dashes; undefined when unknown. */
export function findDrug(model: Model, name: string): Drug | undefined {
  let index = drugIndexCache.get(model);
  if (!index) {
    index = new Map();
    for (const d of model.drugs) for (const n of [d.id, d.name, ...d.synonyms]) index.set(lookupKey(n), d);
    drugIndexCache.set(model, index);
  }
  return index.get(lookupKey(name));
}

/** Reports something the input asked for that was read differently (the command line writes it on stderr). */
export type WarningSink = (message: string) => void;

/** One treatment entry as a drug and its dose, or throws a ScenarioError naming the bad entry. */
function resolveGivenDrug(model: Model, item: unknown, where: string, i: number): GivenDrug {
  if (!isObject(item) || typeof item.drug !== 'string')
    throw new ScenarioError(`${where}[${i}] must be an object with a "drug" name`);
  rejectUnknownKeys(item, TREATMENT_KEYS, `${where}[${i}]`);
  const { drug: name, dose } = item as unknown as TreatmentInput;
  const drug = findDrug(model, name);
  if (!drug)
    throw new ScenarioError(
      `unknown drug "${name}"; valid drugs: ${listValid(model.drugs.map((d) => d.id))}`,
    );
  if (drug.selectable === false)
    throw new ScenarioError(
      `drug "${name}" cannot be simulated: ${drug.unselectableReason ?? 'it has no target in the model'}`,
    );
  if (!drug.doses) {
    if (dose === 'low' || dose === 'high') return { drug, doseNM: NOMINAL_DOSES[dose], nominal: true };
    throw new ScenarioError(
      `drug "${name}" has no confirmed potency, so only relative doses work: use "low" (about its IC50) or "high" (near-complete block), not ${shown(dose)}`,
    );
  }
  let doseNM: number;
  if (dose === 'low' || dose === 'high') doseNM = drug.doses[dose].nM;
  else if (typeof dose === 'number' && Number.isFinite(dose) && dose >= 0) doseNM = dose;
  else
    throw new ScenarioError(
      `invalid dose ${shown(dose)} for drug "${name}"; use "low", "high" or a non-negative finite number of nM`,
    );
  return { drug, doseNM };
}

/**
 * Resolves a treatment list to drugs and nM doses, or throws a ScenarioError naming the bad entry. A drug given
 * twice (also under a synonym) is given once, at the larger dose, and `warn` is told.
 */
export function resolveTreatment(
  model: Model,
  treatment: unknown,
  where: string,
  warn: WarningSink = () => undefined,
): GivenDrug[] {
  if (treatment === undefined) return [];
  if (!Array.isArray(treatment)) throw new ScenarioError(`${where} must be an array of { drug, dose }`);
  const given = new Map<string, { entry: GivenDrug; name: string }>();
  treatment.forEach((item, i) => {
    const entry = resolveGivenDrug(model, item, where, i);
    const name = (item as TreatmentInput).drug;
    const earlier = given.get(entry.drug.id);
    if (!earlier) {
      given.set(entry.drug.id, { entry, name });
      return;
    }
    if (entry.doseNM > earlier.entry.doseNM) earlier.entry = entry;
    const dose = earlier.entry.nominal ? `${earlier.entry.doseNM}× its IC50` : `${earlier.entry.doseNM} nM`;
    warn(
      `${where} gives ${entry.drug.id} twice ("${earlier.name}" and "${name}"); using the larger dose, ${dose}`,
    );
  });
  return [...given.values()].map((g) => g.entry);
}

function resolveMutations(model: Model, context: unknown, where: string): string[] {
  if (context === undefined) return [];
  if (!isObject(context))
    throw new ScenarioError(`${where} must be an object like { "mutations": [...] }, not ${shown(context)}`);
  rejectUnknownKeys(context, CONTEXT_KEYS, where);
  const mutations = 'mutations' in context ? context.mutations : [];
  if (!Array.isArray(mutations))
    throw new ScenarioError(`${where}.mutations must be an array of mutation ids, not ${shown(mutations)}`);
  const valid = model.pathway.mutations.map((m) => m.id);
  return mutations.map((m) => {
    if (typeof m !== 'string' || !valid.includes(m))
      throw new ScenarioError(`unknown mutation ${JSON.stringify(m)}; valid mutations: ${listValid(valid)}`);
    return m;
  });
}

/** A node by id, or by its label when exactly one node has it. */
function findNode(model: Model, name: string): string | undefined {
  if (model.nodeById.has(name)) return name;
  const byLabel = model.pathway.nodes.filter((n) => n.label === name);
  return byLabel.length === 1 ? byLabel[0]?.id : undefined;
}

/** The context's clamps (node id → 0 or 1), undefined when it has none. */
function resolveClamp(model: Model, context: unknown, where: string): Map<string, number> | undefined {
  if (!isObject(context) || context.clamp === undefined) return undefined;
  const clamp = context.clamp;
  if (!isObject(clamp))
    throw new ScenarioError(`${where}.clamp must be an object of node id → 0 or 1, not ${shown(clamp)}`);
  const out = new Map<string, number>();
  for (const [name, value] of Object.entries(clamp)) {
    const id = findNode(model, name);
    if (id === undefined)
      throw new ScenarioError(
        `unknown node "${name}" in ${where}.clamp; valid nodes: ${listValid(model.pathway.nodes.map((n) => n.id))}`,
      );
    if (value !== 0 && value !== 1)
      throw new ScenarioError(
        `${where}.clamp "${name}" must be 0 (knocked out) or 1 (forced on), not ${shown(value)}`,
      );
    out.set(id, value);
  }
  return out.size ? out : undefined;
}

/** Checks a scenario and returns the two conditions it compares, its timescale and its readouts. */
export function resolveScenario(model: Model, raw: unknown, warn?: WarningSink) {
  if (!isObject(raw)) throw new ScenarioError(`a scenario must be a JSON object, not ${shown(raw)}`);
  rejectUnknownKeys(raw, SCENARIO_KEYS, 'scenario');
  for (const key of ['context', 'treatment', 'reference', 'feedback', 'timescale', 'readouts'])
    if (key in raw && raw[key] === null)
      throw new ScenarioError(`"${key}" is null; leave it out for the default, or give a value`);
  const s = raw as Scenario;
  if (s.id !== undefined && typeof s.id !== 'string')
    throw new ScenarioError('scenario "id" must be a string');
  const mutations = resolveMutations(model, s.context, 'context');
  const treatment = resolveTreatment(model, s.treatment, 'treatment', warn);
  const loopIds = model.pathway.loops.map((l) => l.id);
  const loopsOff = new Set<string>();
  if (s.feedback !== undefined) {
    if (typeof s.feedback !== 'object' || s.feedback === null || Array.isArray(s.feedback))
      throw new ScenarioError('"feedback" must be an object of loop id → true/false');
    for (const [loop, on] of Object.entries(s.feedback)) {
      if (!loopIds.includes(loop))
        throw new ScenarioError(`unknown loop "${loop}"; valid loops: ${listValid(loopIds)}`);
      if (typeof on !== 'boolean')
        throw new ScenarioError(`loop "${loop}" must be true or false, not ${JSON.stringify(on)}`);
      if (!on) loopsOff.add(loop);
    }
  }
  const timescale = s.timescale ?? 'sustained';
  if (timescale !== 'acute' && timescale !== 'sustained')
    throw new ScenarioError(
      `unknown timescale ${JSON.stringify(timescale)}; valid timescales: acute, sustained`,
    );
  const readoutIds = model.pathway.readouts.map((r) => r.id);
  const readouts = s.readouts ?? readoutIds;
  if (!Array.isArray(readouts)) throw new ScenarioError('"readouts" must be an array of readout ids');
  for (const r of readouts)
    if (typeof r !== 'string' || !readoutIds.includes(r))
      throw new ScenarioError(
        `unknown readout ${JSON.stringify(r)}; valid readouts: ${listValid(readoutIds)}`,
      );
  const clamp = resolveClamp(model, s.context, 'context');
  const scenario: Condition = { mutations, treatment, loopsOff, ...(clamp ? { clamp } : {}) };
  let reference: Condition = { ...scenario, treatment: [] };
  if (s.reference !== undefined) {
    if (!isObject(s.reference))
      throw new ScenarioError(`"reference" must be an object, not ${shown(s.reference)}`);
    rejectUnknownKeys(s.reference, REFERENCE_KEYS, 'reference');
    reference = {
      mutations:
        s.reference.context === undefined
          ? mutations
          : resolveMutations(model, s.reference.context, 'reference.context'),
      treatment: resolveTreatment(model, s.reference.treatment, 'reference.treatment', warn),
      loopsOff,
    };
    const referenceClamp =
      s.reference.context === undefined
        ? clamp
        : resolveClamp(model, s.reference.context, 'reference.context');
    if (referenceClamp) reference.clamp = referenceClamp;
  }
  return { id: s.id, scenario, reference, timescale: timescale as Timescale, readouts: readouts as string[] };
}

/** Runs one scenario of the contract. Throws ScenarioError on bad input; `warn` hears of input read differently. */
export function predict(model: Model, raw: unknown, warn?: WarningSink): PredictionResult {
  const { id, scenario, reference, timescale, readouts } = resolveScenario(model, raw, warn);
  const treated = simulate(model, scenario, timescale);
  const base = simulate(model, reference, timescale);
  const out: Record<string, ReadoutResult> = {};
  for (const rid of readouts) {
    const readout = model.pathway.readouts.find((r) => r.id === rid);
    if (!readout) continue;
    const ref = round(readoutValue(model, base, readout));
    const value = round(readoutValue(model, treated, readout));
    out[rid] = { reference: ref, value, direction: direction(ref, value) };
  }
  const result: PredictionResult = { readouts: out, converged: treated.converged && base.converged };
  return id === undefined ? result : { id, ...result };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
