// The corridor-wide total (e.g. TITR tonnage as the Kazakh Ministry of Transport counts it) is not a flow between two
// ports: it is shown as a bar for the whole corridor, with its scope stated (geodata/corridor_measures.json).
import type { Dataset } from '../data/dataset';
import type { CorridorMeasure, Figure } from '../data/schema';
import { drawnValue, measureFigures, type DrawnValue } from './flowYear';

export interface CorridorView {
  corridor: CorridorMeasure;
  series: Figure[];
}

export interface CorridorFrame {
  value: DrawnValue | null;
  /** The bar's certain part and its band's end, as fractions of the bar's full length (linear in tonnes). */
  core: number;
  band: number;
}

export function corridorViews(data: Dataset): CorridorView[] {
  return data.corridorMeasures.map((corridor) => ({
    corridor,
    series: measureFigures(corridor.measure, data.figures)
  }));
}

/** The bar's full length in tonnes: the largest figure of the series in any year, so years compare honestly. */
export function corridorMaxTonnes(view: CorridorView): number {
  return Math.max(0, ...view.series.map((f) => f.value ?? f.value_max ?? 0));
}

export function corridorFrame(view: CorridorView, year: number): CorridorFrame {
  const value = drawnValue(year, view.series);
  const max = corridorMaxTonnes(view);
  if (!value || !(max > 0)) return { value: null, core: 0, band: 0 };
  return { value, core: value.min / max, band: value.max / max };
}
