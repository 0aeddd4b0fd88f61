// The camera box (BASEMAP_BOX, the map's maxBounds) lies in the data region; tests/unit/basemap.test.ts checks that the
// basemap files cover exactly this box.
import { describe, expect, it } from 'vitest';
import { BASEMAP_BOX, REGION } from '../../src/data/region';
import { MAP_OPTIONS } from '../../src/map/mapOptions';

describe('camera box', () => {
  it('is the map maxBounds and lies inside the data region', () => {
    expect(MAP_OPTIONS.maxBounds).toEqual([
      [BASEMAP_BOX.west, BASEMAP_BOX.south],
      [BASEMAP_BOX.east, BASEMAP_BOX.north]
    ]);
    expect(BASEMAP_BOX.west).toBeGreaterThanOrEqual(REGION.west);
    expect(BASEMAP_BOX.south).toBeGreaterThanOrEqual(REGION.south);
    expect(BASEMAP_BOX.east).toBeLessThanOrEqual(REGION.east);
    expect(BASEMAP_BOX.north).toBeLessThanOrEqual(REGION.north);
  });
});
