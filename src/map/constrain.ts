// Keeps the whole map canvas inside a lon/lat box (the basemap's). MapLibre's own maxBounds check keeps only the part
// of the map outside its padding inside the box, so the strips the app pads for (the left column, a side panel, a
// phone's top row, all of which let the map show through) could reach past the basemap's edge: blank, sea-coloured land.
// Web Mercator with MapLibre's 512 px tiles; plain numbers, so it is tested without a browser.

/** [west, south, east, north] bounds in degrees. */
export interface LonLatBox {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

/** What the map looks through: its size and the padded strips (MapLibre `padding`; a side left out is 0), px. */
export interface Viewport {
  width: number;
  height: number;
  padding: { top?: number; right?: number; bottom?: number; left?: number };
}

const TILE_PX = 512;
/** Web Mercator x and y in world units (0..1, y grows southward) and back. */
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => 0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
const lonOf = (x: number) => x * 360 - 180;
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) - 90;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** From the camera's centre (the middle of the unpadded part) to the map's left and top edges, px. */
function toEdges({ width: w, height: h, padding: p }: Viewport): { left: number; top: number } {
  const { top = 0, right = 0, bottom = 0, left = 0 } = p;
  return { left: left + (w - left - right) / 2, top: top + (h - top - bottom) / 2 };
}

/**
 * The camera nearest to the one asked for at which the whole map shows nothing outside `box`: the zoom clamped to
 * [minZoom, maxZoom], then raised until the box fills the map, then the centre moved in just far enough. As in
 * MapLibre, `center` is the middle of the unpadded part of the map. A map of no size only has its zoom clamped.
 */
export function constrainToBox(
  center: readonly [number, number],
  zoom: number,
  view: Viewport,
  box: LonLatBox,
  minZoom: number,
  maxZoom: number
): { center: [number, number]; zoom: number } {
  let z = clamp(zoom, minZoom, maxZoom);
  const { width: w, height: h } = view;
  if (!(w > 0 && h > 0)) return { center: [center[0], center[1]], zoom: z };
  const [x0, x1, y0, y1] = [mercX(box.west), mercX(box.east), mercY(box.north), mercY(box.south)];
  z = Math.max(z, Math.log2(Math.max(w / ((x1 - x0) * TILE_PX), h / ((y1 - y0) * TILE_PX))));
  const world = TILE_PX * 2 ** z;
  const { left, top } = toEdges(view);
  const cx = clamp(mercX(center[0]) * world, x0 * world + left, x1 * world - (w - left));
  const cy = clamp(mercY(center[1]) * world, y0 * world + top, y1 * world - (h - top));
  return { center: [lonOf(cx / world), latOf(cy / world)], zoom: z };
}

/** The lon/lat box a map shows with its camera at `center` (the middle of the unpadded part) and `zoom`. */
export function shownBox(center: readonly [number, number], zoom: number, view: Viewport): LonLatBox {
  const world = TILE_PX * 2 ** zoom;
  const { left, top } = toEdges(view);
  const x = mercX(center[0]) * world - left;
  const y = mercY(center[1]) * world - top;
  const { width: w, height: h } = view;
  return {
    west: lonOf(x / world),
    south: latOf((y + h) / world),
    east: lonOf((x + w) / world),
    north: latOf(y / world)
  };
}
