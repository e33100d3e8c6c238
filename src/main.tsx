// Browser entry point: validates the data, then mounts the app, or a page that names what stopped it.
import './model/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { AppBoundary } from './features/Errors/ErrorBoundary';
import { CrashPage, DataErrorPage } from './features/Errors/ErrorPages';
import { BUNDLED_DATA_FILES, type DataBundle, loadDataBundle, type RawDataFiles } from './model/bundled';
import { DataError } from './model/validate';
import { testHooksEnabled } from './testHooks';
import './styles.css';

declare global {
  interface Window {
    /** Data files the browser tests load instead of the bundled ones (read only with test hooks on). */
    pathwayLensTestData?: RawDataFiles;
  }
}

/** The data files to start from: the bundled ones, or with test hooks on, those a browser test put on `window`. */
function dataFiles(): RawDataFiles {
  return (testHooksEnabled() && window.pathwayLensTestData) || BUNDLED_DATA_FILES;
}

/** The app on valid data; the data error page (or the crash page) when the data cannot be loaded. */
function startingView(files: RawDataFiles) {
  let bundle: DataBundle;
  try {
    bundle = loadDataBundle(files);
  } catch (e) {
    if (e instanceof DataError) return <DataErrorPage error={e} files={files} />;
    return <CrashPage error={e instanceof Error ? e : new Error(String(e))} />;
  }
  return (
    <AppBoundary>
      <App model={bundle.model} presets={bundle.presets} stories={bundle.stories} />
    </AppBoundary>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode>{startingView(dataFiles())}</StrictMode>);
