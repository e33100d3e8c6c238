// The Cytoscape stylesheet as data: values reach the style through data(field); selection and hover rules last.
import type { StylesheetJson } from 'cytoscape';
import type { Theme } from './theme';

/** A switched-off loop's edges: mid grey, readable on white, dark and projector backgrounds. */
const CUT_EDGE = '#6b6b6b';
/** Mutation badges: deep purple, apart from the blue–orange change scale and the black drug badges. */
const MUTATION_BADGE = '#6a1b9a';

type Rule = { selector: string; style: Record<string, unknown> };

/** Rules for the nodes themselves: the base node, site and protein shapes, and the compartment bands. */
function nodeRules(theme: Theme): Rule[] {
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as never,
        width: 'data(width)',
        height: 'data(height)',
        'background-color': 'data(fill)',
        'border-width': 1.5,
        'border-color': theme.nodeBorder,
        label: 'data(display)',
        'font-size': theme.fontSize,
        'font-family': 'Inter, "Segoe UI", "DejaVu Sans", Arial, sans-serif',
        color: 'data(textColor)',
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index': 10,
        ...(theme.transitionMs > 0
          ? {
              'transition-property': 'background-color, color',
              // Cytoscape reads a bare number as milliseconds.
              'transition-duration': theme.transitionMs,
            }
          : {}),
      },
    },
    {
      selector: 'node.site',
      style: { 'font-size': Math.round(theme.fontSize * 0.75), 'border-width': 1 },
    },
    {
      selector: 'node.protein',
      style: {
        shape: 'round-rectangle',
        'text-valign': 'top',
        'text-halign': theme.proteinLabel,
        'text-margin-y': -2,
        color: theme.text,
        padding: '8px',
        'font-weight': 'bold',
        'background-opacity': 0.9,
      },
    },
    {
      selector: 'node.band',
      style: {
        shape: 'rectangle',
        width: 'data(width)',
        height: 'data(height)',
        'background-color': 'data(fill)',
        'border-width': 0,
        label: 'data(label)',
        'font-size': theme.fontSize,
        'font-style': 'italic',
        color: theme.mutedText,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 16,
        'z-index': 0,
        'z-compound-depth': 'bottom',
        events: 'no',
      },
    },
  ];
}

/** Rules for the badges drawn on nodes: drug markers, mutation badges and the double border of a targeted node. */
function badgeRules(theme: Theme): Rule[] {
  return [
    {
      selector: 'node.marker',
      style: {
        shape: 'round-rectangle',
        label: 'data(markerText)',
        width: 'data(markerWidth)',
        height: 'data(markerHeight)',
        'text-wrap': 'wrap',
        'line-height': 1.25,
        'background-color': '#111111',
        'border-width': 0,
        color: '#ffffff',
        'font-size': Math.round(theme.fontSize * 0.8),
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index': 30,
        events: 'no',
      },
    },
    { selector: 'node.marker[marker = ""]', style: { display: 'none' } },
    {
      selector: 'node.mutation',
      style: {
        shape: 'round-rectangle',
        label: 'data(badge)',
        width: 'data(badgeWidth)',
        height: Math.round(theme.fontSize * 0.7) + 6,
        'background-color': MUTATION_BADGE,
        'border-width': 0,
        color: '#ffffff',
        'font-size': Math.round(theme.fontSize * 0.7),
        'font-weight': 'bold',
        'text-valign': 'center',
        'text-halign': 'center',
        'z-index': 30,
        events: 'no',
      },
    },
    { selector: 'node.mutation[badge = ""]', style: { display: 'none' } },
    {
      selector: 'node[targeted > 0]',
      style: { 'border-width': 4, 'border-color': '#111111', 'border-style': 'double' },
    },
  ];
}

/** Rules for edges: sign, speed and loop line styles, and the cut mark of a switched-off loop. */
function edgeRules(theme: Theme): Rule[] {
  return [
    {
      selector: 'edge',
      style: {
        width: 2,
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        'curve-style': 'bezier',
        opacity: 'data(opacity)' as never,
        'z-index': 5,
      },
    },
    { selector: 'edge.inhibition', style: { 'target-arrow-shape': 'tee', 'arrow-scale': 1.4 } },
    { selector: 'edge.slow', style: { 'line-style': 'dotted', width: 2.5 } },
    { selector: 'edge.loop', style: { 'line-style': 'dashed', 'line-dash-pattern': [8, 4], width: 3 } },
    { selector: 'edge.loop.slow', style: { 'line-style': 'dashed', 'line-dash-pattern': [3, 4] } },
    // A switched-off loop is drawn cut: grey, finely broken, with a scissors mark at its middle.
    {
      selector: 'edge[cut = 1]',
      style: {
        'line-color': CUT_EDGE,
        'target-arrow-color': CUT_EDGE,
        'line-style': 'dashed',
        'line-dash-pattern': [3, 6],
        width: 3,
        opacity: 1,
        // The mark sits near the edge's source, clear of the nodes an edge's middle may pass behind.
        'source-label': '✂',
        'source-text-offset': Math.round(theme.fontSize * 1.6),
        'font-size': Math.round(theme.fontSize * 1.2),
        color: CUT_EDGE,
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
        'text-background-padding': '1px',
      },
    },
  ];
}

/** Routed edges and the interaction rules (fading, highlight, selection, focus, pulse), which come last. */
function routeAndInteractionRules(): Rule[] {
  return [
    // Routed edges run through their waypoints (elements.ts routeData) around nodes that are not theirs; the
    // distances and weights are measured from the node centres, as routeData computes them.
    {
      selector: 'edge[route = "segments"]',
      style: {
        'curve-style': 'round-segments',
        'segment-distances': 'data(routeDistances)',
        'segment-weights': 'data(routeWeights)',
        'segment-radii': 12,
        'edge-distances': 'node-position',
      },
    },
    {
      selector: 'edge[route = "bezier"]',
      style: {
        'curve-style': 'unbundled-bezier',
        'control-point-distances': 'data(routeDistances)',
        'control-point-weights': 'data(routeWeights)',
        'edge-distances': 'node-position',
      },
    },
    { selector: 'edge.internal', style: { display: 'none' } },
    // Hovering a loop fades the rest, but nodes keep a readable label (at 0.15 they read as empty boxes).
    { selector: 'edge.faded', style: { opacity: 0.15 } },
    {
      selector: 'node.faded',
      style: { 'background-opacity': 0.3, 'border-opacity': 0.35, 'text-opacity': 0.55 },
    },
    { selector: 'edge.highlighted', style: { width: 6, opacity: 1, 'z-index': 20 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b57d0' } },
    { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#0b57d0' } },
    { selector: 'edge.pulse', style: { width: 9, opacity: 1, 'z-index': 25 } },
  ];
}

/** Builds the canvas stylesheet for a theme. */
export function buildStylesheet(theme: Theme): StylesheetJson {
  return [
    ...nodeRules(theme),
    ...badgeRules(theme),
    ...edgeRules(theme),
    ...routeAndInteractionRules(),
  ] as StylesheetJson;
}
