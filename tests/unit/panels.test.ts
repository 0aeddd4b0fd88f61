// Detail panels over the real dataset.
import { describe, it, expect } from 'vitest';
import type { Dataset } from '../../src/data/dataset';
import { openableLines, panelEntities, panelModel, selectableItems } from '../../src/model/panels';
import {
  corridor,
  flow,
  formatSelection,
  line,
  parseSelection,
  place,
  type Selection
} from '../../src/model/selection';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
/** `place:aktau` → its Selection (the tests list selections in their text form for readable names). */
const sel = (text: string): Selection => {
  const s = parseSelection(text);
  if (!s) throw new Error(`not a selection: ${text}`);
  return s;
};

describe('place and line panels', () => {
  const selections = [
    'place:aktau',
    'place:kuryk',
    'place:alat',
    'place:baku',
    'place:sangachal',
    'place:ceyhan',
    'line:btc',
    'line:btk'
  ];

  it.each(selections)('%s builds in both languages', (text) => {
    for (const lang of ['en', 'ru'] as const) {
      const p = panelModel(sel(text), data, lang);
      expect(p, `${text} ${lang}`).not.toBeNull();
      expect(p?.selection).toEqual(sel(text));
      expect(p?.title.trim().length).toBeGreaterThan(0);
      expect(p?.entities.length).toBeGreaterThan(0);
    }
  });

  it.each(['place:aktau', 'place:kuryk', 'place:alat', 'line:btc', 'line:btk'])('%s has figures', (text) => {
    expect(panelModel(sel(text), data, 'en')?.figures.length).toBeGreaterThan(0);
  });

  it.each([
    ...selections,
    'line:aktau_alat',
    'line:kuryk_alat',
    'corridor:titr',
    ...data.flows.map((f) => `flow:${f.id}`)
  ])("%s: every figure and milestone belongs to the panel's entities, figures by year", (text) => {
    const p = panelModel(sel(text), data, 'en');
    if (!p) throw new Error(`no panel for ${text}`);
    const ent = new Set(p.entities);
    for (const f of p.figures) expect(ent.has(f.entity), `${f.id} (${f.entity})`).toBe(true);
    for (const m of p.milestones) expect(ent.has(m.entity), `${m.id} (${m.entity})`).toBe(true);
    // Nothing of those entities is left out.
    expect(p.figures).toHaveLength(data.figures.filter((f) => ent.has(f.entity)).length);
    expect(p.milestones).toHaveLength(data.milestones.filter((m) => ent.has(m.entity)).length);
    for (let i = 1; i < p.figures.length; i++)
      expect(p.figures[i]?.year ?? 0).toBeGreaterThanOrEqual(p.figures[i - 1]?.year ?? 0);
    for (let i = 1; i < p.milestones.length; i++)
      expect((p.milestones[i]?.date ?? '') >= (p.milestones[i - 1]?.date ?? '')).toBe(true);
  });

  it('a place panel is titled by its full name in the chosen language, with the other language and the country below', () => {
    const en = panelModel(place('aktau'), data, 'en');
    const ru = panelModel(place('aktau'), data, 'ru');
    const props = data.places.get('aktau')?.properties;
    if (!props) throw new Error('aktau is missing from places.geojson');
    expect(en?.title).toBe(props.full_name_en ?? props.name);
    expect(ru?.title).toBe(props.full_name_ru ?? props.name);
    expect(en?.subtitle).toBe(`${props.name_ru} · Kazakhstan`);
    expect(ru?.subtitle).toBe(`${props.name_en} · Казахстан`);
    expect(ru?.title).toMatch(/[А-Яа-яЁё]/);
  });

  it('the BTC panel also holds the Kazakh oil carried through it', () => {
    expect(panelEntities(line('btc'), data)).toEqual(['btc', 'kz_oil_btc']);
    const p = panelModel(line('btc'), data, 'en');
    expect(new Set(p?.figures.map((f) => f.entity))).toEqual(new Set(['btc', 'kz_oil_btc']));
    expect(panelModel(line('btc'), data, 'ru')?.title).toMatch(/[А-Яа-яЁё]/);
  });

  it('a flow panel shows the series of its entity under its label', () => {
    const f = data.flows[0];
    if (!f) throw new Error('flows.json has no flow');
    const p = panelModel(flow(f.id), data, 'ru');
    expect(p?.selection.kind).toBe('flow');
    expect(p?.title).toBe(f.label_ru);
    expect(p?.subtitle).toBe(f.note_ru);
    expect(p?.entities).toEqual([data.measures.get(f.measure)?.entity]);
  });

  it('the corridor panel holds the TITR figures under the corridor-wide label, its scope below', () => {
    const c = data.corridorMeasures[0];
    if (!c) throw new Error('corridor_measures.json is empty');
    const p = panelModel(corridor(c.id), data, 'ru');
    expect(p?.selection.kind).toBe('corridor');
    expect(p?.title).toBe(c.label_ru);
    expect(p?.subtitle).toBe(c.scope_ru);
    expect(p?.entities).toEqual(c.entities);
    expect(p?.figures.some((f) => f.measure === c.measure)).toBe(true);
  });

  it.each([place('atlantis'), line('nowhere'), flow('nothing'), corridor('nowhere')])(
    '$kind:$id gives no panel',
    (s) => {
      expect(panelModel(s, data, 'en')).toBeNull();
    }
  );
  it('a context pipeline (no panel entities in geodata) gives no panel', () => {
    const id = data.contextPipelineIds[0];
    if (!id) throw new Error('pipelines_context.geojson has no line');
    expect(panelModel(line(id), data, 'en')).toBeNull();
  });
  it('an unknown flow has no entities', () => {
    expect(panelEntities(flow('nothing'), data)).toEqual([]);
  });
});

describe('lines and their panel entities come from geodata', () => {
  it('the openable lines are BTC, BTK and the two sea lanes, in file order', () => {
    expect(openableLines(data).map((l) => l.properties.id)).toEqual(['btc', 'btk', 'aktau_alat', 'kuryk_alat']);
  });
  it('every panel entity is the entity of some measure in measures.csv (a typo would show an empty panel)', () => {
    const measured = new Set([...data.measures.values()].map((m) => m.entity));
    for (const l of openableLines(data))
      for (const e of l.properties.panel_entities ?? []) expect(measured, `${l.properties.id}: ${e}`).toContain(e);
  });
});

describe('selectableItems', () => {
  it('lists ports, then terminals, then lines, each with a label', () => {
    const items = selectableItems(data, 'en');
    const order = { port: 0, terminal: 1, line: 2, corridor: 3 } as const;
    for (let i = 1; i < items.length; i++)
      expect(order[items[i]?.group ?? 'line']).toBeGreaterThanOrEqual(order[items[i - 1]?.group ?? 'port']);
    const ids = items.map((x) => x.key);
    for (const id of [
      'place:aktau',
      'place:kuryk',
      'place:alat',
      'place:sangachal',
      'place:ceyhan',
      'line:btc',
      'line:btk',
      'corridor:titr'
    ])
      expect(ids).toContain(id);
    // Context places (other ports, cities) are not in the list.
    expect(ids).not.toContain('place:kars');
    for (const x of items) {
      expect(x.label.trim().length).toBeGreaterThan(0);
      expect(x.key).toBe(formatSelection(x.selection));
      expect(panelModel(x.selection, data, 'en'), x.key).not.toBeNull();
    }
  });
  it('keeps that order even when a terminal comes first in the file', () => {
    const reordered: Dataset = { ...data, places: new Map([...data.places].reverse()) };
    const groups = selectableItems(reordered, 'en').map((x) => x.group);
    expect(groups).toEqual(
      [...groups].sort(
        (a, b) =>
          ['port', 'terminal', 'line', 'corridor'].indexOf(a) - ['port', 'terminal', 'line', 'corridor'].indexOf(b)
      )
    );
  });
  it('labels follow the language', () => {
    const ru = selectableItems(data, 'ru');
    expect(ru.find((x) => x.key === 'place:aktau')?.label).toBe(data.places.get('aktau')?.properties.name_ru);
  });
});
