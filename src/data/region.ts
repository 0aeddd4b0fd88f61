// The map's region: the only part of the world the app draws. Geometry outside it is a data error, not a feature.

/** Bounds in degrees; the map's `maxBounds` and the URL's view clamp use the same numbers. */
export const REGION = { west: 10, south: 25, east: 90, north: 60 } as const;

export const inRegion = ([lon, lat]: readonly [number, number]): boolean =>
  lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;

/** "longitude 10…90, latitude 25…60": how messages state the region. */
export const REGION_TEXT = `longitude ${REGION.west}…${REGION.east}, latitude ${REGION.south}…${REGION.north}`;
