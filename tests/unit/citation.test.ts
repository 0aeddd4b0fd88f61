// The citation formatter: what a pasted citation says (value, period, status, measure, source, quote, permalink,
// access date) in English and Russian, for seed documents and public reports, and BibTeX / CSL-JSON that parse.
import { describe, it, expect } from 'vitest';
import type { Measure, Source } from '../../src/data/schema';
import { bibtexEscape, citeFigure, citedClaim, type CiteInput } from '../../src/model/citation';
import { CITATION_WORDS } from '../../src/model/i18n';
import { parseBibtex, unescapeLatex } from '../bibtex';
import { figure, rangeFigure } from './fixtures';
import { loadRealDataset } from './helpers';

const EN = CITATION_WORDS.en;
const RU = CITATION_WORDS.ru;
const PAGE = 'https://atlas.example.org/mca/index.html?year=2020&port=aktau';
const ACCESSED = new Date(2026, 10, 29);

const publicSource: Source = {
  id: 'trend-1',
  title: 'Cargo transshipment through Kazakh Aktau sea port increases',
  authors: '',
  publisher: 'Trend News Agency',
  date: '2023-09-06',
  language: 'en',
  url: 'https://en.trend.az/casia/kazakhstan/3793121.html',
  file: '',
  licence: '© publisher; quoted for citation',
  note: '',
  provenance: 'public-figures.md L25, L26.'
};
const untitled: Source = { ...publicSource, id: 'trend-2', title: '', date: 'n.d. [July 2023]' };
const seed: Source = {
  id: '003_06b17eea82414176.txt',
  title: 'Kazakh-Azerbaijani relations at the present stage',
  authors: 'Ospanova A.N., Agaeva F.M.',
  publisher: 'Not stated in the document',
  date: 'n.d. [c. 2020–2021]',
  language: 'en',
  url: '',
  file: 'seeds/003_06b17eea82414176.txt',
  licence: '',
  note: '',
  provenance: 'Lines 1–1193 extracted by a colleague.'
};
const measure: Measure = {
  id: 'aktau.cargo',
  entity: 'aktau',
  unit: 't',
  part_of: '',
  label_en: 'Cargo handled at Aktau port',
  label_ru: 'Перевалка грузов в порту Актау',
  definition_en: '',
  definition_ru: ''
};

const input = (over: Partial<CiteInput> = {}): CiteInput => ({
  figure: figure({
    id: 'pf-L0025-1',
    entity: 'aktau',
    measure: 'aktau.cargo',
    year: 2023,
    value: 1_600_000,
    source: publicSource.id,
    locator: publicSource.url,
    provenance: 'public-figures.md:L25',
    quote: 'cargo transshipment reached 1.6 million tons'
  }),
  source: publicSource,
  measure,
  words: EN,
  pageUrl: PAGE,
  accessed: ACCESSED,
  ...over
});

describe('what the number is: value, period, status', () => {
  it.each([
    [{ value: 1_600_000, year: 2023 }, '1.6 Mt, 2023, actual'],
    [{ value: 2_500_000, year: 2025, status: 'forecast' as const }, '2.5 Mt, 2025, forecast'],
    [{ value: 2_500_000, year: 2025, status: 'plan' as const }, '2.5 Mt, 2025, plan'],
    [
      { value: 1_200_000, year: 2024, period: 'Jan–Oct', status: 'partial' as const },
      '1.2 Mt, Jan–Oct 2024, part of year'
    ],
    [{ value: 4_800_000, qualifier: 'more_than' as const, year: 2020 }, 'more than 4.8 Mt, 2020, actual'],
    [
      { value: 1_500_000, qualifier: 'up_to' as const, year: 2024, status: 'plan' as const },
      'up to 1.5 Mt, 2024, plan'
    ],
    [{ value: 7_400_000, qualifier: 'about' as const, year: 2023 }, 'about 7.4 Mt, 2023, actual'],
    [{ value: 2_405_000, year: 2023, period: 'cumulative' }, '2.405 Mt, running total to 2023, actual'],
    [
      { value: 10_000_000, year: null, period: 'target', unit: 't/yr', status: 'plan' as const },
      '10 Mt/yr, target, plan'
    ],
    [
      { value: 3_490_000, qualifier: 'about' as const, year: 2021, status: 'derived' as const },
      'about 3.49 Mt, 2021, derived'
    ],
    [{ value: 15_000_000, year: 2023, unit: 't/yr', status: 'capacity' as const }, '15 Mt/yr, 2023, capacity'],
    [{ value: 5.5, year: 2023, unit: 'x', base_year: 2022 }, '5.5 x, 2023 against 2022, actual']
  ])('%j → %s', (over, want) => {
    expect(citedClaim(figure(over), EN)).toBe(want);
  });
  it('a range is its band, never a midpoint', () => {
    const f = rangeFigure(1_400_000, 1_500_000, { year: 2024, qualifier: 'about' });
    expect(citedClaim(f, EN)).toBe('about 1.4–1.5 Mt, 2024, actual');
    expect(citedClaim(f, RU)).toBe('около 1,4–1,5 млн т, 2024, факт');
  });
  it('in Russian', () => {
    expect(citedClaim(figure({ value: 1_200_000, year: 2024, period: 'Jan–Oct', status: 'partial' }), RU)).toBe(
      '1,2 млн т, янв–окт 2024, часть года'
    );
    expect(citedClaim(figure({ value: 4_800_000, qualifier: 'more_than', year: 2020 }), RU)).toBe(
      'более 4,8 млн т, 2020, факт'
    );
    expect(citedClaim(figure({ value: 2_500_000, year: 2025, status: 'forecast' }), RU)).toBe(
      '2,5 млн т, 2025, прогноз'
    );
  });
});

describe('plain text', () => {
  it('a public report: claim, measure, publisher, title, date, URL, quote, permalink, access date', () => {
    const c = citeFigure(input());
    expect(c.text).toBe(
      '1.6 Mt, 2023, actual — Cargo handled at Aktau port. ' +
        'Source: Trend News Agency, “Cargo transshipment through Kazakh Aktau sea port increases”, 2023-09-06, ' +
        'https://en.trend.az/casia/kazakhstan/3793121.html. ' +
        'Quote: “cargo transshipment reached 1.6 million tons”. ' +
        'Middle Corridor Atlas, figure pf-L0025-1: https://atlas.example.org/mca/index.html?fig=pf-L0025-1 ' +
        '(accessed 29 November 2026).'
    );
    expect(c.permalink).toBe('https://atlas.example.org/mca/index.html?fig=pf-L0025-1');
  });
  it('a source with no title: publisher, date and link are the citation', () => {
    const c = citeFigure(input({ source: untitled }));
    expect(c.text).toContain('Source: Trend News Agency, n.d. [July 2023], https://en.trend.az/');
    expect(c.text).not.toContain('“”');
  });
  it('a seed document: authors, title, publisher, date and line', () => {
    const f = figure({ id: 's003-L0065-1', source: seed.id, locator: '65', quote: 'ferry traffic resumed' });
    const c = citeFigure(input({ figure: f, source: seed }));
    expect(c.text).toContain(
      'Source: Ospanova A.N., Agaeva F.M., “Kazakh-Azerbaijani relations at the present stage”, Not stated in the document, n.d. [c. 2020–2021], line 65.'
    );
  });
  it('never shows our working notes (provenance, the working file)', () => {
    for (const src of [publicSource, seed]) {
      const c = citeFigure(input({ source: src }));
      for (const s of [c.text, c.bibtex, c.csl]) {
        expect(s).not.toMatch(/public-figures|provenance|colleague/i);
      }
    }
  });
  it('a Russian quote comes with its English rendering for an English reader, not for a Russian one', () => {
    const f = figure({
      quote: 'перевалка составила 1,6 млн тонн',
      quote_en: 'handling was 1.6 million tons',
      lang: 'ru'
    });
    expect(citeFigure(input({ figure: f })).text).toContain(
      'Quote: “перевалка составила 1,6 млн тонн” [English: “handling was 1.6 million tons”].'
    );
    expect(citeFigure(input({ figure: f, words: RU })).text).toContain('Цитата: «перевалка составила 1,6 млн тонн».');
  });
  it('an Azerbaijani quote keeps its English rendering in the Russian interface too', () => {
    const f = figure({ quote: 'ötən il 8 milyon ton', quote_en: 'last year 8 million tons', lang: 'az' });
    expect(citeFigure(input({ figure: f, words: RU })).text).toContain(
      '«ötən il 8 milyon ton» [англ.: «last year 8 million tons»]'
    );
  });
  it('in Russian: measure label, words, guillemets and the access date', () => {
    const c = citeFigure(input({ words: RU }));
    expect(c.text).toMatch(
      /^1,6 млн т, 2023, факт — Перевалка грузов в порту Актау\. Источник: Trend News Agency, «Cargo/
    );
    expect(c.text).toContain(
      'Атлас Среднего коридора, цифра pf-L0025-1: https://atlas.example.org/mca/index.html?fig=pf-L0025-1&lang=ru'
    );
    expect(c.text).toContain('(дата обращения: 29 ноября 2026 г.)');
    expect(citeFigure(input({ words: RU, source: untitled })).text).toContain('б. д. [July 2023]');
  });
  it('a derived figure shows its arithmetic and links the figures it is computed from, not a quote', () => {
    const f = figure({
      id: 'pf-L0305-1',
      status: 'derived',
      qualifier: 'about',
      value: 3_490_000,
      year: 2021,
      source: 'atlas-derived',
      locator: 'computed from figure pf-L0025-1',
      scope: 'Cargo handled at Aktau port in 2021, derived by us as 3.8 ÷ 1.09 ≈ 3.49 million t',
      quote: '3.8 / 1.09'
    });
    const c = citeFigure(input({ figure: f, source: undefined }));
    expect(c.text).toContain('about 3.49 Mt, 2021, derived — Cargo handled at Aktau port.');
    expect(c.text).toContain('3.8 ÷ 1.09 ≈ 3.49 million t.');
    expect(c.text).toContain('pf-L0025-1 (https://atlas.example.org/mca/index.html?fig=pf-L0025-1)');
    expect(c.text).not.toContain('Quote:');
  });
  it('without a measure label the measure id is named', () => {
    expect(citeFigure(input({ measure: undefined })).text).toContain('— aktau.cargo.');
  });
});

describe('BibTeX', () => {
  it('a public report is an @online entry with url, urldate and the quote in the note', () => {
    const [e, ...rest] = parseBibtex(citeFigure(input()).bibtex);
    expect(rest).toEqual([]);
    expect(e?.type).toBe('online');
    expect(e?.key).toBe('mca:pf-L0025-1');
    expect(e?.fields).toMatchObject({
      author: '{Trend News Agency}',
      title: 'Cargo transshipment through Kazakh Aktau sea port increases',
      organization: 'Trend News Agency',
      year: '2023',
      date: '2023-09-06',
      url: 'https://en.trend.az/casia/kazakhstan/3793121.html',
      urldate: '2026-11-29'
    });
    const note = unescapeLatex(e?.fields.note ?? '');
    expect(note).toContain('1.6 Mt, 2023, actual');
    expect(note).toContain('“cargo transshipment reached 1.6 million tons”');
    expect(note).toContain('https://atlas.example.org/mca/index.html?fig=pf-L0025-1');
  });
  it('a seed document is @misc with its line in the note; no title, no date field when there is none', () => {
    const f = figure({ id: 's003-L0065-1', source: seed.id, locator: '65', quote: 'ferry traffic resumed' });
    const [e] = parseBibtex(citeFigure(input({ figure: f, source: seed })).bibtex);
    expect(e?.type).toBe('misc');
    expect(e?.fields.author).toBe('{Ospanova A.N., Agaeva F.M.}');
    expect(e?.fields.publisher).toBe('Not stated in the document');
    expect(e?.fields.date).toBeUndefined();
    expect(e?.fields.url).toBeUndefined();
    expect(unescapeLatex(e?.fields.note ?? '')).toContain('line 65.');
    const [u] = parseBibtex(citeFigure(input({ source: untitled })).bibtex);
    expect(u?.fields.title).toBeUndefined();
  });
  it('escapes every LaTeX special character and keeps braces balanced', () => {
    const nasty = 'A & B: 50% of $1 #2 under_score ~tilde ^caret \\back {open} }close{';
    expect(unescapeLatex(bibtexEscape(nasty))).toBe(nasty);
    const src: Source = { ...publicSource, title: nasty, publisher: 'P&O {Ports}' };
    const f = figure({
      quote: 'he said "}{" and 100% & more',
      source: src.id,
      locator: 'https://x.example/a_b?c=1&d=%7B'
    });
    const bib = citeFigure(input({ figure: f, source: src })).bibtex;
    const [e] = parseBibtex(bib);
    expect(unescapeLatex(e?.fields.title ?? '')).toBe(nasty);
    expect(unescapeLatex(e?.fields.organization ?? '')).toBe('P&O {Ports}');
    expect(unescapeLatex(e?.fields.note ?? '')).toContain('he said "}{" and 100% & more');
    expect(e?.fields.url).toBe('https://x.example/a_b?c=1&d=%7B');
    // No unescaped special character is left in a text field.
    for (const k of ['title', 'organization', 'note']) expect(e?.fields[k]).not.toMatch(/(^|[^\\])[&%$#_]/);
  });
  it('the test parser itself rejects broken BibTeX', () => {
    expect(() => parseBibtex('@misc{k, note = {a {b}')).toThrow();
    expect(() => parseBibtex('@misc{k, note = {a} title = {b}}')).toThrow();
    expect(() => parseBibtex('@misc{k, note = {a}, note = {b}}')).toThrow();
  });
});

describe('CSL-JSON', () => {
  it('a webpage with title, container-title = publisher, issued, accessed, URL and the quote in the note', () => {
    const [item] = JSON.parse(citeFigure(input()).csl) as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'mca:pf-L0025-1',
      type: 'webpage',
      title: 'Cargo transshipment through Kazakh Aktau sea port increases',
      'container-title': 'Trend News Agency',
      issued: { 'date-parts': [[2023, 9, 6]] },
      accessed: { 'date-parts': [[2026, 11, 29]] },
      URL: 'https://en.trend.az/casia/kazakhstan/3793121.html'
    });
    expect(String(item?.note)).toContain('“cargo transshipment reached 1.6 million tons”');
  });
  it('a seed document is an article with authors; an undated source keeps its date as a literal', () => {
    const f = figure({ source: seed.id, locator: '65' });
    const item = citeFigure(input({ figure: f, source: seed })).cslItem;
    expect(item.type).toBe('article');
    expect(item.author).toEqual([{ literal: 'Ospanova A.N., Agaeva F.M.' }]);
    expect(item.issued).toEqual({ literal: 'n.d. [c. 2020–2021]' });
    expect(item.URL).toBeUndefined();
    expect(citeFigure(input({ source: untitled })).cslItem.title).toBeUndefined();
  });
});

describe('every figure of the real dataset', () => {
  const data = loadRealDataset();
  it('cites in both languages with its quote, its permalink and parsing BibTeX and CSL-JSON', () => {
    for (const f of data.figures)
      for (const words of [EN, RU]) {
        const c = citeFigure({
          figure: f,
          source: data.sources.get(f.source),
          measure: data.measures.get(f.measure),
          words,
          pageUrl: PAGE,
          accessed: ACCESSED
        });
        if (f.status !== 'derived') expect(c.text, f.id).toContain(f.quote);
        expect(c.text, f.id).toContain(`?fig=${f.id}`);
        expect(c.text, f.id).not.toMatch(/public-figures\.md|:L\d+\b/);
        if (f.provenance) expect(c.text, f.id).not.toContain(f.provenance);
        const entries = parseBibtex(c.bibtex);
        expect(entries, f.id).toHaveLength(1);
        expect(JSON.parse(c.csl), f.id).toHaveLength(1);
      }
  });
});
