// Assembles the validated dataset from the raw text of the geodata files, with cross-file reference checks, and
// reports for every file how many records it held, how many are used and why the others are not.
import { z } from './zod';
import { parseCsv, schemaColumns } from './csv';
import {
  corridorMeasureSchema,
  figureSchema,
  flowSchema,
  lineFeatureSchema,
  measureSchema,
  milestoneSchema,
  placeSchema,
  portMeasureSchema,
  sourceSchema,
  type CorridorMeasure,
  type Figure,
  type Flow,
  type LineFeature,
  type Measure,
  type Milestone,
  type Place,
  type PortMeasure,
  type Source
} from './schema';
import { validateRows, type DataIssue } from './validate';
import { jsonEndsEarly, sniffText } from './sniff';
import { inRegion, REGION_TEXT } from './region';
import {
  DROP_KINDS,
  noDrops,
  type DropKind,
  type DropReasons,
  type FetchFailure,
  type FileProblem,
  type FileReport
} from './fileReport';

/** The geodata files the app reads, by role. Keys double as the names shown in error messages. */
export const GEODATA_FILES = {
  figures: 'figures.csv',
  measures: 'measures.csv',
  sources: 'sources.csv',
  milestones: 'milestones.csv',
  flows: 'flows.json',
  ports: 'port_measures.json',
  corridor: 'corridor_measures.json',
  places: 'places.geojson',
  btc: 'btc.geojson',
  btk: 'btk.geojson',
  lanes: 'sea_lanes.geojson',
  context: 'pipelines_context.geojson'
} as const;
export type GeodataKey = keyof typeof GEODATA_FILES;

/** What one record of each file is called on the page: CSV rows, flows, port circles, corridor totals, features. */
export const GEODATA_UNITS: Record<GeodataKey, FileReport['unit']> = {
  figures: 'rows',
  measures: 'rows',
  sources: 'rows',
  milestones: 'rows',
  flows: 'flows',
  ports: 'port circles',
  corridor: 'corridor totals',
  places: 'features',
  btc: 'features',
  btk: 'features',
  lanes: 'features',
  context: 'features'
};
export const GEODATA_KEYS = Object.keys(GEODATA_FILES) as GeodataKey[];

export interface Dataset {
  figures: Figure[];
  /** Every measure by id: what exactly a figure row counts. */
  measures: Map<string, Measure>;
  sources: Map<string, Source>;
  milestones: Milestone[];
  flows: Flow[];
  /** Port circles: each port's own throughput measure (geodata/port_measures.json). */
  portMeasures: PortMeasure[];
  /** Corridor-wide totals, shown for the whole corridor (geodata/corridor_measures.json). */
  corridorMeasures: CorridorMeasure[];
  places: Map<string, Place>;
  /** Line features by id: btc, btk, aktau_alat, kuryk_alat and the context pipelines. */
  lines: Map<string, LineFeature>;
  contextPipelineIds: string[];
  /** Every problem by file, row and field (the detail list). */
  issues: DataIssue[];
  /** One report per geodata file, in GEODATA_FILES order: found, kept, and the main problem. */
  reports: FileReport[];
}

/** What is known about one file while it is read; becomes its FileReport once the cross-file checks have run. */
interface Tally {
  found: number;
  problem: FileProblem | null;
  drops: DropReasons;
  first: { row: number; field: string } | null;
}

const featureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

const isLine = (f: unknown) => {
  const t = (f as { geometry?: { type?: string } } | null)?.geometry?.type;
  return t === 'LineString' || t === 'MultiLineString';
};

/** Every vertex of a point or line geometry. */
const vertices = (g: Place['geometry'] | LineFeature['geometry']): [number, number][] =>
  g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : g.coordinates.flat();

/**
 * Builds the dataset from file texts. A file that could not be fetched (`failures`), or whose text is broken, is
 * reported as a whole; a malformed row is reported in `issues` and dropped; everything valid is kept, so one bad row
 * never blanks the map. `expected` gives the record counts the build shipped, to notice files cut at a row boundary.
 * Never throws.
 */
export function buildDataset(
  texts: Partial<Record<GeodataKey, string>>,
  failures: Partial<Record<GeodataKey, FetchFailure>> = {},
  expected: Partial<Record<GeodataKey, number>> = {}
): Dataset {
  const issues: DataIssue[] = [];
  const tally = {} as Record<GeodataKey, Tally>;
  for (const k of GEODATA_KEYS) tally[k] = { found: 0, problem: null, drops: noDrops(), first: null };

  const fileIssue = (key: GeodataKey, problem: FileProblem, message: string) => {
    tally[key].problem = problem;
    issues.push({ file: GEODATA_FILES[key], row: 0, field: '(file)', message });
  };
  /** Records one dropped record: its reason and, if it is the first in the file, where it is. */
  const drop = (key: GeodataKey, reason: DropKind, row: number, field: string) => {
    const t = tally[key];
    t.drops[reason]++;
    if (!t.first || row < t.first.row) t.first = { row, field };
  };
  /** Counts the records a schema refused, one reason per record, from the issues it produced. */
  const dropRefused = (key: GeodataKey, refused: readonly DataIssue[]) => {
    const byRow = new Map<number, DataIssue[]>();
    for (const i of refused) byRow.set(i.row, [...(byRow.get(i.row) ?? []), i]);
    for (const [row, list] of byRow) {
      const geometry = list.find((i) => i.field.startsWith('geometry'));
      drop(key, geometry ? 'geometry' : 'invalid', row, (geometry ?? list[0])?.field ?? '(row)');
    }
  };

  /** The text of a file, or undefined (reported) when it was not fetched, is empty, or is not `format`. */
  const textOf = (key: GeodataKey, format: 'csv' | 'json'): string | undefined => {
    const text = texts[key];
    if (text === undefined) {
      const f = failures[key] ?? { kind: 'unreachable', detail: 'not loaded' };
      fileIssue(
        key,
        f,
        f.kind === 'http'
          ? `could not be loaded (HTTP ${f.status})`
          : f.kind === 'timeout'
            ? `could not be loaded (no answer in ${f.seconds} s)`
            : `could not be loaded (${f.detail})`
      );
      return undefined;
    }
    const kind = sniffText(text);
    if (kind === 'empty') {
      fileIssue(key, { kind: 'empty' }, 'the file is empty');
      return undefined;
    }
    if (kind === 'binary' || kind === 'html' || (format === 'csv' && kind === 'json')) {
      fileIssue(
        key,
        { kind: 'wrong-format', format, looksLike: kind },
        `not ${format.toUpperCase()}: it looks like ${kind === 'html' ? 'an HTML page' : kind === 'binary' ? 'binary data' : 'JSON'}`
      );
      return undefined;
    }
    return text;
  };

  // Each kept row comes with its line in the file, so the cross-file checks below name the right line.
  const csv = <S extends z.core.$ZodType>(key: GeodataKey, schema: S): { rows: z.infer<S>[]; lines: number[] } => {
    const text = textOf(key, 'csv');
    if (text === undefined) return { rows: [], lines: [] };
    const r = parseCsv(GEODATA_FILES[key], text, schema);
    issues.push(...r.issues);
    const t = tally[key];
    t.found = r.records;
    if (r.missingColumns.length) {
      // No header the app can read: "not CSV" when none of its columns is there, else the columns that are missing.
      t.problem =
        r.missingColumns.length === schemaColumns(schema).length
          ? { kind: 'wrong-format', format: 'csv', looksLike: 'text' }
          : { kind: 'wrong-columns', missing: r.missingColumns };
      return { rows: [], lines: [] };
    }
    if (r.cutOffAt !== null) t.problem = { kind: 'cut-off', line: r.cutOffAt };
    dropRefused(key, r.issues);
    return r;
  };

  /** Parses a JSON file; reports it (as cut off when it stops mid-way) and returns undefined when it is not JSON. */
  const json = (key: GeodataKey): unknown => {
    const text = textOf(key, 'json');
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      const message = (e as Error).message;
      if (sniffText(text) === 'json' && jsonEndsEarly(text))
        fileIssue(key, { kind: 'cut-off', line: null }, `the JSON stops before its end (${message})`);
      else fileIssue(key, { kind: 'wrong-format', format: 'json', looksLike: 'text' }, `not valid JSON: ${message}`);
      return undefined;
    }
  };

  const features = (key: GeodataKey): unknown[] => {
    const parsed = json(key);
    if (parsed === undefined) return [];
    const fc = featureCollection.safeParse(parsed);
    if (!fc.success) {
      fileIssue(key, { kind: 'wrong-shape', expected: 'feature-collection' }, 'not a GeoJSON FeatureCollection');
      return [];
    }
    return fc.data.features;
  };

  /** Validates features, then drops (and reports) those with a vertex outside the map's region. */
  const geoRows = <T extends Place | LineFeature>(
    key: GeodataKey,
    raw: unknown[],
    schema: z.core.$ZodType<T>,
    rowNumber: (i: number) => number
  ): T[] => {
    const file = GEODATA_FILES[key];
    tally[key].found = raw.length;
    const v = validateRows(file, raw, schema, rowNumber);
    issues.push(...v.issues);
    dropRefused(key, v.issues);
    const rows: T[] = [];
    v.rows.forEach((f, i) => {
      const row = v.lines[i] ?? i + 1;
      if (vertices(f.geometry).every(inRegion)) rows.push(f);
      else {
        issues.push({
          file,
          row,
          field: 'geometry.coordinates',
          message: `lies outside the map's region (${REGION_TEXT})`
        });
        drop(key, 'outside', row, 'geometry.coordinates');
      }
    });
    return rows;
  };

  const { rows: figuresRaw, lines: figureLines } = csv('figures', figureSchema);
  const sourcesList: Source[] = csv('sources', sourceSchema).rows;
  const measures = new Map(csv('measures', measureSchema).rows.map((m) => [m.id, m]));
  const { rows: milestonesRaw, lines: milestoneLines } = csv('milestones', milestoneSchema);

  /** A JSON file holding a list of records (flows, port circles, corridor totals), numbered from 1. */
  const jsonList = <S extends z.core.$ZodType>(key: GeodataKey, schema: S): { rows: z.infer<S>[]; lines: number[] } => {
    const parsed = json(key);
    if (!Array.isArray(parsed)) {
      if (parsed !== undefined)
        fileIssue(key, { kind: 'wrong-shape', expected: 'list' }, `must be a JSON array of ${GEODATA_UNITS[key]}`);
      return { rows: [], lines: [] };
    }
    tally[key].found = parsed.length;
    const v = validateRows(GEODATA_FILES[key], parsed, schema, (i) => i + 1);
    issues.push(...v.issues);
    dropRefused(key, v.issues);
    return { rows: v.rows, lines: v.lines };
  };
  const { rows: flowsRaw, lines: flowLines } = jsonList('flows', flowSchema);
  const { rows: portsRaw, lines: portLines } = jsonList('ports', portMeasureSchema);
  const { rows: corridorRaw, lines: corridorLines } = jsonList('corridor', corridorMeasureSchema);

  const places = new Map(
    geoRows('places', features('places'), placeSchema, (i) => i + 1).map((p) => [p.properties.id, p])
  );

  const lines = new Map<string, LineFeature>();
  const contextPipelineIds: string[] = [];
  const linesKept = { btc: 0, btk: 0, lanes: 0, context: 0 };
  for (const key of ['btc', 'btk', 'lanes', 'context'] as const) {
    // Point features (e.g. waypoints) are skipped, but issues still give the feature's position in the whole file.
    const all = features(key);
    const at = all.flatMap((f, i) => (isLine(f) ? [i] : []));
    const rows = geoRows(
      key,
      at.map((i) => all[i]),
      lineFeatureSchema,
      (i) => (at[i] ?? i) + 1
    );
    linesKept[key] = rows.length;
    for (const f of rows) {
      lines.set(f.properties.id, f);
      if (key === 'context') contextPipelineIds.push(f.properties.id);
    }
  }

  // Cross-file references: a figure citing an unknown source, or a flow between unknown places, is reported and
  // dropped. A file that could not be read at all is not held against the rows that refer to it.
  const refIssue = (key: GeodataKey, row: number, field: string, message: string, reason: DropKind) => {
    issues.push({ file: GEODATA_FILES[key], row, field, message });
    drop(key, reason, row, field);
  };
  const sources = new Map(sourcesList.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const figures = figuresRaw.filter((f, i) => {
    const row = figureLines[i] ?? i + 2;
    if (seen.has(f.id)) {
      refIssue('figures', row, 'id', `duplicate id "${f.id}"`, 'duplicate');
      return false;
    }
    seen.add(f.id);
    if (sourcesList.length && !sources.has(f.source)) {
      refIssue('figures', row, 'source', `unknown source "${f.source}" (not in sources.csv)`, 'reference');
      return false;
    }
    const measure = measures.get(f.measure);
    if (measures.size && (!measure || measure.unit !== f.unit)) {
      refIssue(
        'figures',
        row,
        'measure',
        measure
          ? `unit "${f.unit}" differs from measure "${f.measure}" (${measure.unit})`
          : `unknown measure "${f.measure}" (not in measures.csv)`,
        'reference'
      );
      return false;
    }
    return true;
  });
  const milestones = milestonesRaw.filter((m, i) => {
    if (sourcesList.length && !sources.has(m.source)) {
      refIssue('milestones', milestoneLines[i] ?? i + 2, 'source', `unknown source "${m.source}"`, 'reference');
      return false;
    }
    return true;
  });
  const flows = flowsRaw.filter((f, i) => {
    const row = flowLines[i] ?? i + 1;
    for (const end of ['from', 'to'] as const)
      if (places.size && !places.has(f[end])) {
        refIssue('flows', row, end, `unknown place "${f[end]}"`, 'reference');
        return false;
      }
    const m = measures.get(f.measure);
    const problem = !measures.size
      ? null
      : !m
        ? `unknown measure "${f.measure}"`
        : m.unit !== 't'
          ? `measure "${f.measure}" is counted in ${m.unit}, not tonnes`
          : places.has(m.entity)
            ? `measure "${f.measure}" is ${m.entity}'s own count, not a flow: draw it at the port (port_measures.json)`
            : null;
    if (problem) {
      refIssue('flows', row, 'measure', problem, 'reference');
      return false;
    }
    const route = f.draw.startsWith('route:') ? f.draw.slice(6) : null;
    if (route && lines.size && !lines.has(route)) {
      refIssue('flows', row, 'draw', `unknown route "${route}" (in no line file that could be read)`, 'reference');
      return false;
    }
    return true;
  });

  // A port circle stands at a port and draws that port's own count; a corridor total is a measure in tonnes.
  const portMeasures = portsRaw.filter((p, i) => {
    const row = portLines[i] ?? i + 1;
    const m = measures.get(p.measure);
    const place = places.get(p.place);
    const problem: [string, string] | null =
      places.size && !place
        ? ['place', `unknown place "${p.place}"`]
        : place && place.properties.map_role !== 'port'
          ? ['place', `"${p.place}" is not a port`]
          : measures.size && !m
            ? ['measure', `unknown measure "${p.measure}"`]
            : m && m.unit !== 't'
              ? ['measure', `measure "${p.measure}" is counted in ${m.unit}, not tonnes`]
              : m && m.entity !== p.place
                ? ['measure', `measure "${p.measure}" belongs to ${m.entity}, not to the port ${p.place}`]
                : null;
    if (problem) refIssue('ports', row, problem[0], problem[1], 'reference');
    return !problem;
  });
  const corridorMeasures = corridorRaw.filter((c, i) => {
    const m = measures.get(c.measure);
    const problem =
      measures.size && !m
        ? `unknown measure "${c.measure}"`
        : m && m.unit !== 't'
          ? `measure "${c.measure}" is counted in ${m.unit}, not tonnes`
          : null;
    if (problem) refIssue('corridor', corridorLines[i] ?? i + 1, 'measure', problem, 'reference');
    return !problem;
  });

  const kept: Record<GeodataKey, number> = {
    figures: figures.length,
    measures: measures.size,
    sources: sources.size,
    milestones: milestones.length,
    flows: flows.length,
    ports: portMeasures.length,
    corridor: corridorMeasures.length,
    places: places.size,
    ...linesKept
  };
  const reports = GEODATA_KEYS.map((key) => toReport(key, tally[key], kept[key], expected[key]));
  return {
    figures,
    measures,
    sources,
    milestones,
    flows,
    portMeasures,
    corridorMeasures,
    places,
    lines,
    contextPipelineIds,
    issues,
    reports
  };
}

/** The file's report: the structural problem if there was one, else a shortfall against the build, else the drops. */
function toReport(key: GeodataKey, t: Tally, kept: number, expected: number | undefined): FileReport {
  let problem = t.problem;
  const dropped = DROP_KINDS.reduce((sum, k) => sum + t.drops[k], 0);
  if (!problem && expected !== undefined && t.found < expected) problem = { kind: 'fewer-than-expected' };
  if (!problem && dropped > 0) problem = { kind: 'rows-dropped', reasons: t.drops, first: t.first };
  // A file that parses but holds nothing the app can use is an error, never an empty dataset.
  if (!problem && kept === 0) problem = { kind: 'empty' };
  return {
    key,
    file: GEODATA_FILES[key],
    unit: GEODATA_UNITS[key],
    found: t.found,
    expected: expected ?? null,
    kept,
    problem
  };
}
