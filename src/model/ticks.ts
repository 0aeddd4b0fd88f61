// The year ticks under the timeline slider: what kind of evidence each year rests on, and its milestones.
import type { Milestone } from '../data/schema';
import type { DrawnStatus } from './flowYear';
import type { Lang } from './i18n';
import type { MapMark } from './marks';
import { milestoneLinesByYear } from './milestones';
import { yearEvidence } from './summary';

export interface TimelineTick {
  year: number;
  /** The strongest evidence anything drawn has that year (it styles the tick); 'none' when nothing has a figure. */
  evidence: DrawnStatus | 'none';
  /** "date event" lines of that year's milestones, in the interface language (empty when there are none). */
  milestones: string[];
  /** Where the tick sits along the slider, 0–100 %; a single year sits in the middle. */
  leftPct: number;
}

export function timelineTicks(
  marks: readonly Pick<MapMark, 'series'>[],
  years: readonly number[],
  milestones: readonly Milestone[],
  lang: Lang
): TimelineTick[] {
  const byYear = milestoneLinesByYear(milestones, lang);
  return years.map((year, i) => ({
    year,
    evidence: yearEvidence(marks, year) ?? 'none',
    milestones: byYear.get(year) ?? [],
    leftPct: years.length > 1 ? (i / (years.length - 1)) * 100 : 50
  }));
}
