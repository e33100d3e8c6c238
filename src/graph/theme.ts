// Visual themes as data: colours, sizes and the diverging change scale used on the canvas and in exports.

/** A diverging scale from log2 fold change to colour; control points are [log2FC, colour]. */
export interface ChangeScale {
  points: Array<[number, string]>;
  noData: string;
}

export interface Theme {
  name: 'screen' | 'projector';
  /** Stretch of the hand-placed layout (the projector layout is wider and flatter, for 16:9 screens). */
  layoutScale: { x: number; y: number };
  /** Colour changes fade over this many milliseconds (0: instant). */
  transitionMs: number;
  /** Smallest on-screen label size (px) a focused view may zoom out to. */
  minLabelPx: number;
  background: string;
  text: string;
  mutedText: string;
  nodeBorder: string;
  edge: string;
  activation: string;
  inhibition: string;
  fontSize: number;
  /**
   * Where a protein's name sits over its box of sites: centred, or at the box's top-left corner, clear of the node
   * drawn above the protein (the projector layout is squeezed in height while its labels are larger).
   */
  proteinLabel: 'center' | 'left';
  compartmentFill: Record<string, string>;
  change: ChangeScale;
}

/**
 * Blue for down, orange for up (a diverging pair that stays apart with the common colour-vision deficiencies), grey
 * for no change. Full colour at half and double the untreated activity (log2 ±1): the rebounds the model is about
 * (AKT up 1.5× under a rapalog) are mid-orange, not a pale tint. The ±0.15 points keep changes below the contract's
 * direction threshold (1.10×) near grey. Lightness falls steadily away from 0 on both sides, so the scale also reads
 * in greyscale; the ↑/↓ glyphs on the labels carry the direction there.
 */
const CHANGE: ChangeScale = {
  points: [
    [-1, '#2c5a9e'],
    [-0.5, '#5b8fd0'],
    [-0.15, '#dfe6ef'],
    [0, '#e9e9e9'],
    [0.15, '#f3e3d3'],
    [0.5, '#f0953a'],
    [1, '#c85a00'],
  ],
  noData: '#ffffff',
};

export const SCREEN_THEME: Theme = {
  name: 'screen',
  layoutScale: { x: 1, y: 1 },
  transitionMs: 0,
  minLabelPx: 10,
  background: '#ffffff',
  text: '#1b1f24',
  mutedText: '#57606a',
  nodeBorder: '#3d4650',
  edge: '#6e7781',
  activation: '#4a525a',
  inhibition: '#b3261e',
  fontSize: 20,
  proteinLabel: 'center',
  compartmentFill: {
    systemic: '#f6f1fa',
    extracellular: '#f3f8fc',
    membrane: '#fdf6e7',
    cytoplasm: '#ffffff',
    nucleus: '#f1f7f1',
  },
  change: CHANGE,
};

/** Lecture mode: black ink, larger labels (at least 24 px on a 1920×1080 projector) and a wider, flatter layout. */
export const PROJECTOR_THEME: Theme = {
  ...SCREEN_THEME,
  name: 'projector',
  layoutScale: { x: 1.3, y: 0.82 },
  transitionMs: 350,
  minLabelPx: 24,
  text: '#000000',
  mutedText: '#333333',
  nodeBorder: '#000000',
  edge: '#333333',
  activation: '#222222',
  fontSize: 25,
  proteinLabel: 'left',
};
