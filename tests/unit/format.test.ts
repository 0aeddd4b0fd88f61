// Human-readable figures in English and Russian.
import { describe, it, expect } from 'vitest';
import { formatFigureValue, formatPeriod, formatQuantity, formatRange } from '../../src/model/format';

const NBSP = '\u00a0';

describe('formatQuantity: tonnes', () => {
  it.each([
    [4_484_000, 'en', '4.484 Mt'],
    [4_484_000, 'ru', '4,484 млн т'],
    [1_000_000, 'en', '1 Mt'],
    [25_000_000, 'en', '25 Mt'],
    [759_000, 'en', '759 kt'],
    [759_000, 'ru', '759 тыс. т'],
    [25_722, 'en', '25.7 kt'],
    [25_722, 'ru', '25,7 тыс. т'],
    [1_000, 'en', '1 kt'],
    [999, 'en', '999 t'],
    [999, 'ru', '999 т'],
    [0, 'en', '0 t'],
    [-1_500_000, 'en', '-1.5 Mt']
  ] as const)('%d t in %s → %s', (v, lang, out) => {
    expect(formatQuantity(v, 't', lang)).toBe(out);
  });
  it('rounds Mt to three decimals and kt to one', () => {
    expect(formatQuantity(1_234_567, 't')).toBe('1.235 Mt');
    expect(formatQuantity(12_345, 't')).toBe('12.3 kt');
  });
  it('groups thousands of kt by locale', () => {
    expect(formatQuantity(999_900_000, 't')).toBe('999.9 Mt');
    expect(formatQuantity(1_234_500_000, 't', 'en')).toBe('1,234.5 Mt');
    expect(formatQuantity(1_234_500_000, 't', 'ru')).toBe(`1${NBSP}234,5 млн т`);
  });
  it('adds a per-year suffix for t/yr', () => {
    expect(formatQuantity(20_000_000, 't/yr')).toBe('20 Mt/yr');
    expect(formatQuantity(20_000_000, 't/yr', 'ru')).toBe('20 млн т/год');
    expect(formatQuantity(500_000, 't/yr', 'ru')).toBe('500 тыс. т/год');
  });
  it('defaults to English', () => {
    expect(formatQuantity(2_500_000, 't')).toBe('2.5 Mt');
  });
});

describe('formatQuantity: other units', () => {
  it('money in millions and billions', () => {
    expect(formatQuantity(106_100_000, 'USD')).toBe('$106.1 m');
    expect(formatQuantity(106_100_000, 'USD', 'ru')).toBe('$106,1 млн');
    expect(formatQuantity(2_500_000_000, 'USD')).toBe('$2.5 bn');
    expect(formatQuantity(2_500_000_000, 'EUR', 'ru')).toBe('€2,5 млрд');
    expect(formatQuantity(950, 'EUR')).toBe('€950');
  });
  it('barrels per day and percentages', () => {
    expect(formatQuantity(1_200_000, 'bbl/d')).toBe('1.2 million bbl/d');
    expect(formatQuantity(1_200_000, 'bbl/d', 'ru')).toBe('1,2 млн барр./сут');
    expect(formatQuantity(500_000, 'bbl/d')).toBe('500,000 bbl/d');
    expect(formatQuantity(12.34, '%')).toBe('12.3%');
    expect(formatQuantity(12.34, '%', 'ru')).toBe('12,3%');
  });
  it('any other unit is written after the number', () => {
    expect(formatQuantity(1234, 'TEU')).toBe('1,234 TEU');
    expect(formatQuantity(12345, 'TEU', 'ru')).toBe(`12${NBSP}345 TEU`);
  });
});

describe('formatRange', () => {
  it('writes a band once with the unit at the end', () => {
    expect(formatRange(1_400_000, 1_500_000, 't')).toBe('1.4–1.5 Mt');
    expect(formatRange(1_400_000, 1_500_000, 't', 'ru')).toBe('1,4–1,5 млн т');
    expect(formatRange(500_000, 800_000, 't')).toBe('500–800 kt');
    expect(formatRange(12_345, 23_456, 'TEU', 'ru')).toBe(`12${NBSP}345–23${NBSP}456 TEU`);
  });
  it('collapses to one value when min equals max', () => {
    expect(formatRange(2_500_000, 2_500_000, 't')).toBe('2.5 Mt');
  });
  it('keeps both units when the ends differ in magnitude', () => {
    expect(formatRange(500_000, 1_500_000, 't')).toBe('500 kt – 1.5 Mt');
    expect(formatRange(500_000, 1_500_000, 't', 'ru')).toBe('500 тыс. т – 1,5 млн т');
  });
  it('never shows a midpoint', () => {
    expect(formatRange(1_000_000, 2_000_000, 't')).not.toContain('1.5');
  });
});

describe('formatFigureValue', () => {
  const v = (
    value: number | null,
    extra: { value_min?: number; value_max?: number; qualifier?: string | null; unit?: string } = {}
  ) => ({
    value,
    value_min: extra.value_min ?? null,
    value_max: extra.value_max ?? null,
    unit: extra.unit ?? 't',
    qualifier: (extra.qualifier ?? null) as 'more_than' | 'about' | 'up_to' | 'less_than' | null
  });
  it('a single value', () => {
    expect(formatFigureValue(v(2_500_000))).toBe('2.5 Mt');
    expect(formatFigureValue(v(2_500_000), 'ru')).toBe('2,5 млн т');
  });
  it('a range', () => {
    expect(formatFigureValue(v(null, { value_min: 1_400_000, value_max: 1_500_000 }))).toBe('1.4–1.5 Mt');
    expect(formatFigureValue(v(null, { value_min: 1_400_000, value_max: 1_500_000 }), 'ru')).toBe('1,4–1,5 млн т');
  });
  it.each([
    ['more_than', 'en', '>4.2 Mt'],
    ['less_than', 'en', '<4.2 Mt'],
    ['about', 'en', '≈4.2 Mt'],
    ['up_to', 'en', 'up to 4.2 Mt'],
    ['up_to', 'ru', 'до 4,2 млн т'],
    ['about', 'ru', '≈4,2 млн т']
  ] as const)('qualifier %s in %s → %s', (qualifier, lang, out) => {
    expect(formatFigureValue(v(4_200_000, { qualifier }), lang)).toBe(out);
  });
  it('a qualifier applies to a range too', () => {
    expect(formatFigureValue(v(null, { value_min: 1_500_000, value_max: 2_000_000, qualifier: 'about' }))).toBe(
      '≈1.5–2 Mt'
    );
  });
  it('says so when there is no figure', () => {
    expect(formatFigureValue(v(null))).toBe('no figure');
    expect(formatFigureValue(v(null), 'ru')).toBe('нет данных');
    expect(formatFigureValue(v(null, { value_min: 1 }))).toBe('no figure');
  });
});

describe('formatPeriod', () => {
  it.each([
    ['year', 'full year', 'год'],
    ['Jan–Oct', 'Jan–Oct', 'янв–окт'],
    ['Jan–May', 'Jan–May', 'янв–май'],
    ['H1', 'H1', '1-е полугодие'],
    ['H2', 'H2', '2-е полугодие'],
    ['Q3', 'Q3', '3-й квартал'],
    ['cumulative', 'cumulative', 'нарастающим итогом'],
    ['target', 'target', 'цель'],
    ['day', 'day', 'в сутки'],
    ['2019–2020', '2019–2020', '2019–2020']
  ])('%s → en "%s", ru "%s"', (period, en, ru) => {
    expect(formatPeriod(period, 'en')).toBe(en);
    expect(formatPeriod(period)).toBe(en);
    expect(formatPeriod(period, 'ru')).toBe(ru);
  });
});
