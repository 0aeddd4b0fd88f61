// Port circles: a port's own throughput (one all-cargo measure per port, geodata/port_measures.json) is a property of
// the port, not a flow, so it is drawn at the port — a circle whose area is proportional to the year's tonnes.
import type { Dataset } from '../data/dataset';
import type { Figure, PortMeasure } from '../data/schema';
import { drawnValue, measureFigures, type DrawnValue } from './flowYear';
import { radiusPx, type AreaScale } from './scale';
import type { LonLat } from './flows';

export interface PortView {
  port: PortMeasure;
  position: LonLat;
  /** Every figure of the port's measure that can be drawn, all years. */
  series: Figure[];
}

export interface PortFrame {
  value: DrawnValue | null;
  /** Radius of the certain part (the band's lower bound), px. */
  coreRadius: number;
  /** Radius of the band's upper bound, px (equal to coreRadius for a single figure). */
  bandRadius: number;
}

const seriesMax = (series: readonly Figure[]) => Math.max(0, ...series.map((f) => f.value ?? f.value_max ?? 0));

/** Static positions and series of every port circle; built once. Largest first, so a smaller circle lies on top. */
export function portViews(data: Dataset): PortView[] {
  const views: PortView[] = [];
  for (const port of data.portMeasures) {
    const place = data.places.get(port.place);
    if (!place) continue;
    views.push({
      port,
      position: place.geometry.coordinates,
      series: measureFigures(port.measure, data.figures)
    });
  }
  return views.sort((a, b) => seriesMax(b.series) - seriesMax(a.series));
}

/** The largest tonnage any port circle shows in any year: the area scale's domain, fixed so years compare honestly. */
export function maxPortTonnes(views: readonly PortView[]): number {
  return Math.max(0, ...views.map((v) => seriesMax(v.series)));
}

export function portFrame(view: PortView, year: number, scale: AreaScale): PortFrame {
  const value = drawnValue(year, view.series);
  if (!value) return { value: null, coreRadius: 0, bandRadius: 0 };
  return { value, coreRadius: radiusPx(scale, value.min), bandRadius: radiusPx(scale, value.max) };
}

/** A frame for every port circle, keyed by place id (a port without a figure that year gets value null: no circle). */
export function portFrames(views: readonly PortView[], year: number, scale: AreaScale): Map<string, PortFrame> {
  return new Map(views.map((v) => [v.port.place, portFrame(v, year, scale)]));
}
