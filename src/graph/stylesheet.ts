// The Cytoscape stylesheet as data: values reach the style through data(field); selection and hover rules last.
import type { StylesheetJson } from 'cytoscape';
import type { Theme } from './theme';

/** Builds the canvas stylesheet for a theme. */
export function buildStylesheet(theme: Theme): StylesheetJson {
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
        'text-halign': 'center',
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
    {
      selector: 'node.marker',
      style: {
        shape: 'round-rectangle',
        label: 'data(marker)',
        width: 'data(markerWidth)',
        height: Math.round(theme.fontSize * 0.8) + 6,
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
      selector: 'node[targeted > 0]',
      style: { 'border-width': 4, 'border-color': '#111111', 'border-style': 'double' },
    },
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
    { selector: 'edge.internal', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'edge.highlighted', style: { width: 6, opacity: 1, 'z-index': 20 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#0b57d0' } },
    { selector: 'node.focus', style: { 'border-width': 5, 'border-color': '#0b57d0' } },
    { selector: 'edge.pulse', style: { width: 9, opacity: 1, 'z-index': 25 } },
  ] as StylesheetJson;
}
