// One-line, screen-reader friendly summary of a year, measure by measure, and the kind of evidence each year rests on.
import { drawnValue, type DrawnStatus } from './flowYear';
import { formatPeriod, formatRange } from './format';
import { STATUS_WORD, strings, type Lang } from './i18n';
import type { MapMark } from './marks';

/** Evidence from strongest to weakest: what happened (in full, estimated, derived, in part), then what was expected. */
export const EVIDENCE_RANK: readonly DrawnStatus[] = ['actual', 'estimate', 'derived', 'partial', 'forecast', 'plan'];

type SummaryMark = Pick<MapMark, 'measure' | 'label' | 'series'>;

/** The strongest evidence any drawn measure has in a year. */
export function yearEvidence(marks: readonly Pick<MapMark, 'series'>[], year: number): DrawnStatus | null {
  let best: DrawnStatus | null = null;
  for (const m of marks) {
    const val = drawnValue(year, m.series);
    if (val && (best === null || EVIDENCE_RANK.indexOf(val.drawn) < EVIDENCE_RANK.indexOf(best))) best = val.drawn;
  }
  return best;
}

/**
 * "2023: Whole Middle Corridor (TITR) 2.7–2.8 Mt, sources disagree; Cargo handled at Kuryk port 1.807 Mt (Jan–Oct);
 * … 1.5 Mt (plan)". Each measure once, its status named unless it is a full-year actual.
 */
export function yearSummary(marks: readonly SummaryMark[], year: number, lang: Lang): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const m of marks) {
    if (seen.has(m.measure)) continue;
    const val = drawnValue(year, m.series);
    if (!val) continue;
    seen.add(m.measure);
    const notes = [
      val.period === 'year' ? '' : formatPeriod(val.period, lang),
      val.drawn === 'partial' || val.drawn === 'actual' ? '' : STATUS_WORD[lang][val.drawn]
    ].filter(Boolean);
    let s = `${m.label[lang]} ${formatRange(val.min, val.max, 't', lang)}`;
    if (notes.length) s += ` (${notes.join(', ')})`;
    if (val.conflict) s += `, ${strings(lang).sourcesDisagree}`;
    parts.push(s);
  }
  if (!parts.length) return `${year}: ${strings(lang).summaryNone}`;
  return `${year}: ${parts.join('; ')}`;
}
