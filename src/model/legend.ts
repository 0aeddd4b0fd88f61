// What the legend lists beyond fixed text: the years whose arcs come from part-year figures.
import type { FlowFrame, FlowView } from './flows';
import { flowYearValue } from './flowYear';

/** Years in which at least one flow is drawn from a part-year figure (the legend lists them). */
export function partYearYears(views: readonly FlowView[], years: readonly number[]): number[] {
  return years.filter((y) => views.some((v) => flowYearValue(v.flow, y, v.series)?.drawn === 'partial'));
}

/** Whether any flow in these frames (one year's) is drawn from a part-year figure. */
export function drawsPartYear(frames: Iterable<FlowFrame>): boolean {
  for (const f of frames) if (f.value?.drawn === 'partial') return true;
  return false;
}
