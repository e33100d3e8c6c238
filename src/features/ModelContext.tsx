// Provides the validated model (and presets) to every feature without threading props.
import { createContext, type ReactNode, useContext } from 'react';
import type { Model, Preset, Story } from '../model/types';

interface ModelBundle {
  model: Model;
  presets: Preset[];
  stories: Story[];
}

const ModelContext = createContext<ModelBundle | null>(null);

export function ModelProvider({ model, presets, stories, children }: ModelBundle & { children: ReactNode }) {
  return <ModelContext.Provider value={{ model, presets, stories }}>{children}</ModelContext.Provider>;
}

/** The model bundle; throws if a feature is rendered outside the provider. */
export function useModelBundle(): ModelBundle {
  const bundle = useContext(ModelContext);
  if (!bundle) throw new Error('ModelProvider is missing');
  return bundle;
}

export function useModel(): Model {
  return useModelBundle().model;
}
