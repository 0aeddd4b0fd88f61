// AppState in node: URL in → state, state → URL, selection and language; the timeline is its one source of truth.
import { describe, it, expect } from 'vitest';
import { AppState } from '../../src/state/app.svelte';
import { yearEvidence } from '../../src/model/summary';
import { DEFAULT_VIEW } from '../../src/model/view';
import { line, place } from '../../src/model/selection';
import { loadRealDataset } from './helpers';
import { buildStory } from '../../src/data/story';
import fs from 'node:fs';

const data = loadRealDataset();
const app = (search = '', reducedMotion = false) => new AppState(data, { search, reducedMotion });

describe('AppState from a URL', () => {
  it('with no query, opens on the latest year backed by a full-year actual, in English, nothing selected', () => {
    const a = app();
    expect(yearEvidence(a.views, a.year)).toBe('actual');
    for (const y of a.years.filter((y) => y > a.year)) expect(yearEvidence(a.views, y)).not.toBe('actual');
    expect(a.year).toBe(a.defaultYear);
    expect(a.lang).toBe('en');
    expect(a.selection).toBeNull();
    expect(a.view).toEqual(DEFAULT_VIEW);
    expect(a.showTable).toBe(false);
    expect(a.playing).toBe(false);
    expect(a.urlSearch()).toBe('');
  });

  it('reads year, port, language, view and table', () => {
    const a = app('?year=2019&port=aktau&lang=ru&view=50.000,42.000,6.00&table=1');
    expect(a.year).toBe(2019);
    expect(a.selection).toEqual(place('aktau'));
    expect(a.lang).toBe('ru');
    expect(a.view).toEqual({ center: [50, 42], zoom: 6 });
    expect(a.showTable).toBe(true);
  });

  it('reads a line and a flow selection; an unknown id selects nothing', () => {
    expect(app('?line=btk').selection).toEqual(line('btk'));
    const flowId = data.flows[0]?.id ?? '';
    expect(app(`?flow=${flowId}`).selection).toEqual({ kind: 'flow', id: flowId });
    expect(app('?port=atlantis').selection).toBeNull();
  });

  it('keeps what of the link it could not use for the notice, also when the link opens a figure or a story step; a pick clears it', () => {
    expect(app('?year=2019&port=aktau').linkProblems).toEqual([]);
    const fig = data.figures[0]?.id ?? '';
    const a = app(`?fig=${fig}&lang=xx&port=atlantis`);
    expect(a.focusFigure).toBe(fig);
    expect(a.linkProblems.map((p) => `${p.param}:${p.kind}`)).toEqual(['port:unknown', 'lang:unknown']);
    a.select(line('btk'));
    expect(a.linkProblems).toEqual([]);
    // A story step selects as it opens: the notice is kept all the same.
    const { steps } = buildStory(fs.readFileSync(new URL('../../geodata/story.json', import.meta.url), 'utf8'), data);
    const s = new AppState(data, { search: '?story=99&port=atlantis', story: steps });
    expect(s.storyIndex).toBe(steps.length - 1);
    expect(s.linkProblems.map((p) => `${p.param}:${p.kind}`)).toEqual(['port:unknown', 'story:no-such-step']);
  });

  it('autoplays from a shared link, but not under reduced motion', () => {
    const playing = app('?year=2019&play=1');
    expect(playing.playing).toBe(true);
    playing.timeline.dispose();
    expect(app('?year=2019&play=1', true).playing).toBe(false);
  });
});

describe('AppState to a URL', () => {
  it('writes only what differs from the defaults, and reads back to the same state', () => {
    const a = app();
    a.select(line('btc'));
    a.lang = 'ru';
    a.showTable = true;
    a.timeline.setYear(2020);
    const search = a.urlSearch();
    expect(search).toBe('?year=2020&line=btc&lang=ru&table=1');
    const b = app(search);
    expect([b.year, b.selection, b.lang, b.showTable]).toEqual([2020, line('btc'), 'ru', true]);
  });

  it('year, playing, speed and loop are the timeline’s own, never a copy', () => {
    const a = app();
    a.timeline.setYear(2017);
    expect(a.year).toBe(a.timeline.year);
    a.timeline.setSpeed(2);
    a.timeline.setLoop(true);
    expect([a.speed, a.loop]).toEqual([2, true]);
    a.timeline.play();
    expect(a.playing).toBe(true);
    a.timeline.pause();
    expect(a.playing).toBe(false);
    a.timeline.dispose();
  });

  it('the frames are those of the current year', () => {
    const a = app('?year=2024');
    const withValue = [...a.frames.values()].filter((f) => f.value);
    expect(withValue.length).toBeGreaterThan(0);
    for (const f of withValue) expect(f.value?.year).toBe(2024);
  });
});

describe('selection and language', () => {
  it('select sets and clears the selection', () => {
    const a = app();
    a.select(place('kuryk'));
    expect(a.urlSearch()).toBe('?port=kuryk');
    a.select(null);
    expect(a.selection).toBeNull();
    expect(a.urlSearch()).toBe('');
  });

  it('Russian is written to the URL, English (the default) is not', () => {
    const a = app('?lang=ru');
    expect(a.urlSearch()).toBe('?lang=ru');
    a.lang = 'en';
    expect(a.urlSearch()).toBe('');
  });
});
