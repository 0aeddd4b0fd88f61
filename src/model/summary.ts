// One-line, screen-reader friendly summary of a year, and the kind of evidence each year rests on.
import type { FlowView } from './flows';
import { flowYearValue, type DrawnStatus } from './flowYear';
import { formatPeriod, formatRange, type Lang } from './format';

/** The strongest evidence any flow has in a year: actual beats derived beats partial beats plan. */
export function yearEvidence(views: readonly FlowView[], year: number): DrawnStatus | null {
  const rank: DrawnStatus[] = ['actual', 'derived', 'partial', 'expected'];
  let best: DrawnStatus | null = null;
  for (const v of views) {
    const val = flowYearValue(v.flow, year, v.series);
    if (val && (best === null || rank.indexOf(val.drawn) < rank.indexOf(best))) best = val.drawn;
  }
  return best;
}

/** "2024: Middle Corridor (TITR) cargo 4.484 Mt; Kazakh oil … 1.4–1.5 Mt (plan)". */
export function yearSummary(views: readonly FlowView[], year: number, lang: Lang): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const v of views) {
    // Flows that draw the same series twice (oil across the Caspian and along BTC) are read once.
    const key = v.flow.measure;
    if (seen.has(key)) continue;
    const val = flowYearValue(v.flow, year, v.series);
    if (!val) continue;
    seen.add(key);
    const label = lang === 'ru' ? v.flow.label_ru : v.flow.label_en;
    let s = `${label} ${formatRange(val.min, val.max, 't', lang)}`;
    if (val.drawn === 'partial') s += ` (${formatPeriod(val.period, lang)})`;
    if (val.drawn === 'expected') s += lang === 'ru' ? ' (план/прогноз)' : ' (plan/forecast)';
    if (val.drawn === 'derived') s += lang === 'ru' ? ' (расчёт)' : ' (derived)';
    if (val.conflict) s += lang === 'ru' ? ', источники расходятся' : ', sources disagree';
    parts.push(s);
  }
  if (!parts.length) return `${year}: ${lang === 'ru' ? 'нет документированных цифр' : 'no documented flow figures'}`;
  return `${year}: ${parts.join('; ')}`;
}
