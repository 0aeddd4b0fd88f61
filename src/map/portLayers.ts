// deck.gl layers for the port circles in one year: a light band circle (upper bound of a range or of disagreeing
// sources) and the circle itself in its status's pattern; value labels are MapLibre symbols (src/map/valueLabels.ts).
// Data arrays are the static port views;
// only accessors' results change, signalled through updateTriggers.
import type { Layer } from '@deck.gl/core';
import { PortCircleLayer } from './portCircleLayer';
import { PORT_COLORS } from './colors';
import { UNDER_LABELS } from './style';
import type { PortFrame, PortView } from '../model/ports';
import { drawnStyle, PATTERN_CODE } from '../model/statusStyle';

export interface PortLayerInput {
  ports: PortView[];
  frames: Map<string, PortFrame>;
  year: number;
}

type RGBA = [number, number, number, number];
const frameOf = (input: PortLayerInput, v: PortView) => input.frames.get(v.port.place);
const opacityOf = (f: PortFrame | undefined) => (f?.value ? drawnStyle(f.value).opacity : 0);
const patternOf = (f: PortFrame | undefined) => PATTERN_CODE[f?.value ? drawnStyle(f.value).pattern : 'solid'];
const rgba = (rgb: readonly [number, number, number], a: number): RGBA => [rgb[0], rgb[1], rgb[2], Math.round(a)];

/** The band circle and the circle itself (drawn under the flows). */
export function buildPortLayers(input: PortLayerInput): Layer[] {
  const triggers = [input.year];
  const common = {
    ...UNDER_LABELS,
    data: input.ports,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90] as RGBA,
    getPosition: (v: PortView) => v.position,
    radiusUnits: 'pixels' as const,
    lineWidthUnits: 'pixels' as const,
    stroked: true,
    filled: true
  };
  const circle = (id: 'port-band' | 'port-core', band: boolean) =>
    new PortCircleLayer<PortView>({
      id,
      ...common,
      getRadius: (v) => (band ? frameOf(input, v)?.bandRadius : frameOf(input, v)?.coreRadius) ?? 0,
      getFillColor: (v) => rgba(PORT_COLORS.fill, (band ? 45 : 150) * opacityOf(frameOf(input, v))),
      getLineColor: (v) => rgba(PORT_COLORS.line, (band ? 110 : 255) * opacityOf(frameOf(input, v))),
      getLineWidth: band ? 1 : 1.5,
      getPattern: (v) => patternOf(frameOf(input, v)),
      updateTriggers: { getRadius: triggers, getFillColor: triggers, getLineColor: triggers, getPattern: triggers }
    });
  return [circle('port-band', true), circle('port-core', false)];
}
