// Per-flow view model: where a flow is drawn, which figures stand behind it, and how wide it is in a given year.
import type { Dataset } from '../data/dataset';
import type { Figure, Flow } from '../data/schema';
import { flowFigures, flowYearValue, type FlowYearValue } from './flowYear';
import { widthPx, type WidthScale } from './scale';

export type LonLat = [number, number];

export interface FlowView {
  flow: Flow;
  source: LonLat;
  target: LonLat;
  /** Vertices from source to target for flows drawn along a route (e.g. the BTC pipeline); null for arcs. */
  path: LonLat[] | null;
  /** Cumulative fraction of the route's length at each vertex (0..1), for direction pulses; null for arcs. */
  pathFractions: number[] | null;
  /** Every figure that can be drawn for this flow, all years. */
  series: Figure[];
}

export interface FlowFrame {
  value: FlowYearValue | null;
  /** Width of the certain part (the band's lower bound), px. */
  coreWidth: number;
  /** Width of the band's upper bound, px (equal to coreWidth for a single figure). */
  bandWidth: number;
}

function flattenRoute(geometry: { type: string; coordinates: unknown }): LonLat[] {
  if (geometry.type === 'LineString') return geometry.coordinates as LonLat[];
  return (geometry.coordinates as LonLat[][]).flat();
}

const dist = (a: LonLat, b: LonLat) =>
  Math.hypot((a[0] - b[0]) * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180)), a[1] - b[1]);

/** Orients a route so that it runs from the flow's source to its target. */
function orient(path: LonLat[], source: LonLat): LonLat[] {
  const first = path[0];
  const last = path[path.length - 1];
  if (!first || !last) return path;
  return dist(first, source) <= dist(last, source) ? path : [...path].reverse();
}

function fractions(path: LonLat[]): number[] {
  const cum = [0];
  for (let i = 1; i < path.length; i++)
    cum.push((cum[i - 1] as number) + dist(path[i - 1] as LonLat, path[i] as LonLat));
  const total = cum[cum.length - 1] || 1;
  return cum.map((c) => c / total);
}

/** Static geometry and series of every flow; built once, its array identity never changes across years. */
export function flowViews(data: Dataset): FlowView[] {
  const views: FlowView[] = [];
  for (const flow of data.flows) {
    const from = data.places.get(flow.from);
    const to = data.places.get(flow.to);
    if (!from || !to) continue;
    const source = from.geometry.coordinates;
    const target = to.geometry.coordinates;
    let path: LonLat[] | null = null;
    if (flow.draw.startsWith('route:')) {
      const line = data.lines.get(flow.draw.slice(6));
      if (line) path = orient(flattenRoute(line.geometry), source);
    }
    views.push({
      flow,
      source,
      target,
      path,
      pathFractions: path ? fractions(path) : null,
      series: flowFigures(flow, data.figures)
    });
  }
  return views;
}

/** The largest tonnage any flow carries in any year: the width scale's domain, fixed so years compare honestly. */
export function maxFlowTonnes(views: readonly FlowView[]): number {
  let max = 0;
  for (const v of views) for (const f of v.series) max = Math.max(max, f.value ?? f.value_max ?? 0);
  return max;
}

export function flowFrame(view: FlowView, year: number, scale: WidthScale): FlowFrame {
  const value = flowYearValue(view.flow, year, view.series);
  if (!value) return { value: null, coreWidth: 0, bandWidth: 0 };
  return { value, coreWidth: widthPx(scale, value.min), bandWidth: widthPx(scale, value.max) };
}

export function flowFrames(views: readonly FlowView[], year: number, scale: WidthScale): Map<string, FlowFrame> {
  return new Map(views.map((v) => [v.flow.id, flowFrame(v, year, scale)]));
}

/** Pulses per second along a flow: busier flows pulse faster, so direction and weight read together. */
export function pulseSpeed(tonnes: number, scale: WidthScale): number {
  if (!(tonnes > 0)) return 0;
  return 0.12 + 0.38 * Math.min(1, tonnes / scale.maxTonnes);
}
