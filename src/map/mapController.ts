// Owns the MapLibre map and its single deck.gl overlay; turns clicks and hovers into plain callbacks. No business logic.
import { Map as MlMap, NavigationControl, AttributionControl, ScaleControl, type MapGeoJSONFeature } from 'maplibre-gl';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { ensureMaplibreWorker } from './worker';
import { buildStyle, CLICKABLE_LAYERS } from './style';
import type { Dataset } from '../data/dataset';
import type { Lang } from '../model/format';
import type { FlowView } from '../model/flows';

export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface MapCallbacks {
  onSelect(id: string): void;
  onHoverFlow(info: { flowId: string; x: number; y: number } | null): void;
  onViewChange(view: MapView): void;
  onError(message: string): void;
}

export const DEFAULT_VIEW: MapView = { center: [45.2, 40.6], zoom: 4.6 };

/** Counters the browser tests wait on (map idle, deck frames); harmless in production. */
export interface RenderProbe {
  mapIdle: number;
  deckFrames: number;
  mapLoaded: boolean;
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

  constructor(container: HTMLElement, private data: Dataset, view: MapView, lang: Lang, attribution: string, private cb: MapCallbacks) {
    ensureMaplibreWorker();
    this.lang = lang;
    this.probe = window.__atlasProbe ?? { mapIdle: 0, deckFrames: 0, mapLoaded: false };
    window.__atlasProbe = this.probe;
    this.map = new MlMap({
      container,
      style: buildStyle(data, document.baseURI, lang),
      center: view.center,
      zoom: view.zoom,
      minZoom: 2.5,
      maxZoom: 12,
      maxBounds: [
        [10, 25],
        [90, 60]
      ],
      attributionControl: false,
      // Keep the drawing buffer so "download PNG" can read the map canvas.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      dragRotate: false,
      pitchWithRotate: false
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: attribution }), 'bottom-right');
    this.overlay = new MapLibreOverlay({
      interleaved: false,
      layers: [],
      // Keep deck's canvas readable for the PNG export as well.
      deviceProps: { webgl: { preserveDrawingBuffer: true } } as never,
      onAfterRender: () => {
        this.probe.deckFrames += 1;
      },
      onHover: (info: PickingInfo) => this.hover(info),
      onClick: (info: PickingInfo) => {
        const v = info.object as FlowView | undefined;
        if (v) this.cb.onSelect(`flow:${v.flow.id}`);
      },
      getCursor: ({ isHovering }: { isHovering: boolean }) => (isHovering ? 'pointer' : '')
    } as never);
    this.map.addControl(this.overlay);
    this.map.on('load', () => {
      this.probe.mapLoaded = true;
    });
    this.map.on('idle', () => {
      this.probe.mapIdle += 1;
    });
    this.map.on('error', (e) => this.cb.onError(String((e as unknown as { error?: { message?: string } }).error?.message ?? 'map error')));
    this.map.on('moveend', () => {
      const c = this.map.getCenter();
      this.cb.onViewChange({ center: [c.lng, c.lat], zoom: this.map.getZoom() });
    });
    for (const layer of CLICKABLE_LAYERS) {
      this.map.on('click', layer, (e) => {
        const f = e.features?.[0] as MapGeoJSONFeature | undefined;
        const id = f?.properties?.id as string | undefined;
        if (!id) return;
        this.cb.onSelect(layer === 'places' ? `place:${id}` : `line:${id}`);
      });
      this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
    }
  }

  private hover(info: PickingInfo) {
    const v = info.object as FlowView | undefined;
    this.cb.onHoverFlow(v ? { flowId: v.flow.id, x: info.x, y: info.y } : null);
  }

  setLayers(layers: Layer[]): void {
    this.overlay.setProps({ layers });
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.map.setStyle(buildStyle(this.data, document.baseURI, lang), { diff: true });
  }

  setView(view: MapView): void {
    this.map.jumpTo({ center: view.center, zoom: view.zoom });
  }

  flyToPlace(lonLat: [number, number]): void {
    if (this.map.getZoom() < 5) return;
    this.map.easeTo({ center: lonLat, duration: 0 });
  }

  /** Composites the map and the deck canvas into one PNG (for the "download map" button). */
  snapshotCanvases(): HTMLCanvasElement[] {
    const canvases = [this.map.getCanvas()];
    const deckCanvas = this.map.getCanvasContainer().parentElement?.querySelector('canvas.deck-canvas, #deckgl-overlay') as HTMLCanvasElement | null;
    const all = [...this.map.getContainer().querySelectorAll('canvas')] as HTMLCanvasElement[];
    for (const c of all) if (!canvases.includes(c)) canvases.push(c);
    if (deckCanvas && !canvases.includes(deckCanvas)) canvases.push(deckCanvas);
    return canvases;
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
