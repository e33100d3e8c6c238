// The whole explorer state as a versioned URL fragment, and back; unknown or bad parts are reported, never fatal.
import { findDrug } from '../engine/predict';
import type { Timescale } from '../engine/simulate';
import type { Drug, Model } from '../model/types';
import { choiceDose } from './condition';
import type { GivenDrugChoice, ScenarioState } from './scenarioStore';

export const URL_STATE_VERSION = 1;

/** State that also lives in the URL besides the scenario: the lecture story and its step. */
export interface LinkState extends ScenarioState {
  story: string | null;
  step: number;
}

export interface ParsedLink {
  state: Partial<LinkState>;
  /** Human-readable list of what was ignored, for the notice. */
  ignored: string[];
}

const TIMESCALE_CODE: Record<Timescale, string> = { acute: '1h', sustained: '24h' };
const TIMESCALES: readonly Timescale[] = ['acute', 'sustained'];

/** The ids of a comma list that the model knows, each once; unknown and repeated ones are reported. */
function knownIds(
  list: string,
  known: ReadonlyArray<{ id: string }>,
  what: string,
  ignored: string[],
): string[] {
  const valid = new Set(known.map((x) => x.id));
  const ids: string[] = [];
  for (const x of list.split(',')) {
    if (!x) continue;
    if (!valid.has(x)) ignored.push(`unknown ${what} "${x}"`);
    else if (ids.includes(x)) ignored.push(`${what} "${x}" given twice (kept once)`);
    else ids.push(x);
  }
  return ids;
}

/** Encodes the state as `#v=1&d=…&m=…` (only what differs from the defaults). */
export function encodeLink(state: LinkState): string {
  const p = new URLSearchParams();
  p.set('v', String(URL_STATE_VERSION));
  if (state.drugs.length)
    p.set(
      'd',
      state.drugs
        .map((d) => `${d.drugId}:${typeof d.dose === 'number' ? Number(d.dose.toPrecision(4)) : d.dose}`)
        .join(','),
    );
  if (state.mutations.length) p.set('m', state.mutations.join(','));
  if (state.presetId) p.set('p', state.presetId);
  if (state.loopsOff.length) p.set('off', state.loopsOff.join(','));
  if (state.timescale !== 'sustained') p.set('t', TIMESCALE_CODE[state.timescale]);
  if (state.selectedNode) p.set('n', state.selectedNode);
  if (state.story) {
    p.set('s', state.story);
    p.set('step', String(state.step + 1));
  }
  return `#${p.toString()}`;
}

const FIELDS = new Set(['v', 'd', 'm', 'p', 'off', 't', 'n', 's', 'step']);

/** Notes on the link's version, on fields this version does not know and on fields given more than once. */
function formatNotes(p: URLSearchParams): string[] {
  const notes: string[] = [];
  const version = p.get('v');
  if (version === null) notes.push('a link without a version (read as version 1)');
  else if (version !== String(URL_STATE_VERSION))
    notes.push(`link version ${version} (this app reads version ${URL_STATE_VERSION}; read as best it can)`);
  for (const key of new Set(p.keys())) {
    if (!FIELDS.has(key)) notes.push(`unknown field "${key}"`);
    const times = p.getAll(key).length;
    if (times > 1) notes.push(`field "${key}" given ${times} times (used the first)`);
  }
  return notes;
}

/** A dose in nM as links write it: a plain decimal number (no hex, no spaces, no "Infinity"). */
const DECIMAL_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The largest dose a link may give, in nM (10 mM). */
const MAX_DOSE_NM = 1e7;

/** One drug's dose from its text: "low"/"high", or nM for drugs with confirmed potency (else its high dose). */
function decodeDose(drug: Drug, doseText: string, ignored: string[]): GivenDrugChoice['dose'] {
  if (doseText === 'low' || doseText === 'high') return choiceDose(drug, doseText);
  const n = DECIMAL_NUMBER.test(doseText) ? Number(doseText) : Number.NaN;
  if (!drug.doses || !(n <= MAX_DOSE_NM)) {
    const what = doseText === '' ? 'an empty dose' : `dose "${doseText}"`;
    const why = !drug.doses
      ? 'only "low" or "high" work for it'
      : Number.isNaN(n)
        ? 'not a number of nM'
        : 'above 10 mM';
    ignored.push(`${what} of ${drug.name}: ${why} (used its high dose)`);
    return choiceDose(drug, 'high');
  }
  return n;
}

/** The larger of two doses of one drug: numbers by value, relative doses "high" over "low". */
function largerDose(a: GivenDrugChoice['dose'], b: GivenDrugChoice['dose']): GivenDrugChoice['dose'] {
  if (typeof a === 'number' && typeof b === 'number') return Math.max(a, b);
  return a === 'high' || b === 'high' ? 'high' : a;
}

/**
 * The drugs of `d=id:dose,…`. Names resolve as in the command line (id, name or synonym); unknown and
 * unsimulatable drugs are reported; a drug given twice is given once, at the larger dose, and reported.
 */
function decodeDrugs(list: string, model: Model, ignored: string[]): GivenDrugChoice[] {
  const drugs: GivenDrugChoice[] = [];
  for (const part of list.split(',').filter(Boolean)) {
    const colon = part.indexOf(':');
    const name = colon < 0 ? part : part.slice(0, colon);
    const drug = findDrug(model, name);
    if (!drug) {
      ignored.push(`unknown drug "${name}"`);
      continue;
    }
    if (drug.selectable === false) {
      ignored.push(`drug "${drug.name}" (cannot be simulated)`);
      continue;
    }
    const dose = colon < 0 ? choiceDose(drug, 'high') : decodeDose(drug, part.slice(colon + 1), ignored);
    const earlier = drugs.find((x) => x.drugId === drug.id);
    if (!earlier) drugs.push({ drugId: drug.id, dose });
    else {
      earlier.dose = largerDose(earlier.dose, dose);
      ignored.push(
        `${drug.name} given twice (kept the larger dose, ${earlier.dose}${typeof earlier.dose === 'number' ? ' nM' : ''})`,
      );
    }
  }
  return drugs;
}

/** The lecture story of `s=…&step=…`; a step out of range starts the story at step 1. */
function decodeStory(
  p: URLSearchParams,
  storyIds: Map<string, number>,
  ignored: string[],
): Pick<LinkState, 'story' | 'step'> | undefined {
  const s = p.get('s');
  const stepText = p.get('step');
  if (s === null) {
    if (stepText !== null) ignored.push(`step "${stepText}" without a story`);
    return undefined;
  }
  const steps = storyIds.get(s);
  if (steps === undefined) {
    ignored.push(`unknown story "${s}"`);
    return undefined;
  }
  const step = stepText === null ? 1 : /^\d+$/.test(stepText) ? Number(stepText) : Number.NaN;
  if (step >= 1 && step <= steps) return { story: s, step: step - 1 };
  ignored.push(`step "${stepText}" of story "${s}" (started at step 1)`);
  return { story: s, step: 0 };
}

/** Decodes a fragment against the model; everything it cannot use is listed in `ignored`. */
export function decodeLink(
  hash: string,
  model: Model,
  storyIds: Map<string, number>,
  presetIds: Set<string>,
): ParsedLink {
  const state: Partial<LinkState> = {};
  const raw = hash.replace(/^#/, '');
  if (!raw) return { state, ignored: [] };
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(raw);
  } catch {
    return { state, ignored: ['the link could not be read'] };
  }
  const ignored = formatNotes(p);
  const d = p.get('d');
  if (d !== null) state.drugs = decodeDrugs(d, model, ignored);
  const m = p.get('m');
  if (m !== null) state.mutations = knownIds(m, model.pathway.mutations, 'mutation', ignored);
  const preset = p.get('p');
  if (preset !== null) {
    if (presetIds.has(preset)) state.presetId = preset;
    else ignored.push(`unknown cell model "${preset}"`);
  }
  if (state.mutations && !state.presetId) state.presetId = null;
  const off = p.get('off');
  if (off !== null) state.loopsOff = knownIds(off, model.pathway.loops, 'loop', ignored);
  const t = p.get('t');
  if (t !== null) {
    const timescale = TIMESCALES.find((k) => TIMESCALE_CODE[k] === t);
    if (timescale) state.timescale = timescale;
    else ignored.push(`unknown timescale "${t}"`);
  }
  const n = p.get('n');
  if (n !== null) {
    if (model.nodeById.has(n)) state.selectedNode = n;
    else ignored.push(`unknown node "${n}"`);
  }
  Object.assign(state, decodeStory(p, storyIds, ignored));
  return { state, ignored };
}
