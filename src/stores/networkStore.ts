// Which network the app shows: the bundled model, or one opened from a file; what went wrong opening one; and a link
// to an opened network waiting for its file (files are not stored in links, so the file must be opened again).
import { create } from 'zustand';
import type { Model, Story } from '../model/types';
import type { ScenarioState } from './scenarioStore';

/** A network opened from a file (built by src/features/Import/loadNetwork.ts). */
export interface ShownNetwork {
  model: Model;
  /** The network's name (the file's, or its file name). */
  name: string;
  fileName: string;
  /** The format read, as the importer names it. */
  format: string;
  /** What the reader noted (renamed ids, a layout made afresh…). */
  warnings: string[];
  /** Drugs of the bundled library that act on this network (the others are hidden), of all simulatable ones. */
  drugsApplying: number;
  drugsTotal: number;
  /** A lecture story from the explorer's state (src/features/Import/story.ts). */
  makeStory: (state: ScenarioState) => Story;
}

/** A link that showed an opened network: the file it named and the state it carried, kept until the file is opened. */
export interface PendingLink {
  fileName: string;
  hash: string;
}

export interface NetworkState {
  /** The opened network, or null while the bundled model is shown. */
  opened: ShownNetwork | null;
  /** Why the last file could not be opened (names the line or element), or null. */
  problem: string | null;
  /** True while a file is being read. */
  busy: boolean;
  pendingLink: PendingLink | null;
}

export interface NetworkActions {
  showOpened: (network: ShownNetwork) => void;
  showBundled: () => void;
  startReading: () => void;
  fail: (problem: string) => void;
  dismissProblem: () => void;
  dismissPendingLink: () => void;
}

export type NetworkStore = NetworkState & NetworkActions;

/** The search parameter that says which model a link shows: absent for the bundled model, `file:<name>` otherwise. */
export const MODEL_PARAM = 'model';

/** The file a `model=file:<name>` value names, or null for anything else. */
export function linkedFileName(value: string | null): string | null {
  return value?.startsWith('file:') && value.length > 5 ? value.slice(5) : null;
}

/**
 * Takes a link to an opened network out of the address before the app reads it: the bundled model is shown with a clean
 * address, and the link's state waits (in memory) for the file to be opened again.
 */
export function takePendingLink(): PendingLink | null {
  if (typeof window === 'undefined') return null;
  const url = new URL(window.location.href);
  const fileName = linkedFileName(url.searchParams.get(MODEL_PARAM));
  if (!fileName) return null;
  const hash = url.hash;
  url.searchParams.delete(MODEL_PARAM);
  url.hash = '';
  // Stryker disable next-line StringLiteral: browsers ignore replaceState's title argument (the empty string here)
  window.history.replaceState(null, '', url.toString());
  return { fileName, hash };
}

export const INITIAL_NETWORK: NetworkState = { opened: null, problem: null, busy: false, pendingLink: null };

export const useNetworkStore = create<NetworkStore>()((set) => ({
  ...INITIAL_NETWORK,
  pendingLink: takePendingLink(),
  showOpened: (opened) => set({ opened, problem: null, busy: false, pendingLink: null }),
  showBundled: () => set({ opened: null, problem: null, busy: false }),
  startReading: () => set({ busy: true, problem: null }),
  fail: (problem) => set({ problem, busy: false }),
  dismissProblem: () => set({ problem: null }),
  dismissPendingLink: () => set({ pendingLink: null }),
}));

export const selectOpened = (s: NetworkStore) => s.opened;
export const selectProblem = (s: NetworkStore) => s.problem;
export const selectBusy = (s: NetworkStore) => s.busy;
export const selectPendingLink = (s: NetworkStore) => s.pendingLink;
/** Whether there is a problem or a waiting link to tell the user about. */
export const selectNoticeShown = (s: NetworkStore) => s.problem !== null || s.pendingLink !== null;
