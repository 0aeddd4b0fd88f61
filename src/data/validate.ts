// Validates parsed rows against a schema, keeping the good rows and naming file, row and field for each bad one.
import { z } from './zod';

export interface DataIssue {
  file: string;
  /** 1-based line in the file (CSV: header is line 1), or the feature index for GeoJSON. */
  row: number;
  field: string;
  message: string;
}

export interface Validated<T> {
  rows: T[];
  issues: DataIssue[];
  /** Row number (as given by `rowNumber`) of each kept row, parallel to `rows`, for later cross-file checks. */
  lines: number[];
}

export function validateRows<S extends z.core.$ZodType>(
  file: string,
  raw: unknown[],
  schema: S,
  rowNumber: (index: number) => number
): Validated<z.infer<S>> {
  const rows: z.infer<S>[] = [];
  const issues: DataIssue[] = [];
  const lines: number[] = [];
  raw.forEach((r, i) => {
    const parsed = z.safeParse(schema, r);
    if (parsed.success) {
      rows.push(parsed.data);
      lines.push(rowNumber(i));
    } else
      for (const issue of parsed.error.issues)
        issues.push({ file, row: rowNumber(i), field: issue.path.join('.') || '(row)', message: issue.message });
  });
  return { rows, issues, lines };
}

export function formatIssue(i: DataIssue): string {
  return `${i.file}, row ${i.row}, field "${i.field}": ${i.message}`;
}
