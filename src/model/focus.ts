// What the map keeps in view when a panel opens: the selected port, terminal, line or flow, and for a place every flow
// that starts or ends there (the whole arc, including its bulge, or the whole route).
import type { Dataset } from '../data/dataset';
import type { Flow } from '../data/schema';
import type { FlowView, LonLat } from './flows';
import type { Selection } from './selection';

/** What the arc geometry needs of a flow view (tests build it from geodata/flows.json directly). */
export type ArcGeometry = Pick<FlowView, 'source' | 'target'> & { flow: Pick<Flow, 'arc_height' | 'bow'> };

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
const unmercY = (y: number) => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

/**
 * The point at fraction r (0..1) along a flow's drawn arc. The arc is laid flat (deck.gl ArcLayer, tilt ±90°) and
 * bulges sideways by sqrt(r(1-r)) × arc_height × chord length in Web Mercator, to the left of travel for bow +1.
 */
export function arcPoint(v: ArcGeometry, r: number): LonLat {
  const sy = mercY(v.source[1]);
  const dx = v.target[0] - v.source[0];
  const dy = mercY(v.target[1]) - sy;
  const bulge = Math.sqrt(r * (1 - r)) * v.flow.arc_height * v.flow.bow;
  return [v.source[0] + dx * r - dy * bulge, unmercY(sy + dy * r + dx * bulge)];
}

/** Every point that must stay visible for a flow: its route, or its arc's ends and bulge. */
export function flowPoints(v: FlowView): LonLat[] {
  if (v.path) return v.path;
  return [v.source, v.target, arcPoint(v, 0.5)];
}

export function boundsOf(points: readonly LonLat[]): Bounds | null {
  if (!points.length) return null;
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    b[0] = Math.min(b[0], lon);
    b[1] = Math.min(b[1], lat);
    b[2] = Math.max(b[2], lon);
    b[3] = Math.max(b[3], lat);
  }
  return b;
}

function linePoints(geometry: { type: string; coordinates: unknown }): LonLat[] {
  if (geometry.type === 'LineString') return geometry.coordinates as LonLat[];
  if (geometry.type === 'MultiLineString') return (geometry.coordinates as LonLat[][]).flat();
  return [];
}

/** The area a selection (a place with its flows, a line, a flow) needs in view, or null if unknown. The corridor-wide
 * total is not drawn on the map (it has its own bar), so it needs no area. */
export function focusBounds(selection: Selection, data: Dataset, views: readonly FlowView[]): Bounds | null {
  const { kind, id } = selection;
  const points: LonLat[] = [];
  if (kind === 'place') {
    const place = data.places.get(id);
    if (!place) return null;
    points.push(place.geometry.coordinates);
    for (const v of views) if (v.flow.from === id || v.flow.to === id) points.push(...flowPoints(v));
  } else if (kind === 'line') {
    const line = data.lines.get(id);
    if (line) points.push(...linePoints(line.geometry));
  } else if (kind === 'flow') {
    const v = views.find((x) => x.flow.id === id);
    if (v) points.push(...flowPoints(v));
  }
  return boundsOf(points);
}

/** The whole corridor: every flow with its arcs and routes (the opening view when no view is shared). */
export function corridorBounds(views: readonly FlowView[]): Bounds | null {
  return boundsOf(views.flatMap(flowPoints));
}
