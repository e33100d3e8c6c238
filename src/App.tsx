// The application shell: header and the pathway canvas drawn from the bundled model.
import { useMemo } from 'react';
import { PathwayCanvas } from './features/PathwayCanvas/PathwayCanvas';
import { bundledModel } from './model/bundled';

export function App() {
  const model = useMemo(() => bundledModel(), []);
  return (
    <div className="app">
      <header className="app-header">
        <h1>Pathway Lens</h1>
        <p className="tagline">
          PI3K/AKT/mTOR and IGF/EGFR/HER2 signalling: where drugs act and how tumours escape
        </p>
      </header>
      <main className="app-main">
        <PathwayCanvas model={model} />
      </main>
    </div>
  );
}
