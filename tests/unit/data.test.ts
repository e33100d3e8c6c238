// The bundled data: validation at load, cross-references, the mTOR review's potency tables, drug lookup.
import { readFileSync } from 'node:fs';
import classesJson from '../../data/drug-classes.json';
import drugsJson from '../../data/drugs.json';
import pathwayJson from '../../data/pathway.json';
import referencesJson from '../../data/references.json';
import { findDrug } from '../../src/engine/predict';
import { DataError, loadModel } from '../../src/model/validate';
import { model, selectableDrugs } from './helpers';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

// biome-ignore lint/suspicious/noExplicitAny: the tests break copies of the data on purpose, outside its types
type Raw = any;

function loadError(mutate: (p: Raw, d: Raw, r: Raw) => void): DataError {
  const p = clone(pathwayJson);
  const d = clone(drugsJson);
  const r = clone(referencesJson);
  mutate(p, d, r);
  try {
    loadModel(p, d, r, classesJson);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the data to be rejected');
}

describe('loading validates and names the bad id', () => {
  it('accepts the bundled data', () => {
    expect(model.pathway.nodes.length).toBeGreaterThan(40);
  });

  it('rejects an edge whose end does not exist', () => {
    const e = loadError((p) => {
      p.edges[0].target = 'NO_SUCH_NODE';
    });
    expect(e.message).toContain('NO_SUCH_NODE');
    expect(e.bundle).toBe('data/pathway.json');
  });

  it('lists a drug bundle’s problems drug by drug, in library order (the message shows the first five)', () => {
    const e = loadError((_p, d) => {
      d.drugs[0].class = 'no-such-class';
      d.drugs[1].id = d.drugs[0].id;
    });
    const first = drugsJson.drugs[0] as { id: string };
    expect(e.bundle).toBe('data/drugs.json');
    expect(e.problems).toEqual([
      `drug "${first.id}" has unknown class "no-such-class"`,
      `duplicate drug id "${first.id}"`,
    ]);
  });

  it('rejects a loop member, a drug target and a reference that do not resolve', () => {
    expect(
      loadError((p) => {
        p.loops[0].path.push('ghost-edge');
      }).message,
    ).toContain('ghost-edge');
    expect(
      loadError((_p, d) => {
        d.drugs[0].targets[0].target = 'NOT_A_TARGET';
      }).message,
    ).toContain('NOT_A_TARGET');
    expect(
      loadError((p) => {
        p.nodes[0].references.push('nobody2099');
      }).message,
    ).toContain('nobody2099');
  });

  it('asks for nM doses only when every target of a drug has a confirmed potency', () => {
    const partial = (d: Raw) => d.drugs.find((x: { id: string }) => x.id === 'dacomitinib');
    expect(
      loadError((_p, d) => {
        for (const t of partial(d).targets) t.value_nM = 10;
      }).message,
    ).toMatch(/dacomitinib.*every target.*doses/);
    expect(
      loadError((_p, d) => {
        const gef = d.drugs.find((x: { id: string }) => x.id === 'gefitinib');
        gef.targets[0].value_nM = null;
      }).message,
    ).toMatch(/gefitinib.*doses in nM but no confirmed potency/);
  });

  it('rejects a wrong schema version and a malformed field with its path', () => {
    expect(
      loadError((p) => {
        p.schemaVersion = 99;
      }).message,
    ).toContain('schemaVersion');
    expect(
      loadError((_p, d) => {
        d.drugs[0].doses = { low: { nM: -1, source: 'x' } };
      }).message,
    ).toMatch(/drugs\.0\.doses/);
  });
});

describe('the network covers the contract', () => {
  const contract = readFileSync(new URL('../../docs/contract.md', import.meta.url), 'utf8');
  const tableIds = (heading: string) => {
    const section = contract.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? '';
    return [...section.matchAll(/^\| ([^|]+) \|/gm)]
      .map((m) => (m[1] ?? '').trim())
      .filter((c) => c !== 'id' && !c.startsWith('---'))
      .flatMap((c) => c.split(',').map((x) => x.trim()));
  };

  it('has every readout, mutation and loop of the contract', () => {
    const readouts = new Set(model.pathway.readouts.map((r) => r.id));
    for (const id of tableIds('Readouts')) expect(readouts.has(id), id).toBe(true);
    const mutations = new Set(model.pathway.mutations.map((m) => m.id));
    for (const id of tableIds('Mutations')) expect(mutations.has(id), id).toBe(true);
    const loops = new Set(model.pathway.loops.map((l) => l.id));
    for (const id of tableIds('Feedback and cross-talk loops')) expect(loops.has(id), id).toBe(true);
  });

  it('has the nodes the issue lists, each with a description and a reference', () => {
    const labels = model.pathway.nodes.map((n) => n.label.toLowerCase());
    for (const name of [
      'igf-1',
      'igf-2',
      'insulin',
      'igfbps',
      'igf-2r (decoy)',
      'igf-1r',
      'insr-a',
      'egfr',
      'her2',
      'her3',
      'irs1',
      'grb2/sos',
      'grb10',
      'pten',
      'pip3',
      'pdk1',
      'akt',
      'pras40',
      'tsc2',
      'rheb',
      'mtorc1',
      'mtorc2',
      's6k1',
      's6',
      '4e-bp1',
      'eif4e',
      'foxo3a',
      'p27',
      'survivin',
      'src',
      'integrin',
      'fak',
      'snail',
      'e-cadherin',
      'ras',
      'raf',
      'mek',
      'erk',
      'dna-pk',
      'blood glucose',
      'blood insulin',
      'proliferation',
      'apoptosis',
    ])
      expect(
        labels.some((l) => l.startsWith(name)),
        name,
      ).toBe(true);
    expect(labels.some((l) => l.startsWith('insr-b'))).toBe(true);
    expect(model.pathway.nodes.find((n) => n.id === 'AKT_pT308')?.parent).toBe('AKT');
  });

  it('gives every edge a sign, mechanism, speed and at least one resolvable reference', () => {
    for (const e of model.pathway.edges) {
      expect(e.references.length).toBeGreaterThan(0);
      for (const r of e.references) expect(model.references.has(r), `${e.id} ${r}`).toBe(true);
    }
  });
});

describe('drugs', () => {
  it('has at least 30 simulatable drugs, including every drug of the literature cases', () => {
    expect(selectableDrugs.length).toBeGreaterThanOrEqual(30);
    const cases = JSON.parse(
      readFileSync(new URL('../../data/validation/shared-cases.json', import.meta.url), 'utf8'),
    );
    for (const c of cases)
      for (const t of [...(c.treatment ?? []), ...(c.reference_treatment ?? [])]) {
        const drug = findDrug(model, t.drug);
        expect(drug, t.drug).toBeDefined();
        expect(drug?.selectable ?? true, t.drug).toBe(true);
      }
  });

  it('covers every drug class of the reviews', () => {
    const classes = new Set(selectableDrugs.map((d) => d.class));
    for (const c of [
      'rapalog',
      'mtor-kinase-inhibitor',
      'pi3k-mtor-dual',
      'pi3k-inhibitor',
      'akt-inhibitor',
      'egfr-tki',
      'egfr-antibody',
      'her2-antibody',
      'her2-tki',
      'igf1r-antibody',
      'igf1r-tki',
      'igf-ligand-antibody',
      'mek-inhibitor',
      'src-inhibitor',
    ])
      expect(classes.has(c as never), c).toBe(true);
    const generations = new Set(selectableDrugs.map((d) => d.egfrGeneration).filter(Boolean));
    for (const g of [1, 2, 3]) expect(generations.has(g), `EGFR TKI generation ${g}`).toBe(true);
  });

  it('finds drugs ignoring case, spaces and dashes, and by synonym', () => {
    expect(findDrug(model, 'NVP-BEZ235')?.id).toBe('nvp-bez235');
    expect(findDrug(model, 'nvpbez235')?.id).toBe('nvp-bez235');
    expect(findDrug(model, 'Dactolisib')?.id).toBe('nvp-bez235');
    expect(findDrug(model, 'sirolimus')?.id).toBe('rapamycin');
    expect(findDrug(model, 'Ku 0063794')?.id).toBe('ku0063794');
    expect(findDrug(model, 'no such drug')).toBeUndefined();
  });

  it('lists undisclosed agents as not selectable, with the reason', () => {
    const oxa = findDrug(model, 'OXA01');
    expect(oxa?.selectable).toBe(false);
    expect(oxa?.unselectableReason).toMatch(/not (been )?disclosed/);
  });
});

describe('the mTOR review tables are entered exactly', () => {
  const rows = ['mTOR', 'PI3Kα', 'PI3Kβ', 'PI3Kγ', 'PI3Kδ', 'DNA-PK'];
  const target = (row: string) =>
    row === 'mTOR'
      ? { target: 'MTORC1' }
      : row === 'DNA-PK'
        ? { target: 'DNAPK' }
        : {
            target: 'PI3K',
            isoform: ({ PI3Kα: 'alpha', PI3Kβ: 'beta', PI3Kγ: 'gamma', PI3Kδ: 'delta' } as const)[
              row as 'PI3Kα'
            ],
          };
  const drugIdOf: Record<string, string> = { NVPBEZ235: 'nvp-bez235', NVPBBD130: 'nvp-bbd130' };

  for (const table of ['2', '3']) {
    it(`Table ${table}: every cell matches the data`, () => {
      const csv = readFileSync(new URL(`../fixtures/mtor-review-table${table}.csv`, import.meta.url), 'utf8')
        .trim()
        .split('\n');
      const header = (csv[0] ?? '').split(',').slice(1);
      expect(header.length).toBe(8);
      for (const line of csv.slice(1)) {
        const cells = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
        const row = line.split(',')[0] as string;
        expect(rows).toContain(row);
        header.forEach((column, i) => {
          const drug = model.drugById.get(drugIdOf[column] ?? column.toLowerCase());
          expect(drug, column).toBeDefined();
          const { target: t, isoform } = target(row) as { target: string; isoform?: string };
          const entries =
            drug?.targets.filter((x) => x.target === t && (isoform === undefined || x.isoform === isoform)) ??
            [];
          expect(entries.length, `${column} ${row}`).toBeGreaterThan(0);
          for (const e of entries) expect(e.tableCell, `${column} ${row}`).toBe(cells[i]);
          const printed = cells[i] as string;
          // The printed cell as numbers: thousands separators, footnote marks and "±" errors dropped; n.d. is null.
          const numbers = printed
            .replace(/,/g, '')
            .replace(/[*#>]/g, '')
            .split('/')
            .map((x) => (x.trim() === 'n.d.' ? null : Number(x.split('±')[0])));
          if (printed.endsWith('*')) {
            expect(entries[0]?.value_nM).toBe(numbers[0]);
            expect(drug?.targets.find((x) => x.target === 'MTORC2')?.value_nM).toBe(numbers[1]);
          } else if (printed.endsWith('#')) {
            expect(entries[0]?.value_nM).toBe(numbers[1]);
          } else {
            const sort = (xs: Array<number | null>) => [...xs].sort((a, b) => (a ?? -1) - (b ?? -1));
            expect(sort(entries.map((e) => e.value_nM))).toEqual(sort(numbers));
            if (printed.startsWith('>')) for (const e of entries) expect(e.qualifier).toBe('>');
          }
        });
      }
    });
  }
});

describe('lecture stories and presets', () => {
  it('validates every story step against the model', async () => {
    const { bundledStories, bundledPresets } = await import('../../src/model/bundled');
    const stories = bundledStories();
    expect(stories.length).toBeGreaterThanOrEqual(7);
    for (const s of stories) expect(s.steps.length).toBeGreaterThanOrEqual(2);
    expect(bundledPresets().length).toBeGreaterThanOrEqual(6);
  });

  it('rejects a story that gives an unknown drug or focuses an unknown node, naming it', async () => {
    const { loadStories } = await import('../../src/model/validate');
    const scenarios = (await import('../../data/scenarios.json')).default;
    const badDrug = clone(scenarios) as Raw;
    badDrug.stories[0].steps[0].drugs = [{ drug: 'unobtainium', dose: 'high' }];
    expect(() => loadStories(badDrug, model)).toThrow(/unobtainium/);
    const badFocus = clone(scenarios) as Raw;
    badFocus.stories[0].steps[1].focus = ['NOWHERE'];
    expect(() => loadStories(badFocus, model)).toThrow(/NOWHERE/);
    expect(() => loadStories(clone(scenarios), model)).not.toThrow();
  });
});
