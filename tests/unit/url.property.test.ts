// Property tests of URL ⇄ state: any state round-trips, no string makes the parser throw or produce a value outside
// the data, and every number is clamped into its range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseUrlState, serialiseUrlState, type UrlBounds, type UrlDefaults, type UrlState } from '../../src/state/url';
import { BASEMAP_BOX } from '../../src/data/region';
import { corridor, flow, line, place } from '../../src/model/selection';

const B: UrlBounds = {
  years: [2015, 2017, 2019, 2020, 2021, 2022, 2023, 2024, 2025],
  placeIds: new Set(['aktau', 'kuryk', 'alat', 'baku']),
  lineIds: new Set(['btc', 'btk', 'aktau_alat']),
  flowIds: new Set(['titr_caspian', 'kz_oil_btc']),
  corridorIds: new Set(['titr'])
};
const D: UrlDefaults = { year: 2024, view: { center: [47.5, 41.2], zoom: 5 }, lang: 'en' };
const KEYS = ['year', 'port', 'line', 'flow', 'corridor', 'view', 'play', 'lang', 'table'];

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const selection = fc.oneof(
  fc.constantFrom(...[...B.placeIds].map((id) => place(id))),
  fc.constantFrom(...[...B.lineIds].map((id) => line(id))),
  fc.constantFrom(...[...B.flowIds].map((id) => flow(id))),
  fc.constant(corridor('titr'))
);
const view = fc.record({
  center: fc.tuple(
    fc.double({ min: BASEMAP_BOX.west, max: BASEMAP_BOX.east, noNaN: true }),
    fc.double({ min: BASEMAP_BOX.south, max: BASEMAP_BOX.north, noNaN: true })
  ),
  zoom: fc.double({ min: 2.5, max: 12, noNaN: true })
});
const state: fc.Arbitrary<UrlState> = fc.record(
  {
    year: fc.constantFrom(...B.years),
    selection,
    view,
    playing: fc.boolean(),
    lang: fc.constantFrom('en' as const, 'ru' as const),
    table: fc.boolean()
  },
  { requiredKeys: [] }
);

/** What the URL can hold of a state: defaults and false flags are not written; a view keeps 3 and 2 decimals. */
function expectedBack(s: UrlState): UrlState {
  const out: UrlState = {};
  if (s.year !== undefined && s.year !== D.year) out.year = s.year;
  if (s.selection) out.selection = s.selection;
  if (s.view) {
    const same =
      Math.abs(s.view.center[0] - D.view.center[0]) < 1e-3 &&
      Math.abs(s.view.center[1] - D.view.center[1]) < 1e-3 &&
      Math.abs(s.view.zoom - D.view.zoom) < 1e-2;
    if (!same)
      out.view = { center: [round(s.view.center[0], 3), round(s.view.center[1], 3)], zoom: round(s.view.zoom, 2) };
  }
  if (s.playing) out.playing = true;
  if (s.lang && s.lang !== D.lang) out.lang = s.lang;
  if (s.table) out.table = true;
  return out;
}

/** Every value the parser returns is one the app can use. */
function assertUsable(s: UrlState) {
  if (s.year !== undefined) expect(B.years).toContain(s.year);
  if (s.selection !== undefined) {
    const { kind, id } = s.selection;
    const ids = { place: B.placeIds, line: B.lineIds, flow: B.flowIds, corridor: B.corridorIds ?? new Set() }[kind];
    expect(ids.has(id), `${kind}:${id}`).toBe(true);
  }
  if (s.view) {
    const [lon, lat] = s.view.center;
    const box = BASEMAP_BOX;
    expect(lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north).toBe(true);
    expect(s.view.zoom >= 2.5 && s.view.zoom <= 12).toBe(true);
  }
  if (s.lang !== undefined) expect(['en', 'ru']).toContain(s.lang);
  if (s.playing !== undefined) expect(s.playing).toBe(true);
  if (s.table !== undefined) expect(s.table).toBe(true);
}

/** Query strings that look like ours, with hostile values: known and unknown keys, any text, repeated keys. */
const hostileQuery = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.double().map(String),
        fc.integer().map(String),
        fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.map(String).join(',')),
        fc.constantFrom(
          '<script>alert(1)</script>',
          '<svg onload=alert(1)>',
          'NaN',
          '-Infinity',
          '1e309',
          'x'.repeat(5000)
        )
      ),
      fc.boolean()
    ),
    { maxLength: 8 }
  )
  .map((pairs) => '?' + pairs.map(([k, v, enc]) => `${k}=${enc ? encodeURIComponent(v) : v}`).join('&'));

describe('URL state properties', () => {
  it('any state round-trips through the URL (up to defaults and rounding)', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUrlState(serialiseUrlState(s, D), B)).toEqual(expectedBack(s));
      }),
      { numRuns: 500 }
    );
  });

  it('serialising what was parsed is stable: parse ∘ serialise ∘ parse = parse', () => {
    fc.assert(
      fc.property(hostileQuery, (q) => {
        const once = parseUrlState(q, B);
        expect(parseUrlState(serialiseUrlState(once, D), B)).toEqual(expectedBack(once));
      }),
      { numRuns: 300 }
    );
  });

  it('never throws on arbitrary strings, and whatever it returns is usable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), hostileQuery), (q) => {
        assertUsable(parseUrlState(q, B));
      }),
      { numRuns: 1000 }
    );
  });

  it('clamps any finite view into the box the camera can show and the zoom range', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (lon, lat, z) => {
          // Encoded: in a query string a bare '+' (as in 1e+21) means a space.
          const s = parseUrlState(`?view=${encodeURIComponent(`${lon},${lat},${z}`)}`, B);
          expect(s.view).toBeDefined();
          assertUsable(s);
          expect(s.view?.center[0]).toBe(Math.min(BASEMAP_BOX.east, Math.max(BASEMAP_BOX.west, lon)));
          expect(s.view?.center[1]).toBe(Math.min(BASEMAP_BOX.north, Math.max(BASEMAP_BOX.south, lat)));
          expect(s.view?.zoom).toBe(Math.min(12, Math.max(2.5, z)));
        }
      ),
      { numRuns: 500 }
    );
  });

  it('snaps any year of up to four digits to the nearest year with data', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (y) => {
        const got = parseUrlState(`?year=${y}`, B).year;
        expect(got).toBeDefined();
        const best = Math.min(...B.years.map((x) => Math.abs(x - Math.min(2025, Math.max(2015, y)))));
        expect(Math.abs((got ?? 0) - Math.min(2025, Math.max(2015, y)))).toBe(best);
      }),
      { numRuns: 300 }
    );
  });
});
