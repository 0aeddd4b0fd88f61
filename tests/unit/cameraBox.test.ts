// The camera box (BASEMAP_BOX, the map's maxBounds): it lies in the data region, and it is big enough that the app's
// own opening framings fit inside it whole, so the camera constraint (which zooms in until the box fills the map, then
// moves the map into it) leaves them as they are. tests/unit/basemap.test.ts checks the files cover the box.
import { describe, expect, it } from 'vitest';
import { BASEMAP_BOX, REGION } from '../../src/data/region';
import { constrainToBox, shownBox, type Viewport } from '../../src/map/constrain';
import { MAP_OPTIONS } from '../../src/map/mapOptions';
import { corridorBounds, type Bounds } from '../../src/model/focus';
import { flowViews } from '../../src/model/flows';
import { DEFAULT_VIEW } from '../../src/model/view';
import { coveredInsets } from '../../src/ui/layout';
import { loadRealDataset } from './helpers';

/** src/map/mapController.ts FOCUS_MARGIN_PX: room kept around a focus when the map fits it. */
const FOCUS_MARGIN_PX = 48;
/** A 390×844 phone's map area is shorter than this (header and timeline take the rest); taller is the harder case. */
const PHONE = { w: 390, h: 760 };

const RAD = Math.PI / 180;
/** Web Mercator in world pixels at zoom 0 (512 px tiles), y growing southward. */
const px = (lon: number) => ((lon + 180) / 360) * 512;
const py = (lat: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / Math.PI) / 2) * 512;
const latOf = (y: number) => (2 * Math.atan(Math.exp((1 - (2 * y) / 512) * Math.PI)) - Math.PI / 2) / RAD;

/** What MapController.frame does for the opening view: cameraForBounds with the margin, never zooming in. */
function fit(b: Bounds, view: Viewport, maxZoom: number): { center: [number, number]; zoom: number } {
  const { top = 0, right = 0, bottom = 0, left = 0 } = view.padding;
  const scale = Math.min(
    (view.width - left - right - 2 * FOCUS_MARGIN_PX) / (px(b[2]) - px(b[0])),
    (view.height - top - bottom - 2 * FOCUS_MARGIN_PX) / (py(b[1]) - py(b[3]))
  );
  return { center: [(b[0] + b[2]) / 2, latOf((py(b[1]) + py(b[3])) / 2)], zoom: Math.min(maxZoom, Math.log2(scale)) };
}

/** The camera is inside the box whole: the constraint leaves it where it is. */
function expectUnconstrained(camera: { center: [number, number]; zoom: number }, view: Viewport) {
  const shown = shownBox(camera.center, camera.zoom, view);
  const text = `map shows ${[shown.west, shown.south, shown.east, shown.north].map((v) => v.toFixed(1)).join(', ')}`;
  const c = constrainToBox(camera.center, camera.zoom, view, BASEMAP_BOX, MAP_OPTIONS.minZoom, MAP_OPTIONS.maxZoom);
  expect(c.zoom, text).toBeCloseTo(camera.zoom, 9);
  expect(c.center[0], text).toBeCloseTo(camera.center[0], 9);
  expect(c.center[1], text).toBeCloseTo(camera.center[1], 9);
  return shown;
}

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

  it('holds the whole map when a portrait phone first fits the corridor', () => {
    const corridor = corridorBounds(flowViews(loadRealDataset()));
    if (!corridor) throw new Error('no corridor');
    const padding = coveredInsets({ phone: true, areaWidth: PHONE.w, areaHeight: PHONE.h, panelOpen: false });
    const view = { width: PHONE.w, height: PHONE.h, padding };
    const shown = expectUnconstrained(fit(corridor, view, DEFAULT_VIEW.zoom), view);
    // The corridor needs about 15° of longitude; on a tall phone the framing then reaches well south of 30°N.
    expect(shown.south).toBeLessThan(30);
  });

  it.each([
    [1280, 800],
    [1440, 900]
  ])('holds the whole %i×%i desktop map at the opening view', (w, h) => {
    const padding = coveredInsets({ phone: false, areaWidth: w, areaHeight: h, panelOpen: false });
    expectUnconstrained({ center: DEFAULT_VIEW.center, zoom: DEFAULT_VIEW.zoom }, { width: w, height: h, padding });
  });
});
