// The guided tour (geodata/story.json): each step's schema, and the checks that its selection and every number it
// quotes exist in the dataset — a caption never carries a number of its own.
import { z } from './zod';
import { BASEMAP_BOX } from './region';
import type { Dataset } from './dataset';
import { validateRows, type DataIssue } from './validate';
import { jsonEndsEarly, sniffText } from './sniff';
import { noDrops, type FileProblem, type FileReport } from './fileReport';

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

/** What loading the story gives: its usable steps, every problem by row and field, and the file's report. */
export interface LoadedStory {
  steps: StoryStep[];
  issues: DataIssue[];
  /** How story.json fared, in the terms of the geodata files' reports (the page shows it when it is not clean). */
  report: FileReport;
}

/** The report of a story file that held `found` steps, of which `kept` are used, with its main problem. */
export function storyReport(found: number, kept: number, problem: FileProblem | null): FileReport {
  // A file that parses but holds no step is reported too: the Story button is then missing, and the page says why.
  const p = problem ?? (kept === 0 ? { kind: 'empty' as const } : null);
  return { key: 'story', file: STORY_FILE, unit: 'story steps', found, expected: null, kept, problem: p };
}

/**
 * The tour's steps from the text of story.json: steps that fail the schema or name a missing selection, figure or
 * milestone are reported and left out (the rest of the tour and the app go on).
 */
export function buildStory(text: string, data: Dataset): LoadedStory {
  const issues: DataIssue[] = [];
  const fileIssue = (problem: FileProblem, message: string): LoadedStory => {
    issues.push({ file: STORY_FILE, row: 0, field: '(file)', message });
    return { steps: [], issues, report: storyReport(0, 0, problem) };
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    return sniffText(text) === 'json' && jsonEndsEarly(text)
      ? fileIssue({ kind: 'cut-off', line: null }, `the JSON stops before its end (${message})`)
      : fileIssue({ kind: 'wrong-format', format: 'json', looksLike: sniffText(text) }, `not valid JSON: ${message}`);
  }
  if (!Array.isArray(json))
    return fileIssue({ kind: 'wrong-shape', expected: 'list' }, 'must be a JSON array of story steps');
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
  const refused: DataIssue[] = [];
  const steps = v.rows.filter((step, i) => {
    const problems = storyStepProblems(step, refs);
    for (const p of problems) refused.push({ file: STORY_FILE, row: v.lines[i] ?? i + 1, ...p });
    return problems.length === 0;
  });
  issues.push(...refused);
  // Each dropped step once, for its first reason: the schema, else what it names. The first one is located.
  const reasons = noDrops();
  reasons.invalid = json.length - v.rows.length;
  reasons.reference = v.rows.length - steps.length;
  const first = [...issues].sort((a, b) => a.row - b.row)[0];
  const dropped = reasons.invalid + reasons.reference;
  const problem: FileProblem | null = dropped
    ? { kind: 'rows-dropped', reasons, first: first ? { row: first.row, field: first.field } : null }
    : null;
  return { steps, issues, report: storyReport(json.length, steps.length, problem) };
}
