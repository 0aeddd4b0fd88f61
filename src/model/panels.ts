// What a detail panel shows for a selection: its title, its figures and milestones (by entity), and its place or line.
import type { Dataset } from '../data/dataset';
import type { Figure, Milestone } from '../data/schema';
import type { Lang } from './format';

/** Entities whose figures belong in a panel, beyond the selection's own id. */
const PANEL_ENTITIES: Record<string, string[]> = {
  'line:btc': ['btc', 'kz_oil_btc'],
  'line:btk': ['btk'],
  'line:aktau_alat': ['aktau_baku'],
  'line:kuryk_alat': ['kuryk_alat', 'aktau_kuryk_baku']
};

export interface PanelModel {
  id: string;
  kind: 'place' | 'line' | 'flow' | 'corridor';
  title: string;
  subtitle: string;
  entities: string[];
  figures: Figure[];
  milestones: Milestone[];
  props: Record<string, unknown>;
}

/** A GeoJSON property as text, or undefined when the feature lacks it or it is not text (properties are loose). */
export const textProp = (props: Record<string, unknown>, key: string): string | undefined => {
  const v = props[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

export function panelEntities(selection: string, data: Dataset): string[] {
  const extra = PANEL_ENTITIES[selection];
  if (extra) return extra;
  const [kind, id = ''] = selection.split(':');
  if (kind === 'corridor') return data.corridorMeasures.find((c) => c.id === id)?.entities ?? [];
  if (kind === 'flow') {
    const flow = data.flows.find((f) => f.id === id);
    const entity = flow ? data.measures.get(flow.measure)?.entity : undefined;
    return entity ? [entity] : [];
  }
  return [id];
}

export function panelModel(selection: string, data: Dataset, lang: Lang): PanelModel | null {
  const [kind, id = ''] = selection.split(':');
  const entities = panelEntities(selection, data);
  let title: string;
  let subtitle = '';
  let props: Record<string, unknown>;
  if (kind === 'place') {
    const p = data.places.get(id);
    if (!p) return null;
    props = p.properties;
    title = textProp(p.properties, lang === 'ru' ? 'full_name_ru' : 'full_name_en') ?? p.properties.name;
    const country = textProp(p.properties, `country_${lang}`);
    subtitle = [lang === 'ru' ? p.properties.name_en : p.properties.name_ru, country].filter(Boolean).join(' · ');
  } else if (kind === 'line') {
    const l = data.lines.get(id);
    if (!l) return null;
    props = l.properties;
    title = (lang === 'ru' ? textProp(l.properties, 'name_ru') : undefined) ?? l.properties.name;
  } else if (kind === 'flow') {
    const f = data.flows.find((x) => x.id === id);
    if (!f) return null;
    props = { ...f };
    title = lang === 'ru' ? f.label_ru : f.label_en;
    subtitle = lang === 'ru' ? f.note_ru : f.note_en;
  } else if (kind === 'corridor') {
    const c = data.corridorMeasures.find((x) => x.id === id);
    if (!c) return null;
    title = lang === 'ru' ? c.label_ru : c.label_en;
    subtitle = lang === 'ru' ? c.scope_ru : c.scope_en;
    props = { ...c };
  } else return null;
  const ent = new Set(entities);
  const figures = data.figures
    .filter((f) => ent.has(f.entity))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.metric.localeCompare(b.metric) || a.id.localeCompare(b.id));
  const milestones = data.milestones.filter((m) => ent.has(m.entity)).sort((a, b) => a.date.localeCompare(b.date));
  return { id: selection, kind, title, subtitle, entities, figures, milestones, props };
}

export type SelectableGroup = 'port' | 'terminal' | 'line' | 'corridor';

/** The list of things a keyboard or phone user can open: ports first, then terminals, lines and the whole corridor. */
export function selectableItems(data: Dataset, lang: Lang): { id: string; label: string; group: SelectableGroup }[] {
  const out: { id: string; label: string; group: SelectableGroup }[] = [];
  // One pass per role, so the order holds whatever order places.geojson lists them in.
  for (const role of ['port', 'terminal'] as const)
    for (const p of data.places.values())
      if (p.properties.map_role === role)
        out.push({
          id: `place:${p.properties.id}`,
          label: lang === 'ru' ? p.properties.name_ru : p.properties.name_en,
          group: role
        });
  for (const id of ['btc', 'btk', 'aktau_alat', 'kuryk_alat']) {
    const l = data.lines.get(id);
    if (l)
      out.push({
        id: `line:${id}`,
        label: (lang === 'ru' ? textProp(l.properties, 'name_ru') : undefined) ?? l.properties.name,
        group: 'line'
      });
  }
  for (const c of data.corridorMeasures)
    out.push({ id: `corridor:${c.id}`, label: lang === 'ru' ? c.label_ru : c.label_en, group: 'corridor' });
  return out;
}
