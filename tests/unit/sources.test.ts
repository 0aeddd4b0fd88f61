// Sources people can cite: each has a publisher, a date and a link or document, a real title or none, and no trace
// of our working notes in what users see.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema';
import { SOURCE_DATE_RE, sourceCitationProblems } from '../../src/data/sourcesLint';
import { sourceLabel } from '../../src/model/format';
import { loadRealDataset, ROOT, SEEDS_DIR } from './helpers';

const data = loadRealDataset();
const sources = [...data.sources.values()];

const source = (over: Partial<Source> = {}): Source => ({
  id: 'trend-2024-04-09-3883668',
  title: '',
  authors: '',
  publisher: 'Trend News Agency',
  date: '2024-04-09',
  language: 'en',
  url: 'https://en.trend.az/casia/kazakhstan/3883668.html',
  file: '',
  licence: '',
  note: 'KTZ data.',
  provenance: 'public-figures.md L32.',
  ...over
});
const fields = (s: Source) => sourceCitationProblems(s).map((p) => p.field);

describe('the real sources.csv', () => {
  it('has sources, and every one can be cited as it stands', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.flatMap(sourceCitationProblems)).toEqual([]);
  });
  it('names every source cited by a figure or milestone', () => {
    for (const r of [...data.figures, ...data.milestones]) expect(data.sources.has(r.source), r.source).toBe(true);
  });
  it('keeps our bookkeeping in provenance, for the public-report sources too', () => {
    const fromWorkingFile = sources.filter((s) => /public-figures\.md/.test(s.provenance));
    expect(fromWorkingFile.length).toBeGreaterThan(50);
  });
  it('points every document at a file that exists', () => {
    for (const s of sources.filter((s) => s.file && !s.file.startsWith('seeds/')))
      expect(fs.existsSync(path.join(ROOT, s.file)), s.file).toBe(true);
  });
  it.skipIf(!fs.existsSync(SEEDS_DIR))('points every seed document at a seed that exists', () => {
    for (const s of sources.filter((s) => s.file.startsWith('seeds/')))
      expect(fs.existsSync(path.join(SEEDS_DIR, path.basename(s.file))), s.file).toBe(true);
  });
});

describe('sourceCitationProblems', () => {
  it('accepts a source with publisher, date and link but no known title', () => {
    expect(sourceCitationProblems(source())).toEqual([]);
  });
  it.each([
    '[title not given in public-figures.md] Trend news item 3883668',
    'Trend item (title not given)',
    'Derived values (public-figures.md, section U.2)'
  ])('flags the placeholder title "%s"', (title) => {
    expect(fields(source({ title }))).toContain('title');
  });
  it.each([
    ['note', 'Year inferred by public-figures.md.'],
    ['note', 'Internal conflict: $258.3m (line 67) vs $220.54m (line 113).'],
    ['note', 'Quoted at public-figures.md:L203.'],
    ['publisher', 'Middle Corridor Atlas research notes (public-figures.md)'],
    ['authors', 'see L203']
  ] as const)('flags working notes in the user-visible %s: "%s"', (field, text) => {
    expect(fields(source({ [field]: text }))).toContain(field);
  });
  it('lets provenance name the working file and its lines', () => {
    expect(
      sourceCitationProblems(source({ provenance: 'public-figures.md L182, L185; line 67 of the seed.' }))
    ).toEqual([]);
  });
  it('flags a source with neither link nor document', () => {
    expect(fields(source({ url: '' }))).toEqual(['url']);
    expect(fields(source({ url: '', file: 'seeds/004_f6bbd38528ccf0a9.txt' }))).toEqual([]);
  });
  it('flags a source without publisher or date', () => {
    expect(fields(source({ publisher: '' }))).toEqual(['publisher']);
    expect(fields(source({ date: '' }))).toEqual(['date']);
  });
  it.each(['2024', '2024-04', '2024-04-09', 'n.d.', 'n.d. [July 2024]', 'n.d. [c. 2020–2021]'])(
    'accepts the date "%s"',
    (date) => {
      expect(SOURCE_DATE_RE.test(date)).toBe(true);
      expect(sourceCitationProblems(source({ date }))).toEqual([]);
    }
  );
  it.each(['09.04.2024', '2024-4-9', '2024-13', 'April 2024', 'n.d', 'nd', 'n.d. July 2024', '2024-04-09 12:00'])(
    'flags the date "%s"',
    (date) => {
      expect(fields(source({ date }))).toEqual(['date']);
    }
  );
});

describe('sourceLabel', () => {
  it('names a source by its title', () => {
    expect(sourceLabel(source({ title: 'Kazakh port looks to trade bypassing Russia' }), 'x')).toBe(
      'Kazakh port looks to trade bypassing Russia'
    );
  });
  it('names an untitled source by publisher and date, never by a placeholder', () => {
    expect(sourceLabel(source(), 'trend-2024-04-09-3883668')).toBe('Trend News Agency, 2024-04-09');
  });
  it('falls back to the id only for a source missing from sources.csv', () => {
    expect(sourceLabel(undefined, 'unknown-id')).toBe('unknown-id');
  });
  it('labels every real source with words a reader can cite', () => {
    for (const s of sources) expect(sourceLabel(s, s.id), s.id).not.toBe(s.id);
  });
});
