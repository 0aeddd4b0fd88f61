// Owns the MapLibre map and its single deck.gl overlay; turns clicks and hovers into plain callbacks. No business logic.
import { Map as MlMap, NavigationControl, AttributionControl, ScaleControl } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ensureMaplibreWorker } from './worker';
import { buildStyle, CLICKABLE_LAYERS, labelTexts } from './style';
import { MAP_OPTIONS } from './mapOptions';
import { requestedProbe, wireProbe } from './probe';
import type { Dataset } from '../data/dataset';
import type { Lang } from '../model/i18n';
import { flow, line, place, type Selection } from '../model/selection';
import type { MapHover } from '../model/hover';
import type { FlowView } from '../model/flows';
import type { MapView } from '../model/view';
import type { PortView } from '../model/ports';

export interface MapCallbacks {
  onSelect(selection: Selection): void;
  onHover(info: MapHover | null): void;
  onViewChange(view: MapView): void;
  onError(message: string): void;
}

export class MapController {
  readonly map: MlMap;
  private overlay: MapLibreOverlay;
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
    // Only a browser test or the benchmark installs a probe (src/map/probe.ts).
    const probe = requestedProbe();
    if (probe) wireProbe(probe, this.map, () => compositeCanvases(this.map.getContainer()));
    this.overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      // Keep deck's canvas readable for the PNG export as well.
      deviceProps: { webgl: { preserveDrawingBuffer: true } },
      onAfterRender: () => {
        if (probe) probe.deckFrames += 1;
        if (this.hasLayers) {
          this.drewLayers = true;
          if (probe?.mapLoaded) probe.firstArcsAt ??= performance.now();
        }
      },
      onHover: (info: PickingInfo) => this.hover(info),
      onClick: (info: PickingInfo) => {
        const id = pickedId(info);
        // A port under the pointer wins over the arcs that start there (MapLibre's click handler opens it).
        if (id && !this.featureAt({ x: info.x, y: info.y }))
          this.cb.onSelect(id.kind === 'port' ? place(id.id) : flow(id.id));
      },
      getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : '')
    });
    this.map.addControl(this.overlay);
    this.map.on('load', () => {
      if (probe && this.drewLayers) probe.firstArcsAt ??= performance.now();
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
      this.map.getCanvas().style.cursor = this.featureAt(e.point) ? 'pointer' : '';
    });
    this.map.once('load', () => {
      // The legend shows the full attribution; keep MapLibre's control folded so it never covers the timeline.
      this.map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    });
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
    this.cb.onHover(id ? { ...id, x: info.x, y: info.y } : null);
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

/** What a deck.gl pick is: a port circle (layers `port-*`, objects PortView) or a flow (objects FlowView). */
function pickedId(info: PickingInfo): { kind: 'flow' | 'port'; id: string } | null {
  if (!info.object || !info.layer) return null;
  if (info.layer.id.startsWith('port-')) return { kind: 'port', id: (info.object as PortView).port.place };
  return { kind: 'flow', id: (info.object as FlowView).flow.id };
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
