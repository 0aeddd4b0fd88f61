// What the legend lists beyond fixed text: the years in which something on the map is drawn from a part-year figure.
import { drawnValue } from './flowYear';
import type { MapMark } from './marks';

type SeriesMark = Pick<MapMark, 'series'>;

/** Years in which at least one mark (corridor bar, port circle or flow) is drawn from a part-year figure. */
export function partYearYears(marks: readonly SeriesMark[], years: readonly number[]): number[] {
  return years.filter((y) => marks.some((m) => drawnValue(y, m.series)?.drawn === 'partial'));
}
