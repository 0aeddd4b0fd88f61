// One-line, screen-reader friendly summary of a year, and the kind of evidence each year rests on.
import type { FlowView } from './flows';
import { flowYearValue, type DrawnStatus } from './flowYear';
import { formatPeriod, formatRange } from './format';
import { pick, STATUS_WORD, strings, type Lang } from './i18n';

/** Evidence from strongest to weakest: what happened (in full, estimated, derived, in part), then what was expected. */
export const EVIDENCE_RANK: readonly DrawnStatus[] = ['actual', 'estimate', 'derived', 'partial', 'forecast', 'plan'];

/** The strongest evidence any flow has in a year. */
export function yearEvidence(views: readonly FlowView[], year: number): DrawnStatus | null {
  let best: DrawnStatus | null = null;
  for (const v of views) {
    const val = flowYearValue(v.flow, year, v.series);
    if (val && (best === null || EVIDENCE_RANK.indexOf(val.drawn) < EVIDENCE_RANK.indexOf(best))) best = val.drawn;
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
    const label = pick(v.flow, 'label', lang);
    const notes = [
      val.period === 'year' ? '' : formatPeriod(val.period, lang),
      val.drawn === 'partial' || val.drawn === 'actual' ? '' : STATUS_WORD[lang][val.drawn]
    ].filter(Boolean);
    let s = `${label} ${formatRange(val.min, val.max, 't', lang)}`;
    if (notes.length) s += ` (${notes.join(', ')})`;
    if (val.conflict) s += `, ${strings(lang).sourcesDisagree}`;
    parts.push(s);
  }
  if (!parts.length) return `${year}: ${strings(lang).summaryNone}`;
  return `${year}: ${parts.join('; ')}`;
}
