// The deck.gl layer builder keeps data identity across years and frames and changes only accessors' triggers.
import { describe, expect, it } from 'vitest';
import { TextLayer } from '@deck.gl/layers';
import { buildFlowLayers, flowLabel, type FlowLayerInput } from '../../src/map/flowLayers';
import { flowFrames, flowViews, maxFlowTonnes, type FlowView } from '../../src/model/flows';
import { makeWidthScale } from '../../src/model/scale';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const views = flowViews(data);
const arcs = views.filter((v) => v.flow.draw === 'arc');
const routes = views.filter((v) => v.flow.draw !== 'arc');
const all = [...arcs, ...routes];
const scale = makeWidthScale(maxFlowTonnes(views));
const input = (year: number, time = 0): FlowLayerInput => ({
  arcs,
  routes,
  all,
  frames: flowFrames(views, year, scale),
  year,
  scale,
  lang: 'en',
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
  it('labels part-year, planned, forecast, estimated and derived values as such, and nothing without a figure', () => {
    let labelled = 0;
    for (const year of [2019, 2022, 2023, 2024, 2025]) {
      const frames = flowFrames(views, year, scale);
      for (const v of views) {
        const f = frames.get(v.flow.id);
        const l = flowLabel(f, 'en');
        if (!f?.value) {
          expect(l).toBe('');
          continue;
        }
        labelled += 1;
        if (f.value.period !== 'year') expect(l).toMatch(/ · /);
        if (f.value.drawn === 'plan') expect(l).toMatch(/^plan /);
        if (f.value.drawn === 'forecast') expect(l).toMatch(/^forecast /);
        if (f.value.drawn === 'estimate') expect(l).toMatch(/^estimate /);
        if (f.value.drawn === 'derived') expect(l).toMatch(/^derived /);
      }
    }
    expect(labelled).toBeGreaterThan(0);
  });
  it('draws no label box where a flow has no figure', () => {
    const layers = buildFlowLayers(input(1990));
    const labels = layers.find((l): l is TextLayer<FlowView> => l instanceof TextLayer && l.id === 'flow-labels');
    if (!labels) throw new Error('no label layer');
    const bg = labels.props.getBackgroundColor;
    if (typeof bg !== 'function') throw new Error('label background is not per flow');
    for (const v of all) expect(bg(v, { index: 0, data: all, target: [] })[3]).toBe(0);
  });
});
