// View-only choices that do not change the prediction: library search text and the loop under the pointer.
import { create } from 'zustand';

export interface ViewState {
  libraryQuery: string;
  hoveredLoop: string | null;
}

export interface ViewActions {
  setLibraryQuery: (query: string) => void;
  hoverLoop: (loopId: string | null) => void;
}

export type ViewStore = ViewState & ViewActions;

export const INITIAL_VIEW: ViewState = { libraryQuery: '', hoveredLoop: null };

export const useViewStore = create<ViewStore>()((set) => ({
  ...INITIAL_VIEW,
  setLibraryQuery: (libraryQuery) => set({ libraryQuery }),
  hoverLoop: (hoveredLoop) => set({ hoveredLoop }),
}));

export const selectLibraryQuery = (s: ViewStore) => s.libraryQuery;
export const selectHoveredLoop = (s: ViewStore) => s.hoveredLoop;
