// A broken link loses nothing: the notice names what was ignored, the rest is restored, and the link as it came can
// still be copied after the app has rewritten the address; "Copy link" copies every change made so far.
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

describe('Copy link', () => {
  it('copies a change made just before, though the address is rewritten only after the paint', async () => {
    const writeText = vi.fn((_: string) => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0]?.[0]).toContain('d=rapamycin');
    expect(window.location.hash).toContain('d=rapamycin');
  });
});
