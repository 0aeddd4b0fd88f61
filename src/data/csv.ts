// CSV parsing for the geodata tables (RFC 4180 via papaparse: quotes inside quoted fields, embedded newlines), with
// the checks that tell a broken file from a broken row: a header without the expected columns, a file cut off mid-row.
import Papa from 'papaparse';
import { z } from './zod';
import { validateRows, type DataIssue, type Validated } from './validate';

export interface CsvResult<T> extends Validated<T> {
  /** Data records in the file (valid or not; the header is not one). */
  records: number;
  /** Columns the schema needs that the header lacks; when any is missing no row is validated. */
  missingColumns: string[];
  /** Line where an incomplete last row starts, when the text stops in the middle of a row (a cut-off file). */
  cutOffAt: number | null;
}

/** Papa's errors that an unfinished last row produces: too few fields, or a quoted field never closed. */
const INCOMPLETE = new Set(['TooFewFields', 'MissingQuotes', 'InvalidQuotes']);

/** The columns a row schema reads: the keys of a zod object (other schemas check no header). */
export function schemaColumns(schema: z.core.$ZodType): string[] {
  // The core class, so that an object schema of either zod/mini or the full zod build counts.
  return schema instanceof z.core.$ZodObject ? Object.keys(schema._zod.def.shape) : [];
}

/** Never throws: whatever the text, the result names each problem by line (header = line 1) and field. */
export function parseCsv<S extends z.core.$ZodType>(file: string, text: string, schema: S): CsvResult<z.infer<S>> {
  const src = text.replace(/^\uFEFF/, '');
  const issues: DataIssue[] = [];
  const header = (Papa.parse<string[]>(src, { preview: 1, delimiter: ',' }).data[0] ?? []).map((h) => h.trim());
  const missingColumns = schemaColumns(schema).filter((c) => !header.includes(c));
  for (const c of missingColumns)
    issues.push({
      file,
      row: 1,
      field: c,
      message: `column missing from the header (it has: ${header.slice(0, 8).join(', ').slice(0, 120) || 'nothing'})`
    });
  const good: Record<string, string>[] = [];
  const goodLines: number[] = [];
  // Line numbers count physical lines (header is line 1), so blank lines and line breaks inside quoted fields are
  // counted. Papa's cursor gives where each row ends; the next row starts at the next non-blank character.
  const headerEnd = src.indexOf('\n');
  let cursor = headerEnd < 0 ? src.length : headerEnd + 1;
  let line = 2;
  let lineAt = cursor;
  let records = 0;
  // Whether the row read last stopped short (written in Papa's callback, so kept in an object TS does not narrow).
  const last = { incomplete: false };
  Papa.parse<Record<string, string>>(src, {
    header: true,
    delimiter: ',',
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim(),
    step: (r) => {
      const skip = src.slice(cursor).search(/\S/);
      const start = skip < 0 ? src.length : cursor + skip;
      for (let i = lineAt; i < start; i++) if (src.charCodeAt(i) === 10) line++;
      lineAt = start;
      cursor = Math.max(cursor, r.meta.cursor);
      records++;
      last.incomplete = r.errors.some((e) => INCOMPLETE.has(e.code));
      if (r.errors.length)
        for (const e of r.errors) issues.push({ file, row: line, field: '(row)', message: `${e.code}: ${e.message}` });
      else {
        good.push(r.data);
        goodLines.push(line);
      }
    }
  });
  // A complete file ends with a line break; one that stops inside its last row was cut off (a truncated download).
  const cutOffAt = last.incomplete && !/[\r\n]$/.test(src) ? line : null;
  if (missingColumns.length) return { rows: [], issues, lines: [], records, missingColumns, cutOffAt };
  const v = validateRows(file, good, schema, (i) => goodLines[i] ?? i + 2);
  return { rows: v.rows, issues: [...issues, ...v.issues], lines: v.lines, records, missingColumns, cutOffAt };
}

/** A value a CSV cell can hold; null and undefined are written as an empty cell. */
export type CsvCell = string | number | boolean | null | undefined;

/** Serialises rows back to CSV with the given column order (used for per-port downloads). */
export function toCsv<K extends string>(columns: readonly K[], rows: readonly Readonly<Record<K, CsvCell>>[]): string {
  return (
    Papa.unparse(
      {
        fields: [...columns],
        data: rows.map((r) => columns.map((c) => String(r[c] ?? '')))
      },
      { newline: '\n' }
    ) + '\n'
  );
}
