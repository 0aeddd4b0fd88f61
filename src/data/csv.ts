// CSV parsing for the geodata tables (RFC 4180 via papaparse: quotes inside quoted fields, embedded newlines).
import Papa from 'papaparse';
import type { z } from 'zod';
import { validateRows, type DataIssue, type Validated } from './validate';

export function parseCsv<S extends z.ZodType>(file: string, text: string, schema: S): Validated<z.infer<S>> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy'
  });
  const issues: DataIssue[] = parsed.errors.map((e) => ({
    file,
    row: (e.row ?? -1) + 2,
    field: '(row)',
    message: `${e.code}: ${e.message}`
  }));
  const badRows = new Set(parsed.errors.map((e) => e.row));
  const good = parsed.data.map((r, i) => (badRows.has(i) ? null : r));
  // Line numbers: header is line 1, so data row i is line i + 2 (rows with embedded newlines are rare and quoted).
  const v = validateRows(file, good.filter((r) => r !== null), schema, (i) => i + 2);
  // Re-map indices after skipping malformed rows so reported lines stay right.
  const kept = good.map((r, i) => (r === null ? -1 : i)).filter((i) => i >= 0);
  for (const issue of v.issues) issue.row = (kept[issue.row - 2] ?? issue.row - 2) + 2;
  return { rows: v.rows, issues: [...issues, ...v.issues] };
}

/** Serialises rows back to CSV with the given column order (used for per-port downloads). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return Papa.unparse(
    { fields: [...columns], data: rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c])))) },
    { newline: '\n' }
  ) + '\n';
}
