// The whole explorer state as a versioned URL fragment, and back; unknown or bad parts are reported, never fatal.
import type { Timescale } from '../engine/simulate';
import type { Model } from '../model/types';
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

/** The ids of a comma list that the model knows; each unknown one is reported as ignored. */
function knownIds(list: string, known: Array<{ id: string }>, what: string, ignored: string[]): string[] {
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

/** Decodes a fragment against the model; everything it cannot use is listed in `ignored`. */
export function decodeLink(
  hash: string,
  model: Model,
  storyIds: Map<string, number>,
  presetIds: Set<string>,
): ParsedLink {
  const ignored: string[] = [];
  const state: Partial<LinkState> = {};
  const raw = hash.replace(/^#/, '');
  if (!raw) return { state, ignored };
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(raw);
  } catch {
    return { state, ignored: ['the link could not be read'] };
  }
  const version = p.get('v');
  if (version === null) ignored.push('a link without a version (read as version 1)');
  else if (version !== String(URL_STATE_VERSION))
    ignored.push(
      `link version ${version} (this app reads version ${URL_STATE_VERSION}; read as best it can)`,
    );
  const known = new Set(['v', 'd', 'm', 'p', 'off', 't', 'n', 's', 'step']);
  for (const key of p.keys()) if (!known.has(key)) ignored.push(`unknown field "${key}"`);

  const d = p.get('d');
  if (d !== null) {
    const drugs: GivenDrugChoice[] = [];
    for (const part of d.split(',').filter(Boolean)) {
      const [id = '', doseText = 'high'] = part.split(':');
      const drug = model.drugById.get(id);
      if (!drug) {
        ignored.push(`unknown drug "${id}"`);
        continue;
      }
      if (drug.selectable === false) {
        ignored.push(`drug "${drug.name}" (cannot be simulated)`);
        continue;
      }
      if (drugs.some((x) => x.drugId === id)) continue;
      let dose: GivenDrugChoice['dose'];
      if (doseText === 'low' || doseText === 'high') dose = drug.doses ? drug.doses[doseText].nM : doseText;
      else {
        const n = Number(doseText);
        if (!drug.doses || !Number.isFinite(n) || n < 0 || n > 1e7) {
          ignored.push(`dose "${doseText}" of ${drug.name} (used its high dose)`);
          dose = drug.doses ? drug.doses.high.nM : 'high';
        } else dose = n;
      }
      drugs.push({ drugId: id, dose });
    }
    state.drugs = drugs;
  }
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
    if (t === '1h') state.timescale = 'acute';
    else if (t === '24h') state.timescale = 'sustained';
    else ignored.push(`unknown timescale "${t}"`);
  }
  const n = p.get('n');
  if (n !== null) {
    if (model.nodeById.has(n)) state.selectedNode = n;
    else ignored.push(`unknown node "${n}"`);
  }
  const s = p.get('s');
  if (s !== null) {
    const steps = storyIds.get(s);
    if (steps === undefined) ignored.push(`unknown story "${s}"`);
    else {
      state.story = s;
      const step = Number(p.get('step') ?? '1');
      if (Number.isInteger(step) && step >= 1 && step <= steps) state.step = step - 1;
      else {
        ignored.push(`step "${p.get('step')}" of story "${s}" (started at step 1)`);
        state.step = 0;
      }
    }
  }
  return { state, ignored };
}
