// Links: the state encodes to a versioned fragment and decodes back; bad parts are listed, never fatal.
import { NOTICE_ITEMS_SHOWN, noticeText } from '../../src/features/Share/ShareControls';
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

  /** Decodes a link and returns the drugs it gives and what it reports, as one string. */
  const decoded = (hash: string) => {
    const back = decodeLink(hash, model, stories, presets);
    return { ...back.state, notice: back.ignored.join(' | ') };
  };
  const high = nM('rapamycin', 'high');

  it('names an empty dose instead of reading it as 0 nM', () => {
    const back = decoded('#v=1&d=rapamycin:');
    expect(back.drugs).toEqual([{ drugId: 'rapamycin', dose: high }]);
    expect(back.notice).toContain('an empty dose of Rapamycin');
    expect(back.notice).toContain('used its high dose');
  });

  it.each([
    ['hexadecimal', '0x10'],
    ['binary', '0b11'],
    ['padded with spaces', '%2010'],
    ['infinite', 'Infinity'],
    ['negative', '-4'],
    ['two doses in one', '5:7'],
    ['above 10 mM', '2e7'],
  ])('names a %s dose ("%s") instead of taking it as a number', (_what, dose) => {
    const back = decoded(`#v=1&d=rapamycin:${dose}`);
    expect(back.drugs).toEqual([{ drugId: 'rapamycin', dose: high }]);
    expect(back.notice).toContain(`dose "${decodeURIComponent(dose)}" of Rapamycin`);
  });

  it.each([
    ['12', 12],
    ['0', 0],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1E-2', 0.01],
  ])('takes the decimal dose "%s" as %s nM without a note', (dose, value) => {
    const back = decoded(`#v=1&d=rapamycin:${dose}`);
    expect(back.drugs).toEqual([{ drugId: 'rapamycin', dose: value }]);
    expect(back.notice).toBe('');
  });

  it('names a number of nM for a drug that takes only relative doses', () => {
    const back = decoded(`#v=1&d=${relative}:30`);
    expect(back.drugs).toEqual([{ drugId: relative, dose: 'high' }]);
    expect(back.notice).toMatch(/dose "30" of .*only "low" or "high" work for it/);
  });

  it('gives a drug named twice once, at the larger dose, and says so', () => {
    const twice = decoded('#v=1&d=rapamycin:5,rapamycin:50');
    expect(twice.drugs).toEqual([{ drugId: 'rapamycin', dose: 50 }]);
    expect(twice.notice).toContain('Rapamycin given twice (kept the larger dose, 50 nM)');
    const relativeTwice = decoded(`#v=1&d=${relative}:high,${relative}:low`);
    expect(relativeTwice.drugs).toEqual([{ drugId: relative, dose: 'high' }]);
    expect(relativeTwice.notice).toContain('given twice (kept the larger dose, high)');
  });

  it('reads synonyms and names as the command line does, and counts a synonym of a given drug as a repeat', () => {
    expect(decoded('#v=1&d=sirolimus:20')).toEqual({
      drugs: [{ drugId: 'rapamycin', dose: 20 }],
      notice: '',
    });
    expect(decoded('#v=1&d=RAD001:low').drugs).toEqual([
      { drugId: 'everolimus', dose: nM('everolimus', 'low') },
    ]);
    const both = decoded('#v=1&d=rapamycin:3,Sirolimus:7');
    expect(both.drugs).toEqual([{ drugId: 'rapamycin', dose: 7 }]);
    expect(both.notice).toContain('Rapamycin given twice');
  });

  it('names a field given twice, the version included, and uses the first', () => {
    const back = decoded('#v=1&v=2&d=rapamycin:5&d=gefitinib:9');
    expect(back.drugs).toEqual([{ drugId: 'rapamycin', dose: 5 }]);
    expect(back.notice).toContain('field "v" given 2 times (used the first)');
    expect(back.notice).toContain('field "d" given 2 times (used the first)');
  });

  it('names a mutation or loop given twice and keeps it once', () => {
    const back = decoded('#v=1&m=KRAS_G12,KRAS_G12&off=S6K1-IRS1,S6K1-IRS1');
    expect(back.mutations).toEqual(['KRAS_G12']);
    expect(back.loopsOff).toEqual(['S6K1-IRS1']);
    expect(back.notice).toContain('mutation "KRAS_G12" given twice');
    expect(back.notice).toContain('loop "S6K1-IRS1" given twice');
  });

  it.each([
    ['#v=1&s=rapalogs&step=0x2', 'step "0x2" of story "rapalogs"'],
    ['#v=1&s=rapalogs&step=', 'step "" of story "rapalogs"'],
    ['#v=1&s=rapalogs&step=2.5', 'step "2.5" of story "rapalogs"'],
    ['#v=1&step=3', 'step "3" without a story'],
  ])('names a step it cannot take as written: %s', (hash, note) => {
    expect(decoded(hash).notice).toContain(note);
  });
});

describe('the notice of what a link could not use', () => {
  it('names the first few items and counts the rest, so 8,000 unknown drugs make one short line', () => {
    const hash = `#v=1&d=${Array.from({ length: 8000 }, (_, i) => `nodrug${i}:1`).join(',')}`;
    const { ignored } = decodeLink(hash, model, stories, presets);
    expect(ignored).toHaveLength(8000);
    const text = noticeText(ignored);
    expect(text).toContain('unknown drug "nodrug0"');
    expect(text).toContain(`unknown drug "nodrug${NOTICE_ITEMS_SHOWN - 1}"`);
    expect(text).not.toContain(`"nodrug${NOTICE_ITEMS_SHOWN}"`);
    expect(text).toMatch(new RegExp(`; and ${(8000 - NOTICE_ITEMS_SHOWN).toLocaleString('en')} more$`));
    expect(text.length).toBeLessThan(600);
  });

  it('cuts one very long item short', () => {
    const text = noticeText([`unknown drug "${'x'.repeat(5000)}"`]);
    expect(text.length).toBeLessThan(100);
    expect(text.endsWith('…')).toBe(true);
  });

  it('lists every item when there are only a few', () => {
    expect(noticeText(['a', 'b'])).toBe('a; b');
  });
});
