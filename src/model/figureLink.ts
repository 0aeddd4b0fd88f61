// Where a figure lives in the app: the panel that lists it and the year it shows, so `?fig=<id>` can open it there.
import type { Dataset } from '../data/dataset';
import type { Figure } from '../data/schema';
import { DEFAULT_LANG, type Lang } from './i18n';
import { openableLines, panelEntities } from './panels';
import { corridor, flow, line, place, type Selection } from './selection';

export interface FigureHome {
  figure: Figure;
  /** The panel that lists the figure (a place, line, flow or the corridor); null when no panel does: the data table. */
  selection: Selection | null;
  /** The figure's own year (null for a target or an undated figure: the timeline stays where it is). */
  year: number | null;
}

/** Every selection with a panel, in the order a figure's home is looked for: places, lines, flows, the corridor. */
function panelSelections(data: Dataset): Selection[] {
  return [
    ...[...data.places.keys()].map(place),
    ...openableLines(data).map((l) => line(l.properties.id)),
    ...data.flows.map((f) => flow(f.id)),
    ...data.corridorMeasures.map((c) => corridor(c.id))
  ];
}

/** The panel and year a figure opens at; null for an id not in the dataset. */
export function figureHome(id: string, data: Dataset): FigureHome | null {
  const figure = data.figures.find((f) => f.id === id);
  if (!figure) return null;
  const selection = panelSelections(data).find((s) => panelEntities(s, data).includes(figure.entity)) ?? null;
  return { figure, selection, year: figure.year };
}

/** The atlas's own permalink to a figure: this page's address with only `?fig=<id>` (and the language if not the default). */
export function figurePermalink(pageUrl: string, id: string, lang: Lang = 'en'): string {
  const u = new URL(pageUrl);
  u.search = '';
  u.hash = '';
  u.searchParams.set('fig', id);
  if (lang !== DEFAULT_LANG) u.searchParams.set('lang', lang);
  return u.href;
}
