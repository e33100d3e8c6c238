// View-only choices that do not change the prediction: library search text and the loop under the pointer.
import { create } from 'zustand';

export interface ViewState {
  libraryQuery: string;
  hoveredLoop: string | null;
  /** The drug whose card is open, and the one it is compared with. */
  cardDrug: string | null;
  compareDrug: string | null;
}

export interface ViewActions {
  setLibraryQuery: (query: string) => void;
  hoverLoop: (loopId: string | null) => void;
  openCard: (drugId: string | null) => void;
  compareWith: (drugId: string | null) => void;
}

export type ViewStore = ViewState & ViewActions;

export const INITIAL_VIEW: ViewState = {
  libraryQuery: '',
  hoveredLoop: null,
  cardDrug: null,
  compareDrug: null,
};

export const useViewStore = create<ViewStore>()((set) => ({
  ...INITIAL_VIEW,
  setLibraryQuery: (libraryQuery) => set({ libraryQuery }),
  hoverLoop: (hoveredLoop) => set({ hoveredLoop }),
  openCard: (cardDrug) => set({ cardDrug, compareDrug: null }),
  compareWith: (compareDrug) => set({ compareDrug }),
}));

export const selectLibraryQuery = (s: ViewStore) => s.libraryQuery;
export const selectHoveredLoop = (s: ViewStore) => s.hoveredLoop;
