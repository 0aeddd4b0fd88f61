// URL ⇄ app state in one place: only non-default values are written; nonsense values are dropped or clamped, never
// thrown, and each one is reported (UrlProblem), so the app can say what of a link it could not use
// (src/model/linkNotice.ts): the address bar is rewritten without it, and nothing is lost unseen.
import type { Dataset } from '../data/dataset';
import { isLang, type Lang } from '../model/i18n';
import { BASEMAP_BOX } from '../data/region';
import { openableLines } from '../model/panels';
import type { Selection, SelectionKind } from '../model/selection';
import type { SelectionParam, UrlProblem } from '../model/linkNotice';
import { ZOOM_RANGE, type MapView } from '../model/view';

export interface UrlState {
  year?: number;
  selection?: Selection;
  view?: MapView;
  playing?: boolean;
  lang?: Lang;
  table?: boolean;
  /** A figure's permalink: its id in figures.csv (the app opens that figure's panel at its year). */
  fig?: string;
  /** The map alone (map, timeline, legend) for an `<iframe>` on another page. */
  embed?: boolean;
  /** The story step shown, counted from 1. */
  story?: number;
  /** What of the link could not be used as given (absent when all of it could); never written back. */
  problems?: UrlProblem[];
}

/** Link text longer than this is cut in a notice (a link can carry anything, at any length). */
export const MAX_SHOWN_CHARS = 80;

export interface UrlBounds {
  years: readonly number[];
  placeIds: ReadonlySet<string>;
  lineIds: ReadonlySet<string>;
  flowIds: ReadonlySet<string>;
  corridorIds?: ReadonlySet<string>;
  /** Ids of the figures a `fig` permalink may name (none given: every `fig` is unknown). */
  figureIds?: ReadonlySet<string>;
  /** How many story steps there are (none given: `story` is ignored). */
  storySteps?: number;
}

/** What a URL may name in this dataset: its years and the ids of its places, lines and flows. */
export function urlBounds(data: Dataset, years: readonly number[]): UrlBounds {
  return {
    years,
    placeIds: new Set(data.places.keys()),
    lineIds: new Set(openableLines(data).map((l) => l.properties.id)),
    flowIds: new Set(data.flows.map((f) => f.id)),
    corridorIds: new Set(data.corridorMeasures.map((c) => c.id)),
    figureIds: new Set(data.figures.map((f) => f.id))
  };
}

/**
 * The query parameter that names each kind of selection (`?port=aktau`, `?line=btc`, `?flow=…`), in the order a link's
 * selection is read: the first one named that exists is opened.
 */
const PARAM: Record<SelectionKind, SelectionParam> = {
  place: 'port',
  line: 'line',
  flow: 'flow',
  corridor: 'corridor'
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function parseUrlState(search: string, b: UrlBounds): UrlState {
  const p = new URLSearchParams(search);
  const out: UrlState = {};
  const problems: UrlProblem[] = [];
  /** A parameter's text, trimmed; null when the link has none or leaves it empty (nothing asked, nothing lost). */
  const given = (name: string): string | null => p.get(name)?.trim() || null;
  const shown = (text: string) => text.slice(0, MAX_SHOWN_CHARS);

  const yearRaw = given('year');
  if (yearRaw !== null && b.years.length) {
    if (!/^\d{1,4}$/.test(yearRaw)) problems.push({ param: 'year', kind: 'not-a-year', value: shown(yearRaw) });
    else {
      const y = Number(yearRaw);
      const near = clamp(y, b.years[0] as number, b.years[b.years.length - 1] as number);
      // Snap to the nearest year that has data.
      out.year = b.years.reduce(
        (best, cur) => (Math.abs(cur - near) < Math.abs(best - near) ? cur : best),
        b.years[0] as number
      );
      if (out.year !== y) problems.push({ param: 'year', kind: 'no-data', value: yearRaw, shown: out.year });
    }
  }

  const ids: Record<SelectionParam, ReadonlySet<string> | undefined> = {
    port: b.placeIds,
    line: b.lineIds,
    flow: b.flowIds,
    corridor: b.corridorIds
  };
  for (const [kind, param] of Object.entries(PARAM) as [SelectionKind, SelectionParam][]) {
    const raw = given(param);
    if (raw === null) continue;
    const id = raw.toLowerCase();
    if (!ids[param]?.has(id)) problems.push({ param, kind: 'unknown', value: shown(raw) });
    else if (out.selection) problems.push({ param, kind: 'second-selection', value: shown(raw) });
    else out.selection = { kind, id };
  }

  const view = given('view');
  if (view !== null) {
    // An empty part is missing, not zero (`Number('')` is 0).
    const parts = view.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
    if (parts.length === 3 && parts.every(Number.isFinite)) {
      const [lon, lat, z] = parts as [number, number, number];
      // Into the box the camera can show (the map's maxBounds); MapLibre then moves it as far as that zoom needs.
      out.view = {
        center: [clamp(lon, BASEMAP_BOX.west, BASEMAP_BOX.east), clamp(lat, BASEMAP_BOX.south, BASEMAP_BOX.north)],
        zoom: clamp(z, ZOOM_RANGE.min, ZOOM_RANGE.max)
      };
      const moved = out.view.center[0] !== lon || out.view.center[1] !== lat || out.view.zoom !== z;
      if (moved) problems.push({ param: 'view', kind: 'outside', value: shown(view) });
    } else problems.push({ param: 'view', kind: 'not-a-view', value: shown(view) });
  }

  const flag = (param: 'play' | 'table' | 'embed'): boolean => {
    const raw = given(param);
    if (raw !== null && raw !== '1' && raw !== '0') problems.push({ param, kind: 'not-a-flag', value: shown(raw) });
    return raw === '1';
  };
  if (flag('play')) out.playing = true;
  const lang = given('lang');
  if (lang !== null) {
    if (isLang(lang)) out.lang = lang;
    else problems.push({ param: 'lang', kind: 'unknown', value: shown(lang) });
  }
  if (flag('table')) out.table = true;
  // Figure ids are case-sensitive ("pf-L0141-1").
  const fig = given('fig');
  if (fig !== null) {
    if (b.figureIds?.has(fig)) out.fig = fig;
    else problems.push({ param: 'fig', kind: 'unknown', value: shown(fig) });
  }
  if (flag('embed')) out.embed = true;
  const story = given('story');
  if (story !== null) {
    if (!/^\d{1,3}$/.test(story)) problems.push({ param: 'story', kind: 'not-a-step', value: shown(story) });
    else if (!b.storySteps) problems.push({ param: 'story', kind: 'no-such-step', value: story });
    else {
      out.story = clamp(Number(story), 1, b.storySteps);
      if (out.story !== Number(story))
        problems.push({ param: 'story', kind: 'no-such-step', value: story, shown: out.story });
    }
  }
  if (problems.length) out.problems = problems;
  return out;
}

export interface UrlDefaults {
  year: number;
  view: MapView;
  lang: Lang;
}

/** Serialises state, omitting every value equal to its default; keys in a fixed order so URLs are stable. */
export function serialiseUrlState(s: UrlState, d: UrlDefaults): string {
  const p = new URLSearchParams();
  if (s.year !== undefined && s.year !== d.year) p.set('year', String(s.year));
  if (s.selection?.id) p.set(PARAM[s.selection.kind], s.selection.id);
  if (s.view) {
    const same =
      Math.abs(s.view.center[0] - d.view.center[0]) < 1e-3 &&
      Math.abs(s.view.center[1] - d.view.center[1]) < 1e-3 &&
      Math.abs(s.view.zoom - d.view.zoom) < 1e-2;
    if (!same) p.set('view', `${s.view.center[0].toFixed(3)},${s.view.center[1].toFixed(3)},${s.view.zoom.toFixed(2)}`);
  }
  if (s.playing) p.set('play', '1');
  if (s.lang && s.lang !== d.lang) p.set('lang', s.lang);
  if (s.table) p.set('table', '1');
  if (s.fig) p.set('fig', s.fig);
  if (s.story !== undefined) p.set('story', String(s.story));
  if (s.embed) p.set('embed', '1');
  const q = p.toString();
  return q ? `?${q}` : '';
}
