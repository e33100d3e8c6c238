// The pages shown instead of the app when it cannot start: invalid data files, or an error nothing else caught.
import type { RawDataFiles } from '../../model/bundled';
import type { DataError } from '../../model/validate';
import { adviseOnProblem } from './dataAdvice';
import './errors.css';

/** How many problems the data page lists before it says how many more there are. */
export const PROBLEMS_SHOWN = 12;

/** Which entry of the raw data files a validator's file name ("data/drugs.json") refers to. */
const FILE_KEYS: Readonly<Record<string, keyof RawDataFiles>> = {
  'data/pathway.json': 'pathway',
  'data/drugs.json': 'drugs',
  'data/references.json': 'references',
  'data/drug-classes.json': 'classes',
  'data/presets.json': 'presets',
  'data/scenarios.json': 'scenarios',
};

/** The page for data that failed validation: names the file, each bad value and what to change. */
export function DataErrorPage({ error, files }: { error: DataError; files: RawDataFiles }) {
  const key = FILE_KEYS[error.bundle];
  const raw = key ? files[key] : undefined;
  const shown = error.problems.slice(0, PROBLEMS_SHOWN).map((p) => adviseOnProblem(p, raw));
  const more = error.problems.length - shown.length;
  return (
    <main className="error-page" data-testid="errors-data-page">
      <h1>Pathway Lens cannot start: a data file is invalid</h1>
      <p>
        The file <code data-testid="errors-data-file">{error.bundle}</code> failed its check, so the app
        stopped rather than show a wrong model.{' '}
        {error.problems.length === 1 ? 'One problem' : `${error.problems.length} problems`} to fix:
      </p>
      <ol className="error-problems">
        {shown.map((a) => (
          <li key={a.problem}>
            {a.where && (
              <div>
                <span className="error-label">Where:</span> <code>{a.where}</code>
                {a.found !== undefined && (
                  <>
                    {' '}
                    <span className="error-label">found:</span> <code>{a.found}</code>
                  </>
                )}
              </div>
            )}
            <div>
              <span className="error-label">Problem:</span> {a.problem}
            </div>
            <div>
              <span className="error-label">Fix:</span> {a.fix}
            </div>
          </li>
        ))}
      </ol>
      {more > 0 && <p>… and {more} more problems in the same file.</p>}
      <p className="error-next">
        After editing <code>{error.bundle}</code>, run <code>npm test</code> (it checks every data file) and{' '}
        <code>npm run build</code>, which refuses invalid data.
      </p>
    </main>
  );
}

/** The page for an error that stopped the whole app: what happened, and that the link still holds the state. */
export function CrashPage({ error }: { error: Error }) {
  return (
    <main className="error-page" data-testid="errors-crash-page">
      <h1>Pathway Lens stopped because of an error</h1>
      <p>
        <code>{error.message || error.name}</code>
      </p>
      <p>
        Nothing you chose is lost: the drugs, doses and settings are kept in this page's address. Reload to
        try again, or copy the address to report the problem.
      </p>
      <button type="button" className="header-button primary" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}
