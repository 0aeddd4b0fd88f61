// The map end to end, as a person sees it: basemap drawn, arcs over the Caspian, the slider changes them,
// clicking Aktau opens its cited figures, and nothing leaves 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, waitForNewDeckFrames, type AppPage } from './browser';
import { colourPixelsInBox } from './pixels';
import { FLOW_COLORS } from '../../src/map/colors';

const CASPIAN_SW: [number, number] = [48.5, 39.3];
const CASPIAN_NE: [number, number] = [52.5, 44.5];

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

  it('draws cargo and oil arcs in their colours over the Caspian', async () => {
    const cargo = await colourPixelsInBox(app.page, FLOW_COLORS.cargo, CASPIAN_SW, CASPIAN_NE, 60);
    const oil = await colourPixelsInBox(app.page, FLOW_COLORS.oil, CASPIAN_SW, CASPIAN_NE, 60);
    expect(cargo.matching).toBeGreaterThan(300);
    expect(oil.matching).toBeGreaterThan(100);
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

  it('changes arc widths when the slider moves to another year', async () => {
    const before = await colourPixelsInBox(app.page, FLOW_COLORS.cargo, CASPIAN_SW, CASPIAN_NE, 60);
    const slider = app.page.getByTestId('year-slider');
    await slider.focus();
    for (let i = 0; i < 5; i++) await app.page.keyboard.press('ArrowLeft');
    await expect.poll(() => app.page.getByTestId('year-label').textContent()).toBe('2019');
    await waitForNewDeckFrames(app.page, 30); // let the width transition finish
    const after = await colourPixelsInBox(app.page, FLOW_COLORS.cargo, CASPIAN_SW, CASPIAN_NE, 60);
    await screenshot(app.page, 'map-2019');
    expect(after.matching).toBeLessThan(before.matching * 0.6);
  });

  it('opens Aktau’s panel with a figure and its source when Aktau is clicked on the map', async () => {
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
