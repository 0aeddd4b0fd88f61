// MapLibre options shared by the app's map and the benchmark's bare basemap page, so both draw the same map.
import type { MapOptions } from 'maplibre-gl';
import { REGION } from '../data/region';

export const MAP_OPTIONS = {
  minZoom: 2.5,
  maxZoom: 12,
  // The region the data lives in (geometry outside it is refused when the files are read).
  maxBounds: [
    [REGION.west, REGION.south],
    [REGION.east, REGION.north]
  ],
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
  fadeDuration: 0
} satisfies Partial<MapOptions>;

/** The fonts the map's labels use (CSS families from app.css); loaded before the map so its first frame has them. */
export function loadMapFonts(): Promise<unknown> {
  return Promise.all([
    document.fonts.load('16px "Noto Sans Regular"', 'Aa Ая'),
    document.fonts.load('16px "Noto Sans Bold"', 'Aa Ая')
  ]).catch(() => []);
}
