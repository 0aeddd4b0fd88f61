// Value labels are MapLibre symbols: one point per flow and port with a figure in the year, none without, each text
// saying the status and the part of the year, and anchor lists MapLibre can read.
import { describe, expect, it } from 'vitest';
import { labelPosition, portAnchors, valueLabelFeatures, type ValueLabelInput } from '../../src/map/valueLabels';
import { flowFrames, flowViews, maxFlowTonnes } from '../../src/model/flows';
import { maxPortTonnes, portFrames, portViews } from '../../src/model/ports';
import { makeAreaScale, makeWidthScale } from '../../src/model/scale';
import { buildStyle, PLACE_LABEL_LAYERS } from '../../src/map/style';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const flows = flowViews(data);
const ports = portViews(data);
const widths = makeWidthScale(maxFlowTonnes(flows));
const areas = makeAreaScale(maxPortTonnes(ports));
const input = (year: number, lang: 'en' | 'ru' = 'en'): ValueLabelInput => ({
  flows,
  frames: flowFrames(flows, year, widths),
  ports,
  portFrames: portFrames(ports, year, areas),
  lang
});
const ANCHORS = ['center', 'left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'];
const YEARS = [1990, 2005, 2017, 2019, 2022, 2023, 2024, 2025];

describe('valueLabelFeatures', () => {
  it('has one label per flow and port with a figure in the year, and none (not even empty) without', () => {
    for (const year of YEARS) {
      const i = input(year);
      const ids = valueLabelFeatures(i).features.map((f) => f.properties.id);
      const expected = [
        ...ports.filter((p) => i.portFrames.get(p.port.place)?.value).map((p) => `port:${p.port.place}`),
        ...flows.filter((v) => i.frames.get(v.flow.id)?.value).map((v) => `flow:${v.flow.id}`)
      ];
      expect(ids).toEqual(expected);
      for (const f of valueLabelFeatures(i).features) expect(f.properties.text.trim()).not.toBe('');
    }
    expect(valueLabelFeatures(input(1990)).features).toEqual([]);
    expect(valueLabelFeatures(input(2023)).features.length).toBeGreaterThan(3);
  });

  it('says the status and the part of the year of every figure it labels, in both languages', () => {
    let labelled = 0;
    for (const year of YEARS) {
      const i = input(year);
      const en = new Map(valueLabelFeatures(i).features.map((f) => [f.properties.id, f.properties.text]));
      const ru = new Map(
        valueLabelFeatures(input(year, 'ru')).features.map((f) => [f.properties.id, f.properties.text])
      );
      for (const v of flows) {
        const value = i.frames.get(v.flow.id)?.value;
        if (!value) continue;
        labelled += 1;
        const text = en.get(`flow:${v.flow.id}`) ?? '';
        if (value.period !== 'year') expect(text).toMatch(/ · /);
        if (value.drawn !== 'actual' && value.drawn !== 'partial') expect(text).toMatch(new RegExp(`^${value.drawn} `));
        expect(ru.get(`flow:${v.flow.id}`)).not.toBe(text);
      }
    }
    expect(labelled).toBeGreaterThan(0);
  });

  it('ranks larger figures first, so they win a contested spot', () => {
    const f = valueLabelFeatures(input(2023)).features;
    for (const x of f) expect(x.properties.rank).toBeLessThan(0);
    const biggest = [...f].sort((a, b) => a.properties.rank - b.properties.rank)[0];
    expect(biggest?.properties.text).toMatch(/Mt/);
  });

  it('gives MapLibre anchor lists it can parse, the side port_measures.json names first', () => {
    for (const f of valueLabelFeatures(input(2023)).features) {
      // The style spec's form: anchor, [x, y], anchor, [x, y], …
      const a = f.properties.anchors;
      expect(a.length % 2).toBe(0);
      expect(a.length).toBeGreaterThanOrEqual(6);
      a.forEach((x, k) => {
        if (k % 2 === 0) expect(ANCHORS).toContain(x);
        else expect(Array.isArray(x) && x.every(Number.isFinite) ? x.length : 0).toBe(2);
      });
      expect(f.properties.color).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(portAnchors([-1, 0], 10).slice(0, 2)).toEqual([
      'right',
      [-15 / 13, 0].map((x) => Math.round(x * 100) / 100)
    ]);
    expect(portAnchors([1, -1], 10)[0]).toBe('bottom-left');
    expect(portAnchors([0, 0], 0)[0]).toBe('center');
  });

  it('puts an arc label on the arc between its ends, and a route label on its route', () => {
    for (const v of flows) {
      const [lon, lat] = labelPosition(v);
      if (v.path) expect(v.path).toContainEqual([lon, lat]);
      else {
        expect(lon).toBeGreaterThan(Math.min(v.source[0], v.target[0]) - 3);
        expect(lon).toBeLessThan(Math.max(v.source[0], v.target[0]) + 3);
      }
    }
  });
});

describe('label layers of the style', () => {
  const style = buildStyle(data, 'http://127.0.0.1/', 'en');
  const order = style.layers.map((l) => l.id);
  it('places port names first, then values, then other names, then the basemap labels', () => {
    // MapLibre places symbols from the top layer down: a later layer here wins a contested spot.
    const at = (id: string) => order.indexOf(id);
    expect(at('port-labels')).toBeGreaterThan(at('value-labels'));
    expect(at('value-labels')).toBeGreaterThan(at('terminal-labels'));
    expect(at('terminal-labels')).toBeGreaterThan(at('place-labels'));
    expect(at('place-labels')).toBeGreaterThan(at('country-labels'));
    expect(at('place-labels')).toBeGreaterThan(at('sea-labels'));
    for (const id of PLACE_LABEL_LAYERS) expect(at(id)).toBeGreaterThan(0);
  });
  it('lets no label ignore placement: every one takes its room in the collision index', () => {
    for (const l of style.layers)
      if (l.type === 'symbol') expect(l.layout?.['text-ignore-placement'] ?? false, l.id).toBe(false);
    const values = style.layers.find((l) => l.id === 'value-labels');
    expect(values?.type === 'symbol' ? values.layout?.['text-overlap'] : null).toBe('never');
  });
});
