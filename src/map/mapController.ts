// Owns the MapLibre map and its single deck.gl overlay; turns clicks and hovers into plain callbacks. No business logic.
import { Map as MlMap, NavigationControl, AttributionControl, ScaleControl } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ensureMaplibreWorker } from './worker';
import { buildStyle, CLICKABLE_LAYERS, labelTexts } from './style';
import { MAP_OPTIONS } from './mapOptions';
import type { Dataset } from '../data/dataset';
import type { Lang } from '../model/format';
import type { FlowView } from '../model/flows';
import type { MapView } from '../model/view';

export interface MapCallbacks {
  onSelect(id: string): void;
  onHoverFlow(info: { flowId: string; x: number; y: number } | null): void;
  /** A port or terminal under the pointer (for its tooltip), or null. */
  onHoverPlace?(info: { placeId: string; x: number; y: number } | null): void;
  onViewChange(view: MapView): void;
  onError(message: string): void;
}

/** Counters the browser tests wait on (map idle, deck frames); harmless in production. */
export interface RenderProbe {
  mapIdle: number;
  deckFrames: number;
  mapLoaded: boolean;
  /** performance.now() of the first deck.gl frame with the flow layers after the map's `load` (the benchmark's mark). */
  firstArcsAt?: number;
  /** Screen position of a lon/lat, so tests can click a port where a person would. */
  project?: (lonLat: [number, number]) => { x: number; y: number };
  /** Map and deck canvases composited into one RGBA snapshot (tests read arc pixels from it). */
  composite?: () => HTMLCanvasElement;
  /** English names of the port and terminal labels MapLibre actually placed on screen. */
  renderedLabels?: () => string[];
  /** True while the camera is moving (tests check that reduced motion jumps instead of flying). */
  isMoving?: () => boolean;
}

declare global {
  interface Window {
    __atlasProbe?: RenderProbe;
  }
}

export class MapController {
  readonly map: MlMap;
  private overlay: MapLibreOverlay;
  private probe: RenderProbe;
  private lang: Lang;
  private hasLayers = false;
  private drewLayers = false;

  constructor(
    container: HTMLElement,
    private data: Dataset,
    view: MapView,
    lang: Lang,
    attribution: string,
    private cb: MapCallbacks
  ) {
    ensureMaplibreWorker();
    this.lang = lang;
    this.probe = window.__atlasProbe ?? { mapIdle: 0, deckFrames: 0, mapLoaded: false };
    window.__atlasProbe = this.probe;
    this.map = new MlMap({
      container,
      style: buildStyle(data, document.baseURI, lang),
      ...MAP_OPTIONS,
      center: view.center,
      zoom: view.zoom,
      // Keep the drawing buffer so "download PNG" can read the map canvas.
      canvasContextAttributes: { preserveDrawingBuffer: true }
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: attribution }), 'bottom-right');
    this.overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      // Keep deck's canvas readable for the PNG export as well.
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
      onAfterRender: () => {
        this.probe.deckFrames += 1;
        if (this.hasLayers) {
          this.drewLayers = true;
          if (this.probe.mapLoaded) this.probe.firstArcsAt ??= performance.now();
        }
      },
      onHover: (info: PickingInfo) => this.hover(info),
      onClick: (info: PickingInfo) => {
        const v = info.object as FlowView | undefined;
        // A port under the pointer wins over the arcs that start there (MapLibre's click handler opens it).
        if (v && !this.featureAt({ x: info.x, y: info.y })) this.cb.onSelect(`flow:${v.flow.id}`);
      },
      getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : '')
    });
    this.map.addControl(this.overlay);
    this.map.on('load', () => {
      this.probe.mapLoaded = true;
      if (this.drewLayers) this.probe.firstArcsAt ??= performance.now();
    });
    this.probe.project = (ll) => {
      const p = this.map.project(ll);
      const r = this.map.getContainer().getBoundingClientRect();
      return { x: p.x + r.left, y: p.y + r.top };
    };
    this.probe.isMoving = () => this.map.isMoving();
    this.probe.composite = () => compositeCanvases(this.map.getContainer());
    this.probe.renderedLabels = () =>
      this.map
        .queryRenderedFeatures({ layers: ['port-labels', 'place-labels'] })
        .map((f) => String(f.properties.name_en ?? ''));
    this.map.on('idle', () => {
      this.probe.mapIdle += 1;
    });
    this.map.on('error', (e) => this.cb.onError(e.error.message || 'map error'));
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.cb.onViewChange({ center: [c.lng, c.lat], zoom: this.map.getZoom() });
    });
    // One click handler with a clear priority: a port or terminal beats the BTC/BTK lines, which beat the sea lanes.
    this.map.on('click', (e) => {
      const hit = this.featureAt(e.point);
      if (hit) this.cb.onSelect(hit);
    });
    this.map.on('mousemove', (e) => {
      const hit = this.featureAt(e.point);
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
      this.cb.onHoverPlace?.(hit?.startsWith('place:') ? { placeId: hit.slice(6), x: e.point.x, y: e.point.y } : null);
    });
    this.map.on('mouseout', () => this.cb.onHoverPlace?.(null));
    this.map.once('load', () => {
      // The legend shows the full attribution; keep MapLibre's control folded so it never covers the timeline.
      this.map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    });
  }

  /** The selectable map feature under a screen point, by priority, as a selection id. */
  private featureAt(point: { x: number; y: number }): string | null {
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
      if (id) return layer === 'places' ? `place:${id}` : `line:${id}`;
    }
    return null;
  }

  private hover(info: PickingInfo) {
    const v = info.object as FlowView | undefined;
    this.cb.onHoverFlow(v ? { flowId: v.flow.id, x: info.x, y: info.y } : null);
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

  setLayers(layers: Layer[]): void {
    this.overlay.setProps({ layers });
    this.hasLayers = layers.length > 0;
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    const apply = () => {
      for (const [layer, text] of Object.entries(labelTexts(lang)))
        if (this.map.getLayer(layer)) this.map.setLayoutProperty(layer, 'text-field', text);
    };
    if (this.map.isStyleLoaded()) apply();
    else this.map.once('load', apply);
  }

  destroy(): void {
    this.map.remove();
  }
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
