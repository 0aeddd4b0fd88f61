// The map view (centre and zoom) as the app state and the URL hold it; src/map applies it to MapLibre.

export interface MapView {
  /** [longitude, latitude] in degrees. */
  center: [number, number];
  zoom: number;
}

/** The opening view: the Caspian crossing with the BTC and BTK lines to the west. */
export const DEFAULT_VIEW: MapView = { center: [45.2, 40.6], zoom: 4.6 };
