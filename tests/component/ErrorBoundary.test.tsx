// Never a blank page: a panel that throws shows a message in its place while the rest works; invalid data and an
// error above the panels each get a page that says what happened.
import { fireEvent, render, screen } from '@testing-library/react';
import { AppBoundary } from '../../src/features/Errors/ErrorBoundary';
import { DataErrorPage } from '../../src/features/Errors/ErrorPages';
import { BUNDLED_DATA_FILES, type RawDataFiles } from '../../src/model/bundled';
import { DataError, loadDataBundle } from '../../src/model/validate';
import { renderApp } from './helpers';

// The effects panel is the one that breaks here; every other panel is the real one.
vi.mock('../../src/features/Effects/EffectsPanel', () => ({
  EffectsPanel: () => {
    throw new Error('effects exploded');
  },
}));

/** A component that fails the way a bug above the panels would. */
function Broken(): never {
  throw new Error('the model went missing');
}

/** React reports every caught error on the console; these tests throw on purpose. */
function quietConsole() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

/** The DataError that loading `files` throws. */
function dataErrorOf(files: RawDataFiles): DataError {
  try {
    loadDataBundle(files);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('the data loaded without error');
}

const copy = <T,>(x: T): T => structuredClone(x);

describe('a panel that throws', () => {
  it('shows a message in its place, and the other panels still work', () => {
    const console = quietConsole();
    renderApp();
    const failed = screen.getByRole('alert', { name: 'Predicted effects failed' });
    expect(failed).toHaveTextContent('Predicted effects could not be shown');
    expect(failed).toHaveTextContent('effects exploded');
    fireEvent.click(screen.getByRole('button', { name: 'Rapamycin' }));
    expect(screen.getByRole('region', { name: 'Given' })).toHaveTextContent('Rapamycin');
    expect(screen.getByRole('switch', { name: 'S6K1 ⊣ IRS1 feedback' })).toBeInTheDocument();
    console.mockRestore();
  });
});

describe('an error above the panels', () => {
  it('shows a page naming the error, not a blank one', () => {
    const console = quietConsole();
    render(
      <AppBoundary>
        <Broken />
      </AppBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('stopped because of an error');
    expect(screen.getByText('the model went missing')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    console.mockRestore();
  });
});

describe('the data error page', () => {
  it('names the file, where the bad value is, the value, and what to write instead', () => {
    const files = copy(BUNDLED_DATA_FILES) as { drugs: { drugs: Array<{ id: string; targets: object[] }> } };
    const drug = files.drugs.drugs[0];
    if (!drug) throw new Error('no drug');
    drug.targets[0] = { ...drug.targets[0], value_nM: 'twelve' };
    const error = dataErrorOf(files as unknown as RawDataFiles);
    render(<DataErrorPage error={error} files={files as unknown as RawDataFiles} />);
    expect(screen.getByTestId('errors-data-file')).toHaveTextContent('data/drugs.json');
    const page = screen.getByTestId('errors-data-page');
    expect(page).toHaveTextContent(`drugs[0] (id "${drug.id}").targets[0].value_nM`);
    expect(page).toHaveTextContent('found: "twelve"');
    expect(page).toHaveTextContent('Write a number here, not a string.');
  });

  it('names an id that does not resolve and says how to fix it', () => {
    const files = copy(BUNDLED_DATA_FILES) as { pathway: { edges: Array<{ id: string; target: string }> } };
    const edge = files.pathway.edges[0];
    if (!edge) throw new Error('no edge');
    edge.target = 'NOWHERE';
    const error = dataErrorOf(files as unknown as RawDataFiles);
    render(<DataErrorPage error={error} files={files as unknown as RawDataFiles} />);
    expect(screen.getByTestId('errors-data-file')).toHaveTextContent('data/pathway.json');
    const page = screen.getByTestId('errors-data-page');
    expect(page).toHaveTextContent(`edge "${edge.id}" has unknown target "NOWHERE"`);
    expect(page).toHaveTextContent('No target has the id "NOWHERE"');
  });

  it('lists the first problems and counts the rest', () => {
    const files = copy(BUNDLED_DATA_FILES) as { pathway: { edges: Array<{ target: string }> } };
    for (const edge of files.pathway.edges) edge.target = 'NOWHERE';
    const error = dataErrorOf(files as unknown as RawDataFiles);
    render(<DataErrorPage error={error} files={files as unknown as RawDataFiles} />);
    expect(error.problems.length).toBeGreaterThan(20);
    expect(screen.getAllByRole('listitem')).toHaveLength(12);
    expect(
      screen.getByText(`… and ${error.problems.length - 12} more problems in the same file.`),
    ).toBeVisible();
  });
});
