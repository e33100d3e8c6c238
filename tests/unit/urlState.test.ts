// Links: the state encodes to a versioned fragment and decodes back; bad parts are listed, never fatal.
import { INITIAL_SCENARIO } from '../../src/stores/scenarioStore';
import { decodeLink, encodeLink, type LinkState } from '../../src/stores/urlState';
import { model, selectableDrugs } from './helpers';

const stories = new Map([['rapalogs', 5]]);
const presets = new Set(['wild-type', 'egfr-t790m']);

// Drugs without a confirmed potency take relative doses ("low", "high"); which ones those are is the data's call.
const [relative = '', otherRelative = ''] = selectableDrugs.filter((d) => !d.doses).map((d) => d.id);

const state: LinkState = {
  drugs: [
    { drugId: 'rapamycin', dose: 12.5 },
    { drugId: relative, dose: 'high' },
  ],
  mutations: ['PTEN_loss'],
  presetId: null,
  loopsOff: ['S6K1-IRS1'],
  timescale: 'acute',
  selectedNode: 'AKT_pS473',
  story: 'rapalogs',
  step: 2,
};

/** What the app restores from a link: the decoded fields over the defaults (scenarioStore.restore, no story). */
function restored(hash: string): LinkState {
  const back = decodeLink(hash, model, stories, presets);
  expect(back.ignored).toEqual([]);
  return { ...INITIAL_SCENARIO, story: null, step: 0, ...back.state };
}

const nM = (drugId: string, level: 'low' | 'high') => model.drugById.get(drugId)?.doses?.[level].nM;

describe('links', () => {
  const fields: Array<keyof LinkState> = [
    'drugs',
    'mutations',
    'presetId',
    'loopsOff',
    'timescale',
    'selectedNode',
    'story',
    'step',
  ];

  it('the state has exactly these fields (a new one needs a place in the link)', () => {
    expect(otherRelative).not.toBe('');
    expect(Object.keys(state).sort()).toEqual([...fields].sort());
    expect(Object.keys({ ...INITIAL_SCENARIO, story: null, step: 0 }).sort()).toEqual([...fields].sort());
  });

  const states: Array<[string, LinkState]> = [
    ['every field set', state],
    ['the defaults', { ...INITIAL_SCENARIO, story: null, step: 0 }],
    [
      'relative doses "low" and "high", numeric and sub-nanomolar doses, several mutations and loops, 24 h',
      {
        drugs: [
          { drugId: relative, dose: 'low' },
          { drugId: otherRelative, dose: 'high' },
          { drugId: 'gefitinib', dose: 990 },
          { drugId: 'azd8055', dose: 0.32 },
        ],
        mutations: ['EGFR_L858R', 'EGFR_T790M'],
        presetId: 'egfr-t790m',
        loopsOff: ['ERK-RAF', 'S6K1-IRS1', 'IGF1R-EGFR'],
        timescale: 'sustained',
        selectedNode: 'MTORC1',
        story: null,
        step: 0,
      },
    ],
    [
      'the first step of a story and a drug at its low dose in nM',
      {
        ...INITIAL_SCENARIO,
        drugs: [{ drugId: 'rapamycin', dose: nM('rapamycin', 'low') as number }],
        story: 'rapalogs',
        step: 0,
      },
    ],
    [
      'the last step of a story',
      { ...INITIAL_SCENARIO, mutations: ['KRAS_G12'], presetId: null, story: 'rapalogs', step: 4 },
    ],
  ];

  for (const [name, s] of states)
    it(`round-trips ${name}, field by field`, () => {
      const hash = encodeLink(s);
      expect(hash).toMatch(/^#v=1(&|$)/);
      const back = restored(hash);
      for (const f of fields) expect(back[f], f).toEqual(s[f]);
    });

  it('reads "low" and "high" in a link as the drug’s own doses, or keeps them relative when it has none', () => {
    const low = nM('rapamycin', 'low');
    const high = nM('rapamycin', 'high');
    expect(low).not.toBe(high);
    expect(restored('#v=1&d=rapamycin:low').drugs).toEqual([{ drugId: 'rapamycin', dose: low }]);
    expect(restored('#v=1&d=rapamycin:high').drugs).toEqual([{ drugId: 'rapamycin', dose: high }]);
    expect(restored(`#v=1&d=${relative}:low`).drugs).toEqual([{ drugId: relative, dose: 'low' }]);
    expect(restored(`#v=1&d=${relative}:high`).drugs).toEqual([{ drugId: relative, dose: 'high' }]);
    // a drug without a dose is given at its high dose
    expect(restored('#v=1&d=rapamycin').drugs).toEqual([{ drugId: 'rapamycin', dose: high }]);
  });

  it('writes doses with four significant digits, and leaves out empty lists, 24 h and "no story"', () => {
    const link = encodeLink({
      ...INITIAL_SCENARIO,
      drugs: [{ drugId: 'rapamycin', dose: 12.34567 }],
      story: null,
      step: 0,
    });
    expect(link).toBe('#v=1&d=rapamycin%3A12.35&p=wild-type');
  });

  it('keeps what it can from a broken link and names the rest', () => {
    const back = decodeLink(
      '#v=7&d=nope:3,rapamycin:-4&m=KRAS_G12,XYZ&t=2d&n=ZZ&s=ghost&off=S6K1-IRS1,bad',
      model,
      stories,
      presets,
    );
    expect(back.state.drugs).toEqual([
      { drugId: 'rapamycin', dose: model.drugById.get('rapamycin')?.doses?.high.nM },
    ]);
    expect(back.state.mutations).toEqual(['KRAS_G12']);
    expect(back.state.loopsOff).toEqual(['S6K1-IRS1']);
    const text = back.ignored.join(' | ');
    for (const part of ['version 7', '"nope"', '"-4"', '"XYZ"', '"2d"', '"ZZ"', '"ghost"', '"bad"'])
      expect(text).toContain(part);
  });

  it('reads an empty or garbage fragment as nothing to restore', () => {
    expect(decodeLink('', model, stories, presets)).toEqual({ state: {}, ignored: [] });
    expect(decodeLink('#%%%', model, stories, presets).state).toEqual({});
  });
});
