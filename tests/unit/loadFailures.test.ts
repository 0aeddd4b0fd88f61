// Every geodata file × every way it can break → the page names the file, how it broke and what was lost; a file with
// no usable record is an error, never an empty dataset; the other files are still built.
import { afterEach, describe, expect, it, vi } from 'vitest';
import Papa from 'papaparse';
import { buildDataset, GEODATA_FILES, GEODATA_KEYS, GEODATA_UNITS, type GeodataKey } from '../../src/data/dataset';
import {
  basemapReport,
  fileStatus,
  sourceFailure,
  type FetchFailure,
  type FileReport
} from '../../src/data/fileReport';
import { expectedRecords, FETCH_TIMEOUT_S, GEODATA_URLS, loadDataset } from '../../src/data/load';
import { reportConsequence, reportHeadline, visibleReports } from '../../src/model/loadMessages';
import { readGeodataTexts } from './helpers';

const TEXTS = readGeodataTexts();
const REAL = buildDataset(TEXTS);
const EXPECTED = Object.fromEntries(REAL.reports.map((r) => [r.key, r.found])) as Record<GeodataKey, number>;
const CSV_KEYS = GEODATA_KEYS.filter((k) => GEODATA_FILES[k].endsWith('.csv'));
const GEOJSON_KEYS = GEODATA_KEYS.filter((k) => GEODATA_FILES[k].endsWith('.geojson'));
/** JSON files holding a list of records, and a field that makes a record invalid when set to 'x'. */
const LIST_FIELD: Partial<Record<GeodataKey, string>> = { flows: 'kind', ports: 'label_dir', corridor: 'entities' };
const isList = (k: GeodataKey) => LIST_FIELD[k] !== undefined;
/** How the headline names n records: "flows?", "port circles?", "rows?"… (singular or plural). */
const UNIT = (k: GeodataKey) => `${GEODATA_UNITS[k].replace(/s$/, '')}s?`;
const PLACE = (k: GeodataKey) => GEODATA_UNITS[k].replace(/s$/, '');
/** A list file with record `which` (or every record) given the invalid value 'x' in its LIST_FIELD. */
const listWith = (k: GeodataKey, which: (i: number) => boolean) =>
  JSON.stringify(
    (JSON.parse(TEXTS[k]) as object[]).map((f, i) => (which(i) ? { ...f, [LIST_FIELD[k] ?? 'id']: 'x' } : f))
  );

const reportOf = (reports: readonly FileReport[], key: GeodataKey) => reports.find((r) => r.key === key) as FileReport;

/** Builds with one file replaced (text) or not fetched (failure), with the record counts the build shipped. */
function broken(key: GeodataKey, change: { text?: string; failure?: FetchFailure }) {
  const texts: Partial<Record<GeodataKey, string>> = { ...TEXTS, [key]: change.failure ? undefined : change.text };
  const d = buildDataset(texts, change.failure ? { [key]: change.failure } : {}, EXPECTED);
  const r = reportOf(d.reports, key);
  return { d, r, status: fileStatus(r), headline: reportHeadline(r, 'en') };
}

/** A CSV with the cells of column `col` replaced in the data rows `which` (0-based, header excluded). */
function csvWith(key: GeodataKey, col: string, value: string, which: (i: number) => boolean): string {
  const p = Papa.parse<Record<string, string>>(TEXTS[key], { header: true, skipEmptyLines: 'greedy' });
  const rows = p.data.map((r, i) => (which(i) ? { ...r, [col]: value } : r));
  return Papa.unparse(
    { fields: p.meta.fields ?? [], data: rows.map((r) => (p.meta.fields ?? []).map((f) => r[f])) },
    {
      newline: '\n'
    }
  );
}

type Features = { type: string; features: { geometry: { type: string; coordinates: unknown } }[] };
const isLine = (f: Features['features'][number]) => /LineString$/.test(f.geometry.type);
/** A GeoJSON file with the geometry of the records the app reads (every feature of places, line features elsewhere)
 * changed by `change` where `which` (the record's index) holds. */
function geojsonWith(
  key: GeodataKey,
  change: (g: { type: string; coordinates: unknown }) => unknown,
  which: (i: number) => boolean
) {
  const fc = JSON.parse(TEXTS[key]) as Features;
  let i = -1;
  fc.features = fc.features.map((f) => {
    if (key !== 'places' && !isLine(f)) return f;
    i++;
    return which(i) ? { ...f, geometry: change(f.geometry) as Features['features'][number]['geometry'] } : f;
  });
  return JSON.stringify(fc);
}
const shift = (g: { type: string; coordinates: unknown }) => {
  const move = (c: unknown): unknown =>
    Array.isArray(c) ? (typeof c[0] === 'number' ? [c[0] + 100, c[1]] : c.map(move)) : c;
  return { ...g, coordinates: move(g.coordinates) };
};

/** Bytes of a PNG header and noise, decoded the way `fetch().text()` decodes them (invalid UTF-8 → U+FFFD). */
const BINARY = new TextDecoder().decode(
  Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...Array.from({ length: 600 }, (_, i) => (i * 151 + 7) % 256)
  ])
);
const HTML_PAGE =
  '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>\n';
const GARBAGE = 'Lorem ipsum dolor sit amet; consectetur adipiscing elit\nsed do eiusmod tempor\n';

describe('the real files', () => {
  it('every file is clean: all records kept, no report to show', () => {
    for (const r of REAL.reports) {
      expect(fileStatus(r), r.file).toBe('ok');
      expect(r.kept, r.file).toBe(r.found);
      expect(r.found, r.file).toBeGreaterThan(0);
    }
    expect(visibleReports(REAL.reports, 'en')).toEqual([]);
  });
  it('the counts the build ships (virtual:geodata-expected) are the records the dataset counts', () => {
    expect(expectedRecords()).toEqual(EXPECTED);
  });
});

describe.each(GEODATA_KEYS)('%s', (key) => {
  const file = GEODATA_FILES[key];
  const n = EXPECTED[key];
  const unit = UNIT(key);
  const csv = CSV_KEYS.includes(key);
  const format = csv ? 'CSV' : 'JSON';
  const failedWith = (h: string, why: RegExp) => {
    expect(h.startsWith(`${file}: 0 of ${n} `), h).toBe(true);
    expect(h).toMatch(new RegExp(`^${file.replace('.', '\\.')}: 0 of ${n} ${unit} could be read — `));
    expect(h).toMatch(why);
  };

  it('unreachable', () => {
    const b = broken(key, { failure: { kind: 'unreachable', detail: 'Failed to fetch' } });
    expect(b.status).toBe('failed');
    failedWith(b.headline, /the server could not be reached \(Failed to fetch\)$/);
  });
  it('HTTP 404 and 500', () => {
    let b = broken(key, { failure: { kind: 'http', status: 404 } });
    expect(b.status).toBe('failed');
    failedWith(b.headline, /the server answered HTTP 404 — file not found$/);
    b = broken(key, { failure: { kind: 'http', status: 500 } });
    failedWith(b.headline, /the server answered HTTP 500$/);
  });
  it('no answer in time', () => {
    failedWith(broken(key, { failure: { kind: 'timeout', seconds: 30 } }).headline, /no answer within 30 s$/);
  });
  it('empty, or only blank lines', () => {
    for (const text of ['', ' \n\n\t\n']) {
      const b = broken(key, { text });
      expect(b.status).toBe('failed');
      failedWith(b.headline, /the file is empty$/);
    }
  });
  it('garbage text', () => {
    const b = broken(key, { text: GARBAGE });
    expect(b.status).toBe('failed');
    failedWith(b.headline, new RegExp(`the file is not ${format}$`));
  });
  it('binary data', () => {
    failedWith(
      broken(key, { text: BINARY }).headline,
      new RegExp(`the file is not ${format} \\(it is binary data\\)$`)
    );
  });
  it('an HTML error page', () => {
    failedWith(
      broken(key, { text: HTML_PAGE }).headline,
      new RegExp(`the file is not ${format} \\(it is an HTML page\\)$`)
    );
  });
  it('the wrong columns or shape', () => {
    if (csv) {
      const [header, ...rest] = TEXTS[key].split('\n');
      const cols = (header as string).split(',');
      const renamed = [`${cols[0]}_x`, ...cols.slice(1, -1), 'zzz'].join(',');
      const b = broken(key, { text: [renamed, ...rest].join('\n') });
      expect(b.status).toBe('failed');
      failedWith(b.headline, new RegExp(`the header lacks the columns ${cols[0]}, ${cols.at(-1)}$`));
      // JSON where CSV belongs.
      failedWith(broken(key, { text: TEXTS.flows }).headline, /the file is not CSV \(it is JSON\)$/);
    } else {
      const b = broken(key, { text: isList(key) ? '{"flows": []}' : '[]' });
      expect(b.status).toBe('failed');
      failedWith(
        b.headline,
        isList(key)
          ? new RegExp(`the file is not a list of ${GEODATA_UNITS[key]}$`)
          : /the file is not a GeoJSON FeatureCollection$/
      );
    }
  });
  it('every record invalid: an error, never an empty dataset', () => {
    const text = csv
      ? csvWith(key, 'id', '', () => true)
      : isList(key)
        ? listWith(key, () => true)
        : geojsonWith(
            key,
            (g) => ({ ...g, coordinates: 'x' }),
            () => true
          );
    const b = broken(key, { text });
    expect(b.status).toBe('failed');
    const what = csv || isList(key) ? 'with invalid values' : 'with invalid geometry';
    const field = csv ? 'id' : (LIST_FIELD[key] ?? 'geometry');
    const where = csv ? 'row 2' : `${PLACE(key)} 1`;
    failedWith(b.headline, new RegExp(`${n} ${what} \\(first: ${where}, field "${field}[^"]*"\\)$`));
  });
  it('some records invalid: the count of what was dropped, the first one located', () => {
    if (n < 2) return; // a one-record file has no "some"; see "every record invalid"
    const text = csv
      ? csvWith(key, 'id', '', (i) => i === 1)
      : isList(key)
        ? listWith(key, (i) => i === 1)
        : geojsonWith(
            key,
            (g) => ({ ...g, coordinates: [[1, 2]] }),
            (i) => i === 1
          );
    const b = broken(key, { text });
    expect(b.status).toBe('partial');
    expect(b.r.kept).toBeLessThanOrEqual(n - 1);
    const what = csv || isList(key) ? 'with invalid values' : 'with invalid geometry';
    expect(b.headline).toMatch(
      new RegExp(`^${file.replace('.', '\\.')}: 1 of ${n} ${unit} dropped — 1 ${what} \\(first: `)
    );
    expect(b.headline).toMatch(
      csv
        ? /first: row 3, field "id"/
        : isList(key)
          ? new RegExp(`first: ${PLACE(key)} 2, field "${LIST_FIELD[key] ?? ''}"`)
          : /first: feature \d+, field "geometry/
    );
  });
  it('truncated to half', () => {
    const b = broken(key, { text: TEXTS[key].slice(0, Math.floor(TEXTS[key].length / 2)) });
    if (csv) {
      // The first half is kept and the loss is stated: cut in the middle of a row, or short of the published count.
      expect(b.status).toBe('partial');
      expect(b.r.kept).toBeLessThan(n);
      expect(b.r.kept).toBeGreaterThan(0);
      expect(b.headline).toMatch(
        new RegExp(
          `^${file.replace('.', '\\.')}: ${n - b.r.kept} of ${n} rows dropped — the file (is cut off in line \\d+|holds \\d+ of the ${n} rows it was published with — cut off or shortened)$`
        )
      );
    } else {
      expect(b.status).toBe('failed');
      failedWith(b.headline, /the file is cut off before its end$/);
    }
  });
  if (csv) {
    it('cut at a row boundary: found by the published count', () => {
      const lines = TEXTS[key].split('\n');
      const text = lines.slice(0, Math.ceil(lines.length / 2)).join('\n') + '\n';
      const b = broken(key, { text });
      expect(b.status).toBe('partial');
      expect(b.headline).toMatch(
        new RegExp(
          `rows dropped — the file holds ${b.r.found} of the ${n} rows it was published with — cut off or shortened$`
        )
      );
    });
    it('cut in the middle of a row or of a quoted field: found without the published count', () => {
      const lines = TEXTS[key].split('\n');
      const at = lines.slice(0, 5).join('\n').length + 1; // start of line 6
      const midRow = buildDataset({ ...TEXTS, [key]: TEXTS[key].slice(0, at + 5) });
      expect(reportHeadline(reportOf(midRow.reports, key), 'en')).toMatch(/ dropped — the file is cut off in line 6$/);
      const quote = TEXTS[key].indexOf(',"', at);
      if (quote < 0) return; // a file without quoted fields cannot be cut inside one
      const inQuote = buildDataset({ ...TEXTS, [key]: TEXTS[key].slice(0, quote + 4) });
      const line = TEXTS[key].slice(0, quote).split('\n').length;
      expect(reportHeadline(reportOf(inQuote.reports, key), 'en')).toMatch(
        new RegExp(`the file is cut off in line ${line}$`)
      );
    });
  }
  if (GEOJSON_KEYS.includes(key)) {
    it('geometry outside the map region', () => {
      const one = broken(key, { text: geojsonWith(key, shift, (i) => i === 0) });
      expect(one.headline).toMatch(
        new RegExp(
          `^${file.replace('.', '\\.')}: ${n === 1 ? '0' : '1'} of ${n} features? ${n === 1 ? 'could be read' : 'dropped'} — 1 outside the map's region \\(first: feature \\d+, field "geometry.coordinates"\\)$`
        )
      );
      expect(one.d.issues.find((i) => i.file === file)?.message).toMatch(
        /outside the map's region \(longitude 10…90, latitude 20…60\)/
      );
      const all = broken(key, { text: geojsonWith(key, shift, () => true) });
      expect(all.status).toBe('failed');
      failedWith(all.headline, new RegExp(`${n} outside the map's region`));
    });
  }

  it('the page says what still works, in English and Russian', () => {
    const b = broken(key, { failure: { kind: 'http', status: 404 } });
    expect(reportConsequence(b.r, 'en')).toMatch(/\w{4}/);
    expect(reportConsequence(b.r, 'ru')).toMatch(/[а-я]{4}/);
    expect(reportHeadline(b.r, 'ru')).toMatch(
      new RegExp(`^${file.replace('.', '\\.')}: прочитано 0 из ${n} \\S+ — сервер ответил HTTP 404 — файл не найден$`)
    );
  });

  it('the other files are still built: no other file fails', () => {
    const b = broken(key, { text: GARBAGE });
    for (const r of b.d.reports) if (r.key !== key) expect(fileStatus(r), r.file).not.toBe('failed');
    if (key !== 'figures') expect(b.d.figures.length).toBeGreaterThan(0);
    if (key !== 'places') expect(b.d.places.size).toBeGreaterThan(0);
  });
});

describe('dependent files', () => {
  it('a lost source drops the figures citing it, and both files say so', () => {
    const victim = REAL.figures[0]?.source as string;
    const b = broken('sources', {
      text: csvWith('sources', 'id', 'zz-gone', (i) => i === [...REAL.sources.keys()].indexOf(victim))
    });
    expect(b.status).toBe('ok'); // the row itself is valid…
    const figures = reportOf(b.d.reports, 'figures');
    expect(fileStatus(figures)).toBe('partial'); // …but the figures citing the old id lose their source
    expect(reportHeadline(figures, 'en')).toMatch(
      /^figures\.csv: \d+ of \d+ rows dropped — \d+ referring to unknown entries \(first: row \d+, field "source"\)$/
    );
  });
  it('a lost route file drops the flow drawn along it, named in flows.json', () => {
    const b = broken('btc', { failure: { kind: 'http', status: 404 } });
    expect(reportHeadline(reportOf(b.d.reports, 'flows'), 'en')).toMatch(
      new RegExp(
        `^flows\\.json: 1 of ${EXPECTED.flows} flows dropped — 1 referring to unknown entries \\(first: flow \\d, field "draw"\\)$`
      )
    );
  });
  it('the Russian counts agree with the number', () => {
    const one = broken('btc', { text: '' });
    expect(reportHeadline(one.r, 'ru')).toBe('btc.geojson: прочитано 0 из 1 объекта — файл пуст');
    const many = broken('figures', { text: '' });
    expect(reportHeadline(many.r, 'ru')).toBe(`figures.csv: прочитано 0 из ${EXPECTED.figures} строк — файл пуст`);
  });
  it('without a published count a failed file still names itself', () => {
    const d = buildDataset({ ...TEXTS, figures: undefined }, { figures: { kind: 'http', status: 404 } });
    expect(reportHeadline(reportOf(d.reports, 'figures'), 'en')).toBe(
      'figures.csv could not be read — the server answered HTTP 404 — file not found'
    );
  });
  it('failed files are listed before files that lost some rows', () => {
    const d = buildDataset(
      { ...TEXTS, milestones: csvWith('milestones', 'id', '', (i) => i === 0), places: '' },
      {},
      EXPECTED
    );
    expect(visibleReports(d.reports, 'en').map((v) => [v.file, v.status])).toEqual([
      ['places.geojson', 'failed'],
      ['milestones.csv', 'partial']
    ]);
  });
});

describe('loadDataset: what fetch can do', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const answer = (byFile: (file: string) => Response | Promise<Response>) =>
    vi.stubGlobal('fetch', (url: string) => {
      const key = GEODATA_KEYS.find((k) => GEODATA_URLS[k] === url) as GeodataKey;
      return byFile(GEODATA_FILES[key]);
    });

  it('a 404, a refused connection and a garbage answer are each named; the other files load', async () => {
    answer((file) => {
      if (file === 'figures.csv') return new Response('<html><body>Not Found</body></html>', { status: 404 });
      if (file === 'sources.csv') return Promise.reject(new TypeError('Failed to fetch'));
      if (file === 'btk.geojson') return new Response('garbage');
      return new Response(TEXTS[GEODATA_KEYS.find((k) => GEODATA_FILES[k] === file) as GeodataKey]);
    });
    const d = await loadDataset();
    expect(visibleReports(d.reports, 'en').map((v) => v.headline)).toEqual([
      `figures.csv: 0 of ${EXPECTED.figures} rows could be read — the server answered HTTP 404 — file not found`,
      `sources.csv: 0 of ${EXPECTED.sources} rows could be read — the server could not be reached (Failed to fetch)`,
      'btk.geojson: 0 of 1 feature could be read — the file is not JSON',
      // BTK cargo is drawn along the BTK line: without the line, that flow is lost too, and said so.
      `flows.json: 1 of ${EXPECTED.flows} flows dropped — 1 referring to unknown entries (first: flow ${
        (JSON.parse(TEXTS.flows) as { draw: string }[]).findIndex((f) => f.draw === 'route:btk') + 1
      }, field "draw")`
    ]);
    expect(d.places.size).toBe(REAL.places.size);
  });

  it('a file that never answers is reported after the timeout instead of loading forever', async () => {
    vi.useFakeTimers();
    // milestones.csv never answers; only the loader's abort can end its request.
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      const key = GEODATA_KEYS.find((k) => GEODATA_URLS[k] === url) as GeodataKey;
      if (key !== 'milestones') return Promise.resolve(new Response(TEXTS[key]));
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    });
    const pending = loadDataset();
    await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_S * 1000 + 1);
    const d = await pending;
    expect(reportHeadline(reportOf(d.reports, 'milestones'), 'en')).toBe(
      `milestones.csv: 0 of ${EXPECTED.milestones} rows could be read — no answer within ${FETCH_TIMEOUT_S} s`
    );
    expect(d.figures.length).toBe(REAL.figures.length);
  });

  it('Retry fetches past the HTTP cache', async () => {
    const modes: (RequestCache | undefined)[] = [];
    vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
      modes.push(init?.cache);
      const key = GEODATA_KEYS.find((k) => GEODATA_URLS[k] === url) as GeodataKey;
      return Promise.resolve(new Response(TEXTS[key]));
    });
    await loadDataset();
    await loadDataset({ reload: true });
    expect(modes.slice(0, GEODATA_KEYS.length).every((m) => m === 'default')).toBe(true);
    expect(modes.slice(GEODATA_KEYS.length).every((m) => m === 'reload')).toBe(true);
  });
});

describe('the basemap, which MapLibre loads: its error becomes a report like any data file', () => {
  it.each<[string, { status?: unknown; message?: unknown } | undefined, string]>([
    [
      'HTTP 404',
      { status: 404, message: 'AJAXError: Not Found (404): http://127.0.0.1/basemap/basemap.geojson' },
      'basemap.geojson could not be read — the server answered HTTP 404 — file not found'
    ],
    [
      'cut off',
      { message: 'Unexpected end of JSON input' },
      'basemap.geojson could not be read — the file is cut off before its end'
    ],
    [
      'not JSON',
      { message: 'Unexpected token \'L\', "Lorem ipsum" is not valid JSON' },
      'basemap.geojson could not be read — the file is not JSON'
    ],
    [
      'an HTML page',
      { message: 'Unexpected token \'<\', "<!doctype "... is not valid JSON' },
      'basemap.geojson could not be read — the file is not JSON (it is an HTML page)'
    ],
    [
      'JSON but not GeoJSON',
      { message: 'Input data is not a valid GeoJSON object.' },
      'basemap.geojson could not be read — the file is not a GeoJSON FeatureCollection'
    ],
    [
      'no answer',
      { message: 'Failed to fetch' },
      'basemap.geojson could not be read — the server could not be reached (Failed to fetch)'
    ],
    [
      'no error object',
      undefined,
      'basemap.geojson could not be read — the server could not be reached (unknown error)'
    ]
  ])('%s', (_name, error, headline) => {
    const [shown] = visibleReports([basemapReport(sourceFailure(error))], 'en');
    expect(shown?.status).toBe('failed');
    expect(shown?.headline).toBe(headline);
    expect(shown?.consequence).toMatch(/^The map has no land, seas or borders under the corridor/);
    expect(visibleReports([basemapReport(sourceFailure(error))], 'ru')[0]?.consequence).toMatch(/^Под коридором нет/);
  });
});
