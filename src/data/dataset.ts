// Assembles the validated dataset from the raw text of the geodata files, with cross-file reference checks.
import { z } from 'zod';
import { parseCsv } from './csv';
import {
  figureSchema,
  flowSchema,
  lineFeatureSchema,
  measureSchema,
  milestoneSchema,
  placeSchema,
  sourceSchema,
  type Figure,
  type Flow,
  type LineFeature,
  type Measure,
  type Milestone,
  type Place,
  type Source
} from './schema';
import { validateRows, type DataIssue } from './validate';

/** The geodata files the app reads, by role. Keys double as the names shown in error messages. */
export const GEODATA_FILES = {
  figures: 'figures.csv',
  measures: 'measures.csv',
  sources: 'sources.csv',
  milestones: 'milestones.csv',
  flows: 'flows.json',
  places: 'places.geojson',
  btc: 'btc.geojson',
  btk: 'btk.geojson',
  lanes: 'sea_lanes.geojson',
  context: 'pipelines_context.geojson'
} as const;
export type GeodataKey = keyof typeof GEODATA_FILES;

export interface Dataset {
  figures: Figure[];
  /** Every measure by id: what exactly a figure row counts. */
  measures: Map<string, Measure>;
  sources: Map<string, Source>;
  milestones: Milestone[];
  flows: Flow[];
  places: Map<string, Place>;
  /** Line features by id: btc, btk, aktau_alat, kuryk_alat and the context pipelines. */
  lines: Map<string, LineFeature>;
  contextPipelineIds: string[];
  issues: DataIssue[];
}

const featureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

function parseJson(file: string, text: string, issues: DataIssue[]): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    issues.push({ file, row: 0, field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
    return undefined;
  }
}

function features(file: string, text: string | undefined, issues: DataIssue[]): unknown[] {
  if (text === undefined) return [];
  const json = parseJson(file, text, issues);
  if (json === undefined) return [];
  const fc = featureCollection.safeParse(json);
  if (!fc.success) {
    issues.push({ file, row: 0, field: '(file)', message: 'not a GeoJSON FeatureCollection' });
    return [];
  }
  return fc.data.features;
}

const isLine = (f: unknown) => {
  const t = (f as { geometry?: { type?: string } })?.geometry?.type;
  return t === 'LineString' || t === 'MultiLineString';
};

/**
 * Builds the dataset from file texts. A missing file (undefined) or a malformed row is reported in `issues`;
 * everything that is valid is kept, so one bad row never blanks the map.
 */
export function buildDataset(
  texts: Partial<Record<GeodataKey, string>>,
  missing: Partial<Record<GeodataKey, string>> = {}
): Dataset {
  const issues: DataIssue[] = [];
  for (const [key, why] of Object.entries(missing))
    issues.push({ file: GEODATA_FILES[key as GeodataKey], row: 0, field: '(file)', message: why });

  // Each kept row comes with its line in the file, so the cross-file checks below name the right line.
  const csv = <S extends z.ZodType>(key: GeodataKey, schema: S): { rows: z.infer<S>[]; lines: number[] } => {
    const text = texts[key];
    if (text === undefined) return { rows: [], lines: [] };
    const r = parseCsv(GEODATA_FILES[key], text, schema);
    issues.push(...r.issues);
    return r;
  };
  const { rows: figuresRaw, lines: figureLines } = csv('figures', figureSchema) as { rows: Figure[]; lines: number[] };
  const sourcesList: Source[] = csv('sources', sourceSchema).rows;
  const measures = new Map(csv('measures', measureSchema).rows.map((m) => [m.id, m]));
  const { rows: milestonesRaw, lines: milestoneLines } = csv('milestones', milestoneSchema) as {
    rows: Milestone[];
    lines: number[];
  };

  let flowsRaw: Flow[] = [];
  let flowLines: number[] = [];
  if (texts.flows !== undefined) {
    const json = parseJson(GEODATA_FILES.flows, texts.flows, issues);
    if (Array.isArray(json)) {
      const v = validateRows(GEODATA_FILES.flows, json, flowSchema, (i) => i + 1);
      flowsRaw = v.rows;
      flowLines = v.lines;
      issues.push(...v.issues);
    } else if (json !== undefined)
      issues.push({ file: GEODATA_FILES.flows, row: 0, field: '(file)', message: 'must be a JSON array of flows' });
  }

  const placeV = validateRows(
    GEODATA_FILES.places,
    features(GEODATA_FILES.places, texts.places, issues),
    placeSchema,
    (i) => i + 1
  );
  issues.push(...placeV.issues);
  const places = new Map(placeV.rows.map((p) => [p.properties.id, p]));

  const lines = new Map<string, LineFeature>();
  const contextPipelineIds: string[] = [];
  for (const key of ['btc', 'btk', 'lanes', 'context'] as const) {
    const file = GEODATA_FILES[key];
    // Point features (e.g. waypoints) are skipped, but issues still give the feature's position in the whole file.
    const all = features(file, texts[key], issues);
    const at = all.flatMap((f, i) => (isLine(f) ? [i] : []));
    const v = validateRows(
      file,
      at.map((i) => all[i]),
      lineFeatureSchema,
      (i) => (at[i] ?? i) + 1
    );
    issues.push(...v.issues);
    for (const f of v.rows) {
      lines.set(f.properties.id, f);
      if (key === 'context') contextPipelineIds.push(f.properties.id);
    }
  }

  // Cross-file references: a figure citing an unknown source, or a flow between unknown places, is reported and dropped.
  const sources = new Map(sourcesList.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const figures = figuresRaw.filter((f, i) => {
    if (seen.has(f.id)) {
      issues.push({
        file: GEODATA_FILES.figures,
        row: figureLines[i] ?? i + 2,
        field: 'id',
        message: `duplicate id "${f.id}"`
      });
      return false;
    }
    seen.add(f.id);
    if (sourcesList.length && !sources.has(f.source)) {
      issues.push({
        file: GEODATA_FILES.figures,
        row: figureLines[i] ?? i + 2,
        field: 'source',
        message: `unknown source "${f.source}" (not in sources.csv)`
      });
      return false;
    }
    const measure = measures.get(f.measure);
    if (measures.size && (!measure || measure.unit !== f.unit)) {
      issues.push({
        file: GEODATA_FILES.figures,
        row: figureLines[i] ?? i + 2,
        field: 'measure',
        message: measure
          ? `unit "${f.unit}" differs from measure "${f.measure}" (${measure.unit})`
          : `unknown measure "${f.measure}" (not in measures.csv)`
      });
      return false;
    }
    return true;
  });
  const milestones = milestonesRaw.filter((m, i) => {
    if (sourcesList.length && !sources.has(m.source)) {
      issues.push({
        file: GEODATA_FILES.milestones,
        row: milestoneLines[i] ?? i + 2,
        field: 'source',
        message: `unknown source "${m.source}"`
      });
      return false;
    }
    return true;
  });
  const flows = flowsRaw.filter((f, i) => {
    for (const end of ['from', 'to'] as const)
      if (places.size && !places.has(f[end])) {
        issues.push({
          file: GEODATA_FILES.flows,
          row: flowLines[i] ?? i + 1,
          field: end,
          message: `unknown place "${f[end]}"`
        });
        return false;
      }
    if (measures.size && !measures.has(f.measure)) {
      issues.push({
        file: GEODATA_FILES.flows,
        row: flowLines[i] ?? i + 1,
        field: 'measure',
        message: `unknown measure "${f.measure}"`
      });
      return false;
    }
    const route = f.draw.startsWith('route:') ? f.draw.slice(6) : null;
    if (route && lines.size && !lines.has(route)) {
      issues.push({
        file: GEODATA_FILES.flows,
        row: flowLines[i] ?? i + 1,
        field: 'draw',
        message: `unknown route "${route}"`
      });
      return false;
    }
    return true;
  });
  return { figures, measures, sources, milestones, flows, places, lines, contextPipelineIds, issues };
}
