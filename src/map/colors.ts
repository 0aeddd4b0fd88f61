// The product's palette in one place: map style, deck layers and legend read the same values.
export type RGB = [number, number, number];
export const FLOW_COLORS: Record<'cargo' | 'oil', RGB> = {
  cargo: [0, 150, 136],
  oil: [230, 85, 13]
};
/** Port circles: the cargo hue (all cargo handled at the port), a darker outline, and the value labels' ink. */
export const PORT_COLORS: Record<'fill' | 'line' | 'text', RGB> = {
  fill: [0, 150, 136],
  line: [0, 100, 92],
  text: [0, 82, 75]
};
export const MAP_COLORS = {
  sea: '#cfe0ea',
  land: '#f4f1e8',
  corridorLand: '#ece6d6',
  border: '#9a948a',
  lake: '#cfe0ea',
  river: '#a9c8da',
  btc: '#6d3d14',
  btk: '#3b3b58',
  lane: '#2f6f8f',
  contextPipeline: '#b9a89a',
  port: '#0b3d4a',
  label: '#33414c',
  sea_label: '#4f7a93'
} as const;
export const rgbCss = (c: RGB, a = 1) => `rgba(${c[0]}, ${c[1]}, ${c[2]}, ${a})`;
