// The camera constraint: whatever camera is asked for, the whole map (its padded strips too) shows nothing outside the
// box, and a camera already inside is left alone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { constrainToBox, shownBox, type Viewport } from '../../src/map/constrain';

/** A box like the basemap's (src/data/region.ts BASEMAP_BOX), fixed here so the test does not move with it. */
const BOX = { west: 20, south: 22, east: 72, north: 56 };
const EPS = 1e-9;
const inside = (b: ReturnType<typeof shownBox>) =>
  b.west >= BOX.west - EPS && b.east <= BOX.east + EPS && b.south >= BOX.south - EPS && b.north <= BOX.north + EPS;
const desktop: Viewport = { width: 1280, height: 800, padding: { top: 0, right: 0, bottom: 0, left: 268 } };

describe('constrainToBox', () => {
  it('leaves a camera whose whole map is inside the box where it is', () => {
    const c = constrainToBox([46, 41], 6, desktop, BOX, 2.5, 12);
    expect(c.zoom).toBe(6);
    expect(c.center[0]).toBeCloseTo(46, 9);
    expect(c.center[1]).toBeCloseTo(41, 9);
  });

  it('keeps the padded strip inside too: panned west, the map edge (not the padded part) stops at the box', () => {
    const c = constrainToBox([10, 41], 6, desktop, BOX, 2.5, 12);
    expect(c.zoom).toBe(6);
    expect(shownBox(c.center, c.zoom, desktop).west).toBeCloseTo(BOX.west, 9);
    expect(c.center[1]).toBeCloseTo(41, 9);
  });

  it('zooms in until the box fills the map, and no further', () => {
    const c = constrainToBox([46, 41], 2.5, desktop, BOX, 2.5, 12);
    const shown = shownBox(c.center, c.zoom, desktop);
    expect(inside(shown)).toBe(true);
    // The box is wider than tall on this map: it fills the width exactly.
    expect(shown.west).toBeCloseTo(BOX.west, 9);
    expect(shown.east).toBeCloseTo(BOX.east, 9);
  });

  it('clamps the zoom; a map of no size is not moved', () => {
    expect(constrainToBox([46, 41], 30, desktop, BOX, 2.5, 12).zoom).toBe(12);
    expect(constrainToBox([0, 0], 1, { width: 0, height: 0, padding: {} }, BOX, 2.5, 12)).toEqual({
      center: [0, 0],
      zoom: 2.5
    });
  });

  it('any camera on any map size and padding ends with the whole map inside the box; doing it twice changes nothing', () => {
    const viewport = fc
      .record({
        width: fc.integer({ min: 200, max: 3000 }),
        height: fc.integer({ min: 200, max: 2000 }),
        top: fc.double({ min: 0, max: 0.4, noNaN: true }),
        right: fc.double({ min: 0, max: 0.4, noNaN: true }),
        bottom: fc.double({ min: 0, max: 0.4, noNaN: true }),
        left: fc.double({ min: 0, max: 0.4, noNaN: true })
      })
      .map((v): Viewport => ({
        width: v.width,
        height: v.height,
        padding: {
          top: v.top * v.height,
          right: v.right * v.width,
          bottom: v.bottom * v.height,
          left: v.left * v.width
        }
      }));
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: 0, max: 14, noNaN: true }),
        viewport,
        (lon, lat, zoom, view) => {
          const c = constrainToBox([lon, lat], zoom, view, BOX, 2.5, 12);
          expect(c.zoom).toBeGreaterThanOrEqual(Math.min(12, Math.max(2.5, zoom)));
          expect(inside(shownBox(c.center, c.zoom, view))).toBe(true);
          const again = constrainToBox(c.center, c.zoom, view, BOX, 2.5, 12);
          expect(again.zoom).toBeCloseTo(c.zoom, 9);
          expect(again.center[0]).toBeCloseTo(c.center[0], 7);
          expect(again.center[1]).toBeCloseTo(c.center[1], 7);
        }
      ),
      { numRuns: 500 }
    );
  });
});
