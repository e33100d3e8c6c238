// A broken link loses nothing: the notice names what was ignored, the rest is restored, and the link as it came can
// still be copied after the app has rewritten the address.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from './helpers';

describe('the notice of a broken link', () => {
  it('offers the link as received, after the address has been rewritten without its bad parts', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    window.history.replaceState(null, '', '#v=1&d=rapamycin:0x10,unobtainium:5');
    const received = window.location.href;
    renderApp();
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent('dose "0x10" of Rapamycin');
    expect(notice).toHaveTextContent('unknown drug "unobtainium"');
    expect(screen.getByRole('region', { name: 'Given' })).toHaveTextContent('Rapamycin');
    await waitFor(() => expect(window.location.hash).not.toContain('unobtainium'));
    fireEvent.click(screen.getByRole('button', { name: 'Copy the link as received' }));
    expect(writeText).toHaveBeenCalledWith(received);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
