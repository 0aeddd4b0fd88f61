// MapLibre 6 under Vite: the worker must be wired explicitly or production builds fail with "Worker failed to load".
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** Where the worker script is served (a load failure names it). */
export const MAPLIBRE_WORKER_URL: string = workerUrl;

let done = false;
export function ensureMaplibreWorker(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  done = true;
}

let checked: Promise<string | null> | undefined;

/**
 * Whether the worker script is missing: why (HTTP 404 or 410, or the network error, with the URL), else null.
 * MapLibre reports a worker that failed to load as the map's `error`, but only to a map that exists by then, and the
 * page starts the workers before the map (src/main.ts, prewarm): a failure that came first went unreported and the
 * map stayed blank. A HEAD request (no body) asks once per page; MapLibre's own report still counts when it comes.
 */
export function workerScriptProblem(): Promise<string | null> {
  checked ??= fetch(workerUrl, { method: 'HEAD' }).then(
    // Only "not there": a server that refuses HEAD itself (405, 501…) may still serve the script to the worker.
    (res) => (res.status === 404 || res.status === 410 ? `HTTP ${res.status}: ${workerUrl}` : null),
    (e: unknown) => `${e instanceof Error ? e.message : String(e)}: ${workerUrl}`
  );
  return checked;
}
