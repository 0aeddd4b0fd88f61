// CSV parsing for the geodata tables (RFC 4180 via papaparse: quotes inside quoted fields, embedded newlines).
import Papa from 'papaparse';
import type { z } from 'zod';
import { validateRows, type DataIssue, type Validated } from './validate';

export function parseCsv<S extends z.ZodType>(file: string, text: string, schema: S): Validated<z.infer<S>> {
  const src = text.replace(/^\uFEFF/, '');
  const issues: DataIssue[] = [];
  const good: Record<string, string>[] = [];
  const goodLines: number[] = [];
  // Line numbers count physical lines (header is line 1), so blank lines and line breaks inside quoted fields are
  // counted. Papa's cursor gives where each row ends; the next row starts at the next non-blank character.
  const headerEnd = src.indexOf('\n');
  let cursor = headerEnd < 0 ? src.length : headerEnd + 1;
  let line = 2;
  let lineAt = cursor;
  Papa.parse<Record<string, string>>(src, {
    header: true,
    delimiter: ',',
    skipEmptyLines: 'greedy',
    step: (r) => {
      const skip = src.slice(cursor).search(/\S/);
      const start = skip < 0 ? src.length : cursor + skip;
      for (let i = lineAt; i < start; i++) if (src.charCodeAt(i) === 10) line++;
      lineAt = start;
      cursor = Math.max(cursor, r.meta.cursor);
      if (r.errors.length)
        for (const e of r.errors) issues.push({ file, row: line, field: '(row)', message: `${e.code}: ${e.message}` });
      else {
        good.push(r.data);
        goodLines.push(line);
      }
    }
  });
  const v = validateRows(file, good, schema, (i) => goodLines[i] ?? i + 2);
  return { rows: v.rows, issues: [...issues, ...v.issues], lines: v.lines };
}

/** Serialises rows back to CSV with the given column order (used for per-port downloads). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  return (
    Papa.unparse(
      {
        fields: [...columns],
        data: rows.map((r) => columns.map((c) => (r[c] === null || r[c] === undefined ? '' : String(r[c]))))
      },
      { newline: '\n' }
    ) + '\n'
  );
}
