// Milestones as the timeline marks them: the dated events of geodata/milestones.csv grouped by calendar year.
import type { Milestone } from '../data/schema';
import type { Lang } from './format';

/** Per year, one "date event" line per milestone in that year, in the given language (file order kept). */
export function milestoneLinesByYear(milestones: readonly Milestone[], lang: Lang): Map<number, string[]> {
  const byYear = new Map<number, string[]>();
  for (const m of milestones) {
    const y = Number(m.date.slice(0, 4));
    const lines = byYear.get(y) ?? [];
    lines.push(`${m.date} ${lang === 'ru' ? m.event_ru : m.event_en}`);
    byYear.set(y, lines);
  }
  return byYear;
}
