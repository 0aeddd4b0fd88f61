// MapLibre 6 under Vite: the worker must be wired explicitly or production builds fail with "Worker failed to load".
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let done = false;
export function ensureMaplibreWorker(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  done = true;
}
