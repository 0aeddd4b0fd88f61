// Fetches the geodata files from the built app (Vite emits them as assets) and builds the dataset.
import figuresUrl from '../../geodata/figures.csv?url';
import measuresUrl from '../../geodata/measures.csv?url';
import sourcesUrl from '../../geodata/sources.csv?url';
import milestonesUrl from '../../geodata/milestones.csv?url';
import flowsUrl from '../../geodata/flows.json?url';
import placesUrl from '../../geodata/places.geojson?url';
import btcUrl from '../../geodata/btc.geojson?url';
import btkUrl from '../../geodata/btk.geojson?url';
import lanesUrl from '../../geodata/sea_lanes.geojson?url';
import contextUrl from '../../geodata/pipelines_context.geojson?url';
import { buildDataset, type Dataset, type GeodataKey } from './dataset';

/** Where each geodata file is served; the figures URL is also the "download the whole dataset" link. */
export const GEODATA_URLS: Record<GeodataKey, string> = {
  figures: figuresUrl,
  measures: measuresUrl,
  sources: sourcesUrl,
  milestones: milestonesUrl,
  flows: flowsUrl,
  places: placesUrl,
  btc: btcUrl,
  btk: btkUrl,
  lanes: lanesUrl,
  context: contextUrl
};

export async function loadDataset(urls: Record<GeodataKey, string> = GEODATA_URLS): Promise<Dataset> {
  const texts: Partial<Record<GeodataKey, string>> = {};
  const missing: Partial<Record<GeodataKey, string>> = {};
  await Promise.all(
    (Object.keys(urls) as GeodataKey[]).map(async (key) => {
      try {
        const res = await fetch(urls[key]);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        texts[key] = await res.text();
      } catch (e) {
        missing[key] = `could not be loaded (${(e as Error).message})`;
      }
    })
  );
  return buildDataset(texts, missing);
}
