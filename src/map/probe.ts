// Test hook: counters and helpers the browser tests wait on and read (map idle, deck frames, screen positions).
// It exists only when a test installs `window.__atlasProbe` before the app starts (tests/e2e/browser.ts and
// scripts/bench.mjs do);
// a production page has no probe, and then nothing here runs.
import type { Map as MlMap, PaddingOptions } from 'maplibre-gl';
import { PLACE_LABEL_LAYERS } from './style';

export interface RenderProbe {
  mapIdle: number;
  deckFrames: number;
  mapLoaded: boolean;
  /** Whether flow widths and port circles are still easing to the current year's values (set by the map pane). */
  widthsMoving?: boolean;
  /** performance.now() once the map's first full picture (its `load`) is drawn (the benchmark's mark; see afterGpu). */
  firstMapAt?: number;
  /**
   * performance.now() once the first deck.gl frame that drew every layer (their programs linked; deck.gl links them
   * asynchronously and skips a layer until then) is on the GPU's side done (the benchmark's mark; see afterGpu).
   */
  firstArcsAt?: number;
  /** Screen position of a lon/lat, so tests can click a port where a person would. */
  project?: (lonLat: [number, number]) => { x: number; y: number };
  /** Map and deck canvases composited into one RGBA snapshot (tests read arc pixels from it). */
  composite?: () => HTMLCanvasElement;
  /** English names of the port and terminal labels MapLibre actually placed on screen. */
  renderedLabels?: () => string[];
  /** Text of every value label MapLibre placed on screen (labels hidden by collision are not placed). */
  placedValueLabels?: () => string[];
  /** The map's zoom. */
  zoom?: () => number;
  /** The map's style layers bottom to top as `id:type` (deck.gl's layers are `custom`). */
  styleOrder?: () => string[];
  /** The map's padding (the strips floating boxes cover) and whether the camera is moving. */
  padding?: () => PaddingOptions;
  moving?: () => boolean;
  /** What `n` full redraws of the map cost, each until the GPU has drawn it, ms (the benchmark's; see redrawCosts). */
  redrawCosts?: (n: number) => Promise<number[]>;
}

declare global {
  interface Window {
    /** Installed by a browser test only; see this file's header. */
    __atlasProbe?: RenderProbe;
  }
}

/** The probe a test asked for, or undefined on an ordinary page. */
export const requestedProbe = (): RenderProbe | undefined => window.__atlasProbe;

/**
 * performance.now() once the GPU has finished every drawing command so far: reading back one pixel waits for it. On
 * software GL a frame is built and drawn in the GPU process well after the script that drew it has moved on (a
 * `getError` round trip alone returned 0.2–0.5 s before the pixels were done); the benchmark's marks wait for this,
 * so "first arcs" means drawn, not just asked for. Only a test or the benchmark (with a probe) calls it.
 */
export function afterGpu(map: MlMap): number {
  const gl = map.getCanvas().getContext('webgl2');
  gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  return performance.now();
}

/**
 * Redraws the map `n` times, one at a time, and times each from the redraw call until a fence behind it has passed:
 * the script's part and the GPU's, what one frame of this map costs. On software GL the GPU's part is most of it, and
 * it is the floor under any interaction that changes the map (a key press is shown with the frame that follows it).
 * Each redraw waits for an animation frame first, so the browser composites in between as it would. The fence is
 * polled with a timer (0-4 ms late). For the benchmark only: it keeps the renderer busy for the whole run.
 */
export async function redrawCosts(map: MlMap, n: number): Promise<number[]> {
  const gl = map.getCanvas().getContext('webgl2');
  if (!gl) return [];
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    await new Promise((r) => requestAnimationFrame(r));
    const t = performance.now();
    map.redraw();
    const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    if (!fence) return times;
    gl.flush();
    while (gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.UNSIGNALED) await new Promise((r) => setTimeout(r, 1));
    gl.deleteSync(fence);
    times.push(performance.now() - t);
  }
  return times;
}

/** Keeps the probe's counters and helpers up to date for this map. */
export function wireProbe(probe: RenderProbe, map: MlMap, composite: () => HTMLCanvasElement): void {
  map.on('load', () => {
    probe.mapLoaded = true;
    probe.firstMapAt ??= afterGpu(map);
  });
  map.on('idle', () => {
    probe.mapIdle += 1;
  });
  probe.project = (ll) => {
    const p = map.project(ll);
    const r = map.getContainer().getBoundingClientRect();
    return { x: p.x + r.left, y: p.y + r.top };
  };
  probe.composite = composite;
  probe.padding = () => map.getPadding();
  probe.zoom = () => map.getZoom();
  probe.styleOrder = () => map.getLayersOrder().map((id) => `${id}:${map.getLayer(id)?.type ?? '?'}`);
  probe.moving = () => map.isMoving();
  probe.redrawCosts = (n) => redrawCosts(map, n);
  probe.renderedLabels = () =>
    map.queryRenderedFeatures({ layers: [...PLACE_LABEL_LAYERS] }).map((f) => String(f.properties.name_en ?? ''));
  probe.placedValueLabels = () =>
    map.queryRenderedFeatures({ layers: ['value-labels'] }).map((f) => String(f.properties.text ?? ''));
}
