// Keyboard travel on the diagram (no React): from a node to the linked node that lies the way an arrow key points,
// and bringing a node into view.
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';

export type Heading = 'up' | 'down' | 'left' | 'right';

/** The arrow keys and where each points. */
export const ARROW_HEADINGS: Readonly<Record<string, Heading>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

const UNIT: Readonly<Record<Heading, { x: number; y: number }>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** The nodes a person can inspect: not compartment bands, drug markers or mutation badges. */
export function inspectableNodes(cy: Core): NodeCollection {
  return cy.nodes().not('.band, .marker, .mutation');
}

/**
 * The candidate lying best the way `heading` points from `from`: only nodes ahead count (at most 60° off the
 * heading), nearer and straighter ahead first. Null when none is ahead.
 */
function bestAhead(from: NodeSingular, candidates: NodeCollection, heading: Heading): NodeSingular | null {
  const u = UNIT[heading];
  const p = from.position();
  let best: NodeSingular | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  candidates.forEach((n) => {
    if (n.same(from)) return;
    const q = n.position();
    const along = (q.x - p.x) * u.x + (q.y - p.y) * u.y;
    const across = Math.abs((q.x - p.x) * u.y - (q.y - p.y) * u.x);
    if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  });
  return best;
}

/** Where travel starts when no node is chosen: the top-left node. */
export function firstNode(cy: Core): string | null {
  const nodes = inspectableNodes(cy).sort(
    (a, b) => a.position().y - b.position().y || a.position().x - b.position().x,
  );
  return nodes.nonempty() ? nodes.first().id() : null;
}

/**
 * The node an arrow key moves to from `fromId`: a linked node (by an edge, or a protein and its sites) ahead if there
 * is one, else the nearest node ahead, so travel never gets stuck; `fromId` itself when nothing is ahead.
 */
export function nextNode(cy: Core, fromId: string | null, heading: Heading): string | null {
  const from = fromId ? cy.getElementById(fromId) : null;
  if (!from || from.empty() || !from.isNode()) return firstNode(cy);
  const inspectable = inspectableNodes(cy);
  const linked = from
    .neighborhood('node')
    .union(from.parent())
    .union(from.children())
    .intersection(inspectable);
  const next = bestAhead(from, linked, heading) ?? bestAhead(from, inspectable, heading);
  return next ? next.id() : from.id();
}

/** Pans the view so that the node is on screen, leaving the view alone when it already is. */
export function bringIntoView(cy: Core, nodeId: string): void {
  const node = cy.getElementById(nodeId);
  if (node.empty()) return;
  const box = node.renderedBoundingBox();
  const margin = 24;
  const inside =
    box.x1 >= margin && box.y1 >= margin && box.x2 <= cy.width() - margin && box.y2 <= cy.height() - margin;
  if (!inside) cy.center(node);
}
