// The Web Mercator cut of deck.gl's `project` shader module (src/map/mercatorProjection.ts): still fits deck.gl's text
// (a deck.gl upgrade that moves the markers fails here, not silently on screen), declares every function it replaces,
// and computes the same Mercator y as MapLibre does on the CPU, in float32 as a GPU would.
import { describe, expect, it } from 'vitest';
import { project, project32 } from '@deck.gl/core';
import { MercatorCoordinate } from 'maplibre-gl';
import {
  CUT_FROM,
  CUT_TO,
  MERCATOR_GLSL,
  mercatorProjectGlsl,
  withMercatorProjection
} from '../../src/map/mercatorProjection';

const deckGlsl = (project as unknown as { vs: string }).vs;
/** Function names declared in a piece of GLSL (`type name(`, at the start of a line). */
const declared = (glsl: string) =>
  new Set([...glsl.matchAll(/^\s*(?:bool|float|vec[234]|mat[34]|void)\s+(\w+)\s*\(/gm)].map((m) => m[1]));

describe('the Web Mercator project module', () => {
  const lean = mercatorProjectGlsl(deckGlsl);

  it("finds its markers in deck.gl's module text", () => {
    expect(deckGlsl.indexOf(CUT_FROM)).toBeGreaterThan(0);
    expect(deckGlsl.indexOf(CUT_TO)).toBeGreaterThan(deckGlsl.indexOf(CUT_FROM));
    expect(lean).not.toBeNull();
  });

  it("keeps deck.gl's uniform block, constants and the functions outside the cut word for word", () => {
    const from = deckGlsl.indexOf(CUT_FROM);
    const to = deckGlsl.indexOf(CUT_TO);
    expect(lean?.startsWith(deckGlsl.slice(0, from))).toBe(true);
    expect(lean?.endsWith(deckGlsl.slice(to))).toBe(true);
    expect(lean).toContain('uniform projectUniforms {');
  });

  it('declares every function of the part it replaces except the globe-only orientation matrix', () => {
    const cut = deckGlsl.slice(deckGlsl.indexOf(CUT_FROM), deckGlsl.indexOf(CUT_TO));
    const replaced = declared(cut);
    replaced.delete('project_get_orientation_matrix');
    expect(replaced.size).toBeGreaterThan(4);
    for (const name of replaced) expect(declared(MERCATOR_GLSL), name).toContain(name);
    expect(lean).not.toContain('project_get_orientation_matrix(');
  });

  it("has no globe case and no lookup-table tan (the parts that made deck.gl's first frame slow)", () => {
    const code = MERCATOR_GLSL.replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/PROJECTION_MODE_GLOBE|tan_fp32|\btan\s*\(/);
    expect(code).toContain('project_sin_(');
  });

  it('swaps project32 for its own and leaves the other modules alone', () => {
    const other = { name: 'picking' };
    const out = withMercatorProjection([project32 as { name: string }, other]);
    expect(out[0]).not.toBe(project32);
    expect(out[0]?.name).toBe('project32');
    expect((out[0] as { dependencies?: { name: string; vs?: string }[] }).dependencies?.[0]?.vs).toBe(lean);
    expect(out[1]).toBe(other);
  });
});

/** The GLSL's sin and Mercator y, step by step in float32 as a GPU computes them. */
const f = Math.fround;
const PI = f(3.1415926536);
const WORLD_SCALE = f(512 / f(PI * 2));
const RAD = f(Math.PI / 180);
function sinPoly(x: number): number {
  const x2 = f(x * x);
  const c = [-1 / 6, 1 / 120, -1 / 5040, 1 / 362880, -1 / 39916800].map(f);
  let acc = f(x2 / f(6227020800));
  for (let i = c.length - 1; i >= 0; i--) acc = f(x2 * f((c[i] as number) + acc));
  return f(x * f(1 + acc));
}
function mercatorY(lat: number): number {
  const h = f(f(f(lat) * RAD) * 0.5);
  const q = f(PI * 0.25);
  return f(f(PI + f(Math.log(f(sinPoly(f(q + h)) / sinPoly(f(q - h)))))) * WORLD_SCALE);
}
/** deck.gl's formula in float32 with an exact tan: the best its module can do on any GPU. */
function deckY(lat: number): number {
  return f(f(PI + f(Math.log(f(Math.tan(f(f(PI * 0.25) + f(f(f(lat) * RAD) * 0.5))))))) * WORLD_SCALE);
}
/** Largest distance from MapLibre's Mercator y over latitudes from -max to max, in pixels at zoom 12. */
function maxErrorPx(y: (lat: number) => number, max: number): number {
  let worst = 0;
  for (let lat = -max; lat <= max; lat += 0.01) {
    // deck.gl's common space: 512 units around the world, y up; MapLibre's Mercator: 0..1, y down.
    const maplibre = (1 - MercatorCoordinate.fromLngLat([0, lat]).y) * 512;
    worst = Math.max(worst, Math.abs(y(lat) - maplibre) * 2 ** 12);
  }
  return worst;
}

describe('its arithmetic', () => {
  it('sin to within 2e-7 over ±90°', () => {
    for (let d = -90; d <= 90; d += 0.25) {
      const x = (d * Math.PI) / 180;
      expect(Math.abs(sinPoly(x) - Math.sin(x)), `${d}°`).toBeLessThan(2e-7);
    }
  });

  it("puts latitudes where MapLibre does, as closely as deck.gl's formula with an exact tan", () => {
    // Zoom 12 is the map's deepest (deck.gl switches to positions relative to the centre there); float32 alone is
    // ~0.2 px off at that scale.
    for (const max of [55, 70, 85]) {
      const ours = maxErrorPx(mercatorY, max);
      expect(ours, `±${max}°`).toBeLessThan(maxErrorPx(deckY, max) + 0.05);
      expect(ours, `±${max}°`).toBeLessThan(1);
    }
  });
});
