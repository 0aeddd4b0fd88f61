// The messages the data-issue list shows for a bad record: zod's English ones. The app validates with zod/mini, which
// loads no locale by itself (every message would read "Invalid input"), so src/data/zod.ts loads English; this file
// imports no zod of its own, so the full build (which loads English too) cannot stand in for it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema, placeSchema } from '../../src/data/schema';
import { formatIssue, validateRows } from '../../src/data/validate';
import { geodataPath } from './helpers';

const json = (file: string) => JSON.parse(fs.readFileSync(geodataPath(file), 'utf8')) as unknown;
const issuesOf = (file: string, record: unknown, schema: Parameters<typeof validateRows>[2]) =>
  validateRows(file, [record], schema, (i) => i + 1).issues.map(formatIssue);

describe('validation messages', () => {
  it("name file, row and field in zod's English words", () => {
    const [flow] = json('flows.json') as Record<string, unknown>[];
    const { label_en: _label, ...noLabel } = flow ?? {};
    expect(issuesOf('flows.json', { ...noLabel, kind: 'ship', arc_height: 3 }, flowSchema)).toEqual([
      'flows.json, row 1, field "kind": Invalid option: expected one of "cargo"|"oil"',
      'flows.json, row 1, field "label_en": Invalid input: expected string, received undefined',
      'flows.json, row 1, field "arc_height": Too big: expected number to be <=1'
    ]);
    const [place] = (json('places.geojson') as { features: Record<string, unknown>[] }).features;
    expect(
      issuesOf('places.geojson', { ...place, geometry: { type: 'Point', coordinates: [500] } }, placeSchema)
    ).toEqual(['places.geojson, row 1, field "geometry.coordinates": Too small: expected array to have >=2 items']);
  });
});
