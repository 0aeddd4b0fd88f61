// The built app runs under its Content-Security-Policy with not one violation while a person loads it, plays the
// timeline, opens panels, exports CSV and PNG and switches language; and the policy is really enforced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, waitForNewDeckFrames, type AppPage } from './browser';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

afterAll(() => closeBrowser());

/** While the map is built or redrawn the main thread can be busy for a minute when the two cores are shared. */
const BUSY_MS = 300_000;

describe('Content-Security-Policy', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp();
  });
  afterAll(() => app.close());

  it('is the policy of the built page, from a <meta> tag', async () => {
    const meta = await app.page.evaluate(
      () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null
    );
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(meta).toMatch(/script-src 'self';/);
    expect(meta).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('loading the app reported no violation', async () => {
    expect(await app.cspViolations()).toEqual([]);
  });

  it('plays the timeline, opens panels, exports CSV and PNG, switches language: still no violation', async () => {
    const { page } = app;
    // Play a few years, then pause.
    const year = await page.getByTestId('year-label').textContent();
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('year-label').textContent(), { timeout: BUSY_MS }).not.toBe(year);
    await page.getByTestId('play').click({ timeout: BUSY_MS });
    await waitForNewDeckFrames(page, 10);
    await expect.poll(() => page.getByTestId('play').getAttribute('aria-pressed'), { timeout: BUSY_MS }).toBe('true');
    const first = await page.getByTestId('year-label').textContent();
    await expect.poll(() => page.getByTestId('year-label').textContent(), { timeout: BUSY_MS }).not.toBe(first);
    await page.getByTestId('play').click({ timeout: BUSY_MS });

    // A port from the map, a line from the list; a source's quote; the panel's CSV.
    const pos = await page.evaluate(() => window.__atlasProbe?.project?.([51.2387, 43.595509]) ?? { x: 0, y: 0 });
    await page.mouse.click(pos.x, pos.y);
    const panel = page.getByTestId('detail-panel');
    await panel.waitFor({ timeout: BUSY_MS });
    await panel.locator('details.source summary').first().click({ timeout: BUSY_MS });
    const csv = page.waitForEvent('download', { timeout: BUSY_MS });
    await panel.getByTestId('download-item-csv').click({ timeout: BUSY_MS });
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    await page.locator('[data-select="line:btc"]').click({ timeout: BUSY_MS });
    await expect.poll(() => panel.locator('h2').textContent(), { timeout: BUSY_MS }).toMatch(/Ceyhan/);

    // The whole dataset and the map as PNG.
    const all = page.waitForEvent('download', { timeout: BUSY_MS });
    await page.getByTestId('download-all').click({ timeout: BUSY_MS });
    expect((await all).suggestedFilename()).toBe('middle-corridor-figures.csv');
    const png = page.waitForEvent('download', { timeout: BUSY_MS });
    await page.getByTestId('download-png').click({ timeout: BUSY_MS });
    expect((await png).suggestedFilename()).toMatch(/\.png$/);

    // Russian, and the data table.
    await page.getByRole('button', { name: 'Язык: русский' }).click({ timeout: BUSY_MS });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: BUSY_MS }).toBe('ru');
    await page.getByTestId('toggle-table').click({ timeout: BUSY_MS });
    await page.getByTestId('data-table').waitFor({ timeout: BUSY_MS });
    await waitForNewDeckFrames(page, 2);

    expect(await app.cspViolations()).toEqual([]);
    expect(app.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it('is enforced: an injected inline script is blocked and reported (so the listener above can see violations)', async () => {
    const ran = await app.page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true;';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
    });
    expect(ran).toBe(false);
    await expect.poll(() => app.cspViolations()).toEqual([expect.stringMatching(/^script-src-elem inline /)]);
  });
});
