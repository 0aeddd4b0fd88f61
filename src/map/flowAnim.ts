// The pulse animation shared by the flow layers (FlowArcLayer for sea arcs, FlowPathLayer for routes over land): a
// uniform block with the clock, and the GLSL that lightens the colour where a pulse passes. One definition, so arcs and
// routes move alike (pulses per unit of length, speed tied to tonnage by the caller).
import type { ShaderModule } from '@luma.gl/shadertools';

const uniformBlock = `\
layout(std140) uniform flowAnimUniforms {
  float time;
  float pulses;
} flowAnim;
`;

/** Uniform values of the animation module, as `shaderInputs.setProps({ flowAnim })` takes them. */
// A type alias, not an interface: shaderInputs wants a record with an index signature.
export type FlowAnimProps = {
  /** Animation clock in seconds. */
  time: number;
  /** 1 draws pulses, 0 none (the uniform block declares it as a float). */
  pulses: number;
};

/** Shader module carrying the animation clock, typed like deck.gl's own `arcUniforms`/`tripsUniforms`. */
export const flowAnimUniforms = {
  name: 'flowAnim',
  vs: uniformBlock,
  fs: uniformBlock,
  uniformTypes: { time: 'f32', pulses: 'f32' }
} as const satisfies ShaderModule<FlowAnimProps>;

/**
 * Fragment-shader lines (inside DECKGL_FILTER_COLOR) that lighten `color` where a pulse passes: `along` is the
 * fragment's position along the flow (0 at the source, 1 at the target), `speed` the pulses per second (0: none).
 */
export function pulseGlsl(along: string, speed: string): string {
  return `
          if (flowAnim.pulses > 0.5 && ${speed} > 0.0) {
            float phase = fract(${along} * 5.0 - flowAnim.time * ${speed});
            float glow = smoothstep(0.0, 0.06, phase) * (1.0 - smoothstep(0.06, 0.22, phase));
            color.rgb = mix(color.rgb, vec3(1.0), glow * 0.6);
          }`;
}
