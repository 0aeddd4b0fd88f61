// Every figure is checked against the words of its source: the quote stands at its locator and states the number.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quoteNearLine, quoteStatesNumber } from '../../src/data/quoteCheck';
import { loadRealDataset, PUBLIC_FIGURES, SEEDS_DIR } from './helpers';

const data = loadRealDataset();
const isSeed = (source: string) => /^\d{3}_[0-9a-f]+\.txt$/.test(source);
const seedsPresent = fs.existsSync(SEEDS_DIR);
const pfPresent = fs.existsSync(PUBLIC_FIGURES);

describe('geodata tables', () => {
  it('parse and validate with no issue', () => {
    expect(data.issues.map((i) => `${i.file}:${i.row} ${i.field} ${i.message}`)).toEqual([]);
  });
  it('hold well over a hundred figures, with seed and public-report rows', () => {
    expect(data.figures.length).toBeGreaterThan(150);
    expect(data.figures.filter((f) => isSeed(f.source)).length).toBeGreaterThan(100);
  });
  it('derive values only with the arithmetic shown', () => {
    for (const f of data.figures.filter((f) => f.status === 'derived'))
      expect(f.scope, f.id).toMatch(/\d\s*[-+×x*/÷−]\s*\d/);
  });
});

describe.skipIf(!seedsPresent)('figures quoted from the source documents', () => {
  const seedText = new Map<string, string>();
  const text = (file: string) => {
    if (!seedText.has(file)) seedText.set(file, fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'));
    return seedText.get(file) as string;
  };
  const rows = [...data.figures, ...data.milestones].filter((f) => isSeed(f.source));
  it.each(rows.map((r) => [r.id, r] as const))('%s: quote stands at its line', (_id, r) => {
    expect(fs.existsSync(path.join(SEEDS_DIR, r.source)), `seed ${r.source} missing`).toBe(true);
    expect(
      quoteNearLine(text(r.source), Number(r.locator), r.quote),
      `"${r.quote}" not at ${r.source}:${r.locator}±2`
    ).toBe(true);
  });
  const numeric = data.figures.filter((f) => isSeed(f.source) && f.status !== 'derived');
  it.each(numeric.map((r) => [r.id, r] as const))('%s: value is the number in the quote', (_id, r) => {
    for (const v of [r.value, r.value_min, r.value_max])
      if (v !== null) expect(quoteStatesNumber(v, r.quote), `${v} not in "${r.quote}"`).toBe(true);
  });
});

describe.skipIf(!pfPresent)('figures quoted from public reports', () => {
  const pf = pfPresent ? fs.readFileSync(PUBLIC_FIGURES, 'utf8') : '';
  const rows = [...data.figures, ...data.milestones].filter((f) => !isSeed(f.source));
  it.each(rows.map((r) => [r.id, r] as const))('%s: quote stands in public-figures.md', (_id, r) => {
    const m = /^public-figures\.md:L(\d+)$/.exec(r.provenance);
    expect(m, `${r.id} has no public-figures.md line in "provenance"`).not.toBeNull();
    expect(quoteNearLine(pf, Number(m?.[1]), r.quote), `"${r.quote}" not near ${r.provenance}`).toBe(true);
  });
  const numeric = data.figures.filter((f) => !isSeed(f.source) && f.status !== 'derived');
  it.each(numeric.map((r) => [r.id, r] as const))('%s: value is the number in the quote', (_id, r) => {
    for (const v of [r.value, r.value_min, r.value_max])
      if (v !== null) expect(quoteStatesNumber(v, r.quote), `${v} not in "${r.quote}"`).toBe(true);
  });
});

describe.skipIf(!seedsPresent)('port roles quoted from the source documents', () => {
  const withRole = [...data.places.values()].filter((p) => p.properties.role_quote);
  it('covers the four ports and the two oil terminals', () => {
    expect(withRole.map((p) => p.properties.id).sort()).toEqual([
      'aktau',
      'alat',
      'baku',
      'ceyhan',
      'kuryk',
      'sangachal'
    ]);
  });
  it.each(withRole.map((p) => [p.properties.id, p] as const))('%s: role quote stands at its line', (_id, p) => {
    const props = p.properties as Record<string, unknown>;
    const text = fs.readFileSync(path.join(SEEDS_DIR, String(props.role_source)), 'utf8');
    expect(quoteNearLine(text, Number(props.role_locator), String(props.role_quote))).toBe(true);
  });
});
