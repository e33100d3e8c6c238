// Where explanations are computed: in a Web Worker when the browser has one, else on the main thread (jsdom, or a page
// whose policy refuses the worker); either way only once the click's frames have been painted.
import { type Explanation, explainScenario } from '../../engine/explain';
import type { Timescale } from '../../engine/simulate';
import type { Model } from '../../model/types';
import { afterPaint } from '../../stores/afterPaint';
import { toCondition } from '../../stores/condition';
import type { GivenDrugChoice } from '../../stores/scenarioStore';

/** The user's choices the explanations depend on. */
export interface ExplainInputs {
  drugs: GivenDrugChoice[];
  mutations: string[];
  loopsOff: string[];
  timescale: Timescale;
}

/** A request to the worker; the model travels with the first request and whenever it changes. */
export interface ExplainRequest {
  id: number;
  model?: Model;
  inputs: ExplainInputs;
}

export interface ExplainReply {
  id: number;
  explanations: Explanation[];
  /** A newer request came in before this one was started; its caller has moved on. */
  superseded?: boolean;
}

function explainHere(model: Model, inputs: ExplainInputs): Explanation[] {
  const { drugs, mutations, loopsOff, timescale } = inputs;
  return explainScenario(model, toCondition(model, drugs, mutations, loopsOff), timescale);
}

let worker: Worker | null | undefined;
let workerModel: Model | undefined;
let nextId = 0;
/** Pending requests by id; each hears its reply, or null when the worker has failed. */
const waiting = new Map<number, (reply: ExplainReply | null) => void>();

/** The explanation worker, started on first use; null where none can run (then callers compute on the main thread). */
function explainWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker =
      typeof Worker === 'function'
        ? new Worker(new URL('./explainWorker.ts', import.meta.url), { type: 'module', name: 'explanations' })
        : null;
  } catch {
    worker = null;
  }
  if (!worker) return null;
  worker.onmessage = (event: MessageEvent<ExplainReply>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  // A worker that fails (refused by the page's policy, or a file:// page) hands every pending request back.
  worker.onerror = () => {
    worker?.terminate();
    worker = null;
    for (const done of waiting.values()) done(null);
    waiting.clear();
  };
  return worker;
}

/**
 * Computes explanations for these choices and hands them to `done`, off the main thread where possible; returns a
 * function that cancels the delivery (a newer choice supersedes it). Nothing starts before the next two frames are
 * painted: a worker computing beside the main thread takes a core the canvas needs on small machines.
 */
export function explainLater(
  model: Model,
  inputs: ExplainInputs,
  done: (e: Explanation[]) => void,
): () => void {
  let cancelled = false;
  let cancelFallback: (() => void) | undefined;
  const fallback = () => {
    if (!cancelled) cancelFallback = afterPaint(() => done(explainHere(model, inputs)));
  };
  const ask = () => {
    const target = explainWorker();
    if (!target) return fallback();
    const id = nextId++;
    waiting.set(id, (reply) => {
      if (cancelled) return;
      if (reply === null) fallback();
      // another caller's newer request went first: ask again
      else if (reply.superseded) ask();
      else done(reply.explanations);
    });
    // References are not needed to explain, and the bundled model's load on demand: leave them out of the copy.
    const sendModel = workerModel !== model;
    workerModel = model;
    const request: ExplainRequest = {
      id,
      inputs,
      ...(sendModel ? { model: { ...model, references: new Map() } } : {}),
    };
    target.postMessage(request);
  };
  const cancelAsk = afterPaint(ask);
  return () => {
    cancelled = true;
    cancelAsk();
    cancelFallback?.();
  };
}
