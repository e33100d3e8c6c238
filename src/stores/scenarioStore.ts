// What the user chose: drugs and doses, cell context, loop switches, timescale and the selected node.
import { create } from 'zustand';
import type { Timescale } from '../engine/simulate';

/** A drug given: dose in nM, or "low"/"high" for drugs without a confirmed potency. */
export interface GivenDrugChoice {
  drugId: string;
  dose: number | 'low' | 'high';
}

export interface ScenarioState {
  drugs: GivenDrugChoice[];
  mutations: string[];
  presetId: string | null;
  loopsOff: string[];
  timescale: Timescale;
  selectedNode: string | null;
}

export interface ScenarioActions {
  /** Gives this drug alone (replacing any combination). */
  selectDrug: (drugId: string, dose: GivenDrugChoice['dose']) => void;
  /** Adds this drug to the drugs already given. */
  addDrug: (drugId: string, dose: GivenDrugChoice['dose']) => void;
  removeDrug: (drugId: string) => void;
  setDose: (drugId: string, dose: GivenDrugChoice['dose']) => void;
  clearDrugs: () => void;
  toggleMutation: (mutationId: string) => void;
  applyPreset: (presetId: string, mutations: readonly string[]) => void;
  toggleLoop: (loopId: string) => void;
  setTimescale: (timescale: Timescale) => void;
  selectNode: (nodeId: string | null) => void;
  /** Replaces the whole state (links, lecture steps). */
  restore: (state: Partial<ScenarioState>) => void;
  reset: () => void;
}

export type ScenarioStore = ScenarioState & ScenarioActions;

export const INITIAL_SCENARIO: ScenarioState = {
  drugs: [],
  mutations: [],
  presetId: 'wild-type',
  loopsOff: [],
  timescale: 'sustained',
  selectedNode: null,
};

export const useScenarioStore = create<ScenarioStore>()((set) => ({
  ...INITIAL_SCENARIO,
  selectDrug: (drugId, dose) => set({ drugs: [{ drugId, dose }] }),
  addDrug: (drugId, dose) =>
    set((s) => (s.drugs.some((d) => d.drugId === drugId) ? s : { drugs: [...s.drugs, { drugId, dose }] })),
  removeDrug: (drugId) => set((s) => ({ drugs: s.drugs.filter((d) => d.drugId !== drugId) })),
  setDose: (drugId, dose) =>
    set((s) => ({ drugs: s.drugs.map((d) => (d.drugId === drugId ? { drugId, dose } : d)) })),
  clearDrugs: () => set({ drugs: [] }),
  toggleMutation: (mutationId) =>
    set((s) => ({
      presetId: null,
      mutations: s.mutations.includes(mutationId)
        ? s.mutations.filter((m) => m !== mutationId)
        : [...s.mutations, mutationId],
    })),
  applyPreset: (presetId, mutations) => set({ presetId, mutations: [...mutations] }),
  toggleLoop: (loopId) =>
    set((s) => ({
      loopsOff: s.loopsOff.includes(loopId)
        ? s.loopsOff.filter((l) => l !== loopId)
        : [...s.loopsOff, loopId],
    })),
  setTimescale: (timescale) => set({ timescale }),
  selectNode: (selectedNode) => set({ selectedNode }),
  restore: (state) => set({ ...INITIAL_SCENARIO, ...state }),
  reset: () => set(INITIAL_SCENARIO),
}));

/** Selectors: module-level so components subscribe to exactly what they read. */
export const selectDrugs = (s: ScenarioStore) => s.drugs;
export const selectMutations = (s: ScenarioStore) => s.mutations;
export const selectLoopsOff = (s: ScenarioStore) => s.loopsOff;
export const selectTimescale = (s: ScenarioStore) => s.timescale;
export const selectSelectedNode = (s: ScenarioStore) => s.selectedNode;
export const selectPresetId = (s: ScenarioStore) => s.presetId;
export const selectGivenDrugIds = (s: ScenarioStore) => s.drugs.map((d) => d.drugId);

/** The choices alone, without the actions: what a link records and what a lecture hands back when it ends. */
export function scenarioStateOf(s: ScenarioStore): ScenarioState {
  const { drugs, mutations, presetId, loopsOff, timescale, selectedNode } = s;
  return { drugs, mutations, presetId, loopsOff, timescale, selectedNode };
}
