// Browser entry point: mounts the app on the bundled data, or a page that names the data problem stopping it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { type BundledData, bundledData, checkedBundledData } from './model/bundledData';
import './styles.css';

/** The bundled data: as the build checked them, or through the validator in development, where files change live. */
async function startingData(): Promise<BundledData> {
  if (import.meta.env.DEV) return checkedBundledData();
  try {
    return bundledData();
  } catch (unchecked) {
    // The build should have refused these files; the validator says what is wrong, or this error stands.
    await checkedBundledData();
    throw unchecked;
  }
}

const root = document.getElementById('root');
if (root)
  startingData().then(
    ({ model, presets, stories }) =>
      createRoot(root).render(
        <StrictMode>
          <App model={model} presets={presets} stories={stories} />
        </StrictMode>,
      ),
    (error: unknown) =>
      createRoot(root).render(
        <main className="data-error" role="alert">
          <h1>Pathway Lens cannot start</h1>
          <p>{error instanceof Error ? error.message : String(error)}</p>
        </main>,
      ),
  );
