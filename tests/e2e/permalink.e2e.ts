// `?fig=<id>` opens the figure where it lives (its item's panel at its year, or the data table), highlighted, scrolled
// to and with its quote open; an unknown id gets a short notice and leaves the URL.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp } from './browser';

const rows = Papa.parse<Record<string, string>>(
  fs.readFileSync(path.resolve(new URL('../../geodata/figures.csv', import.meta.url).pathname), 'utf8'),
  { header: true, skipEmptyLines: 'greedy' }
).data;

afterAll(() => closeBrowser());

/** The app's first render can take minutes when the two cores are shared (the map is not waited for here). */
const appReady = (page: Page) => page.getByTestId('map').waitFor({ timeout: 300_000 });

/** The last dated figure of an entity: far down its panel's table, so opening it must scroll. */
const lastOf = (entity: string) => {
  const r = rows.filter((x) => x.entity === entity && x.year !== '').at(-1);
  if (!r) throw new Error(`no dated figure for ${entity}`);
  return r;
};

describe('figure permalinks', () => {
  it('opens the panel at the figure’s year, highlights and scrolls to its row and opens its quote', async () => {
    const fig = lastOf('alat');
    const app = await openApp({ search: `?fig=${fig.id}`, waitForMap: false });
    try {
      await appReady(app.page);
      const panel = app.page.getByTestId('detail-panel');
      await panel.waitFor();
      const row = panel.locator(`tr[data-figure-row="${fig.id}"]`);
      await expect.poll(() => row.getAttribute('class')).toMatch(/\bfocused\b/);
      expect(await row.getAttribute('aria-current')).toBe('true');
      expect(await panel.locator('tr.focused').count()).toBe(1);
      expect(await row.locator('details.source').getAttribute('open')).not.toBeNull();
      expect(await row.locator('blockquote').textContent()).toContain(fig.quote);
      expect(await app.page.locator('.ticks li.current').textContent()).toContain(fig.year);
      // Scrolled into the panel's visible area: all of it, or from its top when it is taller than the panel (an open
      // quote in a narrow side panel can be). The panel scrolls once laid out (two animation frames after it opens;
      // with the map drawing in the same frames that can come after the row is marked), so wait for it.
      const placement = async () => {
        const [rb, pb] = await Promise.all([row.boundingBox(), panel.boundingBox()]);
        if (!rb || !pb) throw new Error('row or panel not laid out');
        return { top: rb.y - pb.y, bottom: pb.y + pb.height - (rb.y + Math.min(rb.height, pb.height)) };
      };
      await expect.poll(async () => (await placement()).bottom, { timeout: 30_000 }).toBeGreaterThanOrEqual(-1);
      expect((await placement()).top).toBeGreaterThanOrEqual(-1);
      expect(app.page.url()).toContain(`fig=${fig.id}`);
      // Moving on (another year) lets the highlight go and the URL forget the figure.
      await app.page.getByRole('button', { name: 'Previous year' }).click();
      await expect.poll(() => panel.locator('tr.focused').count()).toBe(0);
      expect(app.page.url()).not.toContain('fig=');
    } finally {
      await app.close();
    }
  });

  it('opens a figure of an item without a panel in the data table', async () => {
    const fig = lastOf('kz_az_trade');
    const app = await openApp({ search: `?fig=${fig.id}`, waitForMap: false });
    try {
      await appReady(app.page);
      const row = app.page.getByTestId('data-table').locator(`tr[data-row-id="${fig.id}"]`);
      await row.waitFor();
      expect(await row.getAttribute('class')).toMatch(/\bfocused\b/);
      expect(await row.locator('details').getAttribute('open')).not.toBeNull();
      expect(await row.locator('blockquote').textContent()).toContain(fig.quote);
      expect(await row.isVisible()).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('ignores an unknown id with a short notice and drops it from the URL', async () => {
    const app = await openApp({ search: '?fig=no-such-figure&year=2019', waitForMap: false });
    try {
      await appReady(app.page);
      const notice = app.page.getByTestId('link-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('no figure “no-such-figure” in the dataset');
      await expect.poll(() => app.page.url()).not.toContain('fig=');
      expect(app.page.url()).toContain('year=2019');
      expect(await app.page.getByTestId('detail-panel').count()).toBe(0);
      await notice.getByRole('button').click();
      expect(await notice.count()).toBe(0);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
