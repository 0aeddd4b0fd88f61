// ScatterplotLayer with a pattern per status (src/model/statusStyle.ts), for port circles: solid, striped (estimate),
// dotted (derived) or hollow with a dashed outline (plan/forecast). Patterns are in screen pixels. One extra attribute.
import { ScatterplotLayer, type ScatterplotLayerProps } from '@deck.gl/layers';
import type { Accessor, DefaultProps } from '@deck.gl/core';
import { withMercatorProjection } from './mercatorProjection';
import { cutBranches, SCATTERPLOT_CUTS, type LayerShaders } from './shaderCuts';

/** The one property this layer adds to ScatterplotLayer. */
interface PortCircleExtraProps<D = unknown> {
  /** Pattern code (PATTERN_CODE in src/model/statusStyle.ts): 0 solid, 1 stripes, 2 dots, 3 hollow dashed outline. */
  getPattern?: Accessor<D, number>;
}

/** All properties of PortCircleLayer. */
export type PortCircleLayerProps<D = unknown> = PortCircleExtraProps<D> & ScatterplotLayerProps<D>;

const defaultProps: DefaultProps<PortCircleLayerProps> = {
  getPattern: { type: 'accessor', value: 0 }
};

export class PortCircleLayer<D = unknown> extends ScatterplotLayer<D, Required<PortCircleExtraProps<D>>> {
  static override layerName = 'PortCircleLayer';
  static override defaultProps = defaultProps;

  override getShaders(): LayerShaders & Record<string, unknown> {
    const shaders = super.getShaders() as LayerShaders;
    return {
      ...shaders,
      vs: cutBranches(shaders.vs, SCATTERPLOT_CUTS),
      modules: withMercatorProjection(shaders.modules),
      inject: {
        'vs:#decl': 'in float instancePattern;\nout float vPattern;\nout float vRadiusPx;\nout float vInnerUnit;',
        'vs:#main-end': 'vPattern = instancePattern;\nvRadiusPx = outerRadiusPixels;\nvInnerUnit = innerUnitRadius;',
        'fs:#decl': 'in float vPattern;\nin float vRadiusPx;\nin float vInnerUnit;',
        'fs:DECKGL_FILTER_COLOR': `
          vec2 px = geometry.uv * vRadiusPx;
          bool onLine = length(geometry.uv) > vInnerUnit;
          if (vPattern > 2.5) {
            // Plan / forecast: no fill, a dashed outline (dashes measured along the circle, in pixels).
            if (!onLine) discard;
            if (mod(atan(px.y, px.x) * vRadiusPx, 9.0) > 5.5) discard;
          } else if (!onLine && vPattern > 1.5) {
            // Derived: a grid of dots.
            if (length(mod(px, 5.0) - 2.5) > 1.4) color.a *= 0.15;
          } else if (!onLine && vPattern > 0.5) {
            // Estimate: diagonal stripes.
            if (mod(px.x + px.y, 6.0) > 3.0) color.a *= 0.3;
          }
        `
      }
    };
  }

  override initializeState() {
    super.initializeState();
    this.getAttributeManager()?.addInstanced({
      instancePattern: { size: 1, accessor: 'getPattern', defaultValue: 0 }
    });
  }
}
