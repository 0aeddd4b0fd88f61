// The map end to end, as a person sees it: basemap drawn, the oil flow over the Caspian and the port circles, the
// slider changes them, a port circle is drawn only in a year with a figure, clicking a port opens its cited figures,
// and nothing leaves 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { cameraAtRest, closeBrowser, openApp, screenshot, waitForNewDeckFrames, type AppPage } from './browser';
import { colourPixelsInBox, tealPixelsInBox } from './pixels';
import { FLOW_COLORS } from '../../src/map/colors';

const CASPIAN_SW: [number, number] = [48.5, 39.3];
const CASPIAN_NE: [number, number] = [52.5, 44.5];
const AKTAU: [number, number] = [51.2387, 43.595509];
const KURYK: [number, number] = [51.68116, 43.18032];
const ALAT: [number, number] = [49.40817, 39.95281];
const around = (p: [number, number], d: number): [[number, number], [number, number]] => [
  [p[0] - d, p[1] - d],
  [p[0] + d, p[1] + d]
];

/** Years in which geodata/figures.csv gives Aktau's own all-cargo measure a drawable figure (read independently). */
const rows = Papa.parse<Record<string, string>>(
  fs.readFileSync(path.resolve(new URL('../../geodata/figures.csv', import.meta.url).pathname), 'utf8'),
  { header: true, skipEmptyLines: 'greedy' }
).data;
const aktauYears = new Set(
  rows
    .filter(
      (r) =>
        r.measure === 'aktau.cargo' &&
        r.unit === 't' &&
        r.status !== 'capacity' &&
        /^(year|H[12]|Q[1-4]|Jan–[A-Z][a-z]{2})$/.test(r.period ?? '') &&
        (r.status !== 'plan' && r.status !== 'forecast' ? true : r.period === 'year')
    )
    .map((r) => Number(r.year))
);

async function goToYear(page: Page, year: number) {
  const slider = page.getByTestId('year-slider');
  await slider.focus();
  for (let i = 0; i < 20; i++) {
    const now = Number(await page.getByTestId('year-label').textContent());
    if (now === year) return;
    await page.keyboard.press(now > year ? 'ArrowLeft' : 'ArrowRight');
  }
  throw new Error(`could not reach ${year}`);
}

describe('map', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp({ search: '?year=2024' });
  });
  afterAll(async () => {
    await app.close();
    await closeBrowser();
  });

  it('draws a basemap that is not blank', async () => {
    await screenshot(app.page, 'map-2024');
    // Whole Caspian region: sea, land, coast, labels and arcs give many colours; a blank canvas gives one or two.
    const stats = await colourPixelsInBox(app.page, [207, 224, 234], [44, 37], [56, 46]);
    expect(stats.distinctColours).toBeGreaterThan(40);
    expect(stats.matching / stats.total).toBeGreaterThan(0.05); // the sea colour is there
  });

  it('draws the oil flow over the Caspian and the port circle at Alat in their colours', async () => {
    const oil = await colourPixelsInBox(app.page, FLOW_COLORS.oil, CASPIAN_SW, CASPIAN_NE, 60);
    expect(oil.matching).toBeGreaterThan(100);
    // Alat's circle: a few hundred teal pixels around the port (a 7+ Mt circle is ~20 px in radius).
    expect(await tealPixelsInBox(app.page, ...around(ALAT, 0.6))).toBeGreaterThan(300);
  });

  it('labels the four ports', async () => {
    // Labels are MapLibre symbols: check the rendered features rather than OCR.
    const names = await app.page.evaluate(() => {
      const labels = window.__atlasProbe?.renderedLabels;
      if (!labels) throw new Error('no render probe');
      return labels();
    });
    for (const n of ['Aktau', 'Kuryk', 'Alat (Port of Baku)', 'Baku']) expect(names).toContain(n);
  });

  it('places the value labels of the year as map symbols, with text, and changes them with the year', async () => {
    const placed = () =>
      app.page.evaluate(() => {
        const values = window.__atlasProbe?.placedValueLabels;
        if (!values) throw new Error('no render probe');
        return values().sort();
      });
    const now = await placed();
    expect(now.length).toBeGreaterThanOrEqual(3);
    for (const t of now) expect(t).toMatch(/\d.* (Mt|kt|t)\b/);
    const year = app.page.getByTestId('year-label');
    const initial = Number(await year.textContent());
    const slider = app.page.getByTestId('year-slider');
    await slider.focus();
    await app.page.keyboard.press('Home');
    await app.page.waitForFunction(
      (before) => JSON.stringify(window.__atlasProbe?.placedValueLabels?.().sort()) !== before,
      JSON.stringify(now),
      { timeout: 60_000 }
    );
    for (const t of await placed()) expect(t).toMatch(/\d/);
    // Back to the year the next test starts from.
    while (Number(await year.textContent()) < initial) await app.page.keyboard.press('ArrowRight');
    expect(Number(await year.textContent())).toBe(initial);
    await waitForNewDeckFrames(app.page, 30); // let the width transition finish
  });

  it('changes what is drawn when the slider moves to another year', async () => {
    const before = await colourPixelsInBox(app.page, FLOW_COLORS.oil, CASPIAN_SW, CASPIAN_NE, 60);
    const slider = app.page.getByTestId('year-slider');
    await slider.focus();
    for (let i = 0; i < 5; i++) await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => app.page.getByTestId('year-label').textContent()).toBe('2019');
    await waitForNewDeckFrames(app.page, 30); // let the width transition finish
    const after = await colourPixelsInBox(app.page, FLOW_COLORS.oil, CASPIAN_SW, CASPIAN_NE, 60);
    await screenshot(app.page, 'map-2019');
    expect(after.matching).toBeLessThan(before.matching * 0.6);
  });

  it('keeps its canvas one size while the timeline under it grows and shrinks with the years', async () => {
    // Resizing a WebGL canvas reallocates its buffers (0.6 s on software GL): the summary under the slider wraps to
    // two lines in some years, and that must only move the map's padding, not resize its canvas. (A language switch
    // may change the header's height, and with it the map's: that is a real new size, once per switch.)
    const measure = () =>
      app.page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas.maplibregl-canvas');
        const map = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
        const timeline = document.querySelector('[data-testid="timeline"]')?.getBoundingClientRect();
        if (!canvas || !map || !timeline) throw new Error('no map canvas or timeline');
        return {
          canvas: `${canvas.width}×${canvas.height}`,
          timeline: timeline.height,
          gap: timeline.top - map.bottom
        };
      });
    const slider = app.page.getByTestId('year-slider');
    const year = app.page.getByTestId('year-label');
    const initial = Number(await year.textContent());
    const timelineHeights = new Set<number>();
    for (const lang of ['ru', 'en'] as const) {
      await app.page.getByRole('button', { name: lang === 'ru' ? 'Язык: русский' : 'Language: English' }).click();
      await slider.focus();
      await app.page.keyboard.press('Home');
      await expect.poll(() => year.textContent()).not.toBe(String(initial));
      // The canvas follows the new height of the map and timeline together (the header may have grown) a moment later.
      await expect
        .poll(() =>
          app.page.evaluate(() => {
            const c = document.querySelector<HTMLCanvasElement>('[data-testid="map"] canvas.maplibregl-canvas');
            return c ? c.height - (document.querySelector('main')?.clientHeight ?? 0) * devicePixelRatio : NaN;
          })
        )
        .toBe(0);
      const seen = [await measure()];
      while (Number(await year.textContent()) < initial) {
        const before = await year.textContent();
        await app.page.keyboard.press('ArrowRight');
        await expect.poll(() => year.textContent()).not.toBe(before);
        seen.push(await measure());
      }
      for (const m of seen) timelineHeights.add(m.timeline);
      expect(new Set(seen.map((m) => m.canvas)), lang).toEqual(new Set([seen[0]?.canvas]));
      // The visible map still ends where the timeline starts.
      for (const m of seen) expect(Math.abs(m.gap)).toBeLessThanOrEqual(1);
    }
    expect(timelineHeights.size).toBeGreaterThan(1);
    await waitForNewDeckFrames(app.page, 30);
  });

  it('opens Kuryk’s panel when its port circle is clicked', async () => {
    const pos = await app.page.evaluate(
      (ll) =>
        (
          window as unknown as { __atlasProbe: { project: (l: [number, number]) => { x: number; y: number } } }
        ).__atlasProbe.project(ll),
      KURYK
    );
    await app.page.mouse.click(pos.x, pos.y);
    const panel = app.page.getByTestId('detail-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kuryk port (ferry complex)');
    await panel.getByRole('button', { name: /close|закрыть/i }).click();
  });

  it('opens Aktau’s panel with a figure and its source when Aktau is clicked on the map', async () => {
    // A person aims at a port that has stopped moving: Kuryk's panel may have moved the map, and closing it stops that.
    await cameraAtRest(app.page);
    const pos = await app.page.evaluate(() => {
      const project = window.__atlasProbe?.project;
      if (!project) throw new Error('no render probe');
      return project([51.2387, 43.595509]);
    });
    await app.page.mouse.click(pos.x, pos.y);
    const panel = app.page.getByTestId('detail-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Aktau International Sea Trade Port');
    expect(await panel.locator('[data-figure-row]').count()).toBeGreaterThan(5);
    await panel.locator('details.source summary').first().click();
    await expect.poll(() => panel.locator('blockquote').first().textContent()).toMatch(/\d/);
    await screenshot(app.page, 'panel-aktau');
  });

  it('logged no console error and sent no request beyond 127.0.0.1', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});

describe('port circles', () => {
  afterAll(() => closeBrowser());
  it('draw Aktau’s circle in a year with a figure, and nothing there in a year without', async () => {
    const withFigure = Math.max(...aktauYears);
    // Zoomed in, so Kuryk's circle (60 km away) stays clear of the box around Aktau.
    const app = await openApp({ search: `?year=${withFigure}&view=51.4,43.4,7.00` });
    try {
      // A year on the timeline (something else is drawn then) in which Aktau has no figure.
      const timelineYears = (await app.page.locator('.ticks li .label').allTextContents()).map(Number);
      const without = timelineYears.find((y) => !aktauYears.has(y));
      expect(without).toBeDefined();
      const box = around(AKTAU, 0.12);
      const withPixels = await tealPixelsInBox(app.page, ...box);
      await screenshot(app.page, `aktau-circle-${withFigure}`);
      await goToYear(app.page, without as number);
      await waitForNewDeckFrames(app.page, 5);
      const withoutPixels = await tealPixelsInBox(app.page, ...box);
      await screenshot(app.page, `aktau-circle-${without}`);
      expect(withPixels).toBeGreaterThan(150);
      expect(withoutPixels).toBeLessThan(10);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('deck.gl layers in the map', () => {
  it('lie in the style under the labels once the map has loaded, even with nothing animating', async () => {
    // With no pulses (reduced motion) nothing sets the layers again after the map's load: @deck.gl/maplibre must have
    // been given them once the style could take them, or it draws them over every label.
    const app = await openApp({ search: '?year=2023', reducedMotion: 'reduce' });
    try {
      const order = await app.page.evaluate(() => window.__atlasProbe?.styleOrder?.() ?? []);
      const custom = order.filter((l) => l.endsWith(':custom'));
      expect(custom.length).toBeGreaterThan(0);
      const firstLabel = order.findIndex((l) => l.endsWith(':symbol'));
      for (const l of custom) expect(order.indexOf(l), l).toBeLessThan(firstLabel);
    } finally {
      await app.close();
    }
  });
});
