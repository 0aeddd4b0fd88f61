// Owns the MapLibre map and its single deck.gl overlay; turns clicks and hovers into plain callbacks. No business logic.
import {
  LngLat,
  Map as MlMap,
  NavigationControl,
  AttributionControl,
  ScaleControl,
  type ErrorEvent,
  type GeoJSONSource,
  type PaddingOptions
} from 'maplibre-gl';
import type { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type * as DeckModule from './deck';
import { ensureMaplibreWorker, MAPLIBRE_WORKER_URL, workerScriptProblem } from './worker';
import { BASEMAP_SOURCE, buildStyle, CLICKABLE_LAYERS, labelTexts } from './style';
import type { ValueLabelProps } from './valueLabels';
import { MAP_OPTIONS } from './mapOptions';
import { constrainToBox } from './constrain';
import { BASEMAP_BOX } from '../data/region';
import { afterGpu, requestedProbe, wireProbe, type RenderProbe } from './probe';
import { paceByGpu, type GpuPacer } from './gpuPacing';
import type { Dataset } from '../data/dataset';
import { sourceFailure, type FileProblem } from '../data/fileReport';
import type { Lang } from '../model/i18n';
import { flow, line, place, type Selection } from '../model/selection';
import type { MapHover } from '../model/hover';
import type { FlowView } from '../model/flows';
import type { MapView } from '../model/view';
import type { PortView } from '../model/ports';
import type { Bounds } from '../model/focus';

export interface MapCallbacks {
  onSelect(selection: Selection): void;
  onHover(info: MapHover | null): void;
  /** A port or terminal under the pointer (for its tooltip), or null. */
  onHoverPlace?(info: MapHover | null): void;
  onViewChange(view: MapView): void;
  /**
   * Something the map could not do, in the browser's or MapLibre's words; `part` when a whole part of it did not load:
   * the arcs (deck.gl's chunk) or the map itself (MapLibre's worker script).
   */
  onError(message: string, part?: 'arcs' | 'worker'): void;
  /** The basemap's file could not be loaded or read (its source's error, as a file problem). */
  onBasemapFailed?(problem: FileProblem): void;
}

/** MapLibre's words when its worker script did not load (it fires them as the map's error, once per worker). */
const WORKER_FAILED = /^Worker failed to load/;

/** Marks camera moves made by the app (not the user), so they are not written to the URL as a chosen view. */
const PROGRAMMATIC = { programmatic: true };

/** Pixels of the map covered on each side. */
export type Padding = Required<PaddingOptions>;
/**
 * Room kept between a focused item (the corridor, a port and its arcs, a line) and the covered strips or the map's
 * edge, px. Port names are written to the right of their points (the first of their label anchors, style.ts), so the
 * right side keeps room for a name as long as "Alat (Port of Baku)"; on a phone that is what keeps the eastern ports'
 * names on screen. Ceyhan, the western end, has its name on the inner side.
 */
const FOCUS_MARGIN: Padding = { top: 48, bottom: 48, left: 24, right: 120 };
const NONE: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

export class MapController {
  readonly map: MlMap;
  private lang: Lang;
  /** deck.gl's overlay and layer builder, once its chunk (src/map/deck.ts) has arrived; null until then. */
  private deck: { overlay: MapLibreOverlay; build: (input: DeckModule.LayerInput) => Layer[] } | null = null;
  /** The latest layer input, kept so the first layers built once deck.gl arrives show the current picture. */
  private input: DeckModule.LayerInput | null = null;
  private layers: Layer[] = [];
  private deckViewSynced = false;
  private destroyed = false;
  /**
   * At most one frame in flight on the GPU (src/map/gpuPacing.ts), from the first quiet moment after the first arcs on:
   * not while the map starts, where each step (the map's load, deck.gl's programs, its first frame) would then wait
   * for the GPU to finish the step before and the arcs came 2.5–3 s later (A/B, 5 runs each, medians 5.9 → 8.8 s).
   */
  private pacer: GpuPacer | null = null;
  /** Set at the first frame that drew all of deck.gl's layers (layersDrawn): pacing starts at the next `idle`. */
  private pacing = false;
  /** Set on the map's first `load` (see whenLoaded). */
  private styleLoaded = false;
  /** The kind of the last pointer that went down or moved on the map: 'mouse', 'touch' or 'pen'. */
  private pointerType = 'mouse';

  /**
   * @param visibleArea The part of the map on screen (the PNG export and the tests' snapshots are cut to it).
   * @param container Where MapLibre draws: as wide as `visibleArea`, top-aligned, and at least as tall.
   */
  constructor(
    visibleArea: HTMLElement,
    container: HTMLElement,
    private data: Dataset,
    view: MapView,
    lang: Lang,
    attribution: string,
    private cb: MapCallbacks
  ) {
    ensureMaplibreWorker();
    // deck.gl is not needed before the map's first `load`: its chunk downloads and compiles meanwhile, not before the
    // page's first script can run.
    const deck = import('./deck');
    this.lang = lang;
    let created: MlMap | undefined;
    this.map = created = new MlMap({
      container,
      style: buildStyle(data, document.baseURI, lang),
      ...MAP_OPTIONS,
      // maxBounds keeps only the unpadded part of the map inside the basemap's box; the padded strips (left column,
      // side panel, a phone's top row) show the map too, so the whole canvas is kept inside it (src/map/constrain.ts).
      transformConstrain: (lngLat, z) => {
        // The size MapLibre gives the map (its container's, whole pixels); the padding it holds (none while it starts).
        const view = {
          width: Math.floor(container.clientWidth),
          height: Math.floor(container.clientHeight),
          padding: created?.getPadding() ?? NONE
        };
        const { minZoom, maxZoom } = MAP_OPTIONS;
        const c = constrainToBox([lngLat.lng, lngLat.lat], z, view, BASEMAP_BOX, minZoom, maxZoom);
        return { center: new LngLat(c.center[0], c.center[1]), zoom: c.zoom };
      },
      center: view.center,
      zoom: view.zoom,
      // Keep the drawing buffer so "download PNG" can read the map canvas.
      canvasContextAttributes: { preserveDrawingBuffer: true }
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: attribution }), 'bottom-right');
    // Only a browser test or the benchmark installs a probe (src/map/probe.ts).
    const probe = requestedProbe();
    if (probe) wireProbe(probe, this.map, () => compositeCanvases(visibleArea));
    // deck.gl joins once the map has loaded. Joined from the start, its shader programs and its frames (each one a
    // repaint of the whole map) competed with the map's loading for two cores and one GPU process: on software GL the
    // map's load came 2.6 s later (npm run bench, medians 9.6 → 6.9 s), and the arcs with it (9.6 → 7.3 s). If its
    // chunk arrives after the load, it joins then.
    this.map.once('load', () => this.joinDeck());
    void deck.then(
      (m) => this.startDeck(m, probe),
      (e: unknown) => this.cb.onError(e instanceof Error ? e.message : String(e), 'arcs')
    );
    void workerScriptProblem().then((why) => {
      if (why && !this.destroyed && !this.styleLoaded) this.cb.onError(why, 'worker');
    });
    for (const event of ['load', 'sourcedata', 'idle'] as const) this.map.on(event, () => this.ensureDeckInStyle());
    this.map.on('error', (e: ErrorEvent & { sourceId?: string }) => {
      // The basemap is a file like the geodata files: it is reported as they are, by name, with what still works.
      if (e.sourceId === BASEMAP_SOURCE && this.cb.onBasemapFailed) this.cb.onBasemapFailed(sourceFailure(e.error));
      else if (WORKER_FAILED.test(e.error.message))
        this.cb.onError(`${e.error.message} (${MAPLIBRE_WORKER_URL})`, 'worker');
      else this.cb.onError(e.error.message || 'map error');
    });
    this.map.on('moveend', (e) => {
      if ('programmatic' in e) return;
      const c = this.map.getCenter();
      this.cb.onViewChange({ center: [c.lng, c.lat], zoom: this.map.getZoom() });
    });
    // One click handler for map features and deck arcs, by what lies on top: a port or terminal, then an arc (drawn
    // over the map), then the BTC/BTK lines, then the sea lanes. A mouse click on an arc opens its panel; a tap on an
    // arc shows its tooltip (touch has no hover), and a tap on nothing hides it.
    this.map.on('click', (e) => {
      const touch = this.pointerType !== 'mouse';
      const hit = this.featureAt(e.point);
      // A port circle opens its port; a port or terminal under the pointer wins over the arcs that start there.
      // (Before the map's first load deck.gl has not joined yet, and has nothing to pick.)
      const overlay = this.deckJoined ? this.deck?.overlay : undefined;
      const picked =
        hit?.kind === 'place' || !overlay
          ? null
          : pickedId(overlay.pickObject({ x: e.point.x, y: e.point.y, radius: 6 }));
      if (picked?.kind === 'flow' && touch) this.cb.onHover({ ...picked, x: e.point.x, y: e.point.y, pinned: true });
      else if (touch) this.cb.onHover(null);
      if (picked?.kind === 'port') this.cb.onSelect(place(picked.id));
      else if (picked && !touch) this.cb.onSelect(flow(picked.id));
      else if (hit && !picked) this.cb.onSelect(hit);
    });
    // Browsers follow a tap with made-up mouse events (mousemove, click); pointer events name the real source.
    const notePointer = (e: PointerEvent) => {
      this.pointerType = e.pointerType;
    };
    container.addEventListener('pointerdown', notePointer, { capture: true, passive: true });
    container.addEventListener('pointermove', notePointer, { capture: true, passive: true });
    this.map.on('mousemove', (e) => {
      const hit = this.featureAt(e.point);
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
      if (this.pointerType !== 'mouse') return;
      const at = { x: e.point.x, y: e.point.y, pinned: false };
      this.cb.onHoverPlace?.(hit?.kind === 'place' ? { kind: 'place', id: hit.id, ...at } : null);
    });
    this.map.on('mouseout', () => this.cb.onHoverPlace?.(null));
    this.map.once('load', () => {
      this.styleLoaded = true;
      // The legend shows the full attribution; keep MapLibre's control folded so it never covers the timeline.
      this.map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    });
  }

  /** Makes deck.gl's overlay from its chunk, draws the latest layer input, and joins the map if it has loaded. */
  private startDeck(m: typeof DeckModule, probe: RenderProbe | undefined): void {
    if (this.destroyed) return;
    // Interleaved: deck.gl draws into MapLibre's own WebGL context, between its layers (under every label). One
    // context instead of two: half the shader pipelines to build at start-up on software GL, one canvas to composite.
    const overlay = new m.MapLibreOverlay({
      interleaved: true,
      layers: [],
      onAfterRender: () => {
        // deck.gl follows the camera through the map's `move` events, but only from its own load on: a move before
        // that (the first framing, at once on a phone) left its view stale, and picking missed what was drawn (drawing
        // uses the map's matrices). One `move` after its first frame brings it up to date. (Not an `onLoad` prop:
        // @deck.gl/maplibre wraps deck's onLoad to start listening, and every setProps would put ours back.)
        if (!this.deckViewSynced) {
          this.deckViewSynced = true;
          queueMicrotask(() => this.map.fire('move'));
        }
        if (probe) probe.deckFrames += 1;
        if (!this.pacing && layersDrawn(this.layers)) {
          this.pacing = true;
          if (probe) probe.firstArcsAt = afterGpu(this.map);
          this.map.once('idle', () => this.startPacing());
        }
      },
      // Hover is a mouse thing: the mouse events a browser makes up after a tap are ignored.
      onHover: (info: PickingInfo) => {
        if (this.pointerType === 'mouse') this.hover(info);
      },
      getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : '')
    });
    this.deck = { overlay, build: m.layerBuilder() };
    if (this.input) this.setLayers(this.input);
    if (this.styleLoaded) {
      this.joinDeck();
      this.ensureDeckInStyle();
    }
  }

  private startPacing(): void {
    const gl = this.map.getCanvas().getContext('webgl2');
    if (gl && !this.destroyed) this.pacer = paceByGpu(this.map, gl);
  }

  /** Whether deck.gl's overlay is on the map (added at its first `load`, or when deck.gl arrives after that). */
  private get deckJoined(): boolean {
    return !!this.deck && this.map.hasControl(this.deck.overlay);
  }

  /** Adds deck.gl's overlay to the map (once, and only once its chunk has arrived). */
  private joinDeck(): void {
    if (!this.deck || this.deckJoined || this.destroyed) return;
    this.map.addControl(this.deck.overlay);
  }

  /** The selectable map feature under a screen point, by priority, as a selection. */
  private featureAt(point: { x: number; y: number }): Selection | null {
    const layers = CLICKABLE_LAYERS.filter((l) => this.map.getLayer(l));
    const features = this.map.queryRenderedFeatures(
      [
        [point.x - 4, point.y - 4],
        [point.x + 4, point.y + 4]
      ],
      { layers: [...layers] }
    );
    for (const layer of CLICKABLE_LAYERS) {
      const f = features.find((x) => x.layer.id === layer);
      const id = f?.properties.id as string | undefined;
      if (id) return layer === 'places' ? place(id) : line(id);
    }
    return null;
  }

  private hover(info: PickingInfo) {
    const id = pickedId(info);
    this.cb.onHover(id ? { ...id, x: info.x, y: info.y, pinned: false } : null);
  }

  /**
   * Moves the camera to a view set for a map 1280 px wide: a narrower map zooms out by the width ratio so the same
   * stretch of the corridor shows. Animated (easeTo) unless `animate` is false (reduced motion: jump, no flight).
   */
  moveTo(view: MapView, animate: boolean): void {
    const width = this.map.getContainer().clientWidth || 1280;
    const zoom = Math.max(2.5, view.zoom + Math.min(0, Math.log2(width / 1280)));
    if (animate) this.map.easeTo({ center: view.center, zoom, duration: 1200 });
    else this.map.jumpTo({ center: view.center, zoom });
  }

  /**
   * Draws deck.gl layers for this input (built with UNDER_LABELS from style.ts, so they lie under the map's labels):
   * at once if deck.gl's chunk has arrived, else from the latest input when it does.
   */
  setLayers(input: DeckModule.LayerInput): void {
    this.input = input;
    if (!this.deck) return;
    this.layers = this.deck.build(input);
    this.deck.overlay.setProps({ layers: this.layers });
  }

  /**
   * @deck.gl/maplibre puts deck.gl's layers into the map's style (under the labels) only when `setProps` is called at
   * a moment `isStyleLoaded()` is true, which is false while any source loads. Until then it draws them after the
   * map, over every label. The layers may be set before the map has loaded and, with the pulses paced, may not be set
   * again for a while: so once the map has loaded what it needs, put them in.
   */
  private ensureDeckInStyle(): void {
    if (!this.deck || this.layers.length === 0 || !this.map.isStyleLoaded()) return;
    const inStyle = this.map.getLayersOrder().some((id) => this.map.getLayer(id)?.type === 'custom');
    if (!inStyle) this.deck.overlay.setProps({ layers: this.layers });
  }

  /** The year's value labels (MapLibre symbols, so they collide with place names and with each other). */
  setValueLabels(labels: GeoJSON.FeatureCollection<GeoJSON.Point, ValueLabelProps>): void {
    this.whenLoaded(() => void this.map.getSource<GeoJSONSource>('values')?.setData(labels));
  }

  /**
   * Runs `fn` now if the map has loaded its style once, else on that first `load`. Not `isStyleLoaded()`: that is also
   * false while any source is loading (the previous year's labels, say), long after `load` has fired, and a `load`
   * listener added then would never run.
   */
  private whenLoaded(fn: () => void): void {
    if (this.styleLoaded) fn();
    else this.map.once('load', fn);
  }

  /**
   * Pads the map by the strips floating boxes cover (`padding`) so its centre is the middle of what is visible. With
   * `keepCenter` the centre stays put (the first frame: a shared view names the visible centre); otherwise what is on
   * screen does not move. Then, given a focus not already inside the visible part (with a margin), moves the map
   * there, easing unless `animate` is false (prefers-reduced-motion), zooming out if it does not fit, never in.
   */
  frame(padding: Padding, focus: Bounds | null, opts: { animate: boolean; keepCenter?: boolean }): void {
    const map = this.map;
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    if (!w || !h) return;
    const p = fitPadding(padding, w, h);
    const center = opts.keepCenter
      ? map.getCenter()
      : map.unproject([p.left + (w - p.left - p.right) / 2, p.top + (h - p.top - p.bottom) / 2]);
    map.jumpTo({ center, padding: p }, PROGRAMMATIC);
    if (!focus || this.inView(focus, p, w, h)) return;
    const camera = map.cameraForBounds(
      [
        [focus[0], focus[1]],
        [focus[2], focus[3]]
      ],
      { padding: FOCUS_MARGIN, maxZoom: map.getZoom() }
    );
    if (camera) map.easeTo({ ...camera, padding: p, duration: opts.animate ? 600 : 0 }, PROGRAMMATIC);
  }

  /** Whether a lon/lat box lies inside the visible (unpadded) part of the map with the focus margin. */
  private inView(b: Bounds, p: Padding, w: number, h: number): boolean {
    const sw = this.map.project([b[0], b[1]]);
    const ne = this.map.project([b[2], b[3]]);
    const m = FOCUS_MARGIN;
    return (
      sw.x >= p.left + m.left &&
      ne.x <= w - p.right - m.right &&
      ne.y >= p.top + m.top &&
      sw.y <= h - p.bottom - m.bottom
    );
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    const apply = () => {
      for (const [layer, text] of Object.entries(labelTexts(lang)))
        if (this.map.getLayer(layer)) this.map.setLayoutProperty(layer, 'text-field', text);
    };
    this.whenLoaded(apply);
  }

  destroy(): void {
    this.destroyed = true;
    this.pacer?.dispose();
    this.map.remove();
  }
}

/**
 * Whether a frame drew every layer: each has its models and their shader programs have linked. deck.gl's programs link
 * asynchronously (KHR_parallel_shader_compile), and until then a layer's draw is skipped: its first frames can show no
 * arcs at all. (A layer just replaced has no models until deck.gl has updated it: not drawn yet either.)
 */
function layersDrawn(layers: Layer[]): boolean {
  return (
    layers.length > 0 &&
    layers.every((l) => {
      const models = l.getModels();
      return models.length > 0 && models.every((m) => m.pipeline.linkStatus === 'success');
    })
  );
}

/** What a deck.gl pick is: a port circle (layers `port-*`, objects PortView) or a flow (objects FlowView). */
function pickedId(info: PickingInfo | null): { kind: 'flow' | 'port'; id: string } | null {
  if (!info?.object || !info.layer) return null;
  if (info.layer.id.startsWith('port-')) return { kind: 'port', id: (info.object as PortView).port.place };
  return { kind: 'flow', id: (info.object as FlowView).flow.id };
}

/** Padding that leaves at least a fifth of the map visible in each direction, shrunk in proportion if needed. */
function fitPadding(p: Padding, w: number, h: number): Padding {
  const kx = Math.min(1, (w * 0.8) / Math.max(1, p.left + p.right));
  const ky = Math.min(1, (h * 0.8) / Math.max(1, p.top + p.bottom));
  return { left: p.left * kx, right: p.right * kx, top: p.top * ky, bottom: p.bottom * ky };
}

/** True when the browser can create a WebGL2 context (MapLibre 6 and deck.gl 9 need it). */
export function hasWebGL2(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!c.getContext('webgl2');
  } catch {
    return false;
  }
}

/** Draws every canvas inside the map container (MapLibre's, then deck's) onto one canvas at device resolution. */
export function compositeCanvases(container: HTMLElement): HTMLCanvasElement {
  const box = container.getBoundingClientRect();
  const dpr = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(box.width * dpr);
  out.height = Math.round(box.height * dpr);
  const ctx = out.getContext('2d');
  if (!ctx) return out;
  for (const c of container.querySelectorAll('canvas')) {
    const r = c.getBoundingClientRect();
    ctx.drawImage(c, (r.left - box.left) * dpr, (r.top - box.top) * dpr, r.width * dpr, r.height * dpr);
  }
  return out;
}
