// The network as SVG, written from what Cytoscape has rendered: element order, node positions, sizes and shapes (drawn
// by Cytoscape's own shape functions into a path recorder), resolved colours, borders, label text and placement, edge
// paths and arrowheads. What the canvas shows is what the file holds; nothing is re-derived from the model.
import type { BoundingBox12, Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { SvgPathRecorder } from './pathRecorder';
import { el, num, textEl } from './xml';

/** A resolved style property as the renderer reads it (Cytoscape's `pstyle`). */
interface ParsedStyle {
  value: unknown;
  strValue: string;
  pfValue: unknown;
  units?: string;
}

type Scratch = Record<string, unknown>;

/** What the renderer reads from every element besides the public API: the parsed style and its scratch geometry. */
interface Internals {
  pstyle(name: string): ParsedStyle;
  _private: { rscratch: Scratch };
}
type Node = NodeSingular & Internals & { padding(): number };
type Edge = EdgeSingular & Internals;
type Element = Node | Edge;

interface Point {
  x: number;
  y: number;
}

/**
 * The parts of Cytoscape's canvas renderer the export reads. They are internal (Cytoscape 3.34), so they are named here
 * in one place; the Chromium export test fails if an upgrade changes them.
 */
interface CanvasRenderer {
  getCachedZSortedEles(forceRecalc?: boolean): Element[];
  getNodeShape(node: Node): string;
  nodeShapes: Record<
    string,
    {
      draw(
        ctx: SvgPathRecorder,
        x: number,
        y: number,
        w: number,
        h: number,
        cornerRadius: number | 'auto',
        rs: object,
      ): void;
    }
  >;
  arrowShapes: Record<
    string,
    { draw(ctx: SvgPathRecorder, size: number, angle: number, at: Point, edgeWidth: number): void }
  >;
  getArrowWidth(edgeWidth: number, scale: number): number;
  getLabelText(ele: Element, prefix?: string): string;
  getLabelJustification(ele: Element): string;
}

function canvasRenderer(cy: Core): CanvasRenderer {
  const r = (cy as unknown as { renderer?: () => Partial<CanvasRenderer> | undefined }).renderer?.();
  if (!r?.nodeShapes || !r.arrowShapes || typeof r.getCachedZSortedEles !== 'function')
    throw new Error('SVG export needs the network drawn on a canvas (it is headless here)');
  return r as CanvasRenderer;
}

const str = (ele: Element, name: string) => ele.pstyle(name).strValue;
const val = (ele: Element, name: string) => ele.pstyle(name).value;
const pf = (ele: Element, name: string) => Number(ele.pstyle(name).pfValue) || 0;

function hex(colour: unknown): string {
  const [r = 0, g = 0, b = 0] = Array.isArray(colour) ? (colour as number[]) : [];
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** An opacity attribute value, left out when fully opaque. */
const alpha = (a: number) => (a < 1 ? Math.max(0, a) : undefined);

/** Canvas dash patterns as the renderer sets them for a line style. */
function dashArray(style: string, pattern: unknown): string | undefined {
  if (style === 'dotted') return '1 1';
  if (style === 'dashed' && Array.isArray(pattern) && pattern.length) return pattern.map(num).join(' ');
  return undefined;
}

const prefixed = (prefix: string | undefined, name: string) =>
  prefix ? prefix + name[0]?.toUpperCase() + name.slice(1) : name;

// --- label placement (Cytoscape's drawText, with the canvas baseline turned into SVG's alphabetic one) ---

const labelHalign = (h: string) =>
  h === 'left' || h === 'right-inside' ? 'left' : h === 'right' || h === 'left-inside' ? 'right' : 'center';
const labelValign = (v: string) =>
  v === 'top' || v === 'bottom-inside' ? 'top' : v === 'bottom' || v === 'top-inside' ? 'bottom' : 'center';
const ANCHOR: Record<string, string> = { left: 'start', right: 'end', center: 'middle' };

let measureContext: CanvasRenderingContext2D | null = null;
const baselineShifts = new Map<string, number>();

/**
 * How far below a canvas text baseline ("bottom", the em box's bottom, which Cytoscape uses) the alphabetic baseline
 * lies for a font: SVG has no portable equivalent of "bottom", so texts are placed on their alphabetic baseline.
 */
function alphabeticShift(font: string, baseline: CanvasTextBaseline): number {
  if (baseline === 'alphabetic') return 0;
  const key = `${baseline}|${font}`;
  const known = baselineShifts.get(key);
  if (known !== undefined) return known;
  measureContext ??= document.createElement('canvas').getContext('2d');
  const ctx = measureContext;
  if (!ctx) return 0;
  ctx.font = font;
  ctx.textBaseline = baseline;
  const fromLine = ctx.measureText('Hg').actualBoundingBoxDescent;
  ctx.textBaseline = 'alphabetic';
  const fromAlphabetic = ctx.measureText('Hg').actualBoundingBoxDescent;
  const shift = fromLine - fromAlphabetic;
  baselineShifts.set(key, shift);
  return shift;
}

/** One label of an element (main, or an edge's source/target label) as SVG, placed as Cytoscape's drawText places it. */
function labelSvg(r: CanvasRenderer, ele: Element, prefix?: 'source' | 'target'): string {
  const rs = ele._private.rscratch;
  const text = r.getLabelText(ele, prefix);
  let x = Number(rs[prefixed(prefix, 'labelX')]);
  let y = Number(rs[prefixed(prefix, 'labelY')]);
  if (!text || Number.isNaN(x) || Number.isNaN(y)) return '';
  const opacity = ele.effectiveOpacity() * Number(val(ele, 'text-opacity'));
  if (opacity === 0) return '';
  const pd = prefix ? `${prefix}-` : '';
  const isEdge = ele.isEdge();
  const textW = Number(rs[prefixed(prefix, 'labelWidth')]) || 0;
  const textH = Number(rs[prefixed(prefix, 'labelHeight')]) || 0;
  const descent = Number(rs[prefixed(prefix, 'labelActualDescent')]) || 0;
  x += pf(ele, `${pd}text-margin-x`);
  y += pf(ele, `${pd}text-margin-y`);
  const halign = isEdge ? 'center' : str(ele, 'text-halign');
  const valign = isEdge ? 'center' : str(ele, 'text-valign');
  const rotation = ele.pstyle(`${pd}text-rotation`);
  const theta =
    rotation.strValue === 'autorotate'
      ? isEdge
        ? Number(rs[prefixed(prefix, 'labelAngle')]) || 0
        : 0
      : rotation.strValue === 'none'
        ? 0
        : Number(rotation.pfValue) || 0;
  const transform = theta ? `rotate(${num((theta * 180) / Math.PI)} ${num(x)} ${num(y)})` : undefined;
  const boxHalign = labelHalign(halign);
  const boxValign = labelValign(valign);
  if (boxValign === 'center') y += textH / 2;
  else if (boxValign === 'bottom') y += textH;
  const out: string[] = [];

  const bgOpacity = Number(val(ele, 'text-background-opacity'));
  const borderWidth = pf(ele, 'text-border-width');
  const borderOpacity = Number(val(ele, 'text-border-opacity'));
  if (bgOpacity > 0 || (borderWidth > 0 && borderOpacity > 0)) {
    const pad = pf(ele, 'text-background-padding');
    const bgX = x - pad - (boxHalign === 'left' ? textW : boxHalign === 'center' ? textW / 2 : 0);
    const shape = str(ele, 'text-background-shape');
    out.push(
      el('rect', {
        x: bgX,
        y: y - textH - pad,
        width: textW + 2 * pad,
        height: textH + 2 * pad,
        rx: shape === 'round-rectangle' || shape === 'roundrectangle' ? 2 : undefined,
        fill: bgOpacity > 0 ? hex(val(ele, 'text-background-color')) : 'none',
        'fill-opacity': bgOpacity > 0 ? alpha(bgOpacity * opacity) : undefined,
        stroke: borderWidth > 0 && borderOpacity > 0 ? hex(val(ele, 'text-border-color')) : undefined,
        'stroke-width': borderWidth > 0 && borderOpacity > 0 ? borderWidth : undefined,
        'stroke-opacity': borderWidth > 0 ? alpha(borderOpacity * opacity) : undefined,
        transform,
      }),
    );
  }

  const size = pf(ele, 'font-size');
  const family = str(ele, 'font-family');
  const weight = str(ele, 'font-weight');
  const style = str(ele, 'font-style');
  const font = `${style} ${weight} ${size}px ${family}`;
  const glyphMetrics = !isEdge && str(ele, 'text-metrics') === 'glyph';
  y -= descent;
  y += alphabeticShift(font, glyphMetrics ? 'alphabetic' : 'bottom');
  const justification = isEdge ? 'center' : r.getLabelJustification(ele);
  const outline = 2 * pf(ele, 'text-outline-width');
  const attrs = {
    'font-family': family,
    'font-size': size,
    'font-weight': weight === 'normal' ? undefined : weight,
    'font-style': style === 'normal' ? undefined : style,
    fill: hex(val(ele, 'color')),
    'fill-opacity': alpha(opacity),
    'text-anchor': ANCHOR[justification] ?? 'middle',
    stroke: outline > 0 ? hex(val(ele, 'text-outline-color')) : undefined,
    'stroke-width': outline > 0 ? outline : undefined,
    'stroke-opacity': outline > 0 ? alpha(Number(val(ele, 'text-outline-opacity')) * opacity) : undefined,
    'stroke-linejoin': outline > 0 ? 'round' : undefined,
    'paint-order': outline > 0 ? 'stroke' : undefined,
    transform,
  };
  if (str(ele, 'text-wrap') === 'wrap') {
    const lines = (rs[prefixed(prefix, 'labelWrapCachedLines')] as string[] | undefined) ?? [text];
    const lineHeight = Number(rs[prefixed(prefix, 'labelLineHeight')]) || size;
    const half = textW / 2;
    if (justification !== 'auto') {
      if (boxHalign === 'left')
        x += justification === 'left' ? -textW : justification === 'center' ? -half : 0;
      else if (boxHalign === 'center')
        x += justification === 'left' ? -half : justification === 'right' ? half : 0;
      else x += justification === 'center' ? half : justification === 'right' ? textW : 0;
    }
    y -= (lines.length - 1) * lineHeight;
    lines.forEach((line, i) => {
      out.push(textEl('text', { x, y: y + i * lineHeight, ...attrs }, line));
    });
  } else out.push(textEl('text', { x, y, ...attrs }, text));
  return out.join('');
}

// --- nodes and edges ---

/** The network drawn so far, and the "punches" (canvas destination-out) that clear parts of it. */
class Drawing {
  body: string[] = [];
  defs: string[] = [];
  private punches = 0;

  constructor(
    private readonly idPrefix: string,
    private readonly box: { x: number; y: number; width: number; height: number },
  ) {}

  /**
   * Clears a path's stroke (the gap of a double border) or its area (under a translucent arrowhead) from everything
   * drawn before it, as the canvas's destination-out does: what was drawn so far goes into a group masked by the
   * path, what comes later is not affected. A reader without masks still draws everything, only without the gap.
   */
  punch(d: string, strokeWidth: number, opacity: number, fill = false) {
    const id = `${this.idPrefix}-punch-${++this.punches}`;
    const { x, y, width: w, height: h } = this.box;
    const stroked = strokeWidth > 0;
    this.defs.push(
      el('mask', { id, maskUnits: 'userSpaceOnUse', x, y, width: w, height: h }, [
        el('rect', { x, y, width: w, height: h, fill: '#ffffff' }),
        el('path', {
          d,
          fill: fill ? '#000000' : 'none',
          'fill-opacity': fill ? alpha(opacity) : undefined,
          stroke: stroked ? '#000000' : undefined,
          'stroke-width': stroked ? strokeWidth : undefined,
          'stroke-opacity': stroked ? alpha(opacity) : undefined,
        }),
      ]),
    );
    this.body = [el('g', { mask: `url(#${id})` }, this.body)];
  }
}

function drawNode(r: CanvasRenderer, node: Node, out: Drawing) {
  const eleOpacity = node.effectiveOpacity();
  if (eleOpacity === 0) return;
  const pad = node.padding();
  const width = node.width() + 2 * pad;
  const height = node.height() + 2 * pad;
  const pos = node.position();
  const shape = r.nodeShapes[r.getNodeShape(node)];
  if (!shape) return;
  const corner = node.pstyle('corner-radius');
  const rec = new SvgPathRecorder();
  rec.beginPath();
  shape.draw(rec, pos.x, pos.y, width, height, corner.value === 'auto' ? 'auto' : Number(corner.pfValue), {});
  const d = rec.d;
  const fillOpacity = Number(val(node, 'background-opacity')) * eleOpacity;
  const borderWidth = pf(node, 'border-width');
  const borderOpacity = Number(val(node, 'border-opacity')) * eleOpacity;
  const borderStyle = str(node, 'border-style');
  const border = borderWidth > 0 && borderOpacity > 0;
  out.body.push(
    el('path', {
      d,
      fill: fillOpacity > 0 ? hex(val(node, 'background-color')) : 'none',
      'fill-opacity': fillOpacity > 0 ? alpha(fillOpacity) : undefined,
      stroke: border ? hex(val(node, 'border-color')) : undefined,
      'stroke-width': border ? borderWidth : undefined,
      'stroke-opacity': border ? alpha(borderOpacity) : undefined,
      'stroke-linejoin':
        border && str(node, 'border-join') !== 'miter' ? str(node, 'border-join') : undefined,
      'stroke-linecap': border && str(node, 'border-cap') !== 'butt' ? str(node, 'border-cap') : undefined,
      'stroke-dasharray': border
        ? dashArray(borderStyle, node.pstyle('border-dash-pattern').pfValue)
        : undefined,
      'stroke-dashoffset':
        border && borderStyle === 'dashed' && pf(node, 'border-dash-offset')
          ? pf(node, 'border-dash-offset')
          : undefined,
    }),
  );
  // A double border is a wide stroke with its middle third cleared (destination-out) down to the background.
  if (border && borderStyle === 'double') out.punch(d, borderWidth / 3, borderOpacity);
  const darkness = Number(val(node, 'background-blacken'));
  if (darkness)
    out.body.push(
      el('path', {
        d,
        fill: darkness > 0 ? '#000000' : '#ffffff',
        'fill-opacity': Math.abs(darkness) * eleOpacity,
      }),
    );
  out.body.push(labelSvg(r, node));
}

function edgePath(rs: Scratch): string {
  const pts = rs.allpts as number[];
  const rec = new SvgPathRecorder();
  rec.moveTo(pts[0] as number, pts[1] as number);
  switch (rs.edgeType) {
    case 'bezier':
    case 'self':
    case 'compound':
    case 'multibezier':
      for (let i = 2; i + 3 < pts.length; i += 4)
        rec.quadraticCurveTo(
          pts[i] as number,
          pts[i + 1] as number,
          pts[i + 2] as number,
          pts[i + 3] as number,
        );
      break;
    case 'segments':
      if (rs.isRound) {
        for (const c of rs.roundCorners as Array<{
          cx: number;
          cy: number;
          radius: number;
          startAngle: number;
          endAngle: number;
          counterClockwise: boolean;
        }>) {
          if (c.radius === 0) rec.lineTo(c.cx, c.cy);
          else rec.arc(c.cx, c.cy, c.radius, c.startAngle, c.endAngle, c.counterClockwise);
        }
        rec.lineTo(pts[pts.length - 2] as number, pts[pts.length - 1] as number);
        break;
      }
      for (let i = 2; i + 1 < pts.length; i += 2) rec.lineTo(pts[i] as number, pts[i + 1] as number);
      break;
    default:
      // straight, haystack
      for (let i = 2; i + 1 < pts.length; i += 2) rec.lineTo(pts[i] as number, pts[i + 1] as number);
  }
  return rec.d;
}

/** The arrowheads an edge draws at its ends and middle, as SVG path data with their colour and fill. */
function arrowHeads(r: CanvasRenderer, edge: Edge, width: number) {
  const rs = edge._private.rscratch;
  const haystack = rs.edgeType === 'haystack';
  const arrows: Array<[string, unknown, unknown, unknown]> = [
    ['source', haystack ? Number.NaN : rs.arrowStartX, rs.arrowStartY, rs.srcArrowAngle],
    ['mid-target', rs.midX, rs.midY, rs.midtgtArrowAngle],
    ['mid-source', rs.midX, rs.midY, rs.midsrcArrowAngle],
    ['target', haystack ? Number.NaN : rs.arrowEndX, rs.arrowEndY, rs.tgtArrowAngle],
  ];
  const heads: Array<{ d: string; colour: string; hollow: boolean; arrowWidth: number }> = [];
  for (const [prefix, x, y, angle] of arrows) {
    if ([x, y, angle].some((v) => typeof v !== 'number' || Number.isNaN(v))) continue;
    const shape = r.arrowShapes[str(edge, `${prefix}-arrow-shape`)];
    if (!shape || str(edge, `${prefix}-arrow-shape`) === 'none') continue;
    const arrowWidthStyle = edge.pstyle(`${prefix}-arrow-width`);
    let arrowWidth = arrowWidthStyle.value === 'match-line' ? width : Number(arrowWidthStyle.pfValue);
    if (arrowWidthStyle.units === '%') arrowWidth *= width;
    const rec = new SvgPathRecorder();
    rec.beginPath();
    shape.draw(
      rec,
      r.getArrowWidth(width, Number(val(edge, 'arrow-scale'))),
      angle as number,
      { x: x as number, y: y as number },
      width,
    );
    rec.closePath();
    heads.push({
      d: rec.d,
      colour: hex(val(edge, `${prefix}-arrow-color`)),
      hollow: str(edge, `${prefix}-arrow-fill`) === 'hollow',
      arrowWidth,
    });
  }
  return heads;
}

function drawEdge(r: CanvasRenderer, edge: Edge, out: Drawing) {
  const rs = edge._private.rscratch;
  const pts = rs.allpts as number[] | undefined;
  if (rs.badLine || !pts || Number.isNaN(pts[0])) return;
  const opacity = Number(val(edge, 'opacity')) * Number(val(edge, 'line-opacity'));
  if (opacity === 0) return;
  const width = pf(edge, 'width');
  const lineStyle = str(edge, 'line-style');
  const d = edgePath(rs);
  const parts: string[] = [];
  const stroke = {
    d,
    fill: 'none',
    opacity: alpha(opacity),
    'stroke-linecap': str(edge, 'line-cap') !== 'butt' ? str(edge, 'line-cap') : undefined,
    'stroke-linejoin': 'round',
    'stroke-dasharray': dashArray(lineStyle, edge.pstyle('line-dash-pattern').pfValue),
    'stroke-dashoffset':
      lineStyle === 'dashed' && pf(edge, 'line-dash-offset') ? pf(edge, 'line-dash-offset') : undefined,
  };
  const outline = pf(edge, 'line-outline-width');
  if (outline > 0)
    parts.push(
      el('path', {
        ...stroke,
        stroke: hex(val(edge, 'line-outline-color')),
        'stroke-width': width + outline,
      }),
    );
  if (str(edge, 'curve-style') === 'straight-triangle') {
    // A wedge from the source (as wide as the edge) to a point at the target.
    const colour = hex(val(edge, 'line-color'));
    for (let i = 0; i + 3 < pts.length; i += 2) {
      const [x0, y0, x1, y1] = [pts[i], pts[i + 1], pts[i + 2], pts[i + 3]] as number[] as [
        number,
        number,
        number,
        number,
      ];
      const len = Math.hypot(x1 - x0, y1 - y0) || 1;
      const nx = ((y1 - y0) / len) * (width / 2);
      const ny = (-(x1 - x0) / len) * (width / 2);
      parts.push(
        el('path', {
          d: `M${num(x0 - nx)} ${num(y0 - ny)}L${num(x0 + nx)} ${num(y0 + ny)}L${num(x1)} ${num(y1)}Z`,
          fill: colour,
          opacity: alpha(opacity),
        }),
      );
    }
  } else parts.push(el('path', { ...stroke, stroke: hex(val(edge, 'line-color')), 'stroke-width': width }));

  const heads = arrowHeads(r, edge, width);
  out.body.push(...parts);
  for (const head of heads) {
    // A translucent or hollow arrowhead first clears its area down to the background (destination-out), so neither
    // the line nor what lies beneath shows through it.
    if (opacity < 1 || head.hollow) out.punch(head.d, head.hollow ? head.arrowWidth : 0, 1, true);
    out.body.push(
      head.hollow
        ? el('path', {
            d: head.d,
            fill: 'none',
            stroke: head.colour,
            'stroke-width': head.arrowWidth,
            'stroke-linejoin': 'miter',
            'stroke-opacity': alpha(opacity),
          })
        : el('path', { d: head.d, fill: head.colour, 'fill-opacity': alpha(opacity) }),
    );
  }
  out.body.push(labelSvg(r, edge), labelSvg(r, edge, 'source'), labelSvg(r, edge, 'target'));
}

export interface NetworkSvg {
  /** The elements' bounding box in model coordinates (what `cy.png({ full: true })` draws). */
  box: BoundingBox12 & { w: number; h: number };
  /** Pixel size of the full-network image at scale 1, as `cy.png({ full: true })` makes it. */
  width: number;
  height: number;
  /** Markup in model coordinates; `defs` holds the masks of its punched-out areas. */
  body: string;
  defs: string;
}

/** Every visible element of the network, in Cytoscape's drawing order, as SVG. `idPrefix` keeps ids unique. */
export function networkSvg(cy: Core, idPrefix = 'pl'): NetworkSvg {
  const r = canvasRenderer(cy);
  // Bounding boxes bring the renderer's label and edge geometry up to date, as cy.png() does before drawing.
  const box = cy.elements().boundingBox({});
  const width = Math.ceil(box.w);
  const height = Math.ceil(box.h);
  // Masks cover the drawing with room to spare: outside its mask region an element would vanish.
  const out = new Drawing(idPrefix, {
    x: box.x1 - 50,
    y: box.y1 - 50,
    width: width + 100,
    height: height + 100,
  });
  for (const ele of r.getCachedZSortedEles()) {
    if (!ele.visible()) continue;
    if (ele.isNode()) drawNode(r, ele as Node, out);
    else drawEdge(r, ele as Edge, out);
  }
  // Not clipped to the image area as the PNG is: clip paths on the whole drawing break some SVG readers, and the
  // bounding box already holds every element, label and arrowhead.
  return { box, width, height, body: out.body.join(''), defs: out.defs.join('') };
}
