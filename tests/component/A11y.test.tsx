// The explorer without a mouse, in jsdom: Find node opens the inspector, arrow keys on the diagram travel and
// announce, the drug card hands the focus back.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { canvas, LAZY, renderApp } from './helpers';

describe('Find node', () => {
  it('lists matching nodes as options, names starting with the text first, and opens the chosen one', async () => {
    renderApp();
    const box = screen.getByRole('combobox', { name: 'Find node' });
    fireEvent.change(box, { target: { value: 'pras' } });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox', { name: 'Nodes' })).getAllByRole('option');
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o.textContent?.toLowerCase()).toContain('pras');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    const title = options[0]?.textContent ?? '';
    expect(
      await screen.findByRole('complementary', { name: `Inspector: ${title}` }, LAZY),
    ).toBeInTheDocument();
    expect(canvas().$('node:selected').length).toBe(1);
  });

  it('says nothing matches by showing no list, and Esc clears the box', () => {
    renderApp();
    const box = screen.getByRole('combobox', { name: 'Find node' });
    fireEvent.change(box, { target: { value: 'zzzz' } });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveValue('');
  });
});

/** The id of the node selected on the canvas. */
const selectedId = () =>
  canvas()
    .$('node:selected')
    .map((n) => n.id())[0];

describe('the diagram by keyboard', () => {
  it('is one focusable application; an arrow key starts at a node, the next travels to a linked one, both announced', async () => {
    renderApp();
    const diagram = screen.getByRole('application', { name: 'Signalling network diagram' });
    expect(diagram).toHaveAttribute('tabindex', '0');
    expect(diagram).toHaveAccessibleDescription(/Arrow keys/);
    act(() => diagram.focus());
    fireEvent.keyDown(diagram, { key: 'Enter' });
    const first = canvas().getElementById(selectedId() ?? '');
    expect(canvas().$('node:selected').length).toBe(1);
    await screen.findByRole('complementary', {}, LAZY);
    const announcer = screen.getByTestId('canvas-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    const heading = () =>
      within(screen.getByRole('complementary')).getByRole('heading', { level: 2 }).textContent;
    expect(announcer.textContent?.startsWith(heading() ?? '?')).toBe(true);

    const moved = ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'ArrowUp'].some((key) => {
      fireEvent.keyDown(diagram, { key });
      return selectedId() !== first.id();
    });
    expect(moved).toBe(true);
    const next = canvas().getElementById(selectedId() ?? '');
    expect(announcer.textContent?.startsWith(heading() ?? '?')).toBe(true);
    expect(announcer.textContent).toMatch(/: \d\.\d\d, no change against the untreated cell$/);
    // a neighbour by an edge or by the protein–site tie, when the start has one that way
    const tied = first.neighborhood('node').union(first.parent()).union(first.children());
    const anyTied = tied.map((n) => n.id()).includes(next.id());
    expect(anyTied || tied.empty()).toBe(true);
    fireEvent.keyDown(diagram, { key: 'Escape' });
    expect(screen.queryByRole('complementary')).toBeNull();
  });
});

describe('the drug card as a dialog', () => {
  it('takes the focus on its close button and gives it back to the "i" button that opened it', async () => {
    renderApp();
    const info = screen.getByRole('button', { name: 'About Rapamycin' });
    act(() => info.focus());
    fireEvent.click(info);
    const card = await screen.findByRole('dialog', { name: 'Rapamycin drug card' }, LAZY);
    await waitFor(() => expect(within(card).getByRole('button', { name: 'Close drug card' })).toHaveFocus());
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(info).toHaveFocus();
  });
});
