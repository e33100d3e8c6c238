// Which targets a drug inhibits meaningfully at a dose: one rule (src/engine/targetInhibition.ts) behind the drug
// library's target lists and the canvas's drug badges, with readable names on the badges.
import {
  MEANINGFUL_INHIBITION,
  meaningfulTargets,
  targetInhibitions,
} from '../../src/engine/targetInhibition';
import { badgeName } from '../../src/graph/overlay';
import { mainTargets } from '../../src/model/drugs';
import type { Drug } from '../../src/model/types';
import { defaultDose, toCondition } from '../../src/stores/condition';
import { canvasFor } from './graph-helpers';
import { model } from './helpers';

const drug = (id: string) => model.drugById.get(id) as Drug;
const given = (id: string, dose = defaultDose(model, id), mutations: string[] = []) => {
  const g = toCondition(model, [{ drugId: id, dose }], mutations, []).treatment[0];
  if (!g) throw new Error(`no drug ${id}`);
  return g;
};
const libraryLine = (id: string, dose = defaultDose(model, id)) =>
  mainTargets(model, drug(id), meaningfulTargets(model, given(id, dose), []));
const badged = (drugs: Parameters<typeof canvasFor>[0]['drugs']) =>
  [...canvasFor({ drugs }).overlay.markers.keys()].sort();

describe('target inhibition at a dose', () => {
  it('is the engine occupancy, dose / (dose + IC50), for each target', () => {
    const [mtorc1] = targetInhibitions(model, given('rapamycin', 3), []);
    const ic50 = drug('rapamycin').targets[0]?.value_nM as number;
    expect(mtorc1?.target).toBe('MTORC1');
    expect(mtorc1?.inhibition).toBeCloseTo(3 / (3 + ic50), 12);
    expect(targetInhibitions(model, given('rapamycin', 0.000001), [])[0]?.inhibition).toBeLessThan(
      MEANINGFUL_INHIBITION,
    );
  });

  it('lists an mTOR kinase inhibitor by the targets its dose hits, not as a dual PI3K/mTOR inhibitor', () => {
    expect(mainTargets(model, drug('pp242'))).toBe('mTORC1, mTORC2, PI3Kα, PI3Kβ…');
    expect(libraryLine('pp242')).not.toMatch(/PI3Kα|PI3Kβ/);
    expect(libraryLine('pp242')).toMatch(/^mTORC1, mTORC2/);
    expect(libraryLine('azd8055')).toBe('mTORC1, mTORC2');
    // a real dual inhibitor keeps its PI3K isoforms
    expect(libraryLine('nvp-bez235')).toMatch(/PI3Kα, PI3Kβ/);
  });

  it('drops a target once the dose no longer inhibits it by a quarter', () => {
    expect(libraryLine('linsitinib')).toBe('IGF-1R, InsR');
    const insr = drug('linsitinib').targets.find((t) => t.target === 'INSR')?.value_nM as number;
    const igf = drug('linsitinib').targets.find((t) => t.target === 'IGF1R')?.value_nM as number;
    expect(igf).toBeLessThan(insr);
    // between the two IC50s' quarter points: IGF-1R hit, InsR not
    const dose = insr / 4;
    expect(dose / (dose + insr)).toBeLessThan(MEANINGFUL_INHIBITION);
    expect(dose / (dose + igf)).toBeGreaterThanOrEqual(MEANINGFUL_INHIBITION);
    expect(libraryLine('linsitinib', dose)).toBe('IGF-1R');
  });
});

describe('drug badges on the canvas', () => {
  it('sit only where the dose inhibits the target meaningfully (PP242 leaves PI3K unbadged)', () => {
    expect(badged(['pp242'])).not.toContain('PI3K');
    expect(badged(['pp242'])).not.toContain('PI3KB');
    expect(badged(['pp242'])).toContain('MTORC1');
    expect(badged(['nvp-bez235'])).toContain('PI3K');
    // every badge the engine would place for the dual inhibitor survives; some of PP242's do not
    const pp = canvasFor({ drugs: ['pp242'] });
    expect(pp.overlay.markers.size).toBeLessThan(pp.result.effects.actionPoints.size);
  });

  it('follow the dose: a tiny dose badges nothing', () => {
    expect(badged([{ drugId: 'erlotinib', dose: 600 }])).toContain('EGFR');
    expect(badged([{ drugId: 'erlotinib', dose: 0.001 }])).toEqual([]);
  });

  it('show a readable name, not the six-letter short name', () => {
    expect(badgeName(drug('figitumumab'))).toBe('Figitumumab');
    expect(badgeName(drug('linsitinib'))).toBe('Linsitinib');
    expect(canvasFor({ drugs: ['figitumumab'] }).data.get('marker-IGF1R')?.marker).toBe('Figitumumab');
    // names too long for a badge keep the data's short name
    expect(badgeName(drug('trastuzumab-emtansine'))).toBe(drug('trastuzumab-emtansine').shortName);
  });
});
