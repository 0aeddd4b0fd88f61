// Flow view model over the real dataset: geometry, series, widths.
import { describe, it, expect } from 'vitest';
import type { Dataset } from '../../src/data/dataset';
import type { Figure } from '../../src/data/schema';
import { flowFrame, flowFrames, flowViews, maxFlowTonnes, pulseSpeed, type LonLat } from '../../src/model/flows';
import { yearsWithFlowData } from '../../src/model/flowYear';
import { makeWidthScale, widthPx } from '../../src/model/scale';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const views = flowViews(data);
const scale = makeWidthScale(maxFlowTonnes(views));
const years = yearsWithFlowData(data.flows, data.figures);

/** Distance in km between two lon/lat points (haversine). */
function km(a: LonLat, b: LonLat): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(r(b[1] - a[1]) / 2) ** 2 + Math.cos(r(a[1])) * Math.cos(r(b[1])) * Math.sin(r(b[0] - a[0]) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
const SANGACHAL: LonLat = [49.48, 40.2];
const CEYHAN: LonLat = [35.93, 36.88];

/** Figures a flow can be drawn from, selected here independently of the model code. */
const drawable = (measure: string): Figure[] =>
  data.figures.filter(
    (f) =>
      f.measure === measure &&
      f.unit === 't' &&
      f.year !== null &&
      f.status !== 'capacity' &&
      (f.period === 'year' || /^(H[12]|Q[1-4]|Jan–[A-Z][a-z]{2})$/.test(f.period))
  );

describe('flowViews', () => {
  it('builds one view per flow, in order, with the places as ends', () => {
    expect(views.map((v) => v.flow.id)).toEqual(data.flows.map((f) => f.id));
    for (const v of views) {
      expect(v.source).toEqual(data.places.get(v.flow.from)?.geometry.coordinates);
      expect(v.target).toEqual(data.places.get(v.flow.to)?.geometry.coordinates);
    }
  });
  it('every flow is drawn in exactly the years its measure has a drawable figure, and in at least one', () => {
    // Honest data, not a quota: the whole BTK line has figures for few years, and the map must not fill the rest.
    for (const v of views) {
      const drawn = years.filter((y) => flowFrame(v, y, scale).value !== null);
      const documented = [...new Set(drawable(v.flow.measure).map((f) => f.year))].sort((a, b) => (a ?? 0) - (b ?? 0));
      expect(drawn, v.flow.id).toEqual(documented);
      expect(drawn.length, v.flow.id).toBeGreaterThanOrEqual(1);
    }
  });
  it("each series is exactly the flow's drawable figures", () => {
    for (const v of views) {
      expect(v.series.map((f) => f.id).sort(), v.flow.id).toEqual(
        drawable(v.flow.measure)
          .map((f) => f.id)
          .sort()
      );
    }
  });
  it('arcs have no path', () => {
    const arcs = views.filter((v) => v.flow.draw === 'arc');
    expect(arcs.length).toBeGreaterThan(0);
    for (const v of arcs) {
      expect(v.path).toBeNull();
      expect(v.pathFractions).toBeNull();
    }
  });
  it('the BTC route flow runs from Sangachal to Ceyhan along the pipeline', () => {
    const btc = views.find((v) => v.flow.draw === 'route:btc');
    expect(btc).toBeDefined();
    const path = btc?.path as LonLat[];
    expect(path.length).toBeGreaterThan(10);
    expect(km(path[0] as LonLat, SANGACHAL)).toBeLessThan(5);
    expect(km(path.at(-1) as LonLat, CEYHAN)).toBeLessThan(10);
    // Westward overall, and every vertex inside the region.
    for (const [lon, lat] of path) {
      expect(lon).toBeGreaterThan(35);
      expect(lon).toBeLessThan(50);
      expect(lat).toBeGreaterThan(36);
      expect(lat).toBeLessThan(42.5);
    }
  });
  it('path fractions run from 0 to 1, one per vertex, never decreasing', () => {
    for (const v of views.filter((x) => x.path)) {
      const fr = v.pathFractions as number[];
      expect(fr).toHaveLength((v.path as LonLat[]).length);
      expect(fr[0]).toBe(0);
      expect(fr.at(-1)).toBeCloseTo(1, 12);
      for (let i = 1; i < fr.length; i++) expect(fr[i]).toBeGreaterThanOrEqual(fr[i - 1] as number);
    }
  });
  it('a route is reversed when the flow runs the other way', () => {
    const btcFlow = data.flows.find((f) => f.draw === 'route:btc');
    if (!btcFlow) throw new Error('no flow drawn along route:btc');
    const reversed: Dataset = { ...data, flows: [{ ...btcFlow, id: 'back', from: btcFlow.to, to: btcFlow.from }] };
    const [v] = flowViews(reversed);
    const forward = views.find((x) => x.flow.id === btcFlow.id)?.path as LonLat[];
    expect(v?.path).toEqual([...forward].reverse());
    expect(km(v?.path?.[0] as LonLat, CEYHAN)).toBeLessThan(10);
  });
  it('a flow whose place is missing is skipped, not drawn from nowhere', () => {
    const first = data.flows[0];
    if (!first) throw new Error('flows.json has no flow');
    const broken: Dataset = { ...data, flows: [{ ...first, from: 'atlantis' }, ...data.flows.slice(1)] };
    expect(flowViews(broken).map((v) => v.flow.id)).toEqual(data.flows.slice(1).map((f) => f.id));
  });
});

describe('widths', () => {
  it('maxFlowTonnes equals the largest figure behind any flow', () => {
    let max = 0;
    for (const f of data.flows) for (const x of drawable(f.measure)) max = Math.max(max, x.value ?? x.value_max ?? 0);
    expect(max).toBeGreaterThan(1e6);
    expect(maxFlowTonnes(views)).toBe(max);
    expect(maxFlowTonnes([])).toBe(0);
  });
  it('no drawn width exceeds the scale maximum', () => {
    for (const y of years)
      for (const [, fr] of flowFrames(views, y, scale)) expect(fr.bandWidth).toBeLessThanOrEqual(scale.maxPx + 1e-9);
  });
  it('widths for two years differ where the tonnage differs', () => {
    const titr = views.find((v) => v.flow.id === 'titr_caspian') ?? views[0];
    if (!titr) throw new Error('no flow view');
    const withData = years.map((y) => flowFrame(titr, y, scale)).filter((f) => f.value !== null);
    expect(withData.length).toBeGreaterThanOrEqual(2);
    const first = withData[0];
    const last = withData.at(-1);
    expect(first?.value?.min).not.toBe(last?.value?.min);
    expect(first?.coreWidth).not.toBe(last?.coreWidth);
    // Larger tonnage, wider arc.
    const [lo, hi] = (first?.value?.min ?? 0) < (last?.value?.min ?? 0) ? [first, last] : [last, first];
    expect(hi?.coreWidth).toBeGreaterThan(lo?.coreWidth ?? Infinity);
  });
  it('core and band widths are the width of the band ends', () => {
    for (const y of years)
      for (const v of views) {
        const fr = flowFrame(v, y, scale);
        if (!fr.value) {
          expect(fr).toEqual({ value: null, coreWidth: 0, bandWidth: 0 });
          continue;
        }
        expect(fr.coreWidth).toBe(widthPx(scale, fr.value.min));
        expect(fr.bandWidth).toBe(widthPx(scale, fr.value.max));
        expect(fr.bandWidth).toBeGreaterThanOrEqual(fr.coreWidth);
        if (fr.value.max > fr.value.min && (fr.value.min / scale.maxTonnes) * scale.maxPx > scale.minPx)
          expect(fr.bandWidth).toBeGreaterThan(fr.coreWidth);
      }
  });
  it('flowFrames holds a frame for every flow, even in a year with no data', () => {
    const frames = flowFrames(views, 1990, scale);
    expect([...frames.keys()]).toEqual(views.map((v) => v.flow.id));
    for (const fr of frames.values()) expect(fr.value).toBeNull();
  });
});

describe('pulseSpeed', () => {
  it('is zero for nothing and grows with tonnage up to a cap', () => {
    expect(pulseSpeed(0, scale)).toBe(0);
    expect(pulseSpeed(-1, scale)).toBe(0);
    const a = pulseSpeed(scale.maxTonnes / 4, scale);
    const b = pulseSpeed(scale.maxTonnes / 2, scale);
    expect(b).toBeGreaterThan(a);
    expect(pulseSpeed(scale.maxTonnes, scale)).toBeCloseTo(0.5, 12);
    expect(pulseSpeed(scale.maxTonnes * 10, scale)).toBeCloseTo(0.5, 12);
  });
});
