// Everything of deck.gl the map uses, in one chunk of its own: the overlay and the layer builders. Loaded with
// import() as the map starts (src/map/mapController.ts), so it downloads and compiles while the map loads its basemap,
// and needed from the map's first `load` on, when deck.gl joins it. Nothing loaded at page start imports this module
// or the modules it imports (only their types), so none of deck.gl holds up the page's first script.
import type { Layer } from '@deck.gl/core';
import { buildFlowLayers, type FlowLayerInput } from './flowLayers';
import { buildPortLayers, type PortLayerInput } from './portLayers';

export { MapLibreOverlay } from '@deck.gl/maplibre';

/** What the map draws with deck.gl, as plain data: the port circles and the flows of one frame. */
export interface LayerInput {
  /** A new object only when the ports' picture changes (once per year): the port layers are rebuilt only then. */
  ports: PortLayerInput;
  flows: FlowLayerInput;
}

/**
 * A function from layer input to deck.gl layers, port circles under the flows. Port circles change with the year only:
 * they are built again only when `input.ports` is another object, not at every animation frame.
 */
export function layerBuilder(): (input: LayerInput) => Layer[] {
  let ports: PortLayerInput | null = null;
  let portLayers: Layer[] = [];
  return (input) => {
    if (input.ports !== ports) {
      ports = input.ports;
      portLayers = buildPortLayers(ports);
    }
    return [...portLayers, ...buildFlowLayers(input.flows)];
  };
}
