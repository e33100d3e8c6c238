// Steady states and time courses of a compiled network (damped Gauss–Seidel relaxation; exponential Euler in time).
import { inputSignal, type Network, nodeTarget } from './network';

export interface SteadyState {
  y: Float64Array;
  converged: boolean;
  sweeps: number;
  residual: number;
}

const TOLERANCE = 1e-8;
const MAX_SWEEPS = 4000;

/** Largest |target - activity| over all nodes: zero at a steady state. */
export function residual(net: Network, y: Float64Array): number {
  let worst = 0;
  for (let i = 0; i < net.size; i++)
    worst = Math.max(worst, Math.abs(nodeTarget(net, i, y, null, 1) - (y[i] as number)));
  return worst;
}

/**
 * Finds the steady state (every node at its target, slow effects fully developed) by damped relaxation,
 * starting from `start` (or mid-range). Nodes that overshoot are damped, so negative feedback loops still settle;
 * a network that never settles is reported, not hidden.
 */
export function steadyState(net: Network, start?: Float64Array, maxSweeps = MAX_SWEEPS): SteadyState {
  const y = start ? Float64Array.from(start) : new Float64Array(net.size).fill(0.5);
  // Under-relaxation (0.9, halved while the sweeps stop contracting): a full Gauss–Seidel step overshoots around negative feedback loops (ERK ⊣ RAF flips every sweep).
  let omega = 0.9;
  let best = Number.POSITIVE_INFINITY;
  let stalled = 0;
  let delta = Number.POSITIVE_INFINITY;
  let sweep = 0;
  for (sweep = 1; sweep <= maxSweeps; sweep++) {
    delta = 0;
    for (let k = 0; k < net.size; k++) {
      const i = net.order[k] as number;
      const d = nodeTarget(net, i, y, null, 1) - (y[i] as number);
      // Nodes off every feedback cycle cannot overshoot: they take the full step.
      y[i] = (y[i] as number) + (net.onCycle[i] ? omega : 1) * d;
      if (Math.abs(d) > delta) delta = Math.abs(d);
    }
    if (delta < TOLERANCE) break;
    if (delta < best * 0.999) {
      best = delta;
      stalled = 0;
    } else if (++stalled > 8) {
      // Still not contracting: the loops overshoot even at this step, so take shorter steps.
      omega = Math.max(0.05, omega * 0.5);
      stalled = 0;
      best = delta;
    }
  }
  const res = residual(net, y);
  return { y, converged: res < 1e-6, sweeps: Math.min(sweep, maxSweeps), residual: res };
}

/** Filter states of a network's slow inputs, settled at activities y. */
export function settledFilters(net: Network, y: Float64Array): Float64Array {
  const z = new Float64Array(net.filterTau.length);
  for (let f = 0; f < z.length; f++) z[f] = inputSignal(net, y, net.filterInput[f] as number);
  return z;
}

export interface TimeCourse {
  /** Minutes after the drug was added. */
  times: number[];
  /** Activity of every node at each time (row per time point, in network node order). */
  states: Float64Array[];
}

/**
 * Integrates the network from activities y0 (and slow-input filters z0) for `minutes`, recording every `every` minutes.
 * Exponential Euler: each node relaxes towards its current target with its time constant, which is stable for any step.
 */
export function integrate(
  net: Network,
  y0: Float64Array,
  z0: Float64Array,
  minutes: number,
  every = minutes,
  dt = 0.5,
): TimeCourse {
  const y = Float64Array.from(y0);
  const z = Float64Array.from(z0);
  const target = new Float64Array(net.size);
  const decayNode = Math.exp(-dt / net.tauNode);
  const decayFilter = Array.from(net.filterTau, (tau) => Math.exp(-dt / tau));
  const times = [0];
  const states = [Float64Array.from(y)];
  const steps = Math.round(minutes / dt);
  const recordEvery = Math.max(1, Math.round(every / dt));
  for (let step = 1; step <= steps; step++) {
    const t = step * dt;
    const slowFactor = 1 - Math.exp(-t / net.tauSlow);
    for (let f = 0; f < z.length; f++) {
      const signal = inputSignal(net, y, net.filterInput[f] as number);
      z[f] = signal + ((z[f] as number) - signal) * (decayFilter[f] as number);
    }
    for (let i = 0; i < net.size; i++) target[i] = nodeTarget(net, i, y, z, slowFactor);
    for (let i = 0; i < net.size; i++) {
      const ti = target[i] as number;
      y[i] = ti + ((y[i] as number) - ti) * decayNode;
    }
    if (step % recordEvery === 0 || step === steps) {
      times.push(t);
      states.push(Float64Array.from(y));
    }
  }
  return { times, states };
}
