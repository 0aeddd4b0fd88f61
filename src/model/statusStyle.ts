// How each drawn status looks, in one table read by the map (arcs, routes, port circles), the corridor bar and the
// legend: a number must never look surer than its source says it is.
import type { DrawnStatus, DrawnValue } from './flowYear';
import { isPartOfYear } from './periods';
import { formatPeriod, formatRange } from './format';
import { STATUS_WORD, type Lang } from './i18n';

/**
 * `solid`: one even fill. `stripes`: even fill with lighter stripes (an estimate). `dots`: dots with gaps (our own
 * derivation). `dashes`: dashes with gaps and, for circles, no fill (a plan or forecast: it has not happened).
 */
export type Pattern = 'solid' | 'stripes' | 'dots' | 'dashes';

export interface StatusStyle {
  pattern: Pattern;
  /** Multiplies the colour's opacity: part-year figures are paler. */
  opacity: number;
  /** Circles and bars draw only their outline (no fill). */
  hollow: boolean;
}

/** Opacity factor for anything drawn from part of a year (with its period written beside it). */
export const PART_YEAR_OPACITY = 0.5;

export const STATUS_STYLE: Record<DrawnStatus, StatusStyle> = {
  actual: { pattern: 'solid', opacity: 1, hollow: false },
  partial: { pattern: 'solid', opacity: PART_YEAR_OPACITY, hollow: false },
  estimate: { pattern: 'stripes', opacity: 1, hollow: false },
  derived: { pattern: 'dots', opacity: 1, hollow: false },
  forecast: { pattern: 'dashes', opacity: 0.9, hollow: true },
  plan: { pattern: 'dashes', opacity: 0.9, hollow: true }
};

/** Number the shaders read for each pattern (an instanced attribute). */
export const PATTERN_CODE: Record<Pattern, number> = { solid: 0, stripes: 1, dots: 2, dashes: 3 };

/** The style of a drawn value: its status's style, paler when it covers only part of a year. */
export function drawnStyle(v: Pick<DrawnValue, 'drawn' | 'period'>): StatusStyle {
  const s = STATUS_STYLE[v.drawn];
  if (v.drawn !== 'partial' && isPartOfYear(v.period)) return { ...s, opacity: s.opacity * PART_YEAR_OPACITY };
  return s;
}

/** Label of a drawn value: "2.76 Mt", "1.4–1.5 Mt", "0.84 Mt · Jan–Jul", "plan 1.5 Mt", "derived 1.57 Mt · Jan–Oct". */
export function drawnLabel(v: Pick<DrawnValue, 'drawn' | 'period' | 'min' | 'max'>, lang: Lang): string {
  const word = v.drawn === 'partial' ? '' : STATUS_WORD[lang][v.drawn];
  const amount = formatRange(v.min, v.max, 't', lang);
  const period = v.period === 'year' ? '' : ` · ${formatPeriod(v.period, lang)}`;
  return `${word ? `${word} ` : ''}${amount}${period}`;
}
