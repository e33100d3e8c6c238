// The pathway canvas: mounts Cytoscape once from the model's hand-placed layout; overlays update element data in place.
import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import { toElements } from '../../graph/elements';
import { buildStylesheet } from '../../graph/stylesheet';
import { SCREEN_THEME } from '../../graph/theme';
import type { Model } from '../../model/types';

export interface PathwayCanvasProps {
  model: Model;
  /** Headless rendering for tests without a canvas (jsdom). */
  headless?: boolean;
  onReady?: (cy: Core) => void;
}

/** Draws the model; the element list is built once, so React re-renders never rebuild or re-layout the graph. */
export function PathwayCanvas({ model, headless = false, onReady }: PathwayCanvasProps) {
  const elements = useMemo(() => toElements(model, null, SCREEN_THEME), [model]);
  const stylesheet = useMemo(() => buildStylesheet(SCREEN_THEME), []);
  const cyRef = useRef<Core | null>(null);
  const handleCy = useCallback(
    (cy: Core) => {
      if (cyRef.current === cy) return;
      cyRef.current = cy;
      cy.ready(() => {
        cy.fit(undefined, 24);
        onReady?.(cy);
      });
    },
    [onReady],
  );
  return (
    <div className="canvas" data-testid="pathway-canvas" role="img" aria-label="Signalling network diagram">
      <CytoscapeComponent
        elements={elements}
        stylesheet={stylesheet}
        layout={{ name: 'preset', fit: true, padding: 24 }}
        style={{ width: '100%', height: '100%' }}
        cy={handleCy}
        headless={headless}
        styleEnabled
        minZoom={0.2}
        maxZoom={4}
        wheelSensitivity={0.3}
        boxSelectionEnabled={false}
        autoungrabify
      />
    </div>
  );
}
