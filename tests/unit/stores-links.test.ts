// Links read field by field: each bad part named in the notice, each good part kept (through encodeLink/decodeLink only).
import { INITIAL_SCENARIO } from '../../src/stores/scenarioStore';
import { decodeLink, encodeLink } from '../../src/stores/urlState';
import { model, selectableDrugs } from './helpers';

const stories = new Map([['rapalogs', 5]]);
const presets = new Set(['wild-type', 'egfr-t790m']);
const decode = (hash: string) => decodeLink(hash, model, stories, presets);
const relative = selectableDrugs.find((d) => !d.doses)?.id as string;
const unavailable = model.drugs.find((d) => d.selectable === false);
const high = (id: string) => model.drugById.get(id)?.doses?.high.nM;

describe('reading a link', () => {
  it('reads a link without a version as version 1, and says so', () => {
    const back = decode('#t=1h');
    expect(back.state).toEqual({ timescale: 'acute' });
    expect(back.ignored).toEqual(['a link without a version (read as version 1)']);
  });

  it('reads 1h and 24h, and names any other timescale', () => {
    expect(decode('#v=1&t=24h')).toEqual({ state: { timescale: 'sustained' }, ignored: [] });
    expect(decode('#v=1&t=1h')).toEqual({ state: { timescale: 'acute' }, ignored: [] });
    expect(decode('#v=1&t=acute')).toEqual({ state: {}, ignored: ['unknown timescale "acute"'] });
  });

  it('names fields it does not know and keeps the others', () => {
    expect(decode('#v=1&zoom=3&n=MTORC1')).toEqual({
      state: { selectedNode: 'MTORC1' },
      ignored: ['unknown field "zoom"'],
    });
  });

  it('keeps a known cell model; mutations without one leave the cell model unnamed', () => {
    expect(decode('#v=1&p=egfr-t790m&m=EGFR_T790M').state).toEqual({
      presetId: 'egfr-t790m',
      mutations: ['EGFR_T790M'],
    });
    expect(decode('#v=1&m=PTEN_loss').state).toEqual({ presetId: null, mutations: ['PTEN_loss'] });
    expect(decode('#v=1&p=ghost')).toEqual({ state: {}, ignored: ['unknown cell model "ghost"'] });
  });

  it('ignores empty list entries without naming them', () => {
    expect(decode('#v=1&m=,PTEN_loss,&off=,S6K1-IRS1')).toEqual({
      state: { mutations: ['PTEN_loss'], presetId: null, loopsOff: ['S6K1-IRS1'] },
      ignored: [],
    });
  });

  it('gives each drug once at its larger dose, names drugs that cannot be simulated, and repairs impossible doses, saying why', () => {
    expect(unavailable).toBeDefined();
    const back = decode(
      `#v=1&d=rapamycin:3,rapamycin:9,${unavailable?.id}:high,gefitinib:1e9,everolimus:abc,${relative}:5`,
    );
    expect(back.state.drugs).toEqual([
      { drugId: 'rapamycin', dose: 9 },
      { drugId: 'gefitinib', dose: high('gefitinib') },
      { drugId: 'everolimus', dose: high('everolimus') },
      { drugId: relative, dose: 'high' },
    ]);
    const name = (id: string) => model.drugById.get(id)?.name;
    expect(back.ignored).toEqual([
      `${name('rapamycin')} given twice (kept the larger dose, 9 nM)`,
      `drug "${unavailable?.name}" (cannot be simulated)`,
      `dose "1e9" of ${name('gefitinib')}: above 10 mM (used its high dose)`,
      `dose "abc" of ${name('everolimus')}: not a number of nM (used its high dose)`,
      `dose "5" of ${name(relative)}: only "low" or "high" work for it (used its high dose)`,
    ]);
  });

  it('accepts doses from 0 to 10 mM', () => {
    expect(decode('#v=1&d=rapamycin:0').state.drugs).toEqual([{ drugId: 'rapamycin', dose: 0 }]);
    expect(decode('#v=1&d=rapamycin:10000000').state.drugs).toEqual([{ drugId: 'rapamycin', dose: 1e7 }]);
    expect(decode('#v=1&d=rapamycin:10000001').ignored).toHaveLength(1);
    expect(decode('#v=1&d=rapamycin:-0.5').ignored).toHaveLength(1);
  });

  it('opens a story at the linked step, or at step 1 when the step is not one of its steps', () => {
    expect(decode('#v=1&s=rapalogs&step=5')).toEqual({ state: { story: 'rapalogs', step: 4 }, ignored: [] });
    expect(decode('#v=1&s=rapalogs&step=1')).toEqual({ state: { story: 'rapalogs', step: 0 }, ignored: [] });
    expect(decode('#v=1&s=rapalogs')).toEqual({ state: { story: 'rapalogs', step: 0 }, ignored: [] });
    for (const bad of ['0', '6', '2.5', 'two'])
      expect(decode(`#v=1&s=rapalogs&step=${bad}`), bad).toEqual({
        state: { story: 'rapalogs', step: 0 },
        ignored: [`step "${bad}" of story "rapalogs" (started at step 1)`],
      });
    expect(decode('#v=1&s=ghost&step=2')).toEqual({ state: {}, ignored: ['unknown story "ghost"'] });
  });
});

describe('writing a link', () => {
  const base = { ...INITIAL_SCENARIO, story: null, step: 0 };

  it('writes only the version for the defaults without a cell model', () => {
    expect(encodeLink({ ...base, presetId: null })).toBe('#v=1');
  });

  it('writes 1 h as t=1h and the story step counted from 1', () => {
    expect(encodeLink({ ...base, presetId: null, timescale: 'acute', story: 'rapalogs', step: 0 })).toBe(
      '#v=1&t=1h&s=rapalogs&step=1',
    );
  });

  it('writes the selected node, mutations and loops switched off', () => {
    const link = encodeLink({
      ...base,
      presetId: null,
      mutations: ['PTEN_loss', 'KRAS_G12'],
      loopsOff: ['S6K1-IRS1'],
      selectedNode: 'MTORC1',
    });
    expect(link).toBe('#v=1&m=PTEN_loss%2CKRAS_G12&off=S6K1-IRS1&n=MTORC1');
  });
});
