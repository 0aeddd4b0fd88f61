// ArcLayer with two extras: a pattern per status (solid, stripes, dots, dashes: see src/model/statusStyle.ts), and
// light pulses moving source → target so the direction of a flow can be seen. Patterns are measured in screen pixels
// along the arc, so they read the same on short and long arcs. The pulse phase comes from a `time` prop.
import { ArcLayer, type ArcLayerProps } from '@deck.gl/layers';
import type { Accessor, DefaultProps } from '@deck.gl/core';
import { flowAnimUniforms, pulseGlsl, type FlowAnimProps } from './flowAnim';
import { withMercatorProjection } from './mercatorProjection';
import { cutBranches, ARC_CUTS, type LayerShaders } from './shaderCuts';

/** Properties FlowArcLayer adds to ArcLayer. */
interface FlowArcExtraProps<D> {
  /**
   * Pattern code (PATTERN_CODE in src/model/statusStyle.ts): 0 solid, 1 stripes, 2 dots, 3 hollow dashes.
   * @default 0
   */
  getPattern?: Accessor<D, number>;
  /**
   * Pulses per second along the arc; 0 for none. Tied to tonnage by the caller.
   * @default 0
   */
  getPulseSpeed?: Accessor<D, number>;
  /**
   * Animation clock in seconds.
   * @default 0
   */
  time?: number;
  /**
   * Whether pulses are drawn at all (off under prefers-reduced-motion or when paused).
   * @default true
   */
  pulses?: boolean;
}

/** All properties of FlowArcLayer. */
export type FlowArcLayerProps<D = unknown> = FlowArcExtraProps<D> & ArcLayerProps<D>;

const defaultProps: DefaultProps<FlowArcLayerProps> = {
  getPattern: { type: 'accessor', value: 0 },
  getPulseSpeed: { type: 'accessor', value: 0 },
  time: { type: 'number', value: 0 },
  pulses: true
};

export class FlowArcLayer<D = unknown> extends ArcLayer<D, Required<FlowArcExtraProps<D>>> {
  static override layerName = 'FlowArcLayer';
  static override defaultProps = defaultProps;

  override getShaders(): LayerShaders & Record<string, unknown> {
    const shaders = super.getShaders() as LayerShaders;
    return {
      ...shaders,
      vs: cutBranches(shaders.vs, ARC_CUTS),
      modules: withMercatorProjection([...shaders.modules, flowAnimUniforms]),
      inject: {
        'vs:#decl':
          'in float instancePattern;\nin float instancePulseSpeed;\nout float vPattern;\nout float vPulseSpeed;\nout float vLengthPx;\nout float vWidthPx;',
        // The chord in common units times project.scale is its length in pixels (close enough to the arc's for a pattern).
        'vs:#main-end':
          'vPattern = instancePattern;\nvPulseSpeed = instancePulseSpeed;\nvLengthPx = length(target.xy - source.xy) * project.scale;\nvWidthPx = widthPixels;',
        'fs:#decl': 'in float vPattern;\nin float vPulseSpeed;\nin float vLengthPx;\nin float vWidthPx;',
        'fs:DECKGL_FILTER_COLOR': `
          float along = geometry.uv.x;
          float px = along * vLengthPx;
          if (vPattern > 2.5) {
            // Plan / forecast: dashes with gaps; on a wide arc only the dash's edges are strong (hollow).
            if (mod(px, 14.0) > 8.0) discard;
            if (vWidthPx > 6.0 && abs(geometry.uv.y) < 1.0 - 3.0 / vWidthPx) color.a *= 0.3;
          } else if (vPattern > 1.5) {
            // Derived: dots with gaps.
            if (mod(px, 7.0) > 3.0) discard;
          } else if (vPattern > 0.5) {
            // Estimate: lighter stripes across a continuous line.
            if (mod(px, 8.0) > 4.0) color.a *= 0.35;
          }
          ${pulseGlsl('along', 'vPulseSpeed')}
        `
      }
    };
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      instancePattern: { size: 1, accessor: 'getPattern', defaultValue: 0 },
      instancePulseSpeed: { size: 1, accessor: 'getPulseSpeed', defaultValue: 0 }
    });
  }

  override draw(opts: Parameters<ArcLayer<D>['draw']>[0]) {
    const { time, pulses } = this.props;
    const flowAnim: FlowAnimProps = { time, pulses: pulses ? 1 : 0 };
    for (const model of this.getModels()) model.shaderInputs.setProps({ flowAnim });
    super.draw(opts);
  }
}
