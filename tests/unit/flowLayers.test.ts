// The deck.gl layer builder keeps data identity across years and frames and changes only accessors' triggers.
import { describe, expect, it } from 'vitest';
import { buildFlowLayers, type FlowLayerInput } from '../../src/map/flowLayers';
import { flowFrames, flowViews, maxFlowTonnes } from '../../src/model/flows';
import { makeWidthScale } from '../../src/model/scale';
import { UNDER_LABELS } from '../../src/map/style';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const views = flowViews(data);
const arcs = views.filter((v) => v.flow.draw === 'arc');
const routes = views.filter((v) => v.flow.draw !== 'arc');
const scale = makeWidthScale(maxFlowTonnes(views));
const input = (year: number, time = 0): FlowLayerInput => ({
  arcs,
  routes,
  frames: flowFrames(views, year, scale),
  year,
  scale,
  time,
  animate: true,
  widthVersion: 0,
  selectedFlow: null
});

describe('buildFlowLayers', () => {
  it('uses the same data arrays for every year and frame', () => {
    const a = buildFlowLayers(input(2019, 0));
    const b = buildFlowLayers(input(2024, 3.5));
    expect(a.map((l) => l.id)).toEqual(b.map((l) => l.id));
    a.forEach((layer, i) => expect(layer.props.data).toBe(b[i]?.props.data));
  });
  it('signals a change of year through updateTriggers, not new data', () => {
    const a = buildFlowLayers(input(2019));
    const b = buildFlowLayers(input(2024));
    const core = (ls: typeof a) =>
      ls.find((l) => l.id === 'flow-core')?.props.updateTriggers as Record<string, unknown[]>;
    expect(core(a).getWidth).not.toEqual(core(b).getWidth);
  });
  it('uses no deck.gl attribute transitions (a GPU read-back each) and redraws widths when the tween moves', () => {
    for (const layer of buildFlowLayers(input(2024))) expect(layer.props.transitions ?? null).toBeNull();
    const widths = (v: number) =>
      (
        buildFlowLayers({ ...input(2024), widthVersion: v }).find((l) => l.id === 'flow-core')?.props
          .updateTriggers as Record<string, unknown[]>
      ).getWidth;
    expect(widths(1)).not.toEqual(widths(2));
    expect(widths(3)).toEqual(widths(3));
  });
  it('draws every flow layer under the map labels (interleaved: under the first label layer)', () => {
    for (const layer of buildFlowLayers(input(2024)))
      expect((layer.props as { beforeId?: string }).beforeId, layer.id).toBe(UNDER_LABELS.beforeId);
  });
  it('draws arcs and routes with two layer classes, one shader program each, pulses on the core bands only', () => {
    // Each distinct deck.gl program costs 0.4–0.5 s to prepare at start-up on software WebGL: band and core share one.
    const layers = buildFlowLayers(input(2024, 2));
    expect(layers.map((l) => `${l.id}:${l.constructor.name}`)).toEqual([
      'flow-band:FlowArcLayer',
      'flow-core:FlowArcLayer',
      'route-band:FlowPathLayer',
      'route-core:FlowPathLayer'
    ]);
    const props = (id: string) => layers.find((l) => l.id === id)?.props as unknown as Record<string, unknown>;
    expect(props('route-core').pulses).toBe(true);
    expect(props('route-band').pulses).toBe(false);
    expect(props('route-core').time).toBe(2);
    const off = buildFlowLayers({ ...input(2024), animate: false });
    for (const l of off) expect((l.props as unknown as { pulses: boolean }).pulses, l.id).toBe(false);
    // Each route's pulse path runs from its source (0) to its target (1), one pair per vertex, one speed per route.
    const pulsePath = props('route-core').getPulsePath as (v: (typeof routes)[number]) => [number, number][];
    const bandPath = props('route-band').getPulsePath as (v: (typeof routes)[number]) => [number, number][];
    for (const r of routes) {
      const p = pulsePath(r);
      expect(p.length, r.flow.id).toBe(r.path?.length);
      expect(p[0]?.[0]).toBe(0);
      expect(p.at(-1)?.[0]).toBeCloseTo(1, 9);
      expect(new Set(p.map((x) => x[1])).size).toBe(1);
      for (const [, speed] of bandPath(r)) expect(speed).toBe(0);
    }
    expect(routes.some((r) => (pulsePath(r)[0]?.[1] ?? 0) > 0)).toBe(true);
    // Every accessor that reads the year is re-run when the year changes.
    for (const id of ['route-band', 'route-core', 'flow-band', 'flow-core'])
      for (const accessor of Object.keys(props(id)).filter((k) => /^get(Color|Width|Pattern|Pulse)/.test(k)))
        expect(Object.keys(props(id).updateTriggers as object), `${id}.${accessor}`).toContain(accessor);
  });
});
