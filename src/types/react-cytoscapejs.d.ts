// Type declarations for react-cytoscapejs, which ships none.
declare module 'react-cytoscapejs' {
  import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
  import type { ComponentType, CSSProperties } from 'react';

  export interface CytoscapeComponentProps {
    elements: ElementDefinition[];
    stylesheet?: StylesheetJson;
    layout?: LayoutOptions;
    style?: CSSProperties;
    className?: string;
    id?: string;
    cy?: (cy: Core) => void;
    headless?: boolean;
    styleEnabled?: boolean;
    pan?: { x: number; y: number };
    zoom?: number;
    minZoom?: number;
    maxZoom?: number;
    wheelSensitivity?: number;
    boxSelectionEnabled?: boolean;
    autoungrabify?: boolean;
    userZoomingEnabled?: boolean;
    userPanningEnabled?: boolean;
  }

  const CytoscapeComponent: ComponentType<CytoscapeComponentProps> & {
    normalizeElements(data: unknown): ElementDefinition[];
  };
  export default CytoscapeComponent;
}
