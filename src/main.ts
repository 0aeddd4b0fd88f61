// Entry point: styles, then the app.
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import { mount } from 'svelte';
import { prewarm } from 'maplibre-gl';
import App from './ui/App.svelte';
import { ensureMaplibreWorker } from './map/worker';
import { loadMapFonts } from './map/mapOptions';

// What the map will need, started now so it loads while the data does: MapLibre's worker (its script and start-up)
// and the label fonts. Both are what the map would otherwise begin with only once the data is in.
ensureMaplibreWorker();
prewarm();
void loadMapFonts();

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');
export default mount(App, { target });
