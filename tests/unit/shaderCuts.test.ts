// Branches cut from deck.gl's layer shaders (src/map/shaderCuts.ts): each cut still finds its text in deck.gl's shader
// (an upgrade that changes it fails here), the map's layers carry the cut shaders, and they are never asked for what
// was cut (great circles, billboards).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArcLayer, PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { ARC_CUTS, cutBranches, PATH_CUTS, SCATTERPLOT_CUTS, type ShaderCut } from '../../src/map/shaderCuts';
import { buildFlowLayers } from '../../src/map/flowLayers';
import { buildPortLayers } from '../../src/map/portLayers';
import { flowFrames, flowViews, maxFlowTonnes } from '../../src/model/flows';
import { maxPortTonnes, portFrames, portViews } from '../../src/model/ports';
import { makeAreaScale, makeWidthScale } from '../../src/model/scale';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const flows = flowViews(data);
const scale = makeWidthScale(maxFlowTonnes(flows));
const ports = portViews(data);
const flowLayers = buildFlowLayers({
  arcs: flows.filter((v) => v.flow.draw === 'arc'),
  routes: flows.filter((v) => v.flow.draw !== 'arc'),
  frames: flowFrames(flows, 2024, scale),
  year: 2024,
  scale,
  time: 0,
  animate: true,
  widthVersion: 0,
  selectedFlow: null
});
const portLayers = buildPortLayers({
  ports,
  frames: portFrames(ports, 2024, makeAreaScale(maxPortTonnes(ports))),
  year: 2024
});
const layers: Layer[] = [...flowLayers, ...portLayers];
// getShaders reads the layer manager's default modules and the device type, the dash extension its state; these layers never joined a deck.gl.
for (const layer of layers)
  Object.assign(layer, { context: { defaultShaderModules: [], device: { type: 'webgl' } }, state: {} });

/** deck.gl's own vertex shader for a layer (its base class's getShaders, extensions included). */
function deckVs(layer: Layer): string {
  const base = layer instanceof ArcLayer ? ArcLayer : layer instanceof PathLayer ? PathLayer : ScatterplotLayer;
  return (base.prototype.getShaders.call(layer) as { vs: string }).vs;
}
const cutsOf = (layer: Layer): readonly ShaderCut[] =>
  layer instanceof ArcLayer ? ARC_CUTS : layer instanceof PathLayer ? PATH_CUTS : SCATTERPLOT_CUTS;

afterEach(() => vi.restoreAllMocks());

describe('shader cuts', () => {
  it("find each cut's text in deck.gl's shader of every layer the map draws", () => {
    expect(layers.length).toBe(6);
    for (const layer of layers) for (const { find } of cutsOf(layer)) expect(deckVs(layer), layer.id).toContain(find);
  });

  it("are in the shaders the map's layers use", () => {
    for (const layer of layers) {
      const vs = (layer as unknown as { getShaders(): { vs: string } }).getShaders().vs;
      expect(vs, layer.id).toBe(cutBranches(deckVs(layer), cutsOf(layer)));
      expect(vs, layer.id).not.toBe(deckVs(layer));
      for (const { find } of cutsOf(layer)) expect(vs, layer.id).not.toContain(find);
    }
  });

  it('never meet a layer that asks for what they cut', () => {
    for (const layer of layers) {
      const props = layer.props as { greatCircle?: boolean; billboard?: boolean };
      expect(props.greatCircle ?? false, layer.id).toBe(false);
      expect(props.billboard ?? false, layer.id).toBe(false);
    }
  });

  it("leave a shader whole, with a warning, when one cut's text is missing", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const source = 'if (a.billboard) { x(); }';
    const cuts = [
      { find: 'a.billboard', replace: 'false' },
      { find: 'gone', replace: 'false' }
    ];
    expect(cutBranches(source, cuts)).toBe(source);
    expect(warn).toHaveBeenCalledOnce();
    expect(cutBranches(source, cuts.slice(0, 1))).toBe('if (false) { x(); }');
  });
});
