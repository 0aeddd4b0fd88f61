// Property tests of the CSV reader: it never throws on any text or bytes, every issue names a line ≥ 1 and a field,
// and any table written by toCsv (commas, quotes, line breaks in cells) reads back exactly, with the right lines.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { parseCsv, toCsv } from '../../src/data/csv';
import { figureSchema, milestoneSchema } from '../../src/data/schema';
import { buildDataset, GEODATA_FILES, GEODATA_KEYS, type GeodataKey } from '../../src/data/dataset';
import { fileStatus, reportTotal } from '../../src/data/fileReport';
import { reportHeadline } from '../../src/model/loadMessages';
import { FIGURE_COLUMNS } from '../../src/data/columns';
import { readGeodataTexts } from './helpers';

const TEXTS = readGeodataTexts();
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', ' ', 'a', '1', '\uFEFF') }),
  fc.uint8Array({ maxLength: 400 }).map((b) => new TextDecoder().decode(b))
);
/** Text that begins with a real header, so rows are read and validated (not just refused as "no header"). */
const withHeader = (header: string) => anyText.map((t) => `${header}\n${t}`);

function assertIssuesNamed(file: string, r: ReturnType<typeof parseCsv>) {
  for (const i of r.issues) {
    expect(i.file).toBe(file);
    expect(Number.isInteger(i.row) && i.row >= 1, JSON.stringify(i)).toBe(true);
    expect(i.field.length, JSON.stringify(i)).toBeGreaterThan(0);
    expect(i.message.length).toBeGreaterThan(0);
  }
  expect(r.rows.length).toBe(r.lines.length);
  expect(r.records).toBeGreaterThanOrEqual(r.rows.length);
  for (let k = 1; k < r.lines.length; k++) expect(r.lines[k] as number).toBeGreaterThan(r.lines[k - 1] as number);
  for (const l of r.lines) expect(l).toBeGreaterThanOrEqual(2);
}

describe('parseCsv properties', () => {
  it('never throws on arbitrary text or bytes; every issue names a line ≥ 1 and a field', () => {
    const schema = z.object({ id: z.string().min(1), n: z.coerce.number().int() });
    fc.assert(
      fc.property(fc.oneof(anyText, withHeader('id,n')), (text) => {
        assertIssuesNamed('t.csv', parseCsv('t.csv', text, schema));
      }),
      { numRuns: 1000 }
    );
  });

  it('the same under the real figure and milestone schemas', () => {
    const figureHeader = FIGURE_COLUMNS.join(',');
    const milestoneHeader = Object.keys(milestoneSchema.shape).join(',');
    fc.assert(
      fc.property(fc.oneof(anyText, withHeader(figureHeader)), (text) => {
        assertIssuesNamed('figures.csv', parseCsv('figures.csv', text, figureSchema));
      }),
      { numRuns: 500 }
    );
    fc.assert(
      fc.property(withHeader(milestoneHeader), (text) => {
        assertIssuesNamed('milestones.csv', parseCsv('milestones.csv', text, milestoneSchema));
      }),
      { numRuns: 300 }
    );
  });

  it('any table written by toCsv reads back cell for cell, each row at its physical line', () => {
    const cell = fc.string({
      unit: fc.oneof(
        fc.constantFrom(',', '"', '\n', '\r', ' ', '\t', 'ä', 'я'),
        fc.string({ minLength: 1, maxLength: 1 })
      )
    });
    // The first cell is never blank: a row of blank cells is a blank line, which the reader skips by design.
    const row = fc.tuple(
      cell.filter((s) => s.trim() !== ''),
      cell,
      cell
    );
    const schema = z.object({ a: z.string(), b: z.string(), c: z.string() });
    fc.assert(
      fc.property(
        fc.array(
          row.map(([a, b, c]) => ({ a, b, c })),
          { maxLength: 12 }
        ),
        (rows) => {
          const r = parseCsv('t.csv', toCsv(['a', 'b', 'c'], rows), schema);
          expect(r.issues).toEqual([]);
          expect(r.cutOffAt).toBeNull();
          expect(r.rows).toEqual(rows);
          let line = 2;
          const lines = rows.map((x) => {
            const at = line;
            line += 1 + (`${x.a}${x.b}${x.c}`.match(/\n/g) ?? []).length; // a line is what ends in \n
            return at;
          });
          expect(r.lines).toEqual(lines);
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe('buildDataset properties', () => {
  it('never throws whatever any file holds; every file not clean is named by its headline, and nothing is overcounted', () => {
    const key = fc.constantFrom(...GEODATA_KEYS);
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.oneof(anyText, fc.constant(undefined))), { maxLength: 4 }), (changes) => {
        const texts: Partial<Record<GeodataKey, string>> = { ...TEXTS };
        for (const [k, t] of changes) texts[k] = t;
        const d = buildDataset(texts);
        expect(d.reports.map((r) => r.file)).toEqual(GEODATA_KEYS.map((k) => GEODATA_FILES[k]));
        for (const r of d.reports) {
          expect(r.kept).toBeLessThanOrEqual(reportTotal(r));
          if (fileStatus(r) !== 'ok') {
            expect(reportHeadline(r, 'en').startsWith(r.file)).toBe(true);
            expect(reportHeadline(r, 'ru').startsWith(r.file)).toBe(true);
          }
        }
        for (const [k] of changes) {
          const r = d.reports.find((x) => x.key === k);
          expect(r && fileStatus(r)).not.toBe('ok');
        }
      }),
      { numRuns: 40 }
    );
  }, 60_000);
});
