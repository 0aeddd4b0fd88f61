// How each geodata file fared when it was loaded: how many records it held, how many the app could use, and the one
// problem that explains the difference. The page states every report that is not clean; nothing is dropped silently.
import type { TextKind } from './sniff';

/** Why a file could not be fetched: no answer at all, an HTTP error status, or no answer in time. */
export type FetchFailure =
  { kind: 'unreachable'; detail: string } | { kind: 'http'; status: number } | { kind: 'timeout'; seconds: number };

/**
 * Why a record can be dropped: a value fails the row schema (`invalid`: wrong type, empty required field, unknown
 * status…); a feature's geometry is not a valid point or line (`geometry`); it lies outside the map's region
 * (`outside`); it refers to a source, measure, place or route that is not in its file (`reference`); it repeats an id
 * (`duplicate`).
 */
export const DROP_KINDS = ['invalid', 'geometry', 'outside', 'reference', 'duplicate'] as const;
export type DropKind = (typeof DROP_KINDS)[number];
/** Records dropped for each reason (a record is dropped once, for its first reason). */
export type DropReasons = Record<DropKind, number>;

export type FileProblem =
  | FetchFailure
  | { kind: 'empty' }
  /** The text is not the file's format: an HTML page, binary data, JSON where CSV belongs, or text without structure. */
  | { kind: 'wrong-format'; format: 'csv' | 'json'; looksLike: TextKind }
  /** A CSV header without some of the columns the app reads. */
  | { kind: 'wrong-columns'; missing: string[] }
  /** Valid JSON of the wrong shape: not a GeoJSON FeatureCollection, or a list file (flows.json…) not a list. */
  | { kind: 'wrong-shape'; expected: 'feature-collection' | 'list' }
  /** The text stops in the middle (of a CSV row at `line`, or of the JSON structure). */
  | { kind: 'cut-off'; line: number | null }
  /** Fewer records than the built app shipped: the file was cut at a row boundary or rows were removed. */
  | { kind: 'fewer-than-expected' }
  /** Records were read but some or all were dropped; `first` locates the first dropped one. */
  | { kind: 'rows-dropped'; reasons: DropReasons; first: { row: number; field: string } | null };

export type FileStatus = 'ok' | 'partial' | 'failed';

export interface FileReport {
  /** Role of the file in the dataset (`figures`, `places`…). */
  key: string;
  /** File name as the user knows it (`figures.csv`). */
  file: string;
  /** What a record is in this file, for messages: CSV rows, flows, port circles, corridor totals, GeoJSON features. */
  unit: 'rows' | 'flows' | 'port circles' | 'corridor totals' | 'features' | 'story steps';
  /** Records found in the text (0 when it could not be read). */
  found: number;
  /** Records the built app shipped in this file, when known: a shorter file was cut off or edited. */
  expected: number | null;
  /** Records the app uses. */
  kept: number;
  /** The main problem; null when every record is kept. */
  problem: FileProblem | null;
}

/** Records the file should have had: the larger of what was found and what the build shipped. */
export const reportTotal = (r: FileReport): number => Math.max(r.found, r.expected ?? 0);

/** `failed`: nothing usable (never an empty dataset); `partial`: some records lost; `ok`: everything kept. */
export function fileStatus(r: FileReport): FileStatus {
  if (r.kept === 0) return 'failed';
  if (r.kept < reportTotal(r) || r.problem !== null) return 'partial';
  return 'ok';
}

export const noDrops = (): DropReasons => ({ invalid: 0, geometry: 0, outside: 0, reference: 0, duplicate: 0 });

/** The basemap's file (public/basemap/), which MapLibre fetches itself: its report is made from the map's error. */
export const BASEMAP_FILE = 'basemap.geojson';

/**
 * What went wrong, from the error MapLibre gives for a GeoJSON source it could not load: an HTTP status (its
 * AJAXError), JSON that stops early or is not JSON at all (the worker's parse error), JSON that is not GeoJSON, or else
 * no answer (with the browser's words).
 */
export function sourceFailure(error: { status?: unknown; message?: unknown } | undefined): FileProblem {
  const message = typeof error?.message === 'string' ? error.message : 'unknown error';
  if (typeof error?.status === 'number' && error.status >= 400) return { kind: 'http', status: error.status };
  if (/GeoJSON/i.test(message)) return { kind: 'wrong-shape', expected: 'feature-collection' };
  if (/end of JSON input|Unterminated/i.test(message)) return { kind: 'cut-off', line: null };
  if (/JSON/.test(message))
    return { kind: 'wrong-format', format: 'json', looksLike: /'<'/.test(message) ? 'html' : 'text' };
  return { kind: 'unreachable', detail: message.slice(0, 200) };
}

/** The basemap's report: nothing of it could be drawn, for `problem`. */
export function basemapReport(problem: FileProblem): FileReport {
  return { key: 'basemap', file: BASEMAP_FILE, unit: 'features', found: 0, expected: null, kept: 0, problem };
}
