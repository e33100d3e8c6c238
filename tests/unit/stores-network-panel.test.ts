// Which network is shown and what the user is told about opening one (reading, a problem, a link waiting for its file),
// and which side panel a narrow screen shows.

import type { Model } from '../../src/model/types';
import {
  INITIAL_NETWORK,
  linkedFileName,
  type ShownNetwork,
  selectBusy,
  selectNoticeShown,
  selectOpened,
  selectPendingLink,
  selectProblem,
  takePendingLink,
  useNetworkStore,
} from '../../src/stores/networkStore';
import { INITIAL_PANEL, PANELS, selectPanel, usePanelStore } from '../../src/stores/panelStore';

const network = () => useNetworkStore.getState();
const opened: ShownNetwork = {
  model: {} as Model,
  name: 'Tiny',
  fileName: 'tiny.sif',
  format: 'SIF',
  warnings: [],
  drugsApplying: 3,
  drugsTotal: 40,
  makeStory: () => ({ id: 'tiny', title: 'Tiny', steps: [] }) as never,
};
const waiting = { fileName: 'tiny.sif', hash: '#v=2' };

/** The browser's address, as much of `window` as links need (the unit tests run in node). */
const address = {
  location: { href: 'http://localhost/' },
  history: {
    replaceState: (_state: unknown, _title: string, url: string) => {
      address.location.href = new URL(url, address.location.href).href;
    },
  },
};
const at = () => new URL(address.location.href);

beforeEach(() => {
  useNetworkStore.setState(INITIAL_NETWORK);
  usePanelStore.setState(INITIAL_PANEL);
  vi.stubGlobal('window', address);
  address.location.href = 'http://localhost/';
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('network store', () => {
  it('starts on the bundled model, with nothing to tell', () => {
    expect(selectOpened(network())).toBeNull();
    expect(selectProblem(network())).toBeNull();
    expect(selectBusy(network())).toBe(false);
    expect(selectPendingLink(network())).toBeNull();
    expect(selectNoticeShown(network())).toBe(false);
  });

  it('reading a file that fails: busy while reading, then the problem is told until dismissed', () => {
    network().fail('an old problem');
    network().startReading();
    expect(selectBusy(network())).toBe(true);
    expect(selectProblem(network())).toBeNull();
    network().fail('line 3: unknown node X');
    expect(selectBusy(network())).toBe(false);
    expect(selectProblem(network())).toBe('line 3: unknown node X');
    expect(selectNoticeShown(network())).toBe(true);
    network().dismissProblem();
    expect(selectProblem(network())).toBeNull();
    expect(selectNoticeShown(network())).toBe(false);
  });

  it('a file opened shows its network and settles a waiting link and an earlier problem', () => {
    useNetworkStore.setState({ pendingLink: waiting, problem: 'earlier', busy: true });
    network().showOpened(opened);
    expect(selectOpened(network())).toBe(opened);
    expect(network()).toMatchObject({ problem: null, busy: false, pendingLink: null });
    expect(selectNoticeShown(network())).toBe(false);
  });

  it('going back to the bundled model clears a problem but keeps a link waiting for its file', () => {
    network().showOpened(opened);
    useNetworkStore.setState({ pendingLink: waiting, problem: 'earlier', busy: true });
    network().showBundled();
    expect(network()).toMatchObject({ opened: null, problem: null, busy: false, pendingLink: waiting });
    expect(selectNoticeShown(network())).toBe(true);
    network().dismissPendingLink();
    expect(selectPendingLink(network())).toBeNull();
    expect(selectNoticeShown(network())).toBe(false);
  });
});

describe('links to an opened network', () => {
  it('name their file after "file:"; anything else names none', () => {
    expect(linkedFileName('file:tiny.sif')).toBe('tiny.sif');
    expect(linkedFileName('file:')).toBeNull();
    expect(linkedFileName('tiny.sif')).toBeNull();
    expect(linkedFileName(null)).toBeNull();
  });

  it('are taken out of the address, keeping their state to apply once the file is opened', () => {
    address.location.href = 'http://localhost/app/?model=file:tiny.sif&lang=en#v=2&d=rapamycin';
    expect(takePendingLink()).toEqual({ fileName: 'tiny.sif', hash: '#v=2&d=rapamycin' });
    expect(at().pathname).toBe('/app/');
    expect(at().search).toBe('?lang=en');
    expect(at().hash).toBe('');
  });

  it('leave an address that shows the bundled model as it is', () => {
    address.location.href = 'http://localhost/app/?model=bundled#v=2';
    expect(takePendingLink()).toBeNull();
    expect(address.location.href).toBe('http://localhost/app/?model=bundled#v=2');
  });

  it('are not looked for outside a browser (the command line, the tests)', () => {
    vi.unstubAllGlobals();
    expect(takePendingLink()).toBeNull();
  });
});

describe('panel store', () => {
  it('shows the drugs first and then whichever of the four panels is chosen', () => {
    expect(PANELS).toEqual(['drugs', 'context', 'effects', 'loops']);
    expect(selectPanel(usePanelStore.getState())).toBe('drugs');
    usePanelStore.getState().showPanel('loops');
    expect(selectPanel(usePanelStore.getState())).toBe('loops');
  });
});
