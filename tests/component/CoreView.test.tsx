// The core-pathway view: one switch above the diagram hides the whole-body and EMT subsystems (with their band and
// drug markers) and brings them back.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { canvas, renderApp } from './helpers';

const visible = (id: string) => canvas().getElementById(id).visible();

describe('core pathway view', () => {
  it('hides the whole-body and EMT subsystems, their band and their drug markers, and shows them again', async () => {
    renderApp();
    const core = screen.getByRole('button', { name: 'Core pathway' });
    expect(core).toHaveAttribute('aria-pressed', 'false');
    for (const id of ['GLUCOSE', 'INSULIN_BLOOD', 'SNAIL', 'ECAD', 'band-systemic', 'AKT', 'MTORC1'])
      expect(visible(id), id).toBe(true);

    fireEvent.click(core);
    expect(core).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(visible('GLUCOSE')).toBe(false));
    for (const id of ['INSULIN_BLOOD', 'AKT_HOST', 'SNAIL', 'ECAD', 'BCATENIN', 'INTEGRIN', 'band-systemic'])
      expect(visible(id), id).toBe(false);
    for (const id of ['AKT', 'MTORC1', 'IGF1R', 'ERK', 'PROLIFERATION']) expect(visible(id), id).toBe(true);

    // a drug given afterwards: its marker on liver mTORC2 stays hidden, the one on tumour mTORC1 shows
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    await waitFor(() => expect(canvas().getElementById('marker-MTORC1').nonempty()).toBe(true));
    await waitFor(() => expect(visible('marker-MTORC1')).toBe(true));
    expect(canvas().getElementById('marker-MTORC2_HOST').nonempty()).toBe(true);
    expect(visible('marker-MTORC2_HOST')).toBe(false);

    fireEvent.click(core);
    await waitFor(() => expect(visible('GLUCOSE')).toBe(true));
    expect(visible('marker-MTORC2_HOST')).toBe(true);
    expect(visible('SNAIL')).toBe(true);
  });
});
