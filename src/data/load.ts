// Fetches the geodata files from the built app (Vite emits them as assets) and builds the dataset. Every way a fetch
// can fail (no answer, an HTTP error, no answer in time) is kept per file so the page can name it.
import figuresUrl from '../../geodata/figures.csv?url';
import measuresUrl from '../../geodata/measures.csv?url';
import sourcesUrl from '../../geodata/sources.csv?url';
import milestonesUrl from '../../geodata/milestones.csv?url';
import flowsUrl from '../../geodata/flows.json?url';
import portsUrl from '../../geodata/port_measures.json?url';
import corridorUrl from '../../geodata/corridor_measures.json?url';
import placesUrl from '../../geodata/places.geojson?url';
import btcUrl from '../../geodata/btc.geojson?url';
import btkUrl from '../../geodata/btk.geojson?url';
import lanesUrl from '../../geodata/sea_lanes.geojson?url';
import contextUrl from '../../geodata/pipelines_context.geojson?url';
import storyUrl from '../../geodata/story.json?url';
import expectedCounts from 'virtual:geodata-expected';
import { buildStory, storyReport, type LoadedStory } from './story';
import { buildDataset, GEODATA_FILES, GEODATA_KEYS, type Dataset, type GeodataKey } from './dataset';
import type { FetchFailure } from './fileReport';

/** Where each geodata file is served; the figures URL is also the "download the whole dataset" link. */
export const GEODATA_URLS: Record<GeodataKey, string> = {
  figures: figuresUrl,
  measures: measuresUrl,
  sources: sourcesUrl,
  milestones: milestonesUrl,
  flows: flowsUrl,
  ports: portsUrl,
  corridor: corridorUrl,
  places: placesUrl,
  btc: btcUrl,
  btk: btkUrl,
  lanes: lanesUrl,
  context: contextUrl
};

/** A file that has not arrived after this long is reported as not answering, instead of loading forever. */
export const FETCH_TIMEOUT_S = 30;

type Fetched = { text: string } | { failure: FetchFailure };

async function fetchText(url: string, reload: boolean): Promise<Fetched> {
  const abort = new AbortController();
  const timer = setTimeout(() => {
    abort.abort();
  }, FETCH_TIMEOUT_S * 1000);
  try {
    // A retry goes past the HTTP cache, so a file fixed on the server is seen.
    const res = await fetch(url, { signal: abort.signal, cache: reload ? 'reload' : 'default' });
    if (!res.ok) return { failure: { kind: 'http', status: res.status } };
    return { text: await res.text() };
  } catch (e) {
    if (abort.signal.aborted) return { failure: { kind: 'timeout', seconds: FETCH_TIMEOUT_S } };
    return { failure: { kind: 'unreachable', detail: e instanceof Error ? e.message : String(e) } };
  } finally {
    clearTimeout(timer);
  }
}

export interface LoadOptions {
  urls?: Record<GeodataKey, string>;
  /** Bypass the HTTP cache (the Retry button). */
  reload?: boolean;
}

/** Never rejects: a file that cannot be fetched becomes a named failure in the dataset's reports. */
export async function loadDataset(opts: LoadOptions = {}): Promise<Dataset> {
  const urls = opts.urls ?? GEODATA_URLS;
  const texts: Partial<Record<GeodataKey, string>> = {};
  const failures: Partial<Record<GeodataKey, FetchFailure>> = {};
  await Promise.all(
    GEODATA_KEYS.map(async (key) => {
      const r = await fetchText(urls[key], opts.reload ?? false);
      if ('text' in r) texts[key] = r.text;
      else failures[key] = r.failure;
    })
  );
  return buildDataset(texts, failures, expectedRecords());
}

/** Records each file held when the app was built, by role. */
export function expectedRecords(): Partial<Record<GeodataKey, number>> {
  const out: Partial<Record<GeodataKey, number>> = {};
  for (const key of GEODATA_KEYS) {
    const n = expectedCounts[GEODATA_FILES[key]];
    if (n !== undefined) out[key] = n;
  }
  return out;
}

/**
 * The guided tour (geodata/story.json), checked against the dataset; a missing or broken file means no tour, and a
 * report that says so (the page shows it with the geodata files' reports).
 */
export async function loadStory(data: Dataset, reload = false): Promise<LoadedStory> {
  const r = await fetchText(storyUrl, reload);
  if ('text' in r) return buildStory(r.text, data);
  return { steps: [], issues: [], report: storyReport(0, 0, r.failure) };
}
