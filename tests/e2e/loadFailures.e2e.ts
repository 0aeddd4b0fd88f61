// A broken data file is named on the page at once (no unfolding), with how it broke and what was lost, while the rest
// of the app works: one test per kind of failure (garbage, cut to half, empty, HTTP 404), and Retry rebuilds the app.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { closeBrowser, openApp, type AppPage } from './browser';

afterAll(() => closeBrowser());

/** While a map is being built the page's main thread can be busy for a minute when the two cores are shared. */
const BUSY_MS = 300_000;

const geodata = (file: string) =>
  fs.readFileSync(path.resolve(new URL(`../../geodata/${file}`, import.meta.url).pathname), 'utf8');
const rowCount = (file: string) => Papa.parse(geodata(file), { header: true, skipEmptyLines: 'greedy' }).data.length;
const FIGURES = geodata('figures.csv');
const N_FIGURES = rowCount('figures.csv');

/** The file's line in the banner: visible without opening anything, and saying how it broke. */
async function namedAtOnce(app: AppPage, file: string, says: RegExp) {
  const line = app.page.getByTestId('data-issues').locator(`li[data-file="${file}"]`);
  await line.waitFor({ state: 'visible', timeout: BUSY_MS });
  expect(await line.isVisible()).toBe(true);
  const text = (await line.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
  expect(text).toMatch(says);
  return text;
}

/** The rest works: the map was drawn (openApp waited for it), the port list opens a panel, no script error. */
async function stillWorks(app: AppPage, expectFigures: boolean) {
  await app.page.locator('[data-select="place:aktau"]').click({ timeout: BUSY_MS });
  const panel = app.page.getByTestId('detail-panel');
  await panel.waitFor({ timeout: BUSY_MS });
  if (expectFigures) expect(await panel.locator('[data-figure-row]').count()).toBeGreaterThan(3);
  else expect(await panel.getByTestId('no-figures').count()).toBe(1);
  expect(app.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  expect(app.externalRequests).toEqual([]);
}

describe('a broken data file is named at once and the rest works', () => {
  it('garbage in figures.csv', async () => {
    const app = await openApp({
      override: { match: /figures[^/]*\.csv$/, body: 'Lorem ipsum dolor sit amet\nconsectetur adipiscing elit\n' }
    });
    try {
      const text = await namedAtOnce(
        app,
        'figures.csv',
        new RegExp(`^figures\\.csv: 0 of ${N_FIGURES} rows could be read — the file is not CSV No figures:`)
      );
      expect(text).toMatch(/ports and lines/);
      await stillWorks(app, false);
    } finally {
      await app.close();
    }
  });

  it('figures.csv cut to half', async () => {
    const app = await openApp({
      override: { match: /figures[^/]*\.csv$/, body: FIGURES.slice(0, Math.floor(FIGURES.length / 2)) }
    });
    try {
      const text = await namedAtOnce(
        app,
        'figures.csv',
        new RegExp(
          `^figures\\.csv: \\d+ of ${N_FIGURES} rows dropped — the file (is cut off in line \\d+|holds \\d+ of the ${N_FIGURES} rows)`
        )
      );
      const dropped = Number(/: (\d+) of/.exec(text)?.[1]);
      expect(dropped).toBeGreaterThan(N_FIGURES / 3);
      expect(dropped).toBeLessThan((2 * N_FIGURES) / 3);
      await stillWorks(app, true);
    } finally {
      await app.close();
    }
  });

  it('empty sources.csv', async () => {
    const app = await openApp({ override: { match: /sources[^/]*\.csv$/, body: '' } });
    try {
      await namedAtOnce(
        app,
        'sources.csv',
        new RegExp(`^sources\\.csv: 0 of ${rowCount('sources.csv')} rows could be read — the file is empty`)
      );
      await stillWorks(app, true);
    } finally {
      await app.close();
    }
  });

  it('HTTP 404 for story.json: no Story button, and the page says why; then Retry brings the story back', async () => {
    const app = await openApp({ override: { match: /story[^/]*\.json$/, status: 404, body: 'Not Found' } });
    try {
      const text = await namedAtOnce(
        app,
        'story.json',
        /^story\.json could not be read — the server answered HTTP 404 — file not found/
      );
      expect(text).toContain('No guided story; the map, panels and figures are not affected.');
      const storyButton = app.page.getByRole('button', { name: 'Story', exact: true });
      expect(await storyButton.count()).toBe(0);
      await stillWorks(app, true);

      app.override = null;
      await app.page.getByTestId('data-retry').click();
      await storyButton.waitFor({ timeout: BUSY_MS });
      expect(await app.page.getByTestId('data-issues').count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('HTTP 404 for the basemap: named like a data file, and the corridor is still drawn over a bare map', async () => {
    const app = await openApp({ override: { match: /basemap[^/]*\.geojson$/, status: 404, body: 'Not Found' } });
    try {
      const text = await namedAtOnce(
        app,
        'basemap.geojson',
        /^basemap\.geojson could not be read — the server answered HTTP 404 — file not found/
      );
      expect(text).toContain('the arcs, ports, panels and figures are not affected');
      // No raw MapLibre error beside it.
      expect(await app.page.getByText('AJAXError').count()).toBe(0);
      expect(await app.page.evaluate(() => window.__atlasProbe?.firstArcsAt !== undefined)).toBe(true);
      await stillWorks(app, true);
    } finally {
      await app.close();
    }
  });

  it('HTTP 404 for sea_lanes.geojson, then Retry once the file is back', async () => {
    const app = await openApp({ override: { match: /sea_lanes[^/]*\.geojson$/, status: 404, body: 'Not Found' } });
    try {
      await namedAtOnce(
        app,
        'sea_lanes.geojson',
        /^sea_lanes\.geojson: 0 of 2 features could be read — the server answered HTTP 404 — file not found/
      );
      expect(await app.page.locator('[data-select="line:aktau_alat"]').count()).toBe(0);
      await stillWorks(app, true);

      // The file is served again: Retry fetches everything anew and rebuilds the app with it.
      app.override = null;
      const idleBefore = await app.page.evaluate(() => window.__atlasProbe?.mapIdle ?? 0);
      await app.page.getByTestId('data-retry').click();
      await app.page.locator('[data-select="line:aktau_alat"]').waitFor({ timeout: BUSY_MS });
      expect(await app.page.getByTestId('data-issues').count()).toBe(0);
      await app.page.waitForFunction((n) => (window.__atlasProbe?.mapIdle ?? 0) > n, idleBefore, {
        timeout: BUSY_MS,
        polling: 250
      });
      await stillWorks(app, true);
    } finally {
      await app.close();
    }
  });
});

describe('a part of the page that did not arrive is named, with a way to reload, and the rest works', () => {
  const PART_WORDS = /could not be loaded — the connection failed, or the atlas was updated after this page was opened/;

  it('the data table and the details panel (their own files, loaded on first use)', async () => {
    const app = await openApp({ override: { match: /\/(DataTable|DetailPanel)-[^/]*\.js$/, status: 404 } });
    try {
      await app.page.getByRole('button', { name: 'Data table' }).click();
      const table = app.page.getByTestId('load-failed');
      await table.waitFor({ timeout: BUSY_MS });
      expect(await table.textContent()).toMatch(/^The data table /);
      expect(await table.textContent()).toMatch(PART_WORDS);
      expect(await table.textContent()).toMatch(/DataTable-[^/]*\.js/);
      expect(await table.getByRole('button', { name: 'Reload' }).count()).toBe(1);
      await table.getByRole('button', { name: 'Dismiss' }).click();
      expect(await app.page.getByTestId('load-failed').count()).toBe(0);

      // The details panel fails inside its sheet; the sheet still closes, the map and timeline still work.
      await app.page.locator('[data-select="place:aktau"]').click();
      const inSheet = app.page.getByTestId('load-failed');
      await inSheet.waitFor({ timeout: BUSY_MS });
      expect(await inSheet.textContent()).toMatch(/^The details panel /);
      await app.page.keyboard.press('Escape');
      const year = app.page.getByTestId('year-label');
      const before = await year.textContent();
      await app.page.getByTestId('year-slider').focus();
      await app.page.keyboard.press('Home');
      await expect.poll(() => year.textContent()).not.toBe(before);
      expect(app.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('the arcs (deck.gl’s file): the map, ports and panels work without them', async () => {
    const app = await openApp({ override: { match: /\/deck-[^/]*\.js$/, status: 404 }, waitForMap: false });
    try {
      const notice = app.page.getByTestId('map-part-failed');
      await notice.waitFor({ timeout: BUSY_MS });
      expect(await notice.textContent()).toMatch(/^The arcs could not be loaded — /);
      expect(await notice.textContent()).toMatch(/deck-[^/]*\.js/);
      await app.page.waitForFunction(() => (window.__atlasProbe?.mapIdle ?? 0) > 0, null, { timeout: BUSY_MS });
      await stillWorks(app, true);
      // It can be put away, to read the map under it.
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      expect(await notice.count()).toBe(0);
    } finally {
      await app.close();
    }
  });

  it('the map’s worker script: said at once, not a blank map', async () => {
    const app = await openApp({ override: { match: /maplibre-gl-worker[^/]*\.mjs$/, status: 404 }, waitForMap: false });
    try {
      const notice = app.page.getByTestId('map-part-failed');
      await notice.waitFor({ timeout: BUSY_MS });
      expect(await notice.textContent()).toMatch(/^The map could not start: its worker script did not load\./);
      expect(await notice.textContent()).toMatch(/HTTP 404: .*maplibre-gl-worker[^/]*\.mjs/);
      await stillWorks(app, true);
    } finally {
      await app.close();
    }
  });
});
