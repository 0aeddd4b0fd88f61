// ArcLayer with two extra looks: dashed arcs for plans/forecasts, and light pulses moving source → target so
// the direction of a flow can be seen. The pulse phase comes from a `time` prop; nothing else changes per frame.
import { ArcLayer, type ArcLayerProps } from '@deck.gl/layers';
import type { Accessor, DefaultProps } from '@deck.gl/core';

const uniformBlock = `\
layout(std140) uniform flowAnimUniforms {
  float time;
  float pulses;
} flowAnim;
`;

/** Shader module carrying the animation clock (deck.gl 9 uniform-buffer style). */
const flowAnimModule = {
  name: 'flowAnim',
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: { time: 'f32', pulses: 'f32' }
} as const;

export type FlowArcLayerProps<D> = ArcLayerProps<D> & {
  /** 1 draws the arc dashed (plans, forecasts), 0 solid. */
  getDash?: Accessor<D, number>;
  /** Pulses per second along the arc; 0 for none. Tied to tonnage by the caller. */
  getPulseSpeed?: Accessor<D, number>;
  /** Animation clock in seconds. */
  time?: number;
  /** Whether pulses are drawn at all (off under prefers-reduced-motion or when paused). */
  pulses?: boolean;
};

const defaultProps: DefaultProps<FlowArcLayerProps<unknown>> = {
  getDash: { type: 'accessor', value: 0 },
  getPulseSpeed: { type: 'accessor', value: 0 },
  time: 0,
  pulses: true
};

export class FlowArcLayer<D = unknown> extends ArcLayer<D, FlowArcLayerProps<D>> {
  static override layerName = 'FlowArcLayer';
  static override defaultProps = defaultProps as never;

  override getShaders() {
    const shaders = super.getShaders();
    return {
      ...shaders,
      modules: [...shaders.modules, flowAnimModule],
      inject: {
        'vs:#decl': 'in float instanceDash;\nin float instancePulseSpeed;\nout float vDash;\nout float vPulseSpeed;',
        'vs:#main-end': 'vDash = instanceDash;\nvPulseSpeed = instancePulseSpeed;',
        'fs:#decl': 'in float vDash;\nin float vPulseSpeed;',
        'fs:DECKGL_FILTER_COLOR': `
          float along = geometry.uv.x;
          if (vDash > 0.5 && fract(along * 22.0) > 0.55) discard;
          if (flowAnim.pulses > 0.5 && vPulseSpeed > 0.0) {
            float phase = fract(along * 5.0 - flowAnim.time * vPulseSpeed);
            float glow = smoothstep(0.0, 0.06, phase) * (1.0 - smoothstep(0.06, 0.22, phase));
            color.rgb = mix(color.rgb, vec3(1.0), glow * 0.6);
          }
        `
      }
    };
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      instanceDash: { size: 1, accessor: 'getDash', defaultValue: 0 },
      instancePulseSpeed: { size: 1, accessor: 'getPulseSpeed', defaultValue: 0 }
    });
  }

  override draw(opts: Parameters<ArcLayer<D>['draw']>[0]) {
    const { time = 0, pulses = true } = this.props;
    for (const model of this.getModels()) model.shaderInputs.setProps({ flowAnim: { time, pulses: pulses ? 1 : 0 } });
    super.draw(opts);
  }
}
