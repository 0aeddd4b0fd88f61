// Where the map's data may lie (REGION: geometry outside it is a data error) and what the map can show (BASEMAP_BOX).

/**
 * Where data may lie, in degrees: geometry outside it is refused when the files are read. It holds BASEMAP_BOX (a unit
 * test checks), so every place the map can show may carry data.
 */
export const REGION = { west: 10, south: 20, east: 90, north: 60 } as const;

/**
 * The box the offline basemap covers (scripts/build-basemap.mjs `BOX`, which clips public/basemap/basemap.geojson to it;
 * tests/unit/basemap.test.ts checks the two agree). It is the map's `maxBounds`, the URL's view clamp and the range of a
 * story step's centre: the camera never shows a place the basemap does not draw.
 */
export const BASEMAP_BOX = { west: 20, south: 22, east: 72, north: 56 } as const;

export const inRegion = ([lon, lat]: readonly [number, number]): boolean =>
  lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;

/** "longitude 10…90, latitude 20…60": how messages state the region. */
export const REGION_TEXT = `longitude ${REGION.west}…${REGION.east}, latitude ${REGION.south}…${REGION.north}`;
