// The value labels of one year ("2.76 Mt", "0.84 Mt · Jan–Jul", "plan 1.5 Mt") as GeoJSON points for a MapLibre symbol
// layer. MapLibre places them with its collision index: they never overlap each other or the corridor's place names,
// and each can move to another side when its first place is taken (text-variable-anchor-offset). A flow or port with
// no figure in the year gets no feature at all, so there is never an empty label.
import type { FlowFrame, FlowView, LonLat } from '../model/flows';
import type { PortFrame, PortView } from '../model/ports';
import type { Lang } from '../model/format';
import { drawnLabel } from '../model/statusStyle';
import { FLOW_COLORS, PORT_COLORS, type RGB } from './colors';

/** Text size of the value labels, px: offsets below are in ems of this size. */
export const VALUE_LABEL_SIZE = 13;

/** A text-variable-anchor-offset list: anchor, [x, y] offset in ems, anchor, offset, … (tried in order). */
export type AnchorOffsets = (string | [number, number])[];

export interface ValueLabelProps {
  /** `flow:<id>` or `port:<place>`. */
  id: string;
  text: string;
  /** Ink, as a CSS colour. */
  color: string;
  /** Placement order (symbol-sort-key): lower is placed first, so larger figures win a contested spot. */
  rank: number;
  anchors: AnchorOffsets;
}

export type ValueLabelFeature = GeoJSON.Feature<GeoJSON.Point, ValueLabelProps>;

export interface ValueLabelInput {
  flows: readonly FlowView[];
  frames: ReadonlyMap<string, FlowFrame>;
  ports: readonly PortView[];
  portFrames: ReadonlyMap<string, PortFrame>;
  lang: Lang;
}

const hex = (c: RGB) => `#${c.map((x) => Math.round(x).toString(16).padStart(2, '0')).join('')}`;
/** Flow labels are written in a darker shade of the flow's colour, so the text reads on land and sea alike. */
const flowInk = (kind: keyof typeof FLOW_COLORS) => hex(FLOW_COLORS[kind].map((c) => c * 0.55) as RGB);

/**
 * Where a flow's value label sits: on the route for paths; for arcs, on the arc itself. deck.gl's ArcLayer with tilt
 * ±90° lays the arc flat, bulging sideways by sqrt(r(1-r)) × height × chord length at fraction r (its `paraboloid`),
 * to the left of the direction of travel for bow +1.
 */
const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
const unmercY = (y: number) => (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;

export function labelPosition(v: FlowView): LonLat {
  const at = v.flow.label_at;
  if (v.path && v.pathFractions) {
    const i = v.pathFractions.findIndex((x) => x >= at);
    return v.path[Math.max(0, i)] as LonLat;
  }
  // Work in Web Mercator, where the arc is drawn, then come back to lon/lat.
  const sy = mercY(v.source[1]);
  const dx = v.target[0] - v.source[0];
  const dy = mercY(v.target[1]) - sy;
  const bulge = Math.sqrt(at * (1 - at)) * v.flow.arc_height * v.flow.bow;
  return [v.source[0] + dx * at - dy * bulge, unmercY(sy + dy * at + dx * bulge)];
}

/** On an arc: centred on it first, then just above or below it. */
const ON_ARC: AnchorOffsets = ['center', [0, 0], 'bottom', [0, -0.4], 'top', [0, 0.4]];
/** Beside a route (a rail or pipeline line): above it first, then below, then to either side. */
const BESIDE_ROUTE: AnchorOffsets = ['bottom', [0, -0.5], 'top', [0, 0.5], 'left', [0.6, 0], 'right', [-0.6, 0]];

/**
 * Anchors for a port's value: first on the side port_measures.json names (clear of the port's own name label), just
 * outside the circle's band, then on the other sides. `radiusPx` is the band's radius.
 */
export function portAnchors(dir: readonly [number, number], radiusPx: number): AnchorOffsets {
  const r = (radiusPx + 5) / VALUE_LABEL_SIZE;
  const [dx, dy] = dir;
  const n = Math.hypot(dx, dy) || 1;
  const h = dx < -0.2 ? 'right' : dx > 0.2 ? 'left' : '';
  const v = dy < -0.2 ? 'bottom' : dy > 0.2 ? 'top' : '';
  const preferred = v && h ? `${v}-${h}` : v || h || 'center';
  const round = (x: number) => Math.round(x * 100) / 100;
  const sides: AnchorOffsets = ['left', [r, 0], 'right', [-r, 0], 'top', [0, r], 'bottom', [0, -r]];
  return [preferred, [round((dx / n) * r), round((dy / n) * r)], ...sides];
}

/** The year's value labels: one point per flow and per port that has a figure in the year. */
export function valueLabelFeatures(input: ValueLabelInput): GeoJSON.FeatureCollection<GeoJSON.Point, ValueLabelProps> {
  const features: ValueLabelFeature[] = [];
  const point = (coordinates: LonLat, properties: ValueLabelProps): ValueLabelFeature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [coordinates[0], coordinates[1]] },
    properties
  });
  for (const p of input.ports) {
    const f = input.portFrames.get(p.port.place);
    if (!f?.value) continue;
    features.push(
      point(p.position, {
        id: `port:${p.port.place}`,
        text: drawnLabel(f.value, input.lang),
        color: hex(PORT_COLORS.text),
        rank: -f.value.max,
        anchors: portAnchors(p.port.label_dir, f.bandRadius)
      })
    );
  }
  for (const v of input.flows) {
    const f = input.frames.get(v.flow.id);
    if (!f?.value) continue;
    features.push(
      point(labelPosition(v), {
        id: `flow:${v.flow.id}`,
        text: drawnLabel(f.value, input.lang),
        color: flowInk(v.flow.kind),
        rank: -f.value.max,
        anchors: v.path ? BESIDE_ROUTE : ON_ARC
      })
    );
  }
  return { type: 'FeatureCollection', features };
}
