// Test helpers: read the geodata files from disk exactly as the app fetches them.
import fs from 'node:fs';
import path from 'node:path';
import { buildDataset, GEODATA_FILES, type GeodataKey } from '../../src/data/dataset';

export const ROOT = path.resolve(new URL('../..', import.meta.url).pathname);
export const geodataPath = (file: string) => path.join(ROOT, 'geodata', file);

export function readGeodataTexts(): Record<GeodataKey, string> {
  const out = {} as Record<GeodataKey, string>;
  for (const [k, f] of Object.entries(GEODATA_FILES)) out[k as GeodataKey] = fs.readFileSync(geodataPath(f), 'utf8');
  return out;
}

export const loadRealDataset = () => buildDataset(readGeodataTexts());

/** The shared source documents; tests that need them report themselves skipped when they are absent. */
export const SEEDS_DIR = path.resolve(ROOT, process.env.ATLAS_SEEDS_DIR ?? '../shared/seeds');
export const PUBLIC_FIGURES = path.resolve(
  ROOT,
  process.env.ATLAS_PUBLIC_FIGURES ?? '../shared/sources/public-figures.md'
);
