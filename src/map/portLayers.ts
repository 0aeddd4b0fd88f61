// deck.gl layers for the port circles in one year: a light band circle (upper bound of a range or of disagreeing
// sources), the circle itself in its status's pattern, and its value label. Data arrays are the static port views;
// only accessors' results change, signalled through updateTriggers.
import { TextLayer } from '@deck.gl/layers';
import type { Layer } from '@deck.gl/core';
import { PortCircleLayer } from './portCircleLayer';
import { PORT_COLORS } from './colors';
import type { PortFrame, PortView } from '../model/ports';
import type { Lang } from '../model/format';
import { drawnLabel, drawnStyle, PATTERN_CODE } from '../model/statusStyle';

export interface PortLayerInput {
  ports: PortView[];
  frames: Map<string, PortFrame>;
  year: number;
  lang: Lang;
}

type RGBA = [number, number, number, number];
const frameOf = (input: PortLayerInput, v: PortView) => input.frames.get(v.port.place);
const opacityOf = (f: PortFrame | undefined) => (f?.value ? drawnStyle(f.value).opacity : 0);
const patternOf = (f: PortFrame | undefined) => PATTERN_CODE[f?.value ? drawnStyle(f.value).pattern : 'solid'];
const rgba = (rgb: readonly [number, number, number], a: number): RGBA => [rgb[0], rgb[1], rgb[2], Math.round(a)];

/** Circle layers (drawn under the flows) and the value labels (drawn over everything). */
export function buildPortLayers(input: PortLayerInput): { circles: Layer[]; labels: Layer } {
  const triggers = [input.year, input.lang];
  const common = {
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
  const labels = new TextLayer<PortView>({
    id: 'port-values',
    data: input.ports,
    getPosition: (v) => v.position,
    getText: (v) => {
      const f = frameOf(input, v);
      return f?.value ? drawnLabel(f.value, input.lang) : '';
    },
    // Beside the circle, on the side port_measures.json names (clear of the port's name label).
    getPixelOffset: (v) => {
      const r = (frameOf(input, v)?.bandRadius ?? 0) + 5;
      const [dx, dy] = v.port.label_dir;
      const n = Math.hypot(dx, dy) || 1;
      return [(dx / n) * r, (dy / n) * r];
    },
    getTextAnchor: (v) => (v.port.label_dir[0] < -0.2 ? 'end' : v.port.label_dir[0] > 0.2 ? 'start' : 'middle'),
    getAlignmentBaseline: (v) => (v.port.label_dir[1] < -0.2 ? 'bottom' : v.port.label_dir[1] > 0.2 ? 'top' : 'center'),
    getColor: [...PORT_COLORS.text, 255] as RGBA,
    getSize: 13,
    fontFamily: 'Noto Sans Bold',
    characterSet: 'auto',
    background: true,
    // No figure, no label: not even an empty box.
    getBackgroundColor: (v) => (frameOf(input, v)?.value ? [255, 255, 255, 215] : [255, 255, 255, 0]),
    backgroundPadding: [4, 2],
    updateTriggers: { getText: triggers, getPixelOffset: triggers, getBackgroundColor: triggers }
  });
  return { circles: [circle('port-band', true), circle('port-core', false)], labels };
}
