// Chooses, for one drawn measure (an arc, a route, a port circle, the corridor bar) and one year, which documented
// figures the map draws — with the status they really have — and refuses to guess when there are none.
import type { Figure, Flow, Status } from '../data/schema';
import { bounds, disagree } from './figures';
import { monthsCovered } from './periods';

/**
 * How a drawn value is styled. Each status keeps its own look: `partial` is a part-year outturn (status actual or
 * partial with a period shorter than a year); estimate, derived, plan and forecast stay themselves, also for part of a
 * year (their period is then shown beside them). Capacity is never drawn as a width or an area.
 */
export type DrawnStatus = 'actual' | 'partial' | 'estimate' | 'derived' | 'forecast' | 'plan';
export const DRAWN_STATUSES: readonly DrawnStatus[] = ['actual', 'partial', 'estimate', 'derived', 'forecast', 'plan'];

export interface DrawnValue {
  year: number;
  /** The status the drawn figures have (see DrawnStatus). */
  drawn: DrawnStatus;
  /** Lower and upper bound in tonnes (equal for a single figure); a range or a disagreement widens the band. */
  min: number;
  max: number;
  /** The period of the figures used: `year`, or the part of the year such as `Jan–Oct`. */
  period: string;
  /** Every figure that stands behind the drawn value (several when sources agree or disagree). */
  figures: Figure[];
  /** True when sources give different numbers for the same measure, year and period. */
  conflict: boolean;
}

export interface FlowYearValue extends DrawnValue {
  flowId: string;
}

const isFullYear = (f: Figure) => f.period === 'year';
const isPartYear = (f: Figure) => (monthsCovered(f.period) ?? 12) < 12;

/**
 * Tiers, strongest first. What happened (a full-year outturn, then an estimate or our derivation of it, then a reported
 * part of the year) is drawn before what was expected (a forecast, then a plan). Within a tier all figures are drawn
 * together, so sources that disagree widen the band instead of one being picked.
 */
const TIERS: { accept: (f: Figure) => boolean; drawn: (f: Figure) => DrawnStatus }[] = [
  { accept: (f) => isFullYear(f) && f.status === 'actual', drawn: () => 'actual' },
  { accept: (f) => isFullYear(f) && f.status === 'estimate', drawn: () => 'estimate' },
  { accept: (f) => isFullYear(f) && f.status === 'derived', drawn: () => 'derived' },
  { accept: (f) => isPartYear(f) && (f.status === 'actual' || f.status === 'partial'), drawn: () => 'partial' },
  { accept: (f) => isPartYear(f) && f.status === 'estimate', drawn: () => 'estimate' },
  { accept: (f) => isPartYear(f) && f.status === 'derived', drawn: () => 'derived' },
  { accept: (f) => isFullYear(f) && f.status === 'forecast', drawn: () => 'forecast' },
  { accept: (f) => isFullYear(f) && f.status === 'plan', drawn: () => 'plan' }
];

const DRAWABLE: readonly Status[] = ['actual', 'estimate', 'derived', 'plan', 'forecast', 'partial'];

/** Figures that can stand for a measure on the map: that measure, in tonnes, dated, not a capacity or running total. */
export function measureFigures(measure: string, figures: readonly Figure[]): Figure[] {
  return figures.filter(
    (f) =>
      f.measure === measure &&
      f.unit === 't' &&
      f.year !== null &&
      DRAWABLE.includes(f.status) &&
      monthsCovered(f.period) !== null
  );
}

/** Figures that can stand for a flow at all: the flow's measure, in tonnes, for one year. */
export function flowFigures(flow: Flow, figures: readonly Figure[]): Figure[] {
  return measureFigures(flow.measure, figures).filter((f) => f.unit === flow.unit);
}

/**
 * The value drawn for a measure in a year, or null when no source gives one (the map then draws nothing: never a
 * guess). Tiers as above; among part-year figures the longest period wins.
 */
export function drawnValue(year: number, series: readonly Figure[]): DrawnValue | null {
  const ofYear = series.filter((f) => f.year === year);
  // Part-year tiers look only at the longest part of the year that has a reported (not planned) figure.
  const partYear = ofYear.filter((f) => isPartYear(f) && f.status !== 'plan' && f.status !== 'forecast');
  const longest = Math.max(0, ...partYear.map((f) => monthsCovered(f.period) ?? 0));
  for (const tier of TIERS) {
    const chosen = ofYear.filter((f) => tier.accept(f) && (isFullYear(f) || monthsCovered(f.period) === longest));
    const first = chosen[0];
    if (!first) continue;
    const bands = chosen.map(bounds);
    return {
      year,
      drawn: tier.drawn(first),
      min: Math.min(...bands.map((b) => b[0])),
      max: Math.max(...bands.map((b) => b[1])),
      period: first.period,
      figures: chosen,
      conflict: chosen.some((f, i) => chosen.slice(i + 1).some((g) => disagree(f, g)))
    };
  }
  return null;
}

export function flowYearValue(flow: Flow, year: number, series: readonly Figure[]): FlowYearValue | null {
  const v = drawnValue(year, series);
  return v ? { ...v, flowId: flow.id } : null;
}

/** Years in which at least one of the measures has a drawable figure, ascending. */
export function yearsWithData(measures: readonly string[], figures: readonly Figure[]): number[] {
  const years = new Set<number>();
  for (const m of new Set(measures)) for (const f of measureFigures(m, figures)) if (f.year !== null) years.add(f.year);
  return [...years].sort((a, b) => a - b);
}

/** Years in which at least one flow has a drawable figure, ascending. */
export function yearsWithFlowData(flows: readonly Flow[], figures: readonly Figure[]): number[] {
  return yearsWithData(
    flows.map((f) => f.measure),
    figures
  );
}
