// The screen legend draws the shared legend spec: the scale's range, the edge styles, the drug marker and every loop of
// the model in its own colour.
import { render, screen, within } from '@testing-library/react';
import { Legend } from '../../src/features/Legend/Legend';
import { ModelProvider } from '../../src/features/ModelContext';
import { SCREEN_THEME } from '../../src/graph/theme';
import { bundledModel } from '../../src/model/bundled';
import type { Model } from '../../src/model/types';

const model = bundledModel();

function renderLegend(m: Model = model) {
  return render(
    <ModelProvider model={m} presets={[]} stories={[]}>
      <Legend theme={SCREEN_THEME} />
    </ModelProvider>,
  );
}

describe('Legend', () => {
  it('names the colour scale’s range: full blue at ×0.5, full orange at ×2', () => {
    renderLegend();
    const scale = screen.getByRole('img', { name: /^Colour scale/ });
    expect(scale).toHaveAccessibleName(expect.stringContaining('full at ×0.5'));
    expect(scale).toHaveAccessibleName(expect.stringContaining('full at ×2'));
    expect(scale).toHaveTextContent('↓ down×0.5×2up ↑');
    expect(screen.getByTestId('legend')).toHaveTextContent('change against untreated');
    const swatches = scale.querySelectorAll('.legend-bar span');
    expect(swatches).toHaveLength(11);
    expect((swatches[0] as HTMLElement).style.background).toBe('rgb(44, 90, 158)');
    expect((swatches[10] as HTMLElement).style.background).toBe('rgb(200, 90, 0)');
  });

  it('shows the edge styles and the drug marker', () => {
    renderLegend();
    const legend = screen.getByTestId('legend');
    for (const text of ['activates', 'inhibits', 'slow (expression)', 'Drug', 'acts here'])
      expect(legend).toHaveTextContent(text);
  });

  it('lists every loop of the model with its label, drawn in the loop’s colour from the data', () => {
    renderLegend();
    const loops = screen.getByRole('list', { name: 'Feedback and cross-talk loops' });
    const items = within(loops).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(model.pathway.loops.map((l) => l.label));
    model.pathway.loops.forEach((loop, i) => {
      const line = items[i]?.querySelector('line');
      expect(line?.getAttribute('stroke'), loop.id).toBe(loop.color);
      expect(line?.getAttribute('stroke-dasharray'), loop.id).toBeTruthy();
    });
  });

  it('follows a change of loop colour in the data', () => {
    const recoloured: Model = {
      ...model,
      pathway: {
        ...model.pathway,
        loops: model.pathway.loops.map((l, i) => (i === 0 ? { ...l, color: '#00ff00' } : l)),
      },
    };
    renderLegend(recoloured);
    const first = screen.getByRole('list', { name: 'Feedback and cross-talk loops' }).querySelector('line');
    expect(first?.getAttribute('stroke')).toBe('#00ff00');
  });
});
