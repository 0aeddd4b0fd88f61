// The guided tour: geodata/story.json validates, every step's year and selection exist, every placeholder resolves in
// both languages, and a caption says what a number is (a capacity as a capacity, a plan as a plan…).
import { describe, it, expect } from 'vitest';
import fs from 'node:fs';
import {
  buildStory,
  placeholders,
  storyReport,
  storyStepSchema,
  storyStepProblems,
  type StoryStep
} from '../../src/data/story';
import { visibleReports } from '../../src/model/loadMessages';
import { yearsWithData } from '../../src/model/flowYear';
import { formatFigureValue } from '../../src/model/format';
import { panelModel } from '../../src/model/panels';
import { formatMilestoneDate, storyCaption } from '../../src/model/story';
import { CITATION_WORDS } from '../../src/model/i18n';
import { geodataPath, loadRealDataset } from './helpers';
import { parseSelection } from '../../src/model/selection';
import { portViews } from '../../src/model/ports';
import { corridorViews } from '../../src/model/corridor';
import { mapMarks } from '../../src/model/marks';
import { flowViews } from '../../src/model/flows';

const data = loadRealDataset();
const text = fs.readFileSync(geodataPath('story.json'), 'utf8');
const raw = JSON.parse(text) as unknown[];
const { steps, issues } = buildStory(text, data);
// The timeline's years: every year something on the map has a figure (as the app computes them).
const years = yearsWithData(
  mapMarks(data, corridorViews(data), portViews(data), flowViews(data)).map((m) => m.measure),
  data.figures
);

/** Words that tell a reader what a non-actual figure is, in each language. */
const SAYS_STATUS: Record<string, { en: RegExp; ru: RegExp }> = {
  capacity: { en: /capacit/i, ru: /мощност|пропускн/i },
  plan: { en: /plan|agree/i, ru: /план|соглаш|согласован|договор/i },
  forecast: { en: /forecast|expect/i, ru: /прогноз|ожида/i },
  partial: { en: /months|first|half|part of|so far/i, ru: /месяц|полугод|част|с начала/i },
  estimate: { en: /estimat|about/i, ru: /оцен|около/i },
  derived: { en: /derived|calculat/i, ru: /рассчит|расчёт/i }
};

describe('geodata/story.json', () => {
  it('has six to nine steps with distinct ids, each valid', () => {
    expect(raw.length).toBeGreaterThanOrEqual(6);
    expect(raw.length).toBeLessThanOrEqual(9);
    for (const s of raw) expect(storyStepSchema.safeParse(s).error?.issues ?? []).toEqual([]);
    expect(issues).toEqual([]);
    expect(new Set(steps.map((s) => s.id)).size).toBe(raw.length);
    expect(steps).toHaveLength(raw.length);
  });

  it.each(steps.map((s, i) => [i + 1, s.id, s] as const))('step %i (%s): year and selection exist', (_n, _id, s) => {
    expect(years).toContain(s.year);
    const sel = s.selection === null ? null : parseSelection(s.selection);
    expect(sel === null, `${s.selection ?? 'none'} parses`).toBe(s.selection === null);
    if (sel) expect(panelModel(sel, data, 'en'), s.selection ?? '').not.toBeNull();
  });

  it.each(steps.map((s, i) => [i + 1, s.id, s] as const))(
    'step %i (%s): every placeholder resolves, values formatted as the panels show them',
    (_n, _id, s) => {
      for (const lang of ['en', 'ru'] as const) {
        const c = storyCaption(s, data, CITATION_WORDS[lang]);
        expect(c.missing, lang).toEqual([]);
        for (const p of c.parts) {
          if (p.kind === 'fig') {
            const f = data.figures.find((x) => x.id === p.id);
            expect(p.text).toBe(f && formatFigureValue(f, lang));
          } else if (p.kind === 'milestone') {
            const m = data.milestones.find((x) => x.id === p.id);
            expect(p.text).toBe(m && formatMilestoneDate(m.date, lang));
          } else if (p.kind === 'year') expect(p.text).toBe(String(data.figures.find((x) => x.id === p.id)?.year));
        }
        // One numbered note per figure and milestone, each naming a source.
        expect(c.notes.map((n) => n.n)).toEqual(c.notes.map((_x, i) => i + 1));
        for (const n of c.notes) expect(n.source.length, n.id).toBeGreaterThan(5);
      }
    }
  );

  it.each(steps.map((s, i) => [i + 1, s.id, s] as const))(
    'step %i (%s): a figure that is not an actual outturn is called what it is in its sentence',
    (_n, _id, s) => {
      for (const lang of ['en', 'ru'] as const) {
        const sentences = s[`caption_${lang}`].split(/(?<=[.;])\s+/);
        for (const p of placeholders(s[`caption_${lang}`]).filter((x) => x.kind === 'fig')) {
          const f = data.figures.find((x) => x.id === p.id);
          const says = f && SAYS_STATUS[f.status];
          if (!says) continue;
          const sentence = sentences.find((x) => x.includes(`{fig:${p.id}}`)) ?? '';
          expect(sentence, `${p.id} (${f.status}, ${lang})`).toMatch(says[lang]);
        }
      }
    }
  );
});

describe('story checks catch mistakes', () => {
  const step: StoryStep = {
    id: 'x',
    year: 2023,
    view: { center: [47, 41], zoom: 5 },
    selection: 'place:aktau',
    title_en: 'T',
    title_ru: 'Т',
    caption_en: 'Carried {fig:pf-L0123-1}.',
    caption_ru: 'Перевезено {fig:pf-L0123-1}.'
  };
  const refs = {
    figureIds: new Set(['pf-L0123-1']),
    milestoneIds: new Set(['m-1']),
    placeIds: new Set(['aktau']),
    lineIds: new Set(['btk']),
    flowIds: new Set(['kz_oil_caspian']),
    corridorIds: new Set(['titr'])
  };
  it('a number written into a caption or title is refused', () => {
    expect(storyStepSchema.safeParse({ ...step, caption_en: 'In 2023 it carried {fig:pf-L0123-1}.' }).success).toBe(
      false
    );
    expect(storyStepSchema.safeParse({ ...step, title_ru: 'Итоги 2025' }).success).toBe(false);
    expect(storyStepSchema.safeParse(step).success).toBe(true);
  });
  it('unknown selections and placeholders, and captions quoting different figures, are reported', () => {
    expect(storyStepProblems(step, refs)).toEqual([]);
    expect(storyStepProblems({ ...step, selection: 'place:atlantis' }, refs)[0]?.field).toBe('selection');
    expect(
      storyStepProblems({ ...step, caption_en: 'On {milestone:m-2}.', caption_ru: 'В {milestone:m-2}.' }, refs)
    ).toHaveLength(2);
    expect(
      storyStepProblems({ ...step, caption_ru: 'Перевезено {fig:pf-L0123-1} и {year:pf-L0123-1}.' }, refs)[0]?.field
    ).toBe('caption_ru');
  });
  it('a broken file or a step with a missing figure is reported and left out, never thrown', () => {
    expect(buildStory('{', data).issues[0]?.message).toMatch(/stops before its end/);
    expect(buildStory('Lorem ipsum', data).issues[0]?.message).toMatch(/not valid JSON/);
    expect(buildStory('{}', data).issues[0]?.message).toMatch(/array/);
    const bad = [
      { ...(raw[0] as object), caption_en: 'Carried {fig:no-such-row}.', caption_ru: 'Перевезено {fig:no-such-row}.' },
      raw[1]
    ];
    const r = buildStory(JSON.stringify(bad), data);
    expect(r.steps).toHaveLength(1);
    expect(r.issues.map((i) => [i.file, i.row, i.field])).toEqual([
      ['story.json', 1, 'caption_en'],
      ['story.json', 1, 'caption_ru']
    ]);
  });
});

describe('story.json is reported as the geodata files are: what broke, how many steps are lost, what still works', () => {
  it('the real file is clean: every step kept, nothing to show', () => {
    const { report } = buildStory(text, data);
    expect(report).toMatchObject({ file: 'story.json', found: raw.length, kept: raw.length, problem: null });
    expect(visibleReports([report], 'en')).toEqual([]);
  });
  it.each<[string, string, string]>([
    ['cut off', text.slice(0, 200), 'story.json could not be read — the file is cut off before its end'],
    ['garbage', 'Lorem ipsum', 'story.json could not be read — the file is not JSON'],
    [
      'an HTML page',
      '<!doctype html><p>Error',
      'story.json could not be read — the file is not JSON (it is an HTML page)'
    ],
    ['not a list', '{"steps": []}', 'story.json could not be read — the file is not a list of story steps'],
    ['an empty list', '[]', 'story.json could not be read — the file is empty']
  ])('%s: no story, and a report that says why', (_name, body, headline) => {
    const { steps: got, report } = buildStory(body, data);
    expect(got).toEqual([]);
    const [shown] = visibleReports([report], 'en');
    expect(shown?.status).toBe('failed');
    expect(shown?.headline).toBe(headline);
    expect(shown?.consequence).toBe('No guided story; the map, panels and figures are not affected.');
  });
  it('steps that name something missing or fail the schema are counted, the first located', () => {
    const missing = {
      ...(raw[1] as object),
      caption_en: 'Carried {fig:no-such-row}.',
      caption_ru: 'Перевезено {fig:no-such-row}.'
    };
    const invalid = { ...(raw[2] as object), year: 'soon' };
    const { steps: got, report } = buildStory(JSON.stringify([raw[0], missing, invalid, raw[3]]), data);
    expect(got).toHaveLength(2);
    const [shown] = visibleReports([report], 'en');
    expect(shown?.status).toBe('partial');
    expect(shown?.headline).toBe(
      'story.json: 2 of 4 story steps dropped — 1 with invalid values, 1 referring to unknown entries (first: step 2, field "caption_en")'
    );
    expect(visibleReports([report], 'ru')[0]?.headline).toBe(
      'story.json: отброшено 2 из 4 шагов рассказа — 1 с неверными значениями, 1 со ссылками на неизвестные записи (первая ошибка: шаг 2, поле «caption_en»)'
    );
  });
  it('a file the server did not give: the fetch failure is the report', () => {
    const [shown] = visibleReports([storyReport(0, 0, { kind: 'http', status: 404 })], 'en');
    expect(shown?.headline).toBe('story.json could not be read — the server answered HTTP 404 — file not found');
  });
  it('milestone dates keep their precision', () => {
    expect(formatMilestoneDate('2005-05-25', 'en')).toBe('25 May 2005');
    expect(formatMilestoneDate('2023-03', 'en')).toBe('March 2023');
    expect(formatMilestoneDate('2017', 'en')).toBe('2017');
    expect(formatMilestoneDate('2005-05-25', 'ru')).toBe('25 мая 2005 г.');
  });
});
