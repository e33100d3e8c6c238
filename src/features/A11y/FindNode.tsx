// "Find node": an ARIA combobox with a list of the diagram's nodes; choosing one selects it, which opens its
// inspector, and brings it into view.
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { nodeTitle } from '../../model/describe';
import type { Model } from '../../model/types';
import { useScenarioStore } from '../../stores/scenarioStore';
import { useModel } from '../ModelContext';

interface NodeOption {
  id: string;
  title: string;
  /** Lower-case text the typed words are looked for in: the title, the node's label and its id. */
  haystack: string;
}

function nodeOptions(model: Model): NodeOption[] {
  return model.pathway.nodes
    .map((n) => {
      const title = nodeTitle(model, n.id);
      return { id: n.id, title, haystack: `${title} ${n.label} ${n.id}`.toLowerCase() };
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}

/** The options every typed word is found in, names starting with the text first. */
export function matchNodes(options: readonly NodeOption[], text: string): NodeOption[] {
  const query = text.trim().toLowerCase();
  if (!query) return [...options];
  const words = query.split(/\s+/);
  const hits = options.filter((o) => words.every((w) => o.haystack.includes(w)));
  const starts = (o: NodeOption) => (o.title.toLowerCase().startsWith(query) ? 0 : 1);
  return hits.sort((a, b) => starts(a) - starts(b));
}

/** The listbox under the box: hidden when empty; options are chosen by a click that leaves the focus in the box. */
function NodeListbox({
  id,
  options,
  active,
  optionId,
  onChoose,
}: {
  id: string;
  options: readonly NodeOption[];
  active: number;
  optionId: (index: number) => string;
  onChoose: (option: NodeOption) => void;
}) {
  return (
    <div id={id} role="listbox" aria-label="Nodes" hidden={options.length === 0} className="find-node-list">
      {options.map((o, i) => (
        // The combobox pattern: options are pointed at by aria-activedescendant and driven by the box's keys, so
        // they take neither the focus nor keys themselves.
        // biome-ignore lint/a11y/useFocusableInteractive: see above
        // biome-ignore lint/a11y/useKeyWithClickEvents: see above
        <div
          key={o.id}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onChoose(o)}
        >
          {o.title}
        </div>
      ))}
    </div>
  );
}

export function FindNode({ onFound }: { onFound?: (nodeId: string) => void }) {
  const model = useModel();
  const selectNode = useScenarioStore((s) => s.selectNode);
  const options = useMemo(() => nodeOptions(model), [model]);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => matchNodes(options, text), [options, text]);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (option: NodeOption | undefined) => {
    if (!option) return;
    setText(option.title);
    setOpen(false);
    selectNode(option.id);
    onFound?.(option.id);
  };
  const move = (delta: number) => {
    if (!open) setOpen(true);
    setActive((i) => (matches.length ? (i + delta + matches.length) % matches.length : 0));
  };
  const expanded = open && matches.length > 0;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') move(open ? 1 : 0);
    else if (event.key === 'ArrowUp') move(open ? -1 : 0);
    else if (event.key === 'Enter' && expanded) choose(matches[active]);
    else if (event.key === 'Escape' && expanded) setOpen(false);
    else if (event.key === 'Escape') setText('');
    else return;
    event.preventDefault();
    // Esc here belongs to the box, not to a dialog or shortcut listening on the window.
    event.stopPropagation();
  };
  useEffect(() => {
    if (expanded) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });
  return (
    <div className="find-node">
      <label htmlFor={`${listId}-input`}>Find node</label>
      <input
        id={`${listId}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        placeholder="e.g. AKT, mTORC1"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        data-testid="find-node"
      />
      <NodeListbox
        id={listId}
        options={expanded ? matches : []}
        active={active}
        optionId={optionId}
        onChoose={choose}
      />
    </div>
  );
}
