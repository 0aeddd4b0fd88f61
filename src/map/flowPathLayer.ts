// PathLayer with pulses moving source → target along a route over land (BTC, BTK), like FlowArcLayer's along an arc,
// so the direction of a flow can be seen. It replaces a separate TripsLayer drawn over each route: on software WebGL
// every distinct deck.gl shader program costs 0.4–0.5 s to prepare at start-up (1–3 s before src/map/shaderCuts.ts),
// and the band and core of a route share this one. Each vertex carries its fraction of the route's length (0 at the
// source, 1 at the target), interpolated along each segment as TripsLayer does with timestamps, and the route's pulses
// per second: one vec2 attribute read at this vertex and the next (PathLayer with the dash extension already uses most
// of WebGL2's 16 attribute slots).
import { PathLayer, type PathLayerProps } from '@deck.gl/layers';
import type { Accessor, AccessorFunction, DefaultProps } from '@deck.gl/core';
import { flowAnimUniforms, pulseGlsl, type FlowAnimProps } from './flowAnim';
import { withMercatorProjection } from './mercatorProjection';
import { cutBranches, PATH_CUTS, type LayerShaders } from './shaderCuts';

/** Properties FlowPathLayer adds to PathLayer. */
interface FlowPathExtraProps<D> {
  /**
   * For each vertex of the path: [fraction of the route's length there (0 at the source, 1 at the target), pulses per
   * second along the route (0: none; the same for every vertex, tied to tonnage by the caller)].
   */
  getPulsePath?: AccessorFunction<D, ArrayLike<readonly [number, number]>>;
  /**
   * Animation clock in seconds.
   * @default 0
   */
  time?: number;
  /**
   * Whether pulses are drawn at all (off under prefers-reduced-motion or when paused).
   * @default false
   */
  pulses?: boolean;
  /** Dash and gap per path in multiples of the line's width, read by PathStyleExtension({ dash: true }). */
  getDashArray?: Accessor<D, [number, number]>;
}

/** All properties of FlowPathLayer. */
export type FlowPathLayerProps<D = unknown> = FlowPathExtraProps<D> & PathLayerProps<D>;

const defaultProps: DefaultProps<FlowPathLayerProps> = {
  getPulsePath: { type: 'accessor', value: () => [] },
  time: { type: 'number', value: 0 },
  pulses: false,
  getDashArray: { type: 'accessor', value: [0, 0] }
};

export class FlowPathLayer<D = unknown> extends PathLayer<D, Required<FlowPathExtraProps<D>>> {
  static override layerName = 'FlowPathLayer';
  static override defaultProps = defaultProps;

  override getShaders(): LayerShaders & Record<string, unknown> {
    const shaders = super.getShaders() as LayerShaders & { inject?: Record<string, string> };
    return {
      ...shaders,
      vs: cutBranches(shaders.vs, PATH_CUTS),
      modules: withMercatorProjection([...shaders.modules, flowAnimUniforms]),
      inject: {
        ...shaders.inject,
        'vs:#decl': 'in vec2 instancePulse;\nin vec2 instanceNextPulse;\nout float vAlong;\nout float vPulseSpeed;',
        'vs:#main-end':
          'vAlong = mix(instancePulse.x, instanceNextPulse.x, vPathPosition.y / vPathLength);\nvPulseSpeed = instancePulse.y;',
        'fs:#decl': 'in float vAlong;\nin float vPulseSpeed;',
        'fs:DECKGL_FILTER_COLOR': pulseGlsl('vAlong', 'vPulseSpeed')
      }
    };
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      pulse: {
        size: 2,
        accessor: 'getPulsePath',
        shaderAttributes: { instancePulse: { vertexOffset: 0 }, instanceNextPulse: { vertexOffset: 1 } }
      }
    });
  }

  override draw(opts: Parameters<PathLayer<D>['draw']>[0]) {
    const { time, pulses } = this.props;
    const flowAnim: FlowAnimProps = { time, pulses: pulses ? 1 : 0 };
    for (const model of this.getModels()) model.shaderInputs.setProps({ flowAnim });
    super.draw(opts);
  }
}
