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
});
