// Records canvas path calls (moveTo, lineTo, arcTo, arc, ellipse, curves, rect) as SVG path data, so Cytoscape's own
// shape functions (node shapes, arrowheads, rounded corners) can draw into an SVG exactly as they draw on the canvas.
import { num } from './xml';

const TAU = 2 * Math.PI;

/** The canvas ignores a path call with any infinite or NaN argument; so does the recorder. */
const finite = (...values: number[]) => values.every(Number.isFinite);

/** The subset of CanvasPath that Cytoscape's shape and arrow functions call. */
export class SvgPathRecorder {
  private parts: string[] = [];
  /** Current point; null before the first subpath. */
  private at: { x: number; y: number } | null = null;
  private start: { x: number; y: number } | null = null;

  /** The recorded path data ("" when nothing was drawn). */
  get d(): string {
    return this.parts.join('');
  }

  beginPath(): void {
    this.parts = [];
    this.at = null;
    this.start = null;
  }

  moveTo(x: number, y: number): void {
    if (!finite(x, y)) return;
    this.parts.push(`M${num(x)} ${num(y)}`);
    this.at = { x, y };
    this.start = { x, y };
  }

  lineTo(x: number, y: number): void {
    if (!finite(x, y)) return;
    // On an empty path the canvas treats lineTo as moveTo.
    if (!this.at) {
      this.moveTo(x, y);
      return;
    }
    this.parts.push(`L${num(x)} ${num(y)}`);
    this.at = { x, y };
  }

  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    if (!finite(cx, cy, x, y)) return;
    if (!this.at) this.moveTo(cx, cy);
    this.parts.push(`Q${num(cx)} ${num(cy)} ${num(x)} ${num(y)}`);
    this.at = { x, y };
  }

  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    if (!finite(c1x, c1y, c2x, c2y, x, y)) return;
    if (!this.at) this.moveTo(c1x, c1y);
    this.parts.push(`C${num(c1x)} ${num(c1y)} ${num(c2x)} ${num(c2y)} ${num(x)} ${num(y)}`);
    this.at = { x, y };
  }

  closePath(): void {
    if (!this.at) return;
    this.parts.push('Z');
    this.at = this.start;
  }

  rect(x: number, y: number, w: number, h: number): void {
    if (!finite(x, y, w, h)) return;
    this.moveTo(x, y);
    this.parts.push(`H${num(x + w)}V${num(y + h)}H${num(x)}Z`);
    this.at = { x, y };
  }

  arc(cx: number, cy: number, r: number, a0: number, a1: number, ccw = false): void {
    this.ellipse(cx, cy, r, r, 0, a0, a1, ccw);
  }

  /** Canvas ellipse(): a line to the start point, then the arc in at most half turns (SVG arcs cannot close a circle). */
  ellipse(
    cx: number,
    cy: number,
    rx: number,
    ry: number,
    rotation: number,
    a0: number,
    a1: number,
    ccw = false,
  ): void {
    if (!finite(cx, cy, rx, ry, rotation, a0, a1)) return;
    const point = (a: number) => ({
      x: cx + rx * Math.cos(a) * Math.cos(rotation) - ry * Math.sin(a) * Math.sin(rotation),
      y: cy + rx * Math.cos(a) * Math.sin(rotation) + ry * Math.sin(a) * Math.cos(rotation),
    });
    // The canvas's sweep rules: a full turn or more draws the whole ellipse, otherwise the sweep is taken mod 2π.
    let sweep: number;
    if (!ccw) sweep = a1 - a0 >= TAU ? TAU : (((a1 - a0) % TAU) + TAU) % TAU;
    else sweep = a0 - a1 >= TAU ? -TAU : -((((a0 - a1) % TAU) + TAU) % TAU);
    const p0 = point(a0);
    this.lineTo(p0.x, p0.y);
    if (sweep === 0 || rx <= 0 || ry <= 0) return;
    const steps = Math.ceil(Math.abs(sweep) / Math.PI - 1e-9);
    const rot = (rotation * 180) / Math.PI;
    for (let i = 1; i <= steps; i++) {
      const p = point(a0 + (sweep * i) / steps);
      const large = Math.abs(sweep / steps) > Math.PI ? 1 : 0;
      this.parts.push(
        `A${num(rx)} ${num(ry)} ${num(rot)} ${large} ${sweep > 0 ? 1 : 0} ${num(p.x)} ${num(p.y)}`,
      );
      this.at = p;
    }
  }

  /** Canvas arcTo(): a line to the first tangent point and an arc of radius r to the second. */
  arcTo(x1: number, y1: number, x2: number, y2: number, r: number): void {
    if (!finite(x1, y1, x2, y2, r)) return;
    if (!this.at) this.moveTo(x1, y1);
    const p0 = this.at as { x: number; y: number };
    const v1 = { x: p0.x - x1, y: p0.y - y1 };
    const v2 = { x: x2 - x1, y: y2 - y1 };
    const l1 = Math.hypot(v1.x, v1.y);
    const l2 = Math.hypot(v2.x, v2.y);
    const cross = v1.x * v2.y - v1.y * v2.x;
    if (r === 0 || l1 === 0 || l2 === 0 || Math.abs(cross) < 1e-9 * l1 * l2) {
      this.lineTo(x1, y1);
      return;
    }
    const cos = (v1.x * v2.x + v1.y * v2.y) / (l1 * l2);
    const half = Math.acos(Math.max(-1, Math.min(1, cos))) / 2;
    const t = r / Math.tan(half);
    const t1 = { x: x1 + (v1.x / l1) * t, y: y1 + (v1.y / l1) * t };
    const t2 = { x: x1 + (v2.x / l2) * t, y: y1 + (v2.y / l2) * t };
    this.lineTo(t1.x, t1.y);
    // Turning right (clockwise on screen, y down) from the incoming to the outgoing direction sweeps positively.
    const turn = -v1.x * v2.y + v1.y * v2.x;
    this.parts.push(`A${num(r)} ${num(r)} 0 0 ${turn > 0 ? 1 : 0} ${num(t2.x)} ${num(t2.y)}`);
    this.at = t2;
  }
}
