// What a detail panel shows for a selection: its title, its figures and milestones (by entity), and its place or line.
// Which entities a line's panel lists, and which lines can be opened at all, come from geodata (`panel_entities`).
import type { Dataset } from '../data/dataset';
import type { Figure, LineFeature, Milestone } from '../data/schema';
import { panelCharts, type PanelChart } from './charts';
import { otherLang, pick, pickText, type Lang } from './i18n';
import { corridor, formatSelection, line, place, type Selection } from './selection';

export interface PanelModel {
  selection: Selection;
  title: string;
  subtitle: string;
  /** What a port or terminal does, quoted from a source (places.geojson `role_*`), or null. */
  role: { text: string; source: string; locator: string; quote: string } | null;
  /** The opening or launch milestone, where one is documented. */
  opening: Milestone | null;
  /** Why a line's drawn geometry is only schematic, or null when it is not. */
  schematicNote: string | null;
  /** Where a place's coordinate comes from and how precise it is, or null. */
  location: { source: string; precision: string } | null;
  entities: string[];
  figures: Figure[];
  /** The figures charted: one chart per metric and unit (src/model/charts.ts). */
  charts: PanelChart[];
  milestones: Milestone[];
}

/** A GeoJSON property as text, or undefined when the feature lacks it or it is not text (properties are loose). */
export const textProp = (props: Readonly<Record<string, unknown>>, key: string): string | undefined => {
  const v = props[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};

/** The lines a reader can open (those geodata gives panel entities), in file order: BTC, BTK, then the sea lanes. */
export function openableLines(data: Dataset): LineFeature[] {
  return [...data.lines.values()].filter((l) => l.properties.panel_entities?.length);
}

/** The entities whose figures and milestones a selection's panel lists. */
export function panelEntities(selection: Selection, data: Dataset): string[] {
  switch (selection.kind) {
    case 'place':
      return [selection.id];
    case 'line':
      return data.lines.get(selection.id)?.properties.panel_entities ?? [];
    case 'flow': {
      const flow = data.flows.find((f) => f.id === selection.id);
      const entity = flow ? data.measures.get(flow.measure)?.entity : undefined;
      return entity ? [entity] : [];
    }
    case 'corridor':
      return data.corridorMeasures.find((c) => c.id === selection.id)?.entities ?? [];
  }
}

const lineName = (l: LineFeature, lang: Lang): string => pickText(l.properties, 'name', lang) ?? l.properties.name;

/** Title, subtitle and the item's own properties, or null when the selection names nothing in the dataset. */
function header(selection: Selection, data: Dataset, lang: Lang) {
  switch (selection.kind) {
    case 'place': {
      const p = data.places.get(selection.id);
      if (!p) return null;
      const title = pickText(p.properties, 'full_name', lang) ?? p.properties.name;
      // The local name in the other language, then the country.
      const subtitle = [pickText(p.properties, 'name', otherLang(lang)), pickText(p.properties, 'country', lang)]
        .filter(Boolean)
        .join(' · ');
      return { title, subtitle, props: p.properties };
    }
    case 'line': {
      const l = data.lines.get(selection.id);
      if (!l?.properties.panel_entities) return null;
      return { title: lineName(l, lang), subtitle: '', props: l.properties };
    }
    case 'flow': {
      const f = data.flows.find((x) => x.id === selection.id);
      if (!f) return null;
      return { title: pick(f, 'label', lang), subtitle: pick(f, 'note', lang), props: { ...f } };
    }
    case 'corridor': {
      const c = data.corridorMeasures.find((x) => x.id === selection.id);
      if (!c) return null;
      return { title: pick(c, 'label', lang), subtitle: pick(c, 'scope', lang), props: { ...c } };
    }
  }
}

/** Opening date "where documented": the earliest milestone (by date) that records an opening, launch or commissioning. */
export function openingMilestone(milestones: readonly Milestone[]): Milestone | null {
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.find((m) => /\b(open|opened|opening|launch|launched|commission)/i.test(m.event_en)) ?? null;
}

/** The quoted role, the schematic note and the coordinate's provenance, from the item's own properties. */
function about(
  props: Readonly<Record<string, unknown>>,
  lang: Lang
): Pick<PanelModel, 'role' | 'schematicNote' | 'location'> {
  const roleText = pickText(props, 'role', lang);
  const role = roleText
    ? {
        text: roleText,
        source: textProp(props, 'role_source') ?? '',
        locator: textProp(props, 'role_locator') ?? '',
        quote: textProp(props, 'role_quote') ?? ''
      }
    : null;
  const schematicNote = props.schematic ? (textProp(props, 'accuracy') ?? textProp(props, 'note') ?? '') : null;
  const precision = textProp(props, 'precision');
  const location = precision ? { source: textProp(props, 'source') ?? '', precision } : null;
  return { role, schematicNote, location };
}

export function panelModel(selection: Selection, data: Dataset, lang: Lang): PanelModel | null {
  const head = header(selection, data, lang);
  if (!head) return null;
  const entities = panelEntities(selection, data);
  const ent = new Set(entities);
  const figures = data.figures
    .filter((f) => ent.has(f.entity))
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.metric.localeCompare(b.metric) || a.id.localeCompare(b.id));
  const milestones = data.milestones.filter((m) => ent.has(m.entity)).sort((a, b) => a.date.localeCompare(b.date));
  return {
    selection,
    title: head.title,
    subtitle: head.subtitle,
    ...about(head.props, lang),
    opening: openingMilestone(milestones),
    entities,
    figures,
    charts: panelCharts(figures),
    milestones
  };
}

export interface SelectableItem {
  selection: Selection;
  /** `place:aktau`: the item's key and `data-select` attribute. */
  key: string;
  label: string;
  group: 'port' | 'terminal' | 'line' | 'corridor';
}

/** The list of things a keyboard or phone user can open: ports first, then terminals, lines and the whole corridor. */
export function selectableItems(data: Dataset, lang: Lang): SelectableItem[] {
  const out: SelectableItem[] = [];
  const add = (selection: Selection, label: string, group: SelectableItem['group']) =>
    out.push({ selection, key: formatSelection(selection), label, group });
  // One pass per role, so the order holds whatever order places.geojson lists them in.
  for (const role of ['port', 'terminal'] as const)
    for (const p of data.places.values())
      if (p.properties.map_role === role)
        add(place(p.properties.id), pickText(p.properties, 'name', lang) ?? p.properties.name, role);
  for (const l of openableLines(data)) add(line(l.properties.id), lineName(l, lang), 'line');
  for (const c of data.corridorMeasures) add(corridor(c.id), pick(c, 'label', lang), 'corridor');
  return out;
}
