// Each thing the map draws draws exactly one measure: every arc or route, every port circle and the corridor bar, in
// tonnes, of the entity it stands for — and a part (a field, an operator, a direction) never rivals its whole.
import { describe, expect, it } from 'vitest';
import { flowViews, type FlowView } from '../../src/model/flows';
import { portFrame, portFrames, portViews, maxPortTonnes } from '../../src/model/ports';
import { corridorFrame, corridorMaxTonnes, corridorViews } from '../../src/model/corridor';
import { drawnValue, measureFigures, yearsWithData } from '../../src/model/flowYear';
import { conflictGroups } from '../../src/model/figures';
import { makeAreaScale, radiusPx, referenceCircleTonnes } from '../../src/model/scale';
import { mapMarks } from '../../src/model/marks';
import { figure } from './fixtures';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const flows = flowViews(data);
const ports = portViews(data);
const corridor = corridorViews(data);
const marks = mapMarks(data, corridor, ports, flows);
const years = yearsWithData(
  marks.map((m) => m.measure),
  data.figures
);
const portIds = new Set(
  [...data.places.values()].filter((p) => p.properties.map_role === 'port').map((p) => p.properties.id)
);
const placeIdOf = (p: (typeof ports)[number]) => p.port.place;

/** Every figure a drawn series could ever show, and every figure it shows in some year. */
function shownFigures(series: FlowView['series']) {
  return years.flatMap((y) => drawnValue(y, series)?.figures ?? []);
}

describe('arcs and routes', () => {
  it('there are flows, and none draws a port’s own throughput (Kuryk→Alat and Aktau→Alat arcs are gone)', () => {
    expect(flows.length).toBeGreaterThan(0);
    expect(flows.map((v) => v.flow.measure)).not.toContain('kuryk.cargo');
    expect(flows.map((v) => v.flow.measure)).not.toContain('titr.cargo');
  });
  it.each(flows.map((v) => [v.flow.id, v] as const))('%s draws one measure, in tonnes, of a flow', (_id, v) => {
    const m = data.measures.get(v.flow.measure);
    expect(m, v.flow.measure).toBeDefined();
    expect(m?.unit).toBe('t');
    // A flow's measure belongs to no port: a port's own count is drawn at the port.
    expect(portIds.has(m?.entity ?? '')).toBe(false);
    // A flow along a line draws that line's measure or one named for it (kz_oil_btc along btc, btk along btk).
    if (v.flow.draw.startsWith('route:')) {
      const line = v.flow.draw.slice(6);
      expect(m?.entity === line || (m?.entity ?? '').split('_').includes(line), `${m?.entity} along ${line}`).toBe(
        true
      );
    }
    expect(v.series.length).toBeGreaterThan(0);
    for (const f of [...v.series, ...shownFigures(v.series)]) {
      expect(f.measure, f.id).toBe(v.flow.measure);
      expect(f.unit, f.id).toBe('t');
    }
  });
  it('BTK cargo is drawn along the BTK line, from Baku to Kars', () => {
    const btk = flows.find((v) => v.flow.measure === 'btk.cargo');
    expect(btk?.flow.draw).toBe('route:btk');
    expect(btk?.path?.[0]).toEqual(data.places.get('baku')?.geometry.coordinates);
  });
});

describe('port circles', () => {
  it('Aktau, Kuryk and Alat each get a circle; the largest is listed first so smaller ones lie on top', () => {
    expect(ports.map(placeIdOf).sort()).toEqual(['aktau', 'alat', 'kuryk']);
    const maxOf = (p: (typeof ports)[number]) => Math.max(...p.series.map((f) => f.value ?? f.value_max ?? 0));
    for (let i = 1; i < ports.length; i++)
      expect(maxOf(ports[i - 1] as (typeof ports)[number])).toBeGreaterThanOrEqual(
        maxOf(ports[i] as (typeof ports)[number])
      );
  });
  it.each(ports.map((p) => [p.port.place, p] as const))('%s draws its own all-cargo measure only', (place, p) => {
    const m = data.measures.get(p.port.measure);
    expect(m?.unit).toBe('t');
    expect(m?.entity).toBe(place);
    expect(p.position).toEqual(data.places.get(place)?.geometry.coordinates);
    expect(p.series.length).toBeGreaterThan(0);
    for (const f of [...p.series, ...shownFigures(p.series)]) {
      expect(f.measure, f.id).toBe(p.port.measure);
      expect(f.entity, f.id).toBe(place);
    }
  });
  it('no measure is drawn both at a port and as a flow', () => {
    const flowMeasures = new Set(flows.map((v) => v.flow.measure));
    for (const p of ports) expect(flowMeasures.has(p.port.measure), p.port.measure).toBe(false);
  });
  it('a year without a figure draws no circle; a year with one draws it at the right area', () => {
    const scale = makeAreaScale(maxPortTonnes(ports));
    for (const p of ports)
      for (const y of years) {
        const fr = portFrame(p, y, scale);
        const v = drawnValue(y, p.series);
        if (!v) {
          expect(fr).toEqual({ value: null, coreRadius: 0, bandRadius: 0 });
          continue;
        }
        expect(fr.coreRadius).toBe(radiusPx(scale, v.min));
        expect(fr.bandRadius).toBe(radiusPx(scale, v.max));
        expect(fr.bandRadius).toBeLessThanOrEqual(scale.maxRadiusPx + 1e-9);
      }
    const frames = portFrames(ports, 1990, scale);
    expect([...frames.keys()].sort()).toEqual(ports.map(placeIdOf).sort());
    for (const fr of frames.values()) expect(fr.value).toBeNull();
  });
});

describe('the corridor total', () => {
  it('is TITR, in tonnes, drawn for the whole corridor and not between two places', () => {
    expect(corridor.map((c) => c.corridor.measure)).toEqual(['titr.cargo']);
    for (const c of corridor) {
      expect(data.measures.get(c.corridor.measure)?.unit).toBe('t');
      expect(data.measures.get(c.corridor.measure)?.entity).toBe(c.corridor.id);
      expect(c.corridor.entities[0]).toBe(c.corridor.id);
      for (const f of c.series) expect(f.measure).toBe(c.corridor.measure);
      expect(c.corridor.scope_en).toMatch(/not a flow between two ports/i);
      expect(c.corridor.scope_ru).toMatch(/не поток между двумя портами/i);
    }
  });
  it('its bar is linear on one scale for all years, and empty without a figure', () => {
    const c = corridor[0];
    expect(c).toBeDefined();
    if (!c) return;
    const max = corridorMaxTonnes(c);
    for (const y of years) {
      const fr = corridorFrame(c, y);
      if (!fr.value) {
        expect(fr).toEqual({ value: null, core: 0, band: 0 });
        continue;
      }
      expect(fr.core).toBeCloseTo(fr.value.min / max, 12);
      expect(fr.band).toBeLessThanOrEqual(1);
    }
    expect(corridorFrame(c, 1990).value).toBeNull();
  });
});

describe('a part never rivals its whole', () => {
  const whole = figure({ entity: 'kz_oil_btc', measure: 'kz_oil_btc.oil', year: 2023, value: 1_392_000 });
  const tengiz = figure({ entity: 'kz_oil_btc', measure: 'kz_oil_btc.oil.tengiz', year: 2023, value: 1_057_000 });
  it('a Tengiz part and the whole for the same year are no conflict', () => {
    expect(conflictGroups([whole, tengiz])).toEqual([]);
  });
  it('the whole’s flow draws the whole only, with no band', () => {
    const series = measureFigures('kz_oil_btc.oil', [whole, tengiz]);
    expect(series).toEqual([whole]);
    expect(drawnValue(2023, series)).toMatchObject({ min: 1_392_000, max: 1_392_000, conflict: false });
  });
  it('one operator on a line (ADY Express on BTK) is not the line', () => {
    const line = figure({ entity: 'btk', measure: 'btk.cargo', year: 2019, value: 300_000 });
    const ady = figure({ entity: 'btk', measure: 'btk.cargo.ady_express', year: 2019, value: 25_722 });
    const adySub = figure({ entity: 'btk', measure: 'btk.cargo.ady_express', year: 2019, value: 24_953 });
    expect(conflictGroups([line, ady]).length).toBe(0);
    expect(drawnValue(2019, measureFigures('btk.cargo', [line, ady, adySub]))).toMatchObject({ conflict: false });
  });
  it('two sources on the same measure, year and period still disagree', () => {
    const other = figure({ entity: 'kz_oil_btc', measure: 'kz_oil_btc.oil', year: 2023, value: 1_057_000 });
    expect(conflictGroups([whole, other])).toHaveLength(1);
  });
});

describe('legend circles', () => {
  it('three reference circles at 1/16, 1/4 and 1 of a round value: radii 1 : 2 : 4 (area ∝ tonnes)', () => {
    const scale = makeAreaScale(8.2e6);
    const refs = referenceCircleTonnes(scale);
    expect(refs).toEqual([500_000, 2_000_000, 8_000_000]);
    const [a, b, c] = refs.map((t) => radiusPx(scale, t));
    expect((b ?? 0) / (a ?? 1)).toBeCloseTo(2, 9);
    expect((c ?? 0) / (b ?? 1)).toBeCloseTo(2, 9);
    expect(radiusPx(scale, 0)).toBe(0);
    expect(radiusPx(scale, 1)).toBe(scale.minRadiusPx);
  });
  it('no port figure (figures.csv lost): no reference circle, not three of 0 t (the legend keys them by value)', () => {
    expect(referenceCircleTonnes(makeAreaScale(0))).toEqual([]);
  });
});
