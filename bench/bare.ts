// The benchmark's reference page: the app's own basemap style (src/map/style.ts) in bare MapLibre, with the same map
// options, fonts and view, but no corridor layers, no deck.gl and no UI. scripts/bench.mjs times its `load` and first
// `idle`.
import 'maplibre-gl/dist/maplibre-gl.css';
import '../src/app.css';
import { Map as MlMap } from 'maplibre-gl';
import { ensureMaplibreWorker } from '../src/map/worker';
import { buildBasemapStyle } from '../src/map/style';
import { MAP_OPTIONS, loadMapFonts } from '../src/map/mapOptions';
import { afterGpu, redrawCosts } from '../src/map/probe';

declare global {
  interface Window {
    __bare?: { firstIdleAt?: number; loadAt?: number; redrawCosts?: (n: number) => Promise<number[]> };
  }
}

const probe: NonNullable<Window['__bare']> = {};
window.__bare = probe;
const container = document.getElementById('map');
if (!container) throw new Error('#map missing');
ensureMaplibreWorker();
void loadMapFonts().then(() => {
  // Same centre and zoom as the app's DEFAULT_VIEW (src/map/mapController.ts).
  const map = new MlMap({
    ...MAP_OPTIONS,
    container,
    style: buildBasemapStyle(document.baseURI, 'en'),
    center: [45.2, 40.6],
    zoom: 4.6
  });
  // Marks once the GPU has drawn the frame, as the app's are (src/map/probe.ts, afterGpu).
  map.once('load', () => (probe.loadAt = afterGpu(map)));
  map.once('idle', () => (probe.firstIdleAt = afterGpu(map)));
  probe.redrawCosts = (n) => redrawCosts(map, n);
});
