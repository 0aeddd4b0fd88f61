// index.html asks for every geodata file the app loads at start, and for nothing else (vite.config.ts).
import { describe, expect, it } from 'vitest';
import { PRELOADED_GEODATA } from '../../vite.config';
import { GEODATA_FILES } from '../../src/data/dataset';

describe('geodata preloads', () => {
  it('name exactly the files the app fetches at start', () => {
    expect([...PRELOADED_GEODATA].sort()).toEqual([...Object.values(GEODATA_FILES), 'story.json'].sort());
  });
});
