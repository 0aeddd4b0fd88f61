// Human-readable figures: tonnes as Mt/kt, ranges, qualifiers; locale-aware (words and marks from ./i18n).
import type { Figure, Source } from '../data/schema';
import { LOCALE, MONTH_LABEL, PERIOD_LABEL, QUALIFIER_MARK, strings, UNIT_WORD, type Lang } from './i18n';

// Kept so `import type { Lang } from './format'` goes on working; the type lives in ./i18n.
export type { Lang } from './i18n';

function num(n: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(n);
}

/** A unit as the interface writes it: tonnes and counted things in the interface language, symbols as given. */
export function unitLabel(unit: string, lang: Lang): string {
  const t = strings(lang);
  const [base = unit, per] = unit.split('/');
  const word = base === 't' ? t.unitT : (UNIT_WORD[lang][base] ?? base);
  if (per === 'yr') return `${word}${t.perYear}`;
  if (per === 'd') return `${word}${t.perDay}`;
  return per ? `${word}/${per}` : word;
}

/** Formats a quantity in a unit, scaling tonnes to Mt/kt and money to millions/billions. */
export function formatQuantity(value: number, unit: string, lang: Lang = 'en'): string {
  const t = strings(lang);
  if (unit === 't' || unit === 't/yr') {
    const per = unit === 't/yr' ? t.perYear : '';
    if (Math.abs(value) >= 1e6) return `${num(value / 1e6, lang, 3)} ${t.unitMt}${per}`;
    if (Math.abs(value) >= 1e3) return `${num(value / 1e3, lang, 1)} ${t.unitKt}${per}`;
    return `${num(value, lang)} ${t.unitT}${per}`;
  }
  if (unit === 'USD' || unit === 'EUR') {
    const sym = unit === 'USD' ? '$' : '€';
    if (Math.abs(value) >= 1e9) return `${sym}${num(value / 1e9, lang, 2)} ${t.billions}`;
    if (Math.abs(value) >= 1e6) return `${sym}${num(value / 1e6, lang, 2)} ${t.millions}`;
    return `${sym}${num(value, lang)}`;
  }
  if (unit === 'bbl/d' && value >= 1e6) return `${num(value / 1e6, lang, 2)} ${t.millionBblPerDay}`;
  if (unit === '%') return `${num(value, lang, 1)}%`;
  return `${num(value, lang)} ${unitLabel(unit, lang)}`;
}

/** "2.5 Mt", "1.4–1.5 Mt", "> 4.2 Mt" — a range is shown as its band, never as a midpoint. */
export function formatFigureValue(
  f: Pick<Figure, 'value' | 'value_min' | 'value_max' | 'unit' | 'qualifier'>,
  lang: Lang = 'en'
): string {
  const q = f.qualifier ? (QUALIFIER_MARK[lang][f.qualifier] ?? '') : '';
  if (f.value !== null) return `${q}${formatQuantity(f.value, f.unit, lang)}`;
  if (f.value_min !== null && f.value_max !== null) return `${q}${formatRange(f.value_min, f.value_max, f.unit, lang)}`;
  return strings(lang).noFigure;
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

/** "full year", "1-е полугодие", "янв–окт"; a period without words of its own is shown as written. */
export function formatPeriod(period: string, lang: Lang = 'en'): string {
  const named = PERIOD_LABEL[lang][period];
  if (named) return named;
  const m = /^Jan–(\w{3})$/.exec(period);
  const months = MONTH_LABEL[lang];
  if (m?.[1] && months.Jan) return `${months.Jan}–${months[m[1]] ?? m[1]}`;
  return period;
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
