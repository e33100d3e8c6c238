// The third published logic model (Sahin et al. 2009, BMC Syst Biol 3:1, GINsim export): it loads with its own
// layout, simulates, its receptors meet the drug library, and knock-outs do what the paper reports (fixture README).
import { readFileSync } from 'node:fs';
import { predict } from '../../src/engine/predict';
import { simulateSustained } from '../../src/engine/simulate';
import { loadNetworkModel } from '../../src/formats';

const file = 'tests/fixtures/formats/erbb-g1s-ginsim.sbml';
const { model, imported } = loadNetworkModel(readFileSync(file, 'utf8'), file);

/** pRB1 (phosphorylated RB: the G1/S transition) with EGF on, against the same cell without the knock-outs. */
function pRB1With(clamp: Record<string, 0 | 1>) {
  const result = predict(model, {
    context: { clamp: { EGF: 1, ...clamp } },
    reference: { context: { clamp: { EGF: 1 } } },
    readouts: ['pRB1'],
  });
  const pRB1 = result.readouts.pRB1;
  if (!pRB1) throw new Error('no pRB1 readout');
  return pRB1;
}

describe('ERBB-regulated G1/S transition (Sahin et al. 2009)', () => {
  it('loads all 20 species and their layout from the file', () => {
    expect(imported.warnings).toEqual([]);
    expect(model.pathway.nodes).toHaveLength(20);
    const positions = model.pathway.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(positions).size).toBe(20);
    // GINsim's glyph for MEK1 sits at (571, 246), 61 × 46: the node is placed at its centre
    expect(model.nodeById.get('MEK1')?.position).toEqual({ x: 601.5, y: 269 });
  });

  it('finds its feedback cycles and simulates to a steady state with G1/S on', () => {
    expect(model.pathway.loops.length).toBeGreaterThan(0);
    const state = simulateSustained(model, { mutations: [], treatment: [], loopsOff: new Set() });
    expect(state.converged).toBe(true);
    expect(pRB1With({}).reference).toBeGreaterThan(0.9);
  });

  it('gives the receptors and kinases to the drugs that hit them', () => {
    const target = (id: string) => model.nodeById.get(id)?.target;
    expect([target('ERBB1'), target('ERBB2'), target('AKT1'), target('MEK1')]).toEqual([
      'EGFR',
      'HER2',
      'AKT',
      'MEK',
    ]);
    expect(model.drugById.has('erlotinib')).toBe(true);
    expect(model.drugById.has('trastuzumab')).toBe(true);
    // rapalogs hit mTORC1, which this network does not have
    expect(model.drugById.has('rapamycin')).toBe(false);
  });

  it('c-MYC knocked out stops G1/S: "cells responded to c-MYC perturbation"', () => {
    const r = pRB1With({ MYC: 0 });
    expect(r.direction).toBe('down');
    expect(r.value).toBeLessThan(0.05);
  });

  it('ERBB2 knocked out, alone or with EGFR, leaves G1/S on: "targeting of ERBB2 and EGFR did not affect"', () => {
    expect(pRB1With({ ERBB2: 0 }).direction).toBe('no_change');
    expect(pRB1With({ ERBB1: 0, ERBB2: 0 }).direction).toBe('no_change');
    expect(pRB1With({ ERBB1: 0, ERBB2: 0 }).value).toBeGreaterThan(0.9);
  });
});
