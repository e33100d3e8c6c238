// The canvas overlay and the core view, headless: how much of each node is blocked, the drug badges, loop cuts and
// mutation marks a scenario puts on the diagram, and what the core-pathway switch hides.
import { hiddenInCoreView } from '../../src/graph/coreView';
import { toOverlay } from '../../src/graph/overlay';
import type { Model } from '../../src/model/types';
import { canvasFor } from './graph-helpers';
import { model } from './helpers';

describe('the core-pathway view', () => {
  const subsystemNodes = model.pathway.nodes.filter((n) => n.subsystem !== undefined).map((n) => n.id);

  it('hides every whole-body and EMT node, with its drug marker and mutation badge, and the whole-body band', () => {
    const hidden = hiddenInCoreView(model);
    expect(subsystemNodes).toEqual(expect.arrayContaining(['GLUCOSE', 'INSULIN_BLOOD', 'SNAIL', 'ECAD']));
    expect(hidden).toEqual([
      ...subsystemNodes,
      ...subsystemNodes.flatMap((id) => [`marker-${id}`, `mutation-${id}`]),
      'band-systemic',
    ]);
  });

  it('keeps the tumour cell: no core node, band of the cell or their badges is hidden', () => {
    const hidden = hiddenInCoreView(model);
    for (const id of ['AKT', 'MTORC1', 'IGF1R', 'ERK', 'marker-MTORC1', 'mutation-PTEN', 'band-cytoplasm'])
      expect(hidden, id).not.toContain(id);
  });

  it('keeps the whole-body band when only EMT nodes are tagged, and hides nothing in an untagged model', () => {
    const emtOnly: Model = {
      ...model,
      pathway: {
        ...model.pathway,
        nodes: model.pathway.nodes.map((n) =>
          n.subsystem === 'whole-body' ? { ...n, subsystem: undefined } : n,
        ),
      },
    };
    const emt = hiddenInCoreView(emtOnly);
    expect(emt).toContain('SNAIL');
    expect(emt).not.toContain('GLUCOSE');
    expect(emt).not.toContain('band-systemic');
    const untagged: Model = {
      ...model,
      pathway: { ...model.pathway, nodes: model.pathway.nodes.map((n) => ({ ...n, subsystem: undefined })) },
    };
    expect(hiddenInCoreView(untagged)).toEqual([]);
  });
});

describe('the overlay of a scenario', () => {
  it('with no drug: nothing blocked, no badge, no mark, no cut; the untreated state against itself', () => {
    const { overlay, result } = canvasFor({});
    expect(overlay.block.size).toBe(0);
    expect(overlay.outputBlock.size).toBe(0);
    expect(overlay.markers.size).toBe(0);
    expect(overlay.mutationBadges.size).toBe(0);
    expect(overlay.loopsOff.size).toBe(0);
    expect(overlay.reference).toBe(result.reference);
    expect(overlay.value).toBe(result.value);
  });

  it('rapamycin: mTORC1’s output is blocked allosterically, by the drug’s own share, and badged by name', () => {
    const { overlay, result } = canvasFor({ drugs: ['rapamycin'] });
    const allosteric = result.effects.allosteric.get('MTORC1') as number;
    expect(allosteric).toBeGreaterThan(0.8);
    expect(overlay.block.get('MTORC1')).toBe(allosteric);
    expect(overlay.outputBlock.get('MTORC1')).toBeCloseTo(allosteric, 12);
    expect(overlay.markers.get('MTORC1')).toEqual(['Rapamycin']);
    expect(overlay.outputBlock.has('S6K1')).toBe(false);
  });

  it('a node blocked two ways shows the larger block on its edges and both combined on its output', () => {
    const { overlay, result } = canvasFor({ drugs: ['rapamycin', 'pp242'] });
    const catalytic = result.effects.catalytic.get('MTORC1') as number;
    const allosteric = result.effects.allosteric.get('MTORC1') as number;
    expect(catalytic).toBeGreaterThan(0);
    expect(allosteric).toBeGreaterThan(0);
    expect(overlay.block.get('MTORC1')).toBe(Math.max(catalytic, allosteric));
    expect(overlay.outputBlock.get('MTORC1')).toBeCloseTo(1 - (1 - catalytic) * (1 - allosteric), 12);
    expect(overlay.outputBlock.get('MTORC1')).toBeGreaterThan(Math.max(catalytic, allosteric));
    expect(overlay.markers.get('MTORC1')).toEqual(['Rapamycin', 'PP242']);
  });

  it('an antibody that stops a node being activated fades its edges but does not block its output', () => {
    const { overlay, result } = canvasFor({ drugs: ['mk2206'] });
    const activation = result.effects.activation.get('AKT') as number;
    expect(activation).toBeGreaterThan(0.5);
    expect(overlay.block.get('AKT')).toBe(activation);
    expect(overlay.outputBlock.has('AKT')).toBe(false);
  });

  it('a receptor kinase inhibitor lowers the receptor’s own phosphorylation: no second block on its output', () => {
    const { overlay, result } = canvasFor({ drugs: ['lapatinib'], mutations: ['HER2_amp'] });
    const her2 = model.nodeById.get('HER2');
    expect(her2?.autophosphorylation).toBe(true);
    expect(result.effects.catalytic.get('HER2')).toBeGreaterThan(0.5);
    expect(overlay.block.get('HER2')).toBe(result.effects.catalytic.get('HER2'));
    expect(overlay.outputBlock.has('HER2')).toBe(false);
  });

  it('carries the switched-off loops and the mutation badges of the scenario', () => {
    const { overlay } = canvasFor({ loopsOff: ['S6K1-IRS1'], mutations: ['PTEN_loss'] });
    expect([...overlay.loopsOff]).toEqual(['S6K1-IRS1']);
    expect(overlay.mutationBadges).toEqual(new Map([['PTEN', 'ΔPTEN']]));
  });

  it('badges only the drugs that act meaningfully on a node, in the order they were given', () => {
    const { result } = canvasFor({ drugs: ['pp242'] });
    // PP242 binds PI3K too weakly at its dose to count: the engine records the action point, the canvas no badge
    expect(result.effects.actionPoints.get('PI3K')).toEqual(['pp242']);
    const overlay = toOverlay(model, result);
    expect([...overlay.markers.keys()].filter((id) => id.startsWith('PI3K'))).toEqual([]);
    expect(overlay.markers.get('MTORC1')).toEqual(['PP242']);
  });

  it('a mutant-selective drug badges its target where the mutant form is there, not on wild-type EGFR', () => {
    // osimertinib at its high dose occupies about a fifth of wild-type EGFR and most of L858R EGFR
    expect(canvasFor({ drugs: ['osimertinib'] }).overlay.markers.has('EGFR')).toBe(false);
    expect(
      canvasFor({ drugs: ['osimertinib'], mutations: ['EGFR_L858R'] }).overlay.markers.get('EGFR'),
    ).toEqual(['Osimertinib']);
  });
});
