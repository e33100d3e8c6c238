// The whole explorer state as a versioned URL fragment, and back; unknown or bad parts are reported, never fatal.
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

/** The ids of a comma list that the model knows; each unknown one is reported as ignored. */
function knownIds(
  list: string,
  known: ReadonlyArray<{ id: string }>,
  what: string,
  ignored: string[],
): string[] {
  const valid = new Set(known.map((x) => x.id));
  return list.split(',').filter((x) => {
    if (!x) return false;
    if (!valid.has(x)) ignored.push(`unknown ${what} "${x}"`);
    return valid.has(x);
  });
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

/** Notes on the link's version and on fields this version does not know. */
function formatNotes(p: URLSearchParams): string[] {
  const notes: string[] = [];
  const version = p.get('v');
  if (version === null) notes.push('a link without a version (read as version 1)');
  else if (version !== String(URL_STATE_VERSION))
    notes.push(`link version ${version} (this app reads version ${URL_STATE_VERSION}; read as best it can)`);
  for (const key of p.keys()) if (!FIELDS.has(key)) notes.push(`unknown field "${key}"`);
  return notes;
}

/** One drug's dose from its text: "low"/"high", or nM for drugs with confirmed potency (else its high dose). */
function decodeDose(drug: Drug, doseText: string, ignored: string[]): GivenDrugChoice['dose'] {
  if (doseText === 'low' || doseText === 'high') return choiceDose(drug, doseText);
  const n = Number(doseText);
  if (!drug.doses || !Number.isFinite(n) || n < 0 || n > 1e7) {
    ignored.push(`dose "${doseText}" of ${drug.name} (used its high dose)`);
    return choiceDose(drug, 'high');
  }
  return n;
}

/** The drugs of `d=id:dose,…`: unknown and unsimulatable drugs are reported, repeats dropped. */
function decodeDrugs(list: string, model: Model, ignored: string[]): GivenDrugChoice[] {
  const drugs: GivenDrugChoice[] = [];
  for (const part of list.split(',').filter(Boolean)) {
    const [id = '', doseText = 'high'] = part.split(':');
    const drug = model.drugById.get(id);
    if (!drug) ignored.push(`unknown drug "${id}"`);
    else if (drug.selectable === false) ignored.push(`drug "${drug.name}" (cannot be simulated)`);
    else if (!drugs.some((x) => x.drugId === id))
      drugs.push({ drugId: id, dose: decodeDose(drug, doseText, ignored) });
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
  if (s === null) return undefined;
  const steps = storyIds.get(s);
  if (steps === undefined) {
    ignored.push(`unknown story "${s}"`);
    return undefined;
  }
  const step = Number(p.get('step') ?? '1');
  if (Number.isInteger(step) && step >= 1 && step <= steps) return { story: s, step: step - 1 };
  ignored.push(`step "${p.get('step')}" of story "${s}" (started at step 1)`);
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
