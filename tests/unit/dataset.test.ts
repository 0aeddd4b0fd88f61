// Building the dataset from file texts: the real files are clean; a corrupt row is named by file, line and field
// and everything else is kept.
import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { z } from 'zod';
import { buildDataset, GEODATA_FILES, type GeodataKey } from '../../src/data/dataset';
import { parseCsv, toCsv } from '../../src/data/csv';
import { FIGURE_COLUMNS } from '../../src/data/columns';
import { figureSchema } from '../../src/data/schema';
import { formatIssue, type DataIssue } from '../../src/data/validate';
import type { FetchFailure } from '../../src/data/fileReport';
import { readGeodataTexts } from './helpers';

const TEXTS = readGeodataTexts();
const REAL = buildDataset(TEXTS);
const FIGURE_LINES = TEXTS.figures.split('\n');
const FIGURE_COUNT = Papa.parse(TEXTS.figures, { header: true, skipEmptyLines: 'greedy' }).data.length;

/** 1-based line of the figures.csv row with this id (the real file has one physical line per row). */
const lineOf = (lines: readonly string[], id: string) => lines.findIndex((l) => l.startsWith(`${id},`)) + 1;

/** figures.csv with one field of the row on `line` (1-based) replaced. */
function withField(text: string, line: number, field: (typeof FIGURE_COLUMNS)[number], value: string): string {
  const lines = text.split('\n');
  const cells = Papa.parse<string[]>(lines[line - 1] as string).data[0] as string[];
  cells[FIGURE_COLUMNS.indexOf(field)] = value;
  lines[line - 1] = Papa.unparse([cells], { newline: '\n' });
  return lines.join('\n');
}

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
const brief = (issues: readonly DataIssue[]) => issues.map((i) => ({ file: i.file, row: i.row, field: i.field }));

describe('the real geodata', () => {
  it('builds with no issue', () => {
    expect(REAL.issues.map(formatIssue)).toEqual([]);
  });
  it('keeps every row of every file', () => {
    expect(REAL.figures).toHaveLength(FIGURE_COUNT);
    expect(REAL.figures.length).toBeGreaterThan(150);
    expect(REAL.sources.size).toBe(Papa.parse(TEXTS.sources, { header: true, skipEmptyLines: 'greedy' }).data.length);
    expect(REAL.milestones).toHaveLength(
      Papa.parse(TEXTS.milestones, { header: true, skipEmptyLines: 'greedy' }).data.length
    );
    expect(REAL.flows).toHaveLength((JSON.parse(TEXTS.flows) as unknown[]).length);
    expect(REAL.places.size).toBe((JSON.parse(TEXTS.places) as { features: unknown[] }).features.length);
  });
  it('has the lines the app draws and the context pipelines', () => {
    for (const id of ['btc', 'btk', 'aktau_alat', 'kuryk_alat']) expect(REAL.lines.has(id), id).toBe(true);
    expect(REAL.contextPipelineIds.length).toBeGreaterThan(0);
    for (const id of REAL.contextPipelineIds) expect(REAL.lines.has(id)).toBe(true);
    expect(REAL.contextPipelineIds).not.toContain('btc');
  });
  it('parses typed values: numbers, nulls for empty cells, defaults', () => {
    for (const f of REAL.figures) {
      expect(f.value === null || typeof f.value === 'number').toBe(true);
      expect(typeof f.note).toBe('string');
    }
    for (const fl of REAL.flows) expect([1, -1]).toContain(fl.bow);
  });
  it('is unchanged by a byte-order mark or CRLF line ends', () => {
    const crlf = buildDataset({ ...TEXTS, figures: '\uFEFF' + TEXTS.figures.replace(/\n/g, '\r\n') });
    expect(crlf.issues).toEqual([]);
    expect(ids(crlf.figures)).toEqual(ids(REAL.figures));
    expect(crlf.figures[0]?.id).toBe(REAL.figures[0]?.id);
  });
});

describe('a corrupt figures.csv row', () => {
  const victim = REAL.figures[10]?.id as string;
  const line = lineOf(FIGURE_LINES, victim);

  it('value "abc": one issue naming file, line and field; every other row kept', () => {
    expect(line).toBe(12);
    const d = buildDataset({ ...TEXTS, figures: withField(TEXTS.figures, line, 'value', 'abc') });
    expect(brief(d.issues)).toEqual([{ file: 'figures.csv', row: line, field: 'value' }]);
    expect(d.issues[0]?.message).toMatch(/not a number/);
    expect(d.figures).toHaveLength(FIGURE_COUNT - 1);
    expect(ids(d.figures)).toEqual(ids(REAL.figures).filter((id) => id !== victim));
    // Nothing else is touched.
    expect(d.flows).toHaveLength(REAL.flows.length);
    expect(d.places.size).toBe(REAL.places.size);
  });

  it('the line number is right near the end of the file too', () => {
    const last = REAL.figures.at(-1)?.id as string;
    const l = lineOf(FIGURE_LINES, last);
    expect(l).toBe(FIGURE_COUNT + 1);
    const d = buildDataset({ ...TEXTS, figures: withField(TEXTS.figures, l, 'year', '20x4') });
    expect(brief(d.issues)).toEqual([{ file: 'figures.csv', row: l, field: 'year' }]);
  });

  it('an unknown status is named with the allowed ones', () => {
    const d = buildDataset({ ...TEXTS, figures: withField(TEXTS.figures, line, 'status', 'rumour') });
    expect(brief(d.issues)).toEqual([{ file: 'figures.csv', row: line, field: 'status' }]);
    expect(d.issues[0]?.message).toContain('actual');
    expect(d.figures).toHaveLength(FIGURE_COUNT - 1);
  });

  it('a figure citing an unknown source is reported and dropped', () => {
    const d = buildDataset({ ...TEXTS, figures: withField(TEXTS.figures, line, 'source', 'no-such-source') });
    expect(brief(d.issues)).toEqual([{ file: 'figures.csv', row: line, field: 'source' }]);
    expect(d.issues[0]?.message).toContain('no-such-source');
    expect(ids(d.figures)).not.toContain(victim);
    expect(d.figures).toHaveLength(FIGURE_COUNT - 1);
  });

  it('lines stay right when an invalid row precedes an unknown source or a duplicate id', () => {
    const later = REAL.figures[20]?.id as string;
    const laterLine = lineOf(FIGURE_LINES, later);
    let text = withField(TEXTS.figures, line, 'value', 'abc');
    text = withField(text, laterLine, 'source', 'no-such-source');
    text = withField(text, laterLine + 1, 'id', REAL.figures[0]?.id as string);
    const d = buildDataset({ ...TEXTS, figures: text });
    expect(brief(d.issues)).toEqual([
      { file: 'figures.csv', row: line, field: 'value' },
      { file: 'figures.csv', row: laterLine, field: 'source' },
      { file: 'figures.csv', row: laterLine + 1, field: 'id' }
    ]);
    expect(d.figures).toHaveLength(FIGURE_COUNT - 3);
  });

  it('a range without both ends and a value with a range are refused', () => {
    let d = buildDataset({
      ...TEXTS,
      figures: withField(withField(TEXTS.figures, line, 'value', ''), line, 'value_min', '5')
    });
    expect(brief(d.issues)).toEqual([{ file: 'figures.csv', row: line, field: 'value_max' }]);
    d = buildDataset({
      ...TEXTS,
      figures: withField(withField(TEXTS.figures, line, 'value_min', '1'), line, 'value_max', '2')
    });
    expect(brief(d.issues)).toEqual([{ file: 'figures.csv', row: line, field: 'value' }]);
  });

  it('a row with too many fields is reported as a row and the others kept', () => {
    const lines = [...FIGURE_LINES];
    lines[line - 1] = `${lines[line - 1]},extra`;
    const d = buildDataset({ ...TEXTS, figures: lines.join('\n') });
    expect(brief(d.issues)).toEqual([{ file: 'figures.csv', row: line, field: '(row)' }]);
    expect(d.figures).toHaveLength(FIGURE_COUNT - 1);
    expect(ids(d.figures)).not.toContain(victim);
  });
});

describe('milestones.csv', () => {
  it('a milestone citing an unknown source is named by its line and dropped', () => {
    const lines = TEXTS.milestones.split('\n');
    const d0 = REAL.milestones[5];
    const idx = lines.findIndex((l) => l.startsWith(`${d0?.id},`));
    expect(idx).toBe(6);
    const cells = Papa.parse<string[]>(lines[idx] as string).data[0] as string[];
    cells[5] = 'nobody';
    lines[idx] = Papa.unparse([cells], { newline: '\n' });
    const d = buildDataset({ ...TEXTS, milestones: lines.join('\n') });
    expect(brief(d.issues)).toEqual([{ file: 'milestones.csv', row: idx + 1, field: 'source' }]);
    expect(d.milestones).toHaveLength(REAL.milestones.length - 1);
  });
});

describe('CSV line numbers', () => {
  const schema = z.object({ id: z.string().min(1), n: z.coerce.number().int() });

  it('count blank lines and line breaks inside quoted fields', () => {
    const text = ['id,n', 'a,1', '', '"b', 'with a line break",2', '  ', 'c,x', 'd,4', ''].join('\n');
    const r = parseCsv('t.csv', text, schema);
    expect(r.rows.map((x) => x.id)).toEqual(['a', 'b\nwith a line break', 'd']);
    expect(brief(r.issues)).toEqual([{ file: 't.csv', row: 7, field: 'n' }]);
    expect(r.lines).toEqual([2, 4, 8]);
  });

  it('an unbalanced quote is reported at the line where it opens; rows before it are kept', () => {
    const text = ['id,n', 'a,1', 'b,2', '"c,3', 'd,4', 'e,5'].join('\n');
    const r = parseCsv('t.csv', text, schema);
    expect(r.rows.map((x) => x.id)).toEqual(['a', 'b']);
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.file === 't.csv' && i.row === 4 && i.field === '(row)')).toBe(true);
    expect(r.issues.some((i) => /MissingQuotes/.test(i.message))).toBe(true);
  });

  it('an unbalanced quote in the last field of a row is reported at that row', () => {
    const text = ['id,n', 'a,1', 'b,"2', 'c,3'].join('\n');
    const r = parseCsv('t.csv', text, schema);
    expect(r.rows.map((x) => x.id)).toEqual(['a']);
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.row === 3)).toBe(true);
  });

  it('an unbalanced quote in the real figures.csv names its line; rows above it and at the end are kept', () => {
    // A row without quotes of its own, so the stray quote is the only one on its line.
    const idx = FIGURE_LINES.findIndex((l, i) => i >= 30 && l.length > 0 && !l.includes('"'));
    expect(idx).toBeGreaterThan(0);
    const line = idx + 1;
    const victim = (FIGURE_LINES[idx] as string).split(',')[0] as string;
    const lines = [...FIGURE_LINES];
    lines[idx] = (lines[idx] as string).replace(`${victim},`, `${victim},"`);
    const d = buildDataset({ ...TEXTS, figures: lines.join('\n') });
    expect(d.issues.length).toBeGreaterThan(0);
    for (const i of d.issues)
      expect({ file: i.file, row: i.row, field: i.field }).toEqual({ file: 'figures.csv', row: line, field: '(row)' });
    const before = ids(REAL.figures).slice(0, ids(REAL.figures).indexOf(victim));
    expect(ids(d.figures).slice(0, before.length)).toEqual(before);
    expect(ids(d.figures)).not.toContain(victim);
    expect(d.figures.at(-1)?.id).toBe(REAL.figures.at(-1)?.id);
  });

  it('a file with only a header gives no rows and no issue', () => {
    expect(parseCsv('t.csv', 'id,n\n', schema)).toEqual({
      rows: [],
      issues: [],
      lines: [],
      records: 0,
      missingColumns: [],
      cutOffAt: null
    });
    expect(parseCsv('t.csv', 'id,n', schema).rows).toEqual([]);
  });
});

describe('toCsv', () => {
  it('round-trips awkward text through parseCsv', () => {
    const rows = [
      { id: 'a', n: '1', note: 'comma, "quotes"\nand a newline' },
      { id: 'b', n: '2', note: null }
    ];
    const text = toCsv(['id', 'n', 'note'], rows);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')[0]).toBe('id,n,note');
    const back = parseCsv('t.csv', text, z.object({ id: z.string(), n: z.string(), note: z.string() }));
    expect(back.issues).toEqual([]);
    expect(back.rows).toEqual([
      { id: 'a', n: '1', note: 'comma, "quotes"\nand a newline' },
      { id: 'b', n: '2', note: '' }
    ]);
  });
  it('writing real figures back gives rows that validate to the same figures', () => {
    const some = REAL.figures.slice(0, 25);
    const back = parseCsv('figures.csv', toCsv(FIGURE_COLUMNS, some), figureSchema);
    expect(back.issues).toEqual([]);
    expect(back.rows).toEqual(some);
  });
});

describe('flows.json and GeoJSON', () => {
  it('malformed JSON in flows.json: one file issue and the rest still built', () => {
    const d = buildDataset({ ...TEXTS, flows: TEXTS.flows.replace(/\]\s*$/, '') });
    expect(brief(d.issues)).toEqual([{ file: 'flows.json', row: 0, field: '(file)' }]);
    expect(d.issues[0]?.message).toMatch(/JSON/);
    expect(d.flows).toEqual([]);
    expect(d.figures).toHaveLength(FIGURE_COUNT);
    expect(d.places.size).toBe(REAL.places.size);
    expect(d.lines.size).toBe(REAL.lines.size);
  });
  it('flows.json that is not an array is refused as a file', () => {
    const d = buildDataset({ ...TEXTS, flows: '{"id":"x"}' });
    expect(brief(d.issues)).toEqual([{ file: 'flows.json', row: 0, field: '(file)' }]);
  });
  it('a flow with a bad field or an unknown place is named by its 1-based position and the others kept', () => {
    const flows = JSON.parse(TEXTS.flows) as Record<string, unknown>[];
    flows[1] = { ...flows[1], kind: 'gas' };
    flows[2] = { ...flows[2], to: 'atlantis' };
    const d = buildDataset({ ...TEXTS, flows: JSON.stringify(flows) });
    expect(brief(d.issues)).toEqual([
      { file: 'flows.json', row: 2, field: 'kind' },
      { file: 'flows.json', row: 3, field: 'to' }
    ]);
    expect(d.issues[1]?.message).toContain('atlantis');
    expect(ids(d.flows)).toEqual(ids(REAL.flows).filter((_, i) => i !== 1 && i !== 2));
  });
  it('a flow along an unknown route is dropped', () => {
    const flows = JSON.parse(TEXTS.flows) as Record<string, unknown>[];
    const i = flows.findIndex((f) => String(f.draw).startsWith('route:'));
    flows[i] = { ...flows[i], draw: 'route:nowhere' };
    const d = buildDataset({ ...TEXTS, flows: JSON.stringify(flows) });
    expect(brief(d.issues)).toEqual([{ file: 'flows.json', row: i + 1, field: 'draw' }]);
    expect(d.flows).toHaveLength(REAL.flows.length - 1);
  });
  it('a GeoJSON file that is not a FeatureCollection is refused as a file', () => {
    const d = buildDataset({ ...TEXTS, places: '{"type":"Feature"}' });
    expect(d.issues.filter((i) => i.file === 'places.geojson')).toEqual([
      { file: 'places.geojson', row: 0, field: '(file)', message: 'not a GeoJSON FeatureCollection' }
    ]);
    expect(d.places.size).toBe(0);
    // With no places at all, flows are not checked against them and are all kept.
    expect(d.flows).toHaveLength(REAL.flows.length);
  });
  it('a bad line feature is named by its position in the file, counting the point features before it', () => {
    const fc = JSON.parse(TEXTS.btk) as {
      features: { type: string; geometry: { type: string; coordinates: unknown } }[];
    };
    const line = fc.features.findIndex((f) => f.geometry.type === 'LineString');
    const point = fc.features.find((f) => f.geometry.type === 'Point');
    expect(point).toBeDefined();
    const broken = { ...fc.features[line], geometry: { type: 'LineString', coordinates: [[200, 40]] } };
    const features = [point, point, broken];
    const d = buildDataset({ ...TEXTS, btk: JSON.stringify({ type: 'FeatureCollection', features }) });
    const issues = d.issues.filter((i) => i.file === 'btk.geojson');
    expect(issues.length).toBeGreaterThan(0);
    for (const i of issues) expect(i.row).toBe(3);
    expect(d.lines.has('btk')).toBe(false);
  });
});

describe('what the map may draw where (flows.json, port_measures.json, corridor_measures.json)', () => {
  const edit = (text: string, i: number, over: Record<string, unknown>) => {
    const rows = JSON.parse(text) as Record<string, unknown>[];
    rows[i] = { ...rows[i], ...over };
    return JSON.stringify(rows);
  };
  it('the real files give flows, port circles and the corridor total', () => {
    expect(REAL.portMeasures.map((p) => p.place).sort()).toEqual(['aktau', 'alat', 'kuryk']);
    expect(REAL.corridorMeasures.map((c) => c.measure)).toEqual(['titr.cargo']);
  });
  it("a flow drawing a port's own count is refused: that belongs at the port", () => {
    const d = buildDataset({ ...TEXTS, flows: edit(TEXTS.flows, 0, { measure: 'kuryk.cargo' }) });
    expect(brief(d.issues)).toEqual([{ file: 'flows.json', row: 1, field: 'measure' }]);
    expect(d.issues[0]?.message).toMatch(/own count.*port_measures\.json/);
    expect(d.flows).toHaveLength(REAL.flows.length - 1);
  });
  it('a flow drawing a measure not counted in tonnes is refused', () => {
    const d = buildDataset({ ...TEXTS, flows: edit(TEXTS.flows, 0, { measure: 'btk.containers' }) });
    expect(brief(d.issues)).toEqual([{ file: 'flows.json', row: 1, field: 'measure' }]);
    expect(d.issues[0]?.message).toContain('TEU');
  });
  it.each([
    ['another entity’s measure', { measure: 'titr.cargo' }, 'measure', /belongs to titr/],
    ['a measure not in tonnes', { measure: 'aktau.capacity_cargo' }, 'measure', /t\/yr, not tonnes/],
    ['an unknown measure', { measure: 'aktau.nothing' }, 'measure', /unknown measure/],
    ['an unknown place', { place: 'atlantis' }, 'place', /unknown place/],
    ['a place that is not a port', { place: 'kars', measure: 'btk.cargo' }, 'place', /not a port/]
  ])('a port circle with %s is named by its position and dropped', (_name, over, field, message) => {
    const d = buildDataset({ ...TEXTS, ports: edit(TEXTS.ports, 1, over) });
    expect(brief(d.issues)).toEqual([{ file: 'port_measures.json', row: 2, field }]);
    expect(d.issues[0]?.message).toMatch(message);
    expect(d.portMeasures).toHaveLength(REAL.portMeasures.length - 1);
  });
  it('a port circle with a bad label direction is refused by the schema', () => {
    const d = buildDataset({ ...TEXTS, ports: edit(TEXTS.ports, 0, { label_dir: [3, 0] }) });
    expect(brief(d.issues)).toEqual([{ file: 'port_measures.json', row: 1, field: 'label_dir.0' }]);
  });
  it('a corridor total naming an unknown measure, or one not in tonnes, is dropped', () => {
    for (const measure of ['titr.nothing', 'titr.containers']) {
      const d = buildDataset({ ...TEXTS, corridor: edit(TEXTS.corridor, 0, { measure }) });
      expect(brief(d.issues)).toEqual([{ file: 'corridor_measures.json', row: 1, field: 'measure' }]);
      expect(d.corridorMeasures).toEqual([]);
    }
  });
  it('port_measures.json that is not an array is refused as a file, the rest still built', () => {
    const d = buildDataset({ ...TEXTS, ports: '{}' });
    expect(brief(d.issues)).toEqual([{ file: 'port_measures.json', row: 0, field: '(file)' }]);
    expect(d.portMeasures).toEqual([]);
    expect(d.flows).toHaveLength(REAL.flows.length);
  });
});

describe('missing files', () => {
  const without = (key: GeodataKey): Partial<Record<GeodataKey, string>> => {
    return Object.fromEntries(Object.entries(TEXTS).filter(([k]) => k !== key));
  };

  it('a missing file is reported and the rest still built', () => {
    const d = buildDataset(without('milestones'), { milestones: { kind: 'http', status: 404 } });
    expect(d.issues).toEqual([
      { file: 'milestones.csv', row: 0, field: '(file)', message: 'could not be loaded (HTTP 404)' }
    ]);
    expect(d.milestones).toEqual([]);
    expect(d.figures).toHaveLength(FIGURE_COUNT);
    expect(d.flows).toHaveLength(REAL.flows.length);
    expect(d.places.size).toBe(REAL.places.size);
  });

  it('a missing route file drops only the flows drawn along it', () => {
    const d = buildDataset(without('btc'), { btc: { kind: 'http', status: 404 } });
    expect(d.issues[0]).toEqual({
      file: 'btc.geojson',
      row: 0,
      field: '(file)',
      message: 'could not be loaded (HTTP 404)'
    });
    expect(d.lines.has('btc')).toBe(false);
    expect(d.lines.has('btk')).toBe(true);
    const routeFlows = REAL.flows.filter((f) => f.draw === 'route:btc');
    expect(routeFlows.length).toBeGreaterThan(0);
    expect(d.flows).toHaveLength(REAL.flows.length - routeFlows.length);
    for (const i of d.issues.slice(1))
      expect({ file: i.file, field: i.field }).toEqual({ file: 'flows.json', field: 'draw' });
  });

  it('without sources.csv the figures are kept unchecked', () => {
    const d = buildDataset(without('sources'), { sources: { kind: 'unreachable', detail: 'offline' } });
    expect(brief(d.issues)).toEqual([{ file: 'sources.csv', row: 0, field: '(file)' }]);
    expect(d.figures).toHaveLength(FIGURE_COUNT);
    expect(d.sources.size).toBe(0);
  });

  it('with no files at all it still returns an empty dataset and names every file', () => {
    const missing = Object.fromEntries(
      Object.keys(GEODATA_FILES).map((k) => [k, { kind: 'unreachable', detail: 'gone' }])
    ) as Record<GeodataKey, FetchFailure>;
    const d = buildDataset({}, missing);
    expect(d.issues.map((i) => i.file).sort()).toEqual(Object.values(GEODATA_FILES).sort());
    expect(d.figures).toEqual([]);
    expect(d.flows).toEqual([]);
    expect(d.places.size).toBe(0);
    expect(d.lines.size).toBe(0);
  });
});
