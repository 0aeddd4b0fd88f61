// MapLibre options shared by the app's map and the benchmark's bare basemap page, so both draw the same map.
import type { MapOptions } from 'maplibre-gl';
import { BASEMAP_BOX } from '../data/region';
import { ZOOM_RANGE } from '../model/view';

export const MAP_OPTIONS = {
  minZoom: ZOOM_RANGE.min,
  maxZoom: ZOOM_RANGE.max,
  // The basemap's box, so no blank sea-coloured land past the basemap's edge is ever on screen. MapLibre keeps the
  // unpadded part of the map inside it (zooming in if need be); the app's MapController also keeps its padded strips
  // inside (transformConstrain, src/map/constrain.ts).
  maxBounds: [
    [BASEMAP_BOX.west, BASEMAP_BOX.south],
    [BASEMAP_BOX.east, BASEMAP_BOX.north]
  ],
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  fadeDuration: 0
} satisfies Partial<MapOptions>;

let mapFonts: Promise<unknown> | undefined;

/**
 * The fonts the map's labels use (CSS families from app.css); loaded before the map so its first frame has them. Asked
 * for once, at page start (src/main.ts); the map pane waits on the same promise.
 */
export function loadMapFonts(): Promise<unknown> {
  mapFonts ??= Promise.all([
    document.fonts.load('16px "Noto Sans Regular"', 'Aa Ая'),
    document.fonts.load('16px "Noto Sans Bold"', 'Aa Ая')
  ]).catch(() => []);
  return mapFonts;
}
