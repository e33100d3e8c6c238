// Speed figures as JSON: steady-state solves of the bundled model and of generated networks of 1,000 and 10,000
// nodes; in Chromium, first-load size, drug click against a bare full restyle, and a 4× PNG export.

import { availableParallelism, loadavg } from 'node:os';
import { build, preview } from 'vite';
import { drugEffects } from '../src/engine/effects';
import { compileNetwork } from '../src/engine/network';
import { simulate, wildTypeBaseline } from '../src/engine/simulate';
import { steadyState } from '../src/engine/solve';
import { bundledModel } from '../src/model/bundled';
import type { Model, Pathway, PathwayEdge, PathwayNode } from '../src/model/types';
import { launchBrowser } from '../tests/e2e/browser';
import { bundleSizes } from './bundle-size';

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    runs: s.length,
    median_ms: round(q(0.5)),
    p95_ms: round(q(0.95)),
    max_ms: round(s[s.length - 1] as number),
  };
}

function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** A deterministic pseudo-random generator (mulberry32), so generated networks are the same every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A layered random signalling network of `size` nodes, about two inputs each, a fifth of them inhibitory. */
function generatedModel(base: Model, size: number): Model {
  const rand = rng(size);
  const nodes: PathwayNode[] = [];
  const edges: PathwayEdge[] = [];
  for (let i = 0; i < size; i++) {
    nodes.push({
      id: `N${i}`,
      label: `N${i}`,
      kind: 'kinase',
      compartment: 'cytoplasm',
      description: 'generated node',
      references: ['kraeutler2010'],
      position: { x: i, y: 0 },
      basal: i < size / 20 ? 0.5 : rand() < 0.3 ? 0.1 : undefined,
    });
    if (i < size / 20) continue;
    const inputs = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < inputs; k++) {
      const source = Math.floor(rand() * i);
      edges.push({
        id: `E${i}-${k}`,
        source: `N${source}`,
        target: `N${i}`,
        sign: rand() < 0.2 ? 'inhibition' : 'activation',
        mechanism: 'phosphorylation',
        speed: rand() < 0.1 ? 'slow' : 'fast',
        references: ['kraeutler2010'],
        weight: 0.5 + rand() / 2,
      });
    }
    // occasional feedback to an upstream node
    if (rand() < 0.05) {
      edges.push({
        id: `F${i}`,
        source: `N${i}`,
        target: `N${Math.floor(rand() * i)}`,
        sign: 'inhibition',
        mechanism: 'phosphorylation',
        speed: 'fast',
        references: ['kraeutler2010'],
        weight: 0.5,
      });
    }
  }
  const pathway: Pathway = { ...base.pathway, nodes, edges, loops: [], readouts: [], mutations: [] };
  return { ...base, pathway, nodeById: new Map(nodes.map((n) => [n.id, n])) };
}

const model = bundledModel();
const baseline = wildTypeBaseline(model);
const rapamycin = model.drugById.get('rapamycin');
if (!rapamycin) throw new Error('rapamycin missing');
const treatment = [{ drug: rapamycin, doseNM: 100 }];
const untreatedNet = compileNetwork(model, { mutations: [], loopsOff: new Set() });
const treatedNet = compileNetwork(model, {
  mutations: [],
  loopsOff: new Set(),
  clamp: baseline.clamp,
  effects: drugEffects(model, treatment, []),
});

const result: Record<string, unknown> = { node: process.version };
/** Steady-state solves in Node: the bundled model, then generated networks of 1,000 and 10,000 nodes. */
function nodeSolves(): void {
  result.default_model = {
    nodes: model.pathway.nodes.length,
    edges: model.pathway.edges.length,
    steady_state_cold: stats(time(() => steadyState(untreatedNet), 1000)),
    steady_state_after_drug: stats(time(() => steadyState(treatedNet, baseline.y), 1000)),
    compile_and_solve_sustained: stats(
      time(() => simulate(model, { mutations: [], treatment, loopsOff: new Set() }, 'sustained'), 1000),
    ),
    acute_one_hour: stats(
      time(() => simulate(model, { mutations: [], treatment, loopsOff: new Set() }, 'acute'), 200),
    ),
    targets: { steady_state_median_ms: 1 },
  };

  for (const [size, runs] of [
    [1000, 50],
    [10000, 10],
  ] as const) {
    const generated = generatedModel(model, size);
    const net = compileNetwork(generated, { mutations: [], loopsOff: new Set() });
    let converged = true;
    const samples = time(() => {
      converged = steadyState(net).converged && converged;
    }, runs);
    result[`generated_${size}`] = {
      nodes: size,
      edges: generated.pathway.edges.length,
      steady_state: stats(samples),
      converged,
      ...(size === 1000 ? { targets: { steady_state_median_ms: 20 } } : {}),
    };
  }
}

if (!process.argv.includes('--browser-only')) nodeSolves();

/** Page helpers, installed as a script so that tsx's name helpers never reach page.evaluate. */
interface BenchWindow {
  /** Resolves at the second animation frame from now, with its time. */
  twoFrames: () => Promise<number>;
  /** Resolves once the Predicted effects panel holds the explanations of the current choices. */
  explained: () => Promise<void>;
  /** Every element's data, by id. */
  canvasData: () => Map<string, Record<string, unknown>>;
  /**
   * Resolves once the canvas has not redrawn for 8 frames: after a change Cytoscape refines its element textures
   * over the following frames, and that work must not land in the next timing.
   */
  settled: () => Promise<void>;
}
const PAGE_HELPERS = `
window.twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
window.explained = () => new Promise((resolve) => {
  const t0 = performance.now();
  const poll = () => document.querySelector('section.effects')?.getAttribute('aria-busy') === 'false' || performance.now() - t0 > 5000
    ? resolve() : requestAnimationFrame(poll);
  poll();
});
window.canvasData = () => new Map(window.pathwayLens.cy.elements().map((e) => [e.id(), { ...e.data() }]));
window.settled = () => new Promise((resolve) => {
  const cy = window.pathwayLens.cy;
  let rendered = false;
  let quiet = 0;
  const onRender = () => { rendered = true; };
  cy.on('render', onRender);
  const tick = () => {
    quiet = rendered ? 0 : quiet + 1;
    rendered = false;
    if (quiet < 8) return requestAnimationFrame(tick);
    cy.off('render', onRender);
    resolve();
  };
  requestAnimationFrame(tick);
});
`;

/** Element data fields by element id: what a click changed, as it was before or as it is after. */
type CanvasWrites = Array<[string, Record<string, unknown>]>;

/**
 * For each drug in turn, four timings to the second animation frame, taken back to back so that all four see the
 * same machine load: a click on the drug's button; a bare full restyle (cy.style().update()); two empty frames; and
 * the click's own canvas writes made again directly in one cy.batch (the canvas is first put back as it was before
 * the click), which is the renderer's own cost of drawing that change, without React or the simulation. The click's
 * and the restyle's timings are also marked (`click-start` … `restyle-end`) for a trace to find.
 */
async function measureClicks(labels: string[]) {
  const { twoFrames, explained, canvasData, settled } = window as unknown as BenchWindow;
  const cy = window.pathwayLens?.cy;
  const out: Array<{
    data: number;
    click: number;
    restyle: number;
    empty: number;
    writes: number;
    changed: number;
  }> = [];
  for (const label of labels) {
    const button = [...document.querySelectorAll('button.drug-button')].find(
      (b) => b.querySelector('.drug-name')?.textContent === label,
    ) as HTMLButtonElement | undefined;
    if (!button || !cy) continue;
    await settled();
    const dataBefore = canvasData();
    performance.mark('click-start');
    let t0 = performance.now();
    button.click();
    // React flushes a click's update in a microtask; the canvas data are written in its layout effect.
    await Promise.resolve();
    const data = (window.pathwayLens?.overlayAppliedAt ?? t0) - t0;
    const click = (await twoFrames()) - t0;
    performance.mark('click-end');
    // deferred work (explanations, the address) finishes before anything else is timed
    await explained();
    await settled();
    performance.mark('restyle-start');
    t0 = performance.now();
    cy.style().update();
    const restyle = (await twoFrames()) - t0;
    performance.mark('restyle-end');
    t0 = performance.now();
    const empty = (await twoFrames()) - t0;
    const before: CanvasWrites = [];
    const after: CanvasWrites = [];
    for (const [id, now] of canvasData()) {
      const was = dataBefore.get(id) ?? {};
      const changed = Object.keys(now).filter((k) => JSON.stringify(now[k]) !== JSON.stringify(was[k]));
      if (changed.length === 0) continue;
      before.push([id, Object.fromEntries(changed.map((k) => [k, was[k]]))]);
      after.push([id, Object.fromEntries(changed.map((k) => [k, now[k]]))]);
    }
    cy.batch(() => {
      for (const [id, d] of before) cy.getElementById(id).data(d);
    });
    await settled();
    t0 = performance.now();
    cy.batch(() => {
      for (const [id, d] of after) cy.getElementById(id).data(d);
    });
    const writes = (await twoFrames()) - t0;
    out.push({ data, click, restyle, empty, writes, changed: after.length });
  }
  return out;
}

/** One event of a Chromium trace (the fields read here). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
  args?: { name?: string };
}

/**
 * The page's main-thread CPU time (ms) in each window between its `<kind>-start` and `<kind>-end` marks: the thread
 * time of its top-level tasks, prorated where a task straddles a window's edge. Unlike the time to the second frame,
 * it leaves out waiting for the frame clock and for a CPU that other programs hold.
 */
function mainThreadCpu(events: TraceEvent[], kinds: string[]): Record<string, number[]> {
  const marks = events
    .filter((e) => e.cat?.includes('blink.user_timing') && /-(start|end)$/.test(e.name))
    .sort((a, b) => a.ts - b.ts);
  const pid = marks[0]?.pid;
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain',
  )?.tid;
  const tasks: TraceEvent[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const e of events
    .filter(
      (t) => t.ph === 'X' && t.pid === pid && t.tid === main && t.name === 'ThreadControllerImpl::RunTask',
    )
    .sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue; // a task nested in one already counted
    tasks.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  const out: Record<string, number[]> = Object.fromEntries(kinds.map((k) => [k, []]));
  const opened = new Map<string, number>();
  for (const m of marks) {
    const cut = m.name.lastIndexOf('-');
    const kind = m.name.slice(0, cut);
    const edge = m.name.slice(cut + 1);
    if (!(kind in out)) continue;
    if (edge === 'start') opened.set(kind, m.ts);
    const from = opened.get(kind);
    if (edge !== 'end' || from === undefined) continue;
    let cpu = 0;
    for (const t of tasks) {
      const overlap = Math.min(t.ts + (t.dur ?? 0), m.ts) - Math.max(t.ts, from);
      if (overlap > 0) cpu += ((t.tdur ?? 0) * overlap) / Math.max(1, t.dur ?? 0);
    }
    out[kind]?.push(cpu / 1000);
  }
  return out;
}

/** Drug clicks in Chromium against a bare full restyle in the same page (median of 30 each), and a 4× PNG export. */
async function browserClicks(): Promise<Record<string, unknown>> {
  await build({ logLevel: 'silent' });
  const bundle = bundleSizes();
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  const url = server.resolvedUrls?.local[0];
  const browser = await launchBrowser();
  try {
    // bypassCSP: the measuring code is injected as an inline script, which the app's own policy refuses
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await page.goto(`${url ?? ''}?testHooks`);
    await page.waitForFunction(() => (window.pathwayLens?.overlays ?? 0) > 0);
    await page.addScriptTag({ content: PAGE_HELPERS });
    const names = model.drugs.filter((d) => d.selectable !== false).map((d) => d.name);
    // warm-up: the first clicks compile the engine's code paths
    await page.evaluate(measureClicks, names.slice(0, 10));
    const loadBefore = loadavg();
    const samples = await page.evaluate(measureClicks, names.slice(10, 40));
    // The same clicks again under a trace, for the main thread's CPU time in each (tracing slows the page a little, so
    // the timings above are taken without it).
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    await page.evaluate(measureClicks, names.slice(10, 40));
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const loadAfter = loadavg();
    const cpu = mainThreadCpu(trace.traceEvents, ['click', 'restyle']);
    const clickCpu = cpu.click ?? [];
    const restyleCpu = cpu.restyle ?? [];
    const click = stats(samples.map((s) => s.click));
    const restyle = stats(samples.map((s) => s.restyle));
    const writes = stats(samples.map((s) => s.writes));
    const ratio = (a: number, b: number) => Math.round((100 * a) / b) / 100;
    // A 4× PNG of a 1920×1080 view (the export lecturers put on slides).
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    const exportMs = await page.evaluate(async () => {
      const ex = (
        window as unknown as { pathwayLens: { exporter: { exportPng: (o: object) => Promise<Blob> } } }
      ).pathwayLens.exporter;
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await ex.exportPng({ scale: 4, background: 'white' });
        times.push(performance.now() - t0);
      }
      return times;
    });
    return {
      bundle,
      export_png_4x_1920x1080: { ...stats(exportMs), target_ms: 2000 },
      clicks: samples.length,
      click_to_canvas_data: stats(samples.map((s) => s.data)),
      click_to_second_frame: click,
      bare_full_restyle_to_second_frame: restyle,
      two_empty_frames: stats(samples.map((s) => s.empty)),
      click_writes_alone_to_second_frame: writes,
      elements_changed_per_click: stats(samples.map((s) => s.changed)),
      click_vs_bare_restyle_ratio: ratio(click.median_ms, restyle.median_ms),
      click_vs_bare_restyle_paired_ratio: stats(samples.map((s) => ratio(s.click, s.restyle))).median_ms,
      click_writes_alone_vs_bare_restyle_ratio: ratio(writes.median_ms, restyle.median_ms),
      target_ratio: 1.3,
      main_thread_cpu: {
        click: stats(clickCpu),
        bare_full_restyle: stats(restyleCpu),
        click_vs_bare_restyle_ratio: ratio(stats(clickCpu).median_ms, stats(restyleCpu).median_ms),
        click_vs_bare_restyle_paired_ratio: stats(
          clickCpu.map((c, i) => ratio(c, restyleCpu[i] ?? Number.NaN)).filter(Number.isFinite),
        ).median_ms,
        note: 'the same 30 clicks and restyles again under a Chromium trace: the page main thread’s CPU time between the start of each and its second frame (no waiting for the frame clock or for a CPU held by other programs, so it moves less with the machine’s load than the times above, though CPU time too grows when other programs share the cores)',
      },
      machine_load: {
        cores: availableParallelism(),
        load_average_1_5_15_min_before: loadBefore.map((x) => Math.round(x * 100) / 100),
        load_average_1_5_15_min_after: loadAfter.map((x) => Math.round(x * 100) / 100),
      },
      note: 'medians of 30 in one page (1366×768), each click followed by its own restyle and replay so all see the same load: a drug click until the second animation frame after it, against cy.style().update() (a full restyle of the same graph) until its second frame; the paired ratio is the median of click/restyle per click; "click writes alone" makes the same element data changes as the click directly in one cy.batch (the renderer\'s own cost of drawing that change, without React or the simulation); software rendering in headless Chromium here',
    };
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}

result.chromium_drug_click = process.argv.includes('--no-browser')
  ? 'skipped (--no-browser)'
  : await browserClicks();
console.log(JSON.stringify(result, null, 2));
