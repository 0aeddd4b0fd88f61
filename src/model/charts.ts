// The panel's charts as data: which figures share a chart, which figures the line joins, and where marks sit.
import type { Figure, Status } from '../data/schema';
import { isPartOfYear } from './periods';

export interface PanelChart {
  /** The metric charted (a capacity's metric is that of what it caps: `capacity_oil` → `oil`). */
  metric: string;
  /** The unit, per-year suffix dropped (`t/yr` capacities chart with `t` volumes). */
  unit: string;
  /** The dated figures of that metric and unit, in the order given. */
  figures: Figure[];
}

/** One chart per metric and unit that has dated figures; capacities join the chart of what they cap; fullest first. */
export function panelCharts(figures: readonly Figure[]): PanelChart[] {
  const charts = new Map<string, PanelChart>();
  for (const f of figures) {
    if (f.year === null) continue;
    const metric = f.metric.replace(/^capacity_/, '').replace(/^capacity$/, 'cargo');
    const unit = f.unit.replace(/\/yr$/, '');
    const key = `${metric}|${unit}`;
    const chart = charts.get(key) ?? { metric, unit, figures: [] };
    chart.figures.push(f);
    charts.set(key, chart);
  }
  return [...charts.values()].sort((a, b) => b.figures.length - a.figures.length);
}

/**
 * What counts as an actual for the chart's line: a full-year figure with status `actual` and a single value (the
 * first such figure of a year). Plans, forecasts, estimates, derived figures, part years, ranges and capacities
 * stand alone as marks. Returns [year, value] points by year.
 */
export function actualLinePoints(figures: readonly Figure[]): [number, number][] {
  const byYear = new Map<number, number>();
  for (const f of figures)
    if (f.year !== null && f.period === 'year' && f.status === 'actual' && f.value !== null && !byYear.has(f.year))
      byYear.set(f.year, f.value);
  return [...byYear.entries()].sort((a, b) => a[0] - b[0]);
}

/** Sideways offset (px) of each figure's mark, so several figures in one year sit side by side, centred on it. */
export function markOffsets(figures: readonly Figure[], spacingPx = 7): Map<string, number> {
  const perYear = new Map<number | null, Figure[]>();
  for (const f of figures) perYear.set(f.year, [...(perYear.get(f.year) ?? []), f]);
  const out = new Map<string, number>();
  for (const group of perYear.values())
    group.forEach((f, i) => out.set(f.id, (i - (group.length - 1) / 2) * spacingPx));
  return out;
}

/** The mark a figure gets: a row with status actual but a period shorter than a year is the part-year outturn it is. */
export const markStatus = (f: Pick<Figure, 'status' | 'period'>): Status =>
  f.status === 'actual' && isPartOfYear(f.period) ? 'partial' : f.status;
