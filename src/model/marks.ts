// Everything the map draws for a year, as measures: the corridor bar, the port circles and the flows. One list, so the
// year summary, the timeline's evidence ticks and the years on the slider all speak about the same things.
import type { Dataset } from '../data/dataset';
import type { Figure } from '../data/schema';
import type { CorridorView } from './corridor';
import type { FlowView } from './flows';
import type { Lang } from './format';
import type { PortView } from './ports';

export interface MapMark {
  /** `corridor:<id>`, `place:<id>` or `flow:<id>`: also the selection that opens its panel. */
  id: string;
  measure: string;
  /** How the summary names it: the measure's own label where measures.csv gives one, else the map's label. */
  label: Record<Lang, string>;
  series: readonly Figure[];
}

/** The marks in reading order — corridor, ports, flows — with each measure once (oil across the sea and along BTC). */
export function mapMarks(
  data: Dataset,
  corridor: readonly CorridorView[],
  ports: readonly PortView[],
  flows: readonly FlowView[]
): MapMark[] {
  const label = (measure: string, en: string, ru: string): Record<Lang, string> => {
    const m = data.measures.get(measure);
    return { en: m?.label_en || en, ru: m?.label_ru || ru };
  };
  const place = (id: string) => data.places.get(id)?.properties;
  const all: MapMark[] = [
    ...corridor.map((c) => ({
      id: `corridor:${c.corridor.id}`,
      measure: c.corridor.measure,
      label: label(c.corridor.measure, c.corridor.label_en, c.corridor.label_ru),
      series: c.series
    })),
    ...[...ports]
      .sort((a, b) => data.portMeasures.indexOf(a.port) - data.portMeasures.indexOf(b.port))
      .map((p) => ({
        id: `place:${p.port.place}`,
        measure: p.port.measure,
        label: label(
          p.port.measure,
          place(p.port.place)?.name_en ?? p.port.place,
          place(p.port.place)?.name_ru ?? p.port.place
        ),
        series: p.series
      })),
    ...flows.map((v) => ({
      id: `flow:${v.flow.id}`,
      measure: v.flow.measure,
      label: label(v.flow.measure, v.flow.label_en, v.flow.label_ru),
      series: v.series
    }))
  ];
  const seen = new Set<string>();
  return all.filter((m) => (seen.has(m.measure) ? false : (seen.add(m.measure), true)));
}
