// Where a figure lives in the app: the panel that lists it and the year it shows, so `?fig=<id>` can open it there.
import type { Dataset } from '../data/dataset';
import type { Figure } from '../data/schema';
import { panelEntities } from './panels';

/** Lines with panels of their own (the same list the URL and the place list accept). */
const PANEL_LINES = ['btc', 'btk', 'aktau_alat', 'kuryk_alat'];

export interface FigureHome {
  figure: Figure;
  /** The panel that lists the figure (`place:…`, `line:…` or `flow:…`); null when no panel does: the data table. */
  selection: string | null;
  /** The figure's own year (null for a target or an undated figure: the timeline stays where it is). */
  year: number | null;
}

/** Every selection with a panel, in the order a figure's home is looked for: places, then lines, then flows. */
function panelSelections(data: Dataset): string[] {
  return [
    ...[...data.places.keys()].map((id) => `place:${id}`),
    ...PANEL_LINES.filter((id) => data.lines.has(id)).map((id) => `line:${id}`),
    ...data.flows.map((f) => `flow:${f.id}`)
  ];
}

/** The panel and year a figure opens at; null for an id not in the dataset. */
export function figureHome(id: string, data: Dataset): FigureHome | null {
  const figure = data.figures.find((f) => f.id === id);
  if (!figure) return null;
  const selection = panelSelections(data).find((s) => panelEntities(s, data).includes(figure.entity)) ?? null;
  return { figure, selection, year: figure.year };
}

/** The atlas's own permalink to a figure: this page's address with only `?fig=<id>` (and the language if not English). */
export function figurePermalink(pageUrl: string, id: string, lang: 'en' | 'ru' = 'en'): string {
  const u = new URL(pageUrl);
  u.search = '';
  u.hash = '';
  u.searchParams.set('fig', id);
  if (lang !== 'en') u.searchParams.set('lang', lang);
  return u.href;
}
