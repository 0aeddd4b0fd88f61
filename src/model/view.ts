// The map view (centre and zoom) as the app state and the URL hold it; src/map applies it to MapLibre.

export interface MapView {
  /** [longitude, latitude] in degrees. */
  center: [number, number];
  zoom: number;
}

/** The zooms the map can show (MapLibre's minZoom and maxZoom, src/map/mapOptions.ts); a link's zoom is held to them. */
export const ZOOM_RANGE = { min: 2.5, max: 12 } as const;

/** The opening view: the Caspian crossing with the BTC and BTK lines to the west. */
export const DEFAULT_VIEW: MapView = { center: [45.2, 40.6], zoom: 4.6 };
