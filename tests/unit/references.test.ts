// Reference addresses: only https addresses become links, in the data files' check and in the rendered citation.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { httpsHref } from '../../src/features/References/httpsOnly';
import { ReferenceLink } from '../../src/features/References/ReferenceLink';
import { BUNDLED_DATA_FILES } from '../../src/model/bundled';
import type { Model, Reference } from '../../src/model/types';
import { DataError, loadModel } from '../../src/model/validate';
import { model } from './helpers';

const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<b>x</b>',
  'http://example.org/a',
  'ftp://x/y',
  'not a url',
  '',
];

describe('reference addresses', () => {
  it.each(hostile)('are not links unless https: %j', (address) => {
    expect(httpsHref(address)).toBeUndefined();
  });

  it('keep an https address as written', () => {
    expect(httpsHref('https://doi.org/10.1000/xyz')).toBe('https://doi.org/10.1000/xyz');
  });

  it('are refused by the data check when a reference file gives one that is not https', () => {
    const files = structuredClone(BUNDLED_DATA_FILES) as {
      references: { references: Array<{ id: string; url?: string }> };
    };
    const ref = files.references.references[0];
    if (!ref) throw new Error('no reference');
    ref.url = 'javascript:alert(1)';
    const load = () =>
      loadModel(
        BUNDLED_DATA_FILES.pathway,
        BUNDLED_DATA_FILES.drugs,
        files.references,
        BUNDLED_DATA_FILES.classes,
      );
    expect(load).toThrow(DataError);
    expect(load).toThrow(/references\.0\.url: must be an https:\/\/ address/);
  });

  it('render as text, not as a link, when a model built elsewhere carries a javascript: address', () => {
    const evil: Reference = {
      id: 'evil',
      authors: 'Mallory, E',
      title: 'Click me',
      journal: 'J Hax',
      url: 'javascript:alert(1)',
    };
    const withEvil: Model = { ...model, references: new Map([...model.references, ['evil', evil]]) };
    const html = renderToStaticMarkup(createElement(ReferenceLink, { model: withEvil, id: 'evil' }));
    expect(html).toContain('Mallory et al., J Hax');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript:');
  });

  it('render an https address as a link that opens in a new tab without an opener', () => {
    const good: Reference = {
      id: 'good',
      authors: 'Smith, J',
      title: 'Fine',
      journal: 'J Ok',
      url: 'https://example.org/paper',
    };
    const withGood: Model = { ...model, references: new Map([...model.references, ['good', good]]) };
    const html = renderToStaticMarkup(createElement(ReferenceLink, { model: withGood, id: 'good' }));
    expect(html).toContain('href="https://example.org/paper"');
    expect(html).toContain('rel="noopener noreferrer"');
  });
});
