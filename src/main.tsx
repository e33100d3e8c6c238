// Browser entry point: mounts the app on the bundled data (checked when the app was built), or a page that names
// what stopped it. The validator (and zod) load only when needed: in development, for test data, or to name a fault.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppBoundary } from './features/Errors/ErrorBoundary';
import { CrashPage, DataErrorPage } from './features/Errors/ErrorPages';
import type { RawDataFiles } from './model/bundled';
import { type BundledData, bundledData } from './model/bundledData';
import { testHooksEnabled } from './testHooks';
import './styles.css';

declare global {
  interface Window {
    /** Data files the browser tests load instead of the bundled ones (read only with test hooks on). */
    pathwayLensTestData?: RawDataFiles;
  }
}

/** Data files run through the full validator (loaded on demand); throws its DataError naming the bad value. */
async function validated(files?: RawDataFiles): Promise<BundledData> {
  const { BUNDLED_DATA_FILES, loadDataBundle } = await import('./model/bundled');
  const bundle = loadDataBundle(files ?? BUNDLED_DATA_FILES);
  return { model: bundle.model, presets: bundle.presets, stories: bundle.stories };
}

/** The data to start from: a browser test's files, the validator's view in development, else the bundled data. */
async function startingData(): Promise<BundledData> {
  const testFiles = testHooksEnabled() ? window.pathwayLensTestData : undefined;
  if (testFiles) return validated(testFiles);
  if (import.meta.env.DEV) return validated();
  try {
    return bundledData();
  } catch (unchecked) {
    // The build should have refused these files; the validator says what is wrong, or this error stands.
    await validated();
    throw unchecked;
  }
}

/** The page for a failed start: the data error page when the validator named the fault, else the crash page. */
async function failureView(error: unknown) {
  const { DataError } = await import('./model/validate');
  if (error instanceof DataError)
    return (
      <DataErrorPage
        error={error}
        files={window.pathwayLensTestData ?? (await import('./model/bundled')).BUNDLED_DATA_FILES}
      />
    );
  return <CrashPage error={error instanceof Error ? error : new Error(String(error))} />;
}

const root = document.getElementById('root');
if (root) {
  const view = createRoot(root);
  startingData().then(
    ({ model, presets, stories }) =>
      view.render(
        <StrictMode>
          <AppBoundary>
            <App model={model} presets={presets} stories={stories} />
          </AppBoundary>
        </StrictMode>,
      ),
    async (error: unknown) => view.render(<StrictMode>{await failureView(error)}</StrictMode>),
  );
}
