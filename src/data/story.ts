// The guided tour (geodata/story.json): each step's schema, and the checks that its selection and every number it
// quotes exist in the dataset — a caption never carries a number of its own.
import { z } from './zod';
import { BASEMAP_BOX } from './region';
import type { Dataset } from './dataset';
import { validateRows, type DataIssue } from './validate';

/** The story's file name, as issues name it. */
export const STORY_FILE = 'story.json';

/**
 * Placeholders in a caption, filled from the dataset: `{fig:<figure id>}` its value, `{year:<figure id>}` its year,
 * `{milestone:<milestone id>}` its date.
 */
export const PLACEHOLDER_RE = /\{(fig|year|milestone):([A-Za-z0-9-]+)\}/g;

const text = z.string().check(z.trim(), z.minLength(1, 'is empty'));

/** Story text: placeholders for every number and date; a bare digit outside them would be a number with no row. */
const storyText = text.check(
  z.refine((s) => !/\d/.test(s.replace(PLACEHOLDER_RE, '')), {
    error: 'has a number outside a {fig:…}, {year:…} or {milestone:…} placeholder'
  })
);

export const storyStepSchema = z.object({
  id: text.check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes')),
  /** The map's year at this step (a year of the timeline). */
  year: z.number().check(z.int(), z.gte(1800), z.lte(2100)),
  /** Centre inside the box the camera can show (the map's maxBounds), as a URL's view is clamped. */
  view: z.object({
    center: z.tuple([
      z.number().check(z.gte(BASEMAP_BOX.west), z.lte(BASEMAP_BOX.east)),
      z.number().check(z.gte(BASEMAP_BOX.south), z.lte(BASEMAP_BOX.north))
    ]),
    zoom: z.number().check(z.gte(2.5), z.lte(12))
  }),
  /** What the step opens: `place:<id>`, `line:<id>`, `flow:<id>` or `corridor:<id>`, or null for none. */
  selection: z.nullable(
    z
      .string()
      .check(
        z.regex(/^(place|line|flow|corridor):[a-z0-9_]+$/, 'must be place:<id>, line:<id>, flow:<id> or corridor:<id>')
      )
  ),
  title_en: storyText,
  title_ru: storyText,
  caption_en: storyText,
  caption_ru: storyText
});
export type StoryStep = z.infer<typeof storyStepSchema>;

export interface StoryRef {
  kind: 'fig' | 'year' | 'milestone';
  id: string;
}

const refKind = (s: string | undefined): StoryRef['kind'] => (s === 'fig' || s === 'year' ? s : 'milestone');

/** The placeholders of a caption, in order. */
export function placeholders(template: string): StoryRef[] {
  return [...template.matchAll(PLACEHOLDER_RE)].map((m) => ({ kind: refKind(m[1]), id: m[2] ?? '' }));
}

export interface StoryRefs {
  figureIds: ReadonlySet<string>;
  milestoneIds: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
  lineIds: ReadonlySet<string>;
  flowIds: ReadonlySet<string>;
  corridorIds: ReadonlySet<string>;
}

/** Why a step cannot be shown as written (unknown selection or placeholder, captions quoting different numbers). */
export function storyStepProblems(step: StoryStep, refs: StoryRefs): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (step.selection) {
    const [kind, id = ''] = step.selection.split(':');
    const known =
      kind === 'place'
        ? refs.placeIds
        : kind === 'line'
          ? refs.lineIds
          : kind === 'corridor'
            ? refs.corridorIds
            : refs.flowIds;
    if (!known.has(id)) out.push({ field: 'selection', message: `unknown ${kind ?? ''} "${id}"` });
  }
  for (const field of ['caption_en', 'caption_ru'] as const)
    for (const p of placeholders(step[field])) {
      const known = p.kind === 'milestone' ? refs.milestoneIds : refs.figureIds;
      if (!known.has(p.id))
        out.push({ field, message: `unknown ${p.kind === 'milestone' ? 'milestone' : 'figure'} "${p.id}"` });
    }
  const key = (s: string) =>
    placeholders(s)
      .map((p) => `${p.kind}:${p.id}`)
      .sort()
      .join(' ');
  if (key(step.caption_en) !== key(step.caption_ru))
    out.push({ field: 'caption_ru', message: 'quotes other figures or milestones than caption_en' });
  return out;
}

/**
 * The tour's steps from the text of story.json: steps that fail the schema or name a missing selection, figure or
 * milestone are reported and left out (the rest of the tour and the app go on). No text: no story.
 */
export function buildStory(text: string | undefined, data: Dataset): { steps: StoryStep[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  if (text === undefined) return { steps: [], issues };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    issues.push({ file: STORY_FILE, row: 0, field: '(file)', message: `not valid JSON: ${(e as Error).message}` });
    return { steps: [], issues };
  }
  if (!Array.isArray(json)) {
    issues.push({ file: STORY_FILE, row: 0, field: '(file)', message: 'must be a JSON array of story steps' });
    return { steps: [], issues };
  }
  const v = validateRows(STORY_FILE, json, storyStepSchema, (i) => i + 1);
  issues.push(...v.issues);
  const refs: StoryRefs = {
    figureIds: new Set(data.figures.map((f) => f.id)),
    milestoneIds: new Set(data.milestones.map((m) => m.id)),
    placeIds: new Set(data.places.keys()),
    lineIds: new Set(data.lines.keys()),
    flowIds: new Set(data.flows.map((f) => f.id)),
    corridorIds: new Set(data.corridorMeasures.map((c) => c.id))
  };
  const steps = v.rows.filter((step, i) => {
    const problems = storyStepProblems(step, refs);
    for (const p of problems) issues.push({ file: STORY_FILE, row: v.lines[i] ?? i + 1, ...p });
    return problems.length === 0;
  });
  return { steps, issues };
}
