// Bad input gets a clear message and the rest keeps working: a malformed data row, a nonsense link, and a browser
// without WebGL.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { closeBrowser, openApp, screenshot } from './browser';

afterAll(() => closeBrowser());

const storySteps = (
  JSON.parse(fs.readFileSync(new URL('../../geodata/story.json', import.meta.url).pathname, 'utf8')) as unknown[]
).length;
const figuresCsv = fs.readFileSync(
  path.resolve(new URL('../../geodata/figures.csv', import.meta.url).pathname),
  'utf8'
);

describe('bad input', () => {
  it('names the malformed row and field, and still draws the map and the other figures', async () => {
    const lines = figuresCsv.split('\n');
    // Break the value of the third data row (line 4 of the file).
    const cells = (lines[3] as string).split(',');
    cells[(lines[0] as string).split(',').indexOf('value')] = 'not-a-number';
    lines[3] = cells.join(',');
    const app = await openApp({ override: { match: /figures[^/]*\.csv$/, body: lines.join('\n') } });
    try {
      const banner = app.page.getByTestId('data-issues');
      await banner.waitFor();
      await banner.locator('summary').click();
      expect(await banner.textContent()).toMatch(/figures\.csv, row 4, field "value"/);
      await app.page.locator('[data-select="place:aktau"]').click();
      // The panel is its own chunk, loaded on first use: wait for it, then count.
      const panel = app.page.getByTestId('detail-panel');
      await panel.locator('[data-figure-row]').first().waitFor();
      expect(await panel.locator('[data-figure-row]').count()).toBeGreaterThan(3);
      await screenshot(app.page, 'bad-row');
    } finally {
      await app.close();
    }
  });

  it('names each part of a nonsense link it could not use, drops it from the address, and shows the rest', async () => {
    const app = await openApp({ search: '?year=abc&port=zzz&flow=kz_oil_btc&lang=xx&story=99&view=45,41,99' });
    try {
      const notice = app.page.getByTestId('link-notice');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      for (const part of [
        '“abc” is not a year',
        'no port or place “zzz”',
        'no language “xx”',
        'the view “45,41,99” is beyond the map'
      ])
        expect(text).toContain(part);
      // The usable parts are used: the story at its last step, in English; the address keeps only those.
      const story = app.page.getByTestId('story');
      await story.waitFor();
      expect(await story.getAttribute('data-step')).toBe(String(storySteps));
      expect(text).toContain(`no story step 99: showing step ${storySteps}`);
      await expect.poll(() => app.page.url()).not.toContain('port=');
      expect(app.page.url()).not.toMatch(/year=|lang=|story=99/);
      await screenshot(app.page, 'nonsense-link');
      await notice.getByRole('button').click();
      expect(await notice.count()).toBe(0);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('tells a Russian reader in Russian', async () => {
    const app = await openApp({ search: '?lang=ru&year=1999&line=nope', waitForMap: false });
    try {
      const notice = app.page.getByTestId('link-notice');
      await notice.waitFor();
      const text = (await notice.textContent()) ?? '';
      expect(text).toContain('за 1999 г. цифр нет: показан 2015 г.');
      expect(text).toContain('линии «nope» нет');
      expect(await app.page.getByTestId('year-label').textContent()).toContain('2015');
    } finally {
      await app.close();
    }
  });

  it('a page no test asked for has no render probe', async () => {
    const app = await openApp({ probe: false, waitForMap: false });
    try {
      // The map's canvas exists once MapController has run, which is where a probe would be wired.
      await app.page.locator('[data-testid="map"] canvas').first().waitFor();
      expect(await app.page.evaluate(() => '__atlasProbe' in window)).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('explains a missing WebGL context and keeps the panels working', async () => {
    const app = await openApp({ waitForMap: false, search: '' });
    try {
      await app.close();
    } catch {
      /* closed */
    }
    const b = await (await import('./browser')).getBrowser();
    const context = await b.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- kept unbound on purpose: called below with each canvas as `this`
      const orig = HTMLCanvasElement.prototype.getContext;
      // Simulate a browser with WebGL disabled.
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') return null;
        return (orig as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof orig;
    });
    const { inject } = await import('vitest');
    await page.goto(inject('baseUrl'));
    try {
      await page.getByRole('alert').filter({ hasText: 'WebGL' }).waitFor();
      await page.locator('[data-select="place:kuryk"]').click();
      await page.getByTestId('detail-panel').waitFor();
      expect(await page.getByTestId('detail-panel').locator('[data-figure-row]').count()).toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });
});
