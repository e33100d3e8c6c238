// Which side panel a narrow screen shows under the diagram (drugs, context, effects or loops): a view choice only.
import { create } from 'zustand';

export const PANELS = ['drugs', 'context', 'effects', 'loops'] as const;
export type PanelName = (typeof PANELS)[number];

export interface PanelState {
  panel: PanelName;
}

export interface PanelActions {
  showPanel: (panel: PanelName) => void;
}

export type PanelStore = PanelState & PanelActions;

export const INITIAL_PANEL: PanelState = { panel: 'drugs' };

export const usePanelStore = create<PanelStore>()((set) => ({
  ...INITIAL_PANEL,
  showPanel: (panel) => set({ panel }),
}));

export const selectPanel = (s: PanelStore) => s.panel;
