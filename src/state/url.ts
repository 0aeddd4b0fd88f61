// URL ⇄ app state in one place: only non-default values are written; nonsense values are dropped or clamped, never thrown.
import type { Dataset } from '../data/dataset';
import { isLang, type Lang } from '../model/i18n';
import { BASEMAP_BOX } from '../data/region';
import { openableLines } from '../model/panels';
import type { Selection, SelectionKind } from '../model/selection';
import type { MapView } from '../model/view';

export interface UrlState {
  year?: number;
  selection?: Selection;
  view?: MapView;
  playing?: boolean;
  lang?: Lang;
  table?: boolean;
  /** A figure's permalink: its id in figures.csv (the app opens that figure's panel at its year). */
  fig?: string;
  /** A `fig` the dataset does not know (the app says so once and drops it from the URL). */
  unknownFig?: string;
  /** The map alone (map, timeline, legend) for an `<iframe>` on another page. */
  embed?: boolean;
  /** The story step shown, counted from 1. */
  story?: number;
}

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

/** The query parameter that names each kind of selection (`?port=aktau`, `?line=btc`, `?flow=…`). */
const PARAM: Record<SelectionKind, string> = { place: 'port', line: 'line', flow: 'flow', corridor: 'corridor' };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function parseUrlState(search: string, b: UrlBounds): UrlState {
  const p = new URLSearchParams(search);
  const out: UrlState = {};
  const yearRaw = p.get('year');
  if (yearRaw !== null && /^\s*\d{1,4}\s*$/.test(yearRaw) && b.years.length) {
    const y = clamp(Number(yearRaw), b.years[0] as number, b.years[b.years.length - 1] as number);
    // Snap to the nearest year that has data.
    out.year = b.years.reduce(
      (best, cur) => (Math.abs(cur - y) < Math.abs(best - y) ? cur : best),
      b.years[0] as number
    );
  }
  const port = p.get('port')?.toLowerCase();
  const line = p.get('line')?.toLowerCase();
  const flow = p.get('flow')?.toLowerCase();
  const corridor = p.get('corridor')?.toLowerCase();
  if (port && b.placeIds.has(port)) out.selection = { kind: 'place', id: port };
  else if (line && b.lineIds.has(line)) out.selection = { kind: 'line', id: line };
  else if (flow && b.flowIds.has(flow)) out.selection = { kind: 'flow', id: flow };
  else if (corridor && b.corridorIds?.has(corridor)) out.selection = { kind: 'corridor', id: corridor };
  const view = p.get('view');
  if (view) {
    // An empty part is missing, not zero (`Number('')` is 0).
    const parts = view.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)));
    if (parts.length === 3 && parts.every(Number.isFinite)) {
      const [lon, lat, z] = parts as [number, number, number];
      // Into the box the camera can show (the map's maxBounds); MapLibre then moves it as far as that zoom needs.
      out.view = {
        center: [clamp(lon, BASEMAP_BOX.west, BASEMAP_BOX.east), clamp(lat, BASEMAP_BOX.south, BASEMAP_BOX.north)],
        zoom: clamp(z, 2.5, 12)
      };
    }
  }
  if (p.get('play') === '1') out.playing = true;
  const lang = p.get('lang');
  if (lang && isLang(lang)) out.lang = lang;
  if (p.get('table') === '1') out.table = true;
  // Figure ids are case-sensitive ("pf-L0141-1"); trimmed, capped, never echoed unbounded into the notice.
  const fig = p.get('fig')?.trim();
  if (fig) {
    if (b.figureIds?.has(fig)) out.fig = fig;
    else out.unknownFig = fig.slice(0, 80);
  }
  if (p.get('embed') === '1') out.embed = true;
  const story = p.get('story');
  if (story !== null && /^\s*\d{1,3}\s*$/.test(story) && b.storySteps)
    out.story = clamp(Number(story), 1, b.storySteps);
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
