// Milestones as the timeline marks them: the dated events of geodata/milestones.csv grouped by calendar year.
import type { Milestone } from '../data/schema';
import { pick, type Lang } from './i18n';

/** Per year, one "date event" line per milestone in that year, in the given language (file order kept). */
export function milestoneLinesByYear(milestones: readonly Milestone[], lang: Lang): Map<number, string[]> {
  const byYear = new Map<number, string[]>();
  for (const m of milestones) {
    const y = Number(m.date.slice(0, 4));
    const lines = byYear.get(y) ?? [];
    lines.push(`${m.date} ${pick(m, 'event', lang)}`);
    byYear.set(y, lines);
  }
  return byYear;
}
