// Links: the state encodes to a versioned fragment and decodes back; bad parts are listed, never fatal.
import { decodeLink, encodeLink, type LinkState } from '../../src/stores/urlState';
import { model } from './helpers';

const stories = new Map([['rapalogs', 5]]);
const presets = new Set(['egfr-t790m']);

const state: LinkState = {
  drugs: [
    { drugId: 'rapamycin', dose: 12.5 },
    { drugId: 'figitumumab', dose: 'high' },
  ],
  mutations: ['PTEN_loss'],
  presetId: null,
  loopsOff: ['S6K1-IRS1'],
  timescale: 'acute',
  selectedNode: 'AKT_pS473',
  story: 'rapalogs',
  step: 2,
};

describe('links', () => {
  it('round-trips every field', () => {
    const hash = encodeLink(state);
    expect(hash).toMatch(/^#v=1&/);
    const back = decodeLink(hash, model, stories, presets);
    expect(back.ignored).toEqual([]);
    expect(back.state).toMatchObject({ ...state, presetId: null });
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
