// Knock-outs and forced activations of an opened network, as mutations the engine, the canvas badges, the links and
// lecture steps already understand: "<node>-KO" holds the node at 0, "<node>-ON" at 1.

export type ClampState = 'free' | 'off' | 'on';

const SUFFIX = { off: '-KO', on: '-ON' } as const;

/** The mutation id that holds a node off or on. */
export function clampId(nodeId: string, state: Exclude<ClampState, 'free'>): string {
  return nodeId + SUFFIX[state];
}

/** Whether a node is free, knocked out or forced on, from the mutations chosen. */
export function clampOf(mutations: readonly string[], nodeId: string): ClampState {
  if (mutations.includes(clampId(nodeId, 'off'))) return 'off';
  if (mutations.includes(clampId(nodeId, 'on'))) return 'on';
  return 'free';
}

/** The mutations with one node's clamp set to `state` (any earlier clamp of that node dropped). */
export function withClamp(mutations: readonly string[], nodeId: string, state: ClampState): string[] {
  const rest = mutations.filter((m) => m !== clampId(nodeId, 'off') && m !== clampId(nodeId, 'on'));
  return state === 'free' ? rest : [...rest, clampId(nodeId, state)];
}

interface ClampableNode {
  id: string;
  label?: unknown;
  references?: unknown;
}

/** The two clamp mutations of every node of an unvalidated pathway, each citing the node's first reference. */
export function clampMutations(nodes: readonly ClampableNode[], taken: ReadonlySet<string>) {
  return nodes.flatMap((n) => {
    const label = typeof n.label === 'string' && n.label ? n.label : n.id;
    const refs = Array.isArray(n.references) && n.references.length ? [String(n.references[0])] : [];
    const make = (state: 'off' | 'on') => ({
      id: clampId(n.id, state),
      label: state === 'off' ? `${label} knocked out` : `${label} forced on`,
      badge: state === 'off' ? 'KO' : 'ON',
      description: `${label} held ${state === 'off' ? 'at 0 (knocked out)' : 'at 1 (forced on)'} whatever its inputs.`,
      effects: [{ op: 'fix' as const, node: n.id, value: state === 'off' ? 0 : 1 }],
      references: refs,
    });
    return [make('off'), make('on')].filter((m) => !taken.has(m.id));
  });
}
