// The canvas mounts Cytoscape headless with every node and edge of the model at its hand-placed position.
import { render, screen, waitFor } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { PathwayCanvas } from '../../src/features/PathwayCanvas/PathwayCanvas';
import { bundledModel } from '../../src/model/bundled';

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
