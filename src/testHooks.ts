// Hooks for the tests and the benchmark, as one object on `window`: present only in vitest's test mode or when the
// page's address carries `?testHooks` (the browser tests' server adds it), so the app users get writes none.
/// <reference types="vite/client" />
import type { Core } from 'cytoscape';

/** What the tests read from `window.pathwayLens`. */
export interface TestHooks {
  /** The Cytoscape core on screen: the explorer's, or the lecture canvas while lecture mode is open. */
  cy?: Core;
  /** `performance.now()` when the canvas on screen last took a new prediction. */
  overlayAppliedAt: number;
  /** How many predictions the canvas on screen has taken (tests wait for it to grow after a click). */
  overlays: number;
  /** How many times a canvas has finished framing a lecture step's focus nodes (after its zoom animation). */
  framings: number;
  /**
   * Set by a test before a canvas mounts: no motion on it. Lecture steps are framed at once, without the zoom
   * animation, so the test need not wait for one, and colours change without their fade (each frame of a fade
   * redraws the whole canvas, which a test of where things are does not look at).
   */
  noMotion?: boolean;
  /** The exporter of the canvas on screen: the same PNG and SVG export the menu runs (benchmark, figure script). */
  exporter?: unknown;
}

declare global {
  interface Window {
    /** Test hooks (src/testHooks.ts): only in test mode or with `?testHooks` in the address. */
    pathwayLens?: TestHooks;
  }
}

/** Whether this page carries test hooks. */
export function testHooksEnabled(): boolean {
  if (typeof window === 'undefined') return false;
  return import.meta.env.MODE === 'test' || new URLSearchParams(window.location.search).has('testHooks');
}

/** The hooks object, created on first use; undefined when hooks are off. */
function current(): TestHooks | undefined {
  if (!testHooksEnabled()) return undefined;
  window.pathwayLens ??= { overlayAppliedAt: 0, overlays: 0, framings: 0 };
  return window.pathwayLens;
}

/** What the app reports to the tests. Every call is a no-op when hooks are off. */
export const testHooks = {
  /** This Cytoscape core is now the canvas on screen. */
  canvasShown(cy: Core): void {
    const hooks = current();
    if (hooks) hooks.cy = cy;
  },
  /** The export the menu would run for the canvas on screen. */
  exporterShown(exporter: unknown): void {
    const hooks = current();
    if (hooks) hooks.exporter = exporter;
  },
  /** The canvas on screen has written a new prediction into its elements. */
  overlayApplied(): void {
    const hooks = current();
    if (!hooks) return;
    hooks.overlayAppliedAt = performance.now();
    hooks.overlays += 1;
  },
  /** How long the zoom to a lecture step's focus may take: `ms`, or 0 when a test asked for no motion. */
  framingMs(ms: number): number {
    return current()?.noMotion ? 0 : ms;
  },
  /** How long a colour change fades on a canvas mounted now: `ms`, or 0 when a test asked for no motion. */
  fadeMs(ms: number): number {
    return current()?.noMotion ? 0 : ms;
  },
  /** A canvas has finished framing a lecture step's focus nodes. */
  framed(): void {
    const hooks = current();
    if (hooks) hooks.framings += 1;
  },
};
