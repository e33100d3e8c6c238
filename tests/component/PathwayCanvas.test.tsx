// The canvas mounts Cytoscape headless with every node and edge of the model at its hand-placed position, and a new
// prediction rewrites only what changed.
import { render, screen, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { runScenario } from '../../src/engine/scenario';
import { PathwayCanvas } from '../../src/features/PathwayCanvas/PathwayCanvas';
import { toOverlay } from '../../src/graph/overlay';
import { bundledModel } from '../../src/model/bundled';
import { defaultDose, toCondition } from '../../src/stores/condition';

const model = bundledModel();

describe('PathwayCanvas', () => {
  it('draws every node and edge of the model from the data layout', async () => {
    let cy: Core | undefined;
    render(<PathwayCanvas model={model} headless onReady={(c) => (cy = c)} />);
    expect(screen.getByRole('img', { name: /signalling network/i })).toBeInTheDocument();
    await waitFor(() => expect(cy).toBeDefined());
    const core = cy as Core;
    expect(core.nodes('[kind]').length).toBe(model.pathway.nodes.length);
    expect(core.edges().length).toBe(model.pathway.edges.length);
    const akt = model.nodeById.get('MTORC1');
    expect(core.getElementById('MTORC1').position()).toEqual(akt?.position);
    expect(core.getElementById('AKT_pS473').parent().first().id()).toBe('AKT');
    expect(core.nodes('.band').length).toBe(5);
  });
});

/** The overlay the explorer draws for one drug at its default dose. */
function overlayOf(drugId: string) {
  const condition = toCondition(model, [{ drugId, dose: defaultDose(model, drugId) }], [], []);
  return toOverlay(model, runScenario(model, condition, 'sustained'));
}

describe('a new prediction on the canvas', () => {
  it('writes only the elements whose data change, and leaves every other element untouched', async () => {
    let cy: Core | undefined;
    const { rerender } = render(
      <PathwayCanvas model={model} overlay={overlayOf('rapamycin')} headless onReady={(c) => (cy = c)} />,
    );
    await waitFor(() => expect(cy).toBeDefined());
    const core = cy as Core;
    const before = new Map(core.elements().map((e) => [e.id(), JSON.stringify(e.data())]));
    const written = new Set<string>();
    core.on('data', (event) => {
      written.add(event.target.id());
    });
    rerender(
      <PathwayCanvas model={model} overlay={overlayOf('gefitinib')} headless onReady={(c) => (cy = c)} />,
    );
    const changed = core
      .elements()
      .filter((e) => before.get(e.id()) !== JSON.stringify(e.data()))
      .map((e) => e.id());
    // the switch from an mTORC1 to an EGFR inhibitor recolours part of the network and moves the drug badge
    expect(changed).toContain('MTORC1');
    expect(changed).toContain('marker-EGFR');
    expect(changed.length).toBeLessThan(core.elements().length / 2);
    expect([...written].sort()).toEqual(changed.sort());
  });
});
