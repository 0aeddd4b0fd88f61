// Hand-built rows for model tests: a valid figure or flow with only the fields a test cares about overridden.
import type { Figure, Flow } from '../../src/data/schema';
import type { FlowView } from '../../src/model/flows';
import { flowFigures } from '../../src/model/flowYear';

let counter = 0;

/** A measure id for a hand-built row: entity.metric, plus the unit where it is not tonnes (as measures.csv does). */
const measureOf = (f: Pick<Figure, 'entity' | 'metric' | 'unit'>) =>
  `${f.entity}.${f.metric}${f.unit === 't' ? '' : `_${f.unit.toLowerCase().replace(/\W/g, '_')}`}`;

export function figure(over: Partial<Figure> = {}): Figure {
  counter += 1;
  const row: Figure = {
    id: `t-${counter}`,
    entity: 'titr',
    metric: 'cargo',
    year: 2024,
    period: 'year',
    value: 1_000_000,
    value_min: null,
    value_max: null,
    qualifier: null,
    unit: 't',
    status: 'actual',
    scope: 'test scope',
    source: 'src-a',
    locator: '1',
    measure: 'titr.cargo',
    base_year: null,
    provenance: '',
    quote: 'test quote',
    quote_en: '',
    lang: 'en',
    justification: '',
    note: '',
    ...over
  };
  return over.measure ? row : { ...row, measure: measureOf(row) };
}

/** A range figure: value_min..value_max and no single value. */
export const rangeFigure = (min: number, max: number, over: Partial<Figure> = {}): Figure =>
  figure({ value: null, value_min: min, value_max: max, ...over });

export function flow(over: Partial<Flow> = {}): Flow {
  return {
    id: 'titr_caspian',
    kind: 'cargo',
    label_en: 'Corridor cargo',
    label_ru: 'Грузы коридора',
    from: 'aktau',
    to: 'alat',
    draw: 'arc',
    measure: 'titr.cargo',
    unit: 't',
    bow: 1,
    label_at: 0.5,
    arc_height: 0.12,
    note_en: '',
    note_ru: '',
    ...over
  };
}

/** A FlowView for model code that only reads `flow` and `series`. */
export function view(f: Flow, figures: readonly Figure[]): FlowView {
  return {
    flow: f,
    source: [51.24, 43.6],
    target: [49.41, 39.95],
    path: null,
    pathFractions: null,
    series: flowFigures(f, figures)
  };
}
