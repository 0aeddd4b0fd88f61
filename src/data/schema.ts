// Row schemas for every geodata file: the one place that says what a valid figure, source, milestone or flow is.
import { preprocess, z } from './zod';

export const STATUSES = ['actual', 'partial', 'plan', 'forecast', 'estimate', 'capacity', 'derived'] as const;
export type Status = (typeof STATUSES)[number];

/** Measure ids: dotted snake_case, e.g. `kuryk.cargo`, `btk.cargo.ady_express`. */
export const MEASURE_ID_RE = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;

export const QUALIFIERS = ['more_than', 'about', 'up_to', 'less_than'] as const;

const MONTHS = ['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
/** `year`, halves, quarters, `Jan–Oct`-style year-to-date, running totals, multi-year spans, targets, daily rates. */
export const PERIOD_RE = new RegExp(
  `^(year|H1|H2|Q1|Q2|Q3|Q4|cumulative|target|day|Jan–(${MONTHS.join('|')})|\\d{4}–\\d{4})$`
);

/** CSV cells arrive as strings; an empty cell means "not given". */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const optText = z.pipe(
  preprocess(blank, z.nullable(z.string())),
  z.transform((v: string | null) => v ?? '')
);
const text = z.string().check(z.trim(), z.minLength(1, 'is empty'));
const num = preprocess(
  (v) => {
    const b = blank(v);
    return typeof b === 'string' ? Number(b) : b;
  },
  // zod 4 numbers reject Infinity and NaN by default.
  z.nullable(z.number({ error: 'is not a number' }))
);
const year = preprocess(
  (v) => {
    const b = blank(v);
    return typeof b === 'string' ? Number(b) : b;
  },
  z.nullable(z.number({ error: 'is not a year' }).check(z.int('is not a whole year'), z.gte(1800), z.lte(2100)))
);

export const figureSchema = z
  .object({
    id: text.check(z.regex(/^[a-z0-9][a-z0-9-]*$/i, 'must be letters, digits and dashes')),
    entity: text.check(z.regex(/^[a-z0-9_]+$/, 'must be a snake_case id')),
    metric: text.check(z.regex(/^[a-z0-9_]+$/, 'must be a snake_case id')),
    /** The one precisely defined quantity this row states (an id in measures.csv); conflicts exist only within one. */
    measure: text.check(z.regex(MEASURE_ID_RE, 'must be a measure id such as kuryk.cargo')),
    year,
    period: text.check(z.regex(PERIOD_RE, 'is not a known period')),
    /** For a change or share: the year it is measured against (e.g. growth "since 2020"). */
    base_year: year,
    value: num,
    value_min: num,
    value_max: num,
    qualifier: preprocess(blank, z.nullable(z.enum(QUALIFIERS))),
    unit: text,
    status: z.enum(STATUSES, { error: `must be one of ${STATUSES.join(', ')}` }),
    scope: text,
    source: text,
    locator: text,
    /** Where we found the row (our working notes); never shown to users as the source. */
    provenance: optText,
    quote: text,
    quote_en: optText,
    lang: optText,
    /** Why a row claims a full-year actual although its quote has words of a plan, forecast, rate or part-year. */
    justification: optText,
    note: optText
  })
  .check(
    z.superRefine((r, ctx) => {
      const hasRange = r.value_min !== null || r.value_max !== null;
      if (r.value === null && !hasRange)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'no value and no range' });
      if (r.value !== null && hasRange)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'give a value or a range, not both' });
      if (hasRange && (r.value_min === null || r.value_max === null))
        ctx.addIssue({ code: 'custom', path: ['value_max'], message: 'a range needs both value_min and value_max' });
      if (r.value_min !== null && r.value_max !== null && r.value_min > r.value_max)
        ctx.addIssue({ code: 'custom', path: ['value_min'], message: 'value_min is above value_max' });
      if (r.status === 'derived' && !/[=×x*/÷+−-]/.test(r.scope))
        ctx.addIssue({ code: 'custom', path: ['scope'], message: 'a derived figure must show its arithmetic' });
    })
  );
export type Figure = z.infer<typeof figureSchema>;

/** A measure: what is counted, where, which mode and direction, whose count — and what it is a part of. */
export const measureSchema = z.object({
  id: text.check(z.regex(MEASURE_ID_RE, 'must be a measure id such as kuryk.cargo')),
  entity: text,
  unit: text,
  /** The measure this one is a component of (a field's share, one operator, one direction), or empty. */
  part_of: z.pipe(
    preprocess(blank, z.nullable(z.string().check(z.regex(MEASURE_ID_RE)))),
    z.transform((v: string | null) => v ?? '')
  ),
  label_en: optText,
  label_ru: optText,
  definition_en: optText,
  definition_ru: optText
});
export type Measure = z.infer<typeof measureSchema>;

export const sourceSchema = z.object({
  id: text,
  /** The document's own title; empty when no title is known (never a placeholder: cite publisher, date and link). */
  title: optText,
  authors: optText,
  publisher: optText,
  date: optText,
  language: optText,
  url: optText,
  file: optText,
  licence: optText,
  note: optText,
  /** Where we found the source and how its title was checked (our working notes); never shown to users. */
  provenance: optText
});
export type Source = z.infer<typeof sourceSchema>;

export const milestoneSchema = z.object({
  id: text,
  date: text.check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
  entity: text,
  event_en: text,
  event_ru: text,
  source: text,
  locator: text,
  provenance: optText,
  quote: text,
  lang: optText,
  note: optText
});
export type Milestone = z.infer<typeof milestoneSchema>;

const lonLat = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);

/** A drawn flow: one documented series (entity + metric) between two places. */
export const flowSchema = z.object({
  id: text,
  kind: z.enum(['cargo', 'oil']),
  label_en: text,
  label_ru: text,
  from: text,
  to: text,
  /** `arc` draws a deck.gl arc; `route:<id>` draws the tonnage along a geodata line (e.g. the BTC route). */
  draw: z.string().check(z.regex(/^(arc|route:[a-z0-9_]+)$/)),
  /** The measure whose figures this flow draws: a flow between `from` and `to` in tonnes, never a port's own count. */
  measure: text.check(z.regex(MEASURE_ID_RE)),
  unit: z.literal('t'),
  /** Which side an arc bows to (+1 or -1), so flows sharing a port do not hide each other. */
  bow: z._default(z.union([z.literal(1), z.literal(-1)]), 1),
  /** An arc's bulge relative to its length (deck.gl ArcLayer `getHeight`); varied so arcs sharing a port stay apart. */
  arc_height: z._default(z.number().check(z.gte(0), z.lte(1)), 0.12),
  /** Where along the flow (0 = source, 1 = target) its value label sits, so labels of neighbouring arcs do not collide. */
  label_at: z._default(z.number().check(z.gte(0.1), z.lte(0.9)), 0.5),
  note_en: optText,
  note_ru: optText
});
export type Flow = z.infer<typeof flowSchema>;

/** A port's own throughput, drawn as a circle at the port: which measure (its all-cargo count) and where its value sits. */
export const portMeasureSchema = z.object({
  /** The place (a port in places.geojson) the circle stands at; the measure's entity must be this place. */
  place: text,
  /** The measure whose figures the circle draws (the port's own count, in tonnes); its label names the circle. */
  measure: text.check(z.regex(MEASURE_ID_RE)),
  /** Which side of the circle its value label sits on, as a screen direction (x right, y down), e.g. [-1, -0.5]. */
  label_dir: z._default(z.tuple([z.number().check(z.gte(-1), z.lte(1)), z.number().check(z.gte(-1), z.lte(1))]), [0, 1])
});
export type PortMeasure = z.infer<typeof portMeasureSchema>;

/** A corridor-wide total (e.g. TITR tonnage): shown for the whole corridor with its scope, never between two places. */
export const corridorMeasureSchema = z.object({
  id: text.check(z.regex(/^[a-z0-9_]+$/, 'must be a snake_case id')),
  measure: text.check(z.regex(MEASURE_ID_RE)),
  label_en: text,
  label_ru: text,
  /** What the total covers and what it does not, in words users read beside it. */
  scope_en: text,
  scope_ru: text,
  /** Entities whose figures the corridor's panel lists (the total's own entity first). */
  entities: z.array(text).check(z.minLength(1))
});
export type CorridorMeasure = z.infer<typeof corridorMeasureSchema>;

export const placeSchema = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({
    id: text,
    name: text,
    name_en: text,
    name_ru: text,
    kind: text,
    source: text,
    license: text,
    precision: text
  }),
  geometry: z.object({ type: z.literal('Point'), coordinates: lonLat })
});
export type Place = z.infer<typeof placeSchema>;

export const lineFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({
    id: text,
    name: text,
    name_ru: z.optional(text),
    /** The entities (figures.csv `entity`) whose figures this line's panel lists; a line without is not opened. */
    panel_entities: z.optional(z.array(text).check(z.minLength(1)))
  }),
  geometry: z.union([
    z.object({ type: z.literal('LineString'), coordinates: z.array(lonLat).check(z.minLength(2)) }),
    z.object({
      type: z.literal('MultiLineString'),
      coordinates: z.array(z.array(lonLat).check(z.minLength(2))).check(z.minLength(1))
    })
  ])
});
export type LineFeature = z.infer<typeof lineFeatureSchema>;
