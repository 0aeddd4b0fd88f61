// Chooses, for one flow and one year, which documented figures the map draws — and refuses to guess when there are none.
import type { Figure, Flow, Status } from '../data/schema';
import { bounds } from './figures';
import { monthsCovered } from './periods';

export type DrawnStatus = 'actual' | 'derived' | 'expected' | 'partial';

export interface FlowYearValue {
  flowId: string;
  year: number;
  /** How the value is drawn: actual (solid), derived, expected (plan/forecast: dashed), partial (part of the year). */
  drawn: DrawnStatus;
  /** Lower and upper bound in tonnes (equal for a single figure); a range or a disagreement widens the band. */
  min: number;
  max: number;
  /** The period of the figures used: `year`, or the partial period such as `Jan–Oct`. */
  period: string;
  /** Every figure that stands behind the drawn value (several when sources agree or disagree). */
  figures: Figure[];
  /** True when sources give different numbers for the same thing. */
  conflict: boolean;
}

const TIERS: { drawn: DrawnStatus; accept: (f: Figure) => boolean }[] = [
  { drawn: 'actual', accept: (f) => f.period === 'year' && (f.status === 'actual' || f.status === 'estimate') },
  { drawn: 'derived', accept: (f) => f.period === 'year' && f.status === 'derived' },
  { drawn: 'expected', accept: (f) => f.period === 'year' && (f.status === 'plan' || f.status === 'forecast') },
  {
    drawn: 'partial',
    accept: (f) =>
      (monthsCovered(f.period) ?? 12) < 12 && f.status !== 'capacity' && f.status !== 'plan' && f.status !== 'forecast'
  }
];

/** Figures that can stand for a flow at all: the flow's series, in tonnes, for one year, not a capacity or running total. */
export function flowFigures(flow: Flow, figures: readonly Figure[]): Figure[] {
  const statuses: Status[] = ['actual', 'estimate', 'derived', 'plan', 'forecast', 'partial'];
  return figures.filter(
    (f) =>
      f.measure === flow.measure &&
      f.unit === flow.unit &&
      f.year !== null &&
      statuses.includes(f.status) &&
      monthsCovered(f.period) !== null
  );
}

/**
 * The value drawn for a flow in a year, or null when no source gives one (the map then draws nothing: never a guess).
 * Full-year outturns win over derived values, which win over plans, which win over part-year figures; among part-year
 * figures the longest period wins.
 */
export function flowYearValue(flow: Flow, year: number, series: readonly Figure[]): FlowYearValue | null {
  const ofYear = series.filter((f) => f.year === year);
  for (const tier of TIERS) {
    let chosen = ofYear.filter(tier.accept);
    if (!chosen.length) continue;
    if (tier.drawn === 'partial') {
      const longest = Math.max(...chosen.map((f) => monthsCovered(f.period) ?? 0));
      chosen = chosen.filter((f) => monthsCovered(f.period) === longest);
    }
    const bands = chosen.map(bounds);
    const distinct = new Set(bands.map((b) => b.join('|')));
    return {
      flowId: flow.id,
      year,
      drawn: tier.drawn,
      min: Math.min(...bands.map((b) => b[0])),
      max: Math.max(...bands.map((b) => b[1])),
      period: chosen[0]?.period ?? 'year',
      figures: chosen,
      conflict: distinct.size > 1
    };
  }
  return null;
}

/** Years in which at least one flow has a drawable figure, ascending. */
export function yearsWithFlowData(flows: readonly Flow[], figures: readonly Figure[]): number[] {
  const years = new Set<number>();
  for (const flow of flows) for (const f of flowFigures(flow, figures)) if (f.year !== null) years.add(f.year);
  return [...years].sort((a, b) => a - b);
}
