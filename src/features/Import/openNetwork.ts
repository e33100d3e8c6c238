// Opening a network file and going back to the bundled model: the address, the user's choices and lecture mode are
// reset first, so the explorer that mounts for the new model starts clean (or from the link that waited for the file).
import { useLectureStore } from '../../stores/lectureStore';
import { MODEL_PARAM, type ShownNetwork, useNetworkStore } from '../../stores/networkStore';
import { useScenarioStore } from '../../stores/scenarioStore';

/** Rewrites the address: which model (`model=file:<name>` or none for the bundled one) and the state fragment. */
function setAddress(fileName: string | null, hash: string): void {
  const url = new URL(window.location.href);
  if (fileName) url.searchParams.set(MODEL_PARAM, `file:${fileName}`);
  else url.searchParams.delete(MODEL_PARAM);
  url.hash = hash;
  window.history.replaceState(null, '', url.toString());
}

/** Clears the choices made for the previous model (an opened network has no cell-model presets). */
function resetChoices(opened: boolean): void {
  useLectureStore.getState().exit();
  useScenarioStore.getState().restore(opened ? { presetId: null } : {});
}

/** Reads a file and shows its network; a bad file leaves the current model on screen and says what is wrong. */
export async function openNetworkFile(file: File): Promise<void> {
  const store = useNetworkStore.getState();
  store.startReading();
  let network: ShownNetwork;
  try {
    const [{ readNetworkFile }, text] = await Promise.all([import('./loadNetwork'), file.text()]);
    network = readNetworkFile(text, file.name);
  } catch (e) {
    useNetworkStore.getState().fail(`Could not open “${file.name}”. ${(e as Error).message}`);
    return;
  }
  const pending = useNetworkStore.getState().pendingLink;
  resetChoices(true);
  // A link made with this file gets its state back; the explorer for the new model reads it from the address.
  setAddress(file.name, pending?.fileName === file.name ? pending.hash : '');
  useNetworkStore.getState().showOpened(network);
}

/** Shows the bundled model again, with its default choices. */
export function showBundledModel(): void {
  resetChoices(false);
  setAddress(null, '');
  useNetworkStore.getState().showBundled();
}
