// One path for strings: every key in both languages, no key unused, no Latin words in the Russian interface, and no
// language choice (`lang === 'ru' ? … : …`) outside src/model/i18n.ts.
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import {
  LANGS,
  LOAD_TEXT,
  METRIC_LABEL,
  MONTH_LABEL,
  PERIOD_LABEL,
  QUALIFIER_MARK,
  STATUS_LABEL,
  STATUS_WORD,
  STRINGS,
  pick,
  pickText
} from '../../src/model/i18n';
import { unitLabel } from '../../src/model/format';
import { loadRealDataset, ROOT } from './helpers';

const SRC = path.join(ROOT, 'src');
const I18N = path.join(SRC, 'model', 'i18n.ts');
const sourceFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sourceFiles(path.join(dir, e.name))
        : /\.(ts|svelte)$/.test(e.name)
          ? [path.join(dir, e.name)]
          : []
    );
const sources = sourceFiles(SRC)
  .filter((f) => f !== I18N)
  .map((f) => ({ file: path.relative(ROOT, f), text: fs.readFileSync(f, 'utf8') }));

/** Words of the Latin alphabet allowed in the Russian interface: proper names, formats and units. */
const LATIN_ALLOWED = new Set([
  'GEM',
  'CSV',
  'PNG',
  'WebGL',
  'Language',
  'English',
  'HTTP',
  'HTML',
  'JSON',
  'GeoJSON',
  'FeatureCollection',
  'id',
  // Keys of the keyboard and placeholders filled by the code, not words.
  'Ctrl',
  'C',
  'Mac',
  'Esc',
  'n',
  'count',
  'part'
]);
/** Latin words of a text outside the allow-list; file names (figures.csv) are names, not English. */
const latinWords = (text: string) =>
  (text.replace(/\S+\.(csv|json|geojson)\b/g, '').match(/[A-Za-z]+/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));

/** Every table of interface text, by name: each must have the same keys in both languages. */
const TABLES = { STRINGS, STATUS_LABEL, METRIC_LABEL, QUALIFIER_MARK } as const;

describe('every key in both languages', () => {
  it.each(Object.entries(TABLES))('%s', (_name, table) => {
    const en = Object.keys(table.en).sort();
    expect(Object.keys(table.ru).sort()).toEqual(en);
    for (const lang of LANGS)
      for (const [k, v] of Object.entries(table[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });
  it('Russian names every period and month an English period may show as written', () => {
    for (const k of Object.keys(PERIOD_LABEL.en)) expect(PERIOD_LABEL.ru[k], k).toBeTruthy();
    expect(Object.keys(MONTH_LABEL.ru)).toHaveLength(11); // Jan–Feb … Jan–Nov; Jan–Dec is a year
  });
  it('status words: the same statuses in both languages, empty only for a plain actual', () => {
    expect(Object.keys(STATUS_WORD.ru)).toEqual(Object.keys(STATUS_WORD.en));
    for (const lang of LANGS)
      for (const [k, v] of Object.entries(STATUS_WORD[lang])) expect(v === '', `${lang}.${k}`).toBe(k === 'actual');
  });
});

describe('geodata words have labels in both languages', () => {
  const data = loadRealDataset();
  it.each([...new Set(data.figures.map((f) => f.metric))].sort())('metric %s', (metric) => {
    for (const lang of LANGS) expect(METRIC_LABEL[lang][metric], `${lang}: add it to METRIC_LABEL`).toBeTruthy();
  });
  it.each([...new Set(data.figures.map((f) => f.unit))].sort())('unit %s in Russian has no English word', (unit) => {
    expect(latinWords(unitLabel(unit, 'ru').replace(/^(TEU|USD|EUR|km|m3|x)\b/, ''))).toEqual([]);
  });
});

describe('no unused key', () => {
  // Interface strings are read as `t.key` (t = strings(lang)), `strings(lang).key` or `STRINGS[lang].key`.
  const used = new Set<string>();
  for (const { text } of sources)
    for (const m of text.matchAll(/(?:\bt|\bstrings\([^)]*\)|\bSTRINGS\[[^\]]*\])\.(\w+)/g)) used.add(m[1] ?? '');
  it.each(Object.keys(STRINGS.en))('%s is used in src/', (key) => {
    expect(used.has(key)).toBe(true);
  });
  it('the scan finds keys at all (a pattern that matched nothing would pass every key above vacuously)', () => {
    expect(used.size).toBeGreaterThan(40);
  });
});

describe('the Russian interface is Russian', () => {
  const ruStrings = (): [string, string][] => [
    ...Object.entries(TABLES).flatMap(([name, table]) =>
      Object.entries(table.ru).map(([k, v]): [string, string] => [`${name}.${k}`, v])
    ),
    ...Object.entries(PERIOD_LABEL.ru).map(([k, v]): [string, string] => [`PERIOD_LABEL.${k}`, v]),
    ...Object.entries(MONTH_LABEL.ru).map(([k, v]): [string, string] => [`MONTH_LABEL.${k}`, v]),
    ...Object.entries(STATUS_WORD.ru).map(([k, v]): [string, string] => [`STATUS_WORD.${k}`, v])
  ];
  it.each(ruStrings())('%s has no Latin word outside the allow-list', (_key, text) => {
    expect(latinWords(text)).toEqual([]);
  });
  it('load-failure messages (LOAD_TEXT) in Russian', () => {
    const w = LOAD_TEXT.ru;
    const samples = [
      ...Object.values(w.unit).map((f) => f(5)),
      ...Object.values(w.place),
      ...Object.values(w.looksLike),
      ...Object.values(w.drop),
      w.unreachable('таймаут'),
      w.http(404),
      w.timeout(30),
      w.empty,
      w.notFormat('CSV'),
      w.lacksColumns('год'),
      w.notList('flows'),
      w.notList('port circles'),
      w.notFeatureCollection,
      w.cutOff,
      w.cutOffAt(4),
      w.fewer(3, 380, 'rows'),
      w.firstDropped('rows', 4, 'значение'),
      w.unreadable('figures.csv', 'файл пуст'),
      w.noneRead('figures.csv', 380, 'rows', 'файл пуст'),
      w.dropped('figures.csv', 2, 380, 'rows', 'файл пуст'),
      ...Object.values(w.consequence).flatMap((c) => [c.failed, c.partial])
    ];
    for (const text of samples) expect(latinWords(text), text).toEqual([]);
    expect(Object.keys(w.consequence).sort()).toEqual(Object.keys(LOAD_TEXT.en.consequence).sort());
  });
  it('the check catches a Latin word', () => {
    expect(latinWords('Скрыть quote (figures.csv)')).toEqual(['quote']);
  });
});

describe('one place picks the language', () => {
  it('no `lang === …` choice outside src/model/i18n.ts', () => {
    const found = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\blang\s*[!=]==?\s*'(en|ru)'|'(en|ru)'\s*[!=]==?\s*\w*lang\b/gi)].map(
        (m) => `${file}: ${m[0]}`
      )
    );
    expect(found).toEqual([]);
  });
  it('pick reads the `_en`/`_ru` field', () => {
    const row = { label_en: 'Cargo', label_ru: 'Грузы', id: 'x' };
    expect(pick(row, 'label', 'en')).toBe('Cargo');
    expect(pick(row, 'label', 'ru')).toBe('Грузы');
  });
  it('pickText reads loose properties and gives undefined for a missing or non-text field', () => {
    const props: Record<string, unknown> = { name_ru: 'Актау', name_en: '', n_ru: 3 };
    expect(pickText(props, 'name', 'ru')).toBe('Актау');
    expect(pickText(props, 'name', 'en')).toBeUndefined();
    expect(pickText(props, 'n', 'ru')).toBeUndefined();
    expect(pickText(props, 'role', 'ru')).toBeUndefined();
  });
});
