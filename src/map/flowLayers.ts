// deck.gl layers for the flows in one year (their value labels are MapLibre symbols: src/map/valueLabels.ts). Data
// arrays are the static flow views; only accessors' results change, signalled through updateTriggers. Widths tween on
// the CPU (src/model/tween.ts), not through deck.gl attribute `transitions`, which read the previous buffer back from
// the GPU synchronously at each start.
import { PathStyleExtension } from '@deck.gl/extensions';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { FlowArcLayer } from './flowArcLayer';
import { FlowPathLayer } from './flowPathLayer';
import { FLOW_COLORS } from './colors';
import { UNDER_LABELS } from './style';
import { pulseSpeed, type FlowFrame, type FlowView } from '../model/flows';
import type { WidthScale } from '../model/scale';
import { drawnStyle, PATTERN_CODE, type Pattern } from '../model/statusStyle';

export interface FlowLayerInput {
  arcs: FlowView[];
  routes: FlowView[];
  frames: Map<string, FlowFrame>;
  year: number;
  scale: WidthScale;
  /** Seconds, for the pulse animation. */
  time: number;
  animate: boolean;
  /** Width tween in ms (0 under reduced motion). */
  /** Changes whenever the drawn widths change (the tween's version): width accessors re-run only then. */
  widthVersion: number;
  selectedFlow: string | null;
}

const frameOf = (input: FlowLayerInput, v: FlowView) => input.frames.get(v.flow.id);
const styleOf = (f: FlowFrame | undefined) => (f?.value ? drawnStyle(f.value) : null);
const patternCode = (f: FlowFrame | undefined) => PATTERN_CODE[styleOf(f)?.pattern ?? 'solid'];

function color(v: FlowView, f: FlowFrame | undefined, alpha: number): [number, number, number, number] {
  const [r, g, b] = FLOW_COLORS[v.flow.kind];
  return [r, g, b, Math.round(alpha * (styleOf(f)?.opacity ?? 0))];
}

/**
 * Dash array for a route (PathStyleExtension counts in multiples of the line's width), so that a pattern is the same
 * number of pixels whatever the width. The pale band under an estimate stays continuous: its gaps read as stripes.
 */
export function routeDash(pattern: Pattern, widthPx: number, band: boolean): [number, number] {
  if (!(widthPx > 0)) return [0, 0];
  const px: Record<Pattern, [number, number]> = { solid: [0, 0], stripes: [4, 4], dots: [3, 4], dashes: [8, 6] };
  const [on, off] = band && pattern === 'stripes' ? [0, 0] : px[pattern];
  return [on / widthPx, off / widthPx];
}

/** One extension instance for every route layer (deck.gl compares extensions by instance when it diffs props). */
const DASH = new PathStyleExtension({ dash: true });

export function buildFlowLayers(input: FlowLayerInput): Layer[] {
  const { arcs, routes, year, scale } = input;
  const triggers = [year, input.selectedFlow];
  const widthTriggers = [...triggers, input.widthVersion];
  const common = {
    ...UNDER_LABELS,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90] as [number, number, number, number]
  };
  // Arcs bow to one side per kind, so cargo and oil leaving Aktau do not hide each other.
  const tilt = (v: FlowView) => 90 * v.flow.bow;

  /** An arc layer of one band: the light upper bound ('band') or the certain lower bound with pulses ('core'). */
  const arcLayer = (
    id: 'flow-band' | 'flow-core',
    width: (f: FlowFrame | undefined) => number,
    alpha: number,
    pulses: boolean
  ) =>
    new FlowArcLayer<FlowView>({
      id,
      data: arcs,
      ...common,
      greatCircle: false,
      getSourcePosition: (v) => v.source,
      getTargetPosition: (v) => v.target,
      getTilt: tilt,
      getHeight: (v) => v.flow.arc_height,
      getWidth: (v) => width(frameOf(input, v)),
      getSourceColor: (v) => color(v, frameOf(input, v), alpha),
      getTargetColor: (v) => color(v, frameOf(input, v), alpha),
      getPattern: (v) => patternCode(frameOf(input, v)),
      getPulseSpeed: (v) => (pulses ? pulseSpeed(frameOf(input, v)?.value?.max ?? 0, scale) : 0),
      time: input.time,
      pulses: pulses && input.animate,
      widthUnits: 'pixels',
      widthMinPixels: 0,
      updateTriggers: {
        getWidth: widthTriggers,
        getSourceColor: triggers,
        getTargetColor: triggers,
        getPattern: triggers,
        getPulseSpeed: triggers
      }
    });

  /**
   * A route over land of one band (the light upper bound, or the certain lower bound with the pulses), dashed by
   * status. Band and core are one layer class with one shader program (each distinct program costs 0.4–0.5 s at
   * start-up on software WebGL).
   */
  const routeLayer = (
    id: 'route-band' | 'route-core',
    width: (f: FlowFrame | undefined) => number,
    alpha: number,
    band: boolean
  ) =>
    new FlowPathLayer<FlowView>({
      id,
      data: routes,
      ...common,
      getPath: (v) => v.path ?? [],
      getWidth: (v) => width(frameOf(input, v)),
      getColor: (v) => color(v, frameOf(input, v), alpha),
      getDashArray: (v) => {
        const f = frameOf(input, v);
        return routeDash(styleOf(f)?.pattern ?? 'solid', width(f), band);
      },
      getPulsePath: (v) => {
        const speed = band ? 0 : pulseSpeed(frameOf(input, v)?.value?.max ?? 0, scale);
        return (v.pathFractions ?? []).map((f) => [f, speed] as const);
      },
      time: input.time,
      pulses: !band && input.animate,
      extensions: [DASH],
      widthUnits: 'pixels',
      capRounded: true,
      jointRounded: true,
      updateTriggers: {
        getWidth: widthTriggers,
        getColor: triggers,
        getDashArray: widthTriggers,
        getPulsePath: triggers
      }
    });

  const layers: Layer[] = [
    arcLayer('flow-band', (f) => f?.bandWidth ?? 0, 80, false),
    arcLayer('flow-core', (f) => f?.coreWidth ?? 0, 235, true),
    routeLayer('route-band', (f) => f?.bandWidth ?? 0, 80, true),
    routeLayer('route-core', (f) => f?.coreWidth ?? 0, 235, false)
  ];
  return layers;
}

export type FlowPick = PickingInfo<FlowView>;
