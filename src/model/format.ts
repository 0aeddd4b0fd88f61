// Human-readable figures: tonnes as Mt/kt, ranges, qualifiers; locale-aware (English or Russian).
import type { Figure, Source } from '../data/schema';

export type Lang = 'en' | 'ru';

const QUAL: Record<Lang, Record<string, string>> = {
  en: { more_than: '>', about: '≈', up_to: 'up to ', less_than: '<' },
  ru: { more_than: '>', about: '≈', up_to: 'до ', less_than: '<' }
};

function num(n: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: digits }).format(n);
}

/** Formats a quantity in a unit, scaling tonnes to Mt/kt and money to millions/billions. */
export function formatQuantity(value: number, unit: string, lang: Lang = 'en'): string {
  const ru = lang === 'ru';
  if (unit === 't' || unit === 't/yr') {
    const per = unit === 't/yr' ? (ru ? '/год' : '/yr') : '';
    if (Math.abs(value) >= 1e6) return `${num(value / 1e6, lang, 3)} ${ru ? 'млн т' : 'Mt'}${per}`;
    if (Math.abs(value) >= 1e3) return `${num(value / 1e3, lang, 1)} ${ru ? 'тыс. т' : 'kt'}${per}`;
    return `${num(value, lang)} ${ru ? 'т' : 't'}${per}`;
  }
  if (unit === 'USD' || unit === 'EUR') {
    const sym = unit === 'USD' ? '$' : '€';
    if (Math.abs(value) >= 1e9) return `${sym}${num(value / 1e9, lang, 2)} ${ru ? 'млрд' : 'bn'}`;
    if (Math.abs(value) >= 1e6) return `${sym}${num(value / 1e6, lang, 2)} ${ru ? 'млн' : 'm'}`;
    return `${sym}${num(value, lang)}`;
  }
  if (unit === 'bbl/d' && value >= 1e6) return `${num(value / 1e6, lang, 2)} ${ru ? 'млн барр./сут' : 'million bbl/d'}`;
  if (unit === '%') return `${num(value, lang, 1)}%`;
  return `${num(value, lang)} ${unit}`;
}

/** "2.5 Mt", "1.4–1.5 Mt", "> 4.2 Mt" — a range is shown as its band, never as a midpoint. */
export function formatFigureValue(
  f: Pick<Figure, 'value' | 'value_min' | 'value_max' | 'unit' | 'qualifier'>,
  lang: Lang = 'en'
): string {
  const q = f.qualifier ? (QUAL[lang][f.qualifier] ?? '') : '';
  if (f.value !== null) return `${q}${formatQuantity(f.value, f.unit, lang)}`;
  if (f.value_min !== null && f.value_max !== null) return `${q}${formatRange(f.value_min, f.value_max, f.unit, lang)}`;
  return lang === 'ru' ? 'нет данных' : 'no figure';
}

/** A band in tonnes (or any unit): "1.4–1.5 Mt", collapsing to one value when min = max. */
export function formatRange(min: number, max: number, unit: string, lang: Lang = 'en'): string {
  if (min === max) return formatQuantity(min, unit, lang);
  const a = formatQuantity(min, unit, lang);
  const b = formatQuantity(max, unit, lang);
  const [aNum, aUnit] = splitUnit(a);
  const [bNum, bUnit] = splitUnit(b);
  return aUnit === bUnit ? `${aNum}–${bNum} ${bUnit}` : `${a} – ${b}`;
}

function splitUnit(s: string): [string, string] {
  const i = s.indexOf(' ');
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

const PERIOD_RU: Record<string, string> = {
  year: 'год',
  H1: '1-е полугодие',
  H2: '2-е полугодие',
  Q1: '1-й квартал',
  Q2: '2-й квартал',
  Q3: '3-й квартал',
  Q4: '4-й квартал',
  cumulative: 'нарастающим итогом',
  target: 'цель',
  day: 'в сутки'
};
const MONTH_RU: Record<string, string> = {
  Feb: 'фев',
  Mar: 'мар',
  Apr: 'апр',
  May: 'май',
  Jun: 'июн',
  Jul: 'июл',
  Aug: 'авг',
  Sep: 'сен',
  Oct: 'окт',
  Nov: 'ноя'
};

export function formatPeriod(period: string, lang: Lang = 'en'): string {
  if (lang === 'en') return period === 'year' ? 'full year' : period;
  const m = /^Jan–(\w{3})$/.exec(period);
  if (m) return `янв–${MONTH_RU[m[1] ?? ''] ?? m[1]}`;
  return PERIOD_RU[period] ?? period;
}

/**
 * How a source is named in one line: its title, or — when no title is known — its publisher and date (a complete
 * citation with the link); the bare id only for a source missing from sources.csv.
 */
export function sourceLabel(src: Pick<Source, 'title' | 'publisher' | 'date'> | undefined, id: string): string {
  if (!src) return id;
  if (src.title) return src.title;
  return [src.publisher, src.date].filter(Boolean).join(', ') || id;
}
