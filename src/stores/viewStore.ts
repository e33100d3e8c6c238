// View-only choices that do not change the prediction: library search text, the loop under the pointer, the open
// drug card and whether the diagram shows the core pathway only.
import { create } from 'zustand';

export interface ViewState {
  libraryQuery: string;
  hoveredLoop: string | null;
  /** The drug whose card is open, and the one it is compared with. */
  cardDrug: string | null;
  compareDrug: string | null;
  /** The diagram without its whole-body and EMT subsystems. */
  coreOnly: boolean;
}

export interface ViewActions {
  setLibraryQuery: (query: string) => void;
  hoverLoop: (loopId: string | null) => void;
  openCard: (drugId: string | null) => void;
  compareWith: (drugId: string | null) => void;
  setCoreOnly: (coreOnly: boolean) => void;
}

export type ViewStore = ViewState & ViewActions;

export const INITIAL_VIEW: ViewState = {
  libraryQuery: '',
  hoveredLoop: null,
  cardDrug: null,
  compareDrug: null,
  coreOnly: false,
};

export const useViewStore = create<ViewStore>()((set) => ({
  ...INITIAL_VIEW,
  setLibraryQuery: (libraryQuery) => set({ libraryQuery }),
  hoverLoop: (hoveredLoop) => set({ hoveredLoop }),
  openCard: (cardDrug) => set({ cardDrug, compareDrug: null }),
  compareWith: (compareDrug) => set({ compareDrug }),
  setCoreOnly: (coreOnly) => set({ coreOnly }),
}));

export const selectLibraryQuery = (s: ViewStore) => s.libraryQuery;
export const selectHoveredLoop = (s: ViewStore) => s.hoveredLoop;
export const selectCoreOnly = (s: ViewStore) => s.coreOnly;
