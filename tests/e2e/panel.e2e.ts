// Port details an analyst can cite: chart marks for every dated figure, quotes behind sources, conflicts side by side,
// downloads that match the dataset, Russian interface, keyboard-only use and an axe-core check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type axeCore from 'axe-core';
import { closeBrowser, openApp, screenshot, type AppPage } from './browser';

declare global {
  interface Window {
    /** axe-core, once the test has added its script to the page. */
    axe?: typeof axeCore;
  }
}

const CSV_PATH = path.resolve(new URL('../../geodata/figures.csv', import.meta.url).pathname);
const csvText = fs.readFileSync(CSV_PATH, 'utf8');
const rows = Papa.parse<Record<string, string>>(csvText, { header: true, skipEmptyLines: 'greedy' }).data;
const datedFor = (entity: string) => rows.filter((r) => r.entity === entity && r.year !== '').length;

afterAll(() => closeBrowser());

describe('port panels', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp({ search: '?year=2023' });
  });
  afterAll(() => app.close());

  it('baku: no figure of its own (its cargo is counted at Alat): the panel says so', async () => {
    await app.page.locator('[data-select="place:baku"]').click();
    const panel = app.page.getByTestId('detail-panel');
    await panel.waitFor();
    expect(datedFor('baku')).toBe(0);
    await panel.getByTestId('no-figures').waitFor();
    expect(await panel.locator('[data-figure-id]').count()).toBe(0);
  });

  for (const port of ['aktau', 'kuryk', 'alat']) {
    it(`${port}: the chart has one mark per dated figure in the dataset`, async () => {
      await app.page.locator(`[data-select="place:${port}"]`).click();
      const panel = app.page.getByTestId('detail-panel');
      await panel.waitFor();
      const expected = datedFor(port);
      // Each of these ports has dated figures; a port without would show "no figure" instead (the unit tests cover it).
      expect(expected).toBeGreaterThan(0);
      await expect.poll(() => panel.locator('[data-figure-id]').count()).toBe(expected);
      expect((await panel.getByTestId('role').textContent())?.replace(/\s+/g, ' ')).toMatch(/line \d+/);
      await screenshot(app.page, `panel-${port}`);
    });
  }

  it('expands a source to its exact quote and locator', async () => {
    await app.page.locator('[data-select="place:aktau"]').click();
    const panel = app.page.getByTestId('detail-panel');
    const first = panel.locator('details.source').first();
    await first.locator('summary').click();
    const quote = await first.locator('blockquote').textContent();
    const id = await first.locator('xpath=ancestor::tr').getAttribute('data-figure-row');
    const row = rows.find((r) => r.id === id);
    expect(row).toBeDefined();
    expect(quote).toContain(row?.quote);
    expect(await first.textContent()).toContain(
      row?.locator?.startsWith('http') ? row.locator : `line ${row?.locator}`
    );
  });

  it('shows a known conflict with both values: Kuryk 2018', async () => {
    await app.page.locator('[data-select="place:kuryk"]').click();
    const conflicts = app.page.getByTestId('conflicts');
    await conflicts.waitFor();
    const text = (await conflicts.textContent()) ?? '';
    expect(text).toMatch(/1\.61 Mt/);
    expect(text).toMatch(/1\.33 Mt/);
  });

  it('downloads the port’s figures as CSV rows identical to geodata/figures.csv', async () => {
    await app.page.locator('[data-select="place:alat"]').click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('download-item-csv').click()
    ]);
    const file = await download.path();
    const got = Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), {
      header: true,
      skipEmptyLines: 'greedy'
    }).data;
    const want = rows.filter((r) => r.entity === 'alat');
    expect(got.length).toBe(want.length);
    const byId = new Map(want.map((r) => [r.id, r]));
    for (const r of got) expect(r).toEqual(byId.get(r.id as string));
  });

  it('downloads the whole dataset and a non-blank PNG of the map', async () => {
    const [all] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('download-all').click()]);
    expect(fs.readFileSync(await all.path(), 'utf8')).toBe(csvText);
    const [png] = await Promise.all([app.page.waitForEvent('download'), app.page.getByTestId('download-png').click()]);
    const bytes = fs.readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // Decode in the page and count colours: a blank image has one or two.
    const colours = await app.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const set = new Set<number>();
      for (let i = 0; i < d.length; i += 16)
        set.add(((d[i] as number) << 16) | ((d[i + 1] as number) << 8) | (d[i + 2] as number));
      return set.size;
    }, bytes.toString('base64'));
    expect(colours).toBeGreaterThan(200);
  });

  it('switches the interface to Russian', async () => {
    await app.page.getByRole('button', { name: 'Язык: русский' }).click();
    await expect.poll(() => app.page.locator('h1').textContent()).toBe('Атлас Среднего коридора');
    expect(await app.page.locator('[data-select="place:aktau"]').textContent()).toContain('Актау');
    expect(app.page.url()).toContain('lang=ru');
    await screenshot(app.page, 'russian');
    await app.page.getByRole('button', { name: 'Language: English' }).click();
  });

  it('offers a data table filtered by entity and status', async () => {
    await app.page.getByTestId('toggle-table').click();
    const table = app.page.getByTestId('data-table');
    await table.waitFor();
    expect(Number((await table.getByTestId('table-count').textContent())?.split(' ')[0])).toBe(rows.length);
    await table.getByTestId('filter-entity').selectOption('kuryk');
    await table.getByTestId('filter-status').selectOption('actual');
    const want = rows.filter((r) => r.entity === 'kuryk' && r.status === 'actual').length;
    await expect.poll(() => table.locator('tbody tr').count()).toBe(want);
    await app.page.getByTestId('toggle-table').click();
  });

  it('passes axe-core with no serious or critical issue', async () => {
    await app.page.locator('[data-select="place:aktau"]').click();
    const axeSource = fs.readFileSync(
      path.resolve(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname),
      'utf8'
    );
    // Evaluated, not added as a <script>: the page's CSP rightly refuses inline scripts.
    await app.page.evaluate(axeSource);
    const violations = await app.page.evaluate(async () => {
      const axe = window.axe;
      if (!axe) throw new Error('axe-core did not load');
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`
        );
    });
    expect(violations).toEqual([]);
  });

  it('is keyboard-operable: Tab to the port list, Enter opens, Escape closes', async () => {
    await app.page.keyboard.press('Escape');
    await app.page.locator('body').focus();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await app.page.keyboard.press('Tab');
      found = await app.page.evaluate(() => document.activeElement?.getAttribute('data-select') === 'place:aktau');
    }
    expect(found).toBe(true);
    await app.page.keyboard.press('Enter');
    await app.page.getByTestId('detail-panel').waitFor();
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByTestId('detail-panel').count()).toBe(0);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-select'))).toBe('place:aktau');
  });

  it('logged no console error and sent no request beyond 127.0.0.1', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
