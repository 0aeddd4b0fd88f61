// `?embed=1` is the map, timeline and legend only, with a link back to the full atlas at the same state; the Embed
// dialog gives <iframe> code for the current view. Screenshots at desktop and phone sizes.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, waitForMapRendered } from './browser';

afterAll(() => closeBrowser());

describe('embedded map', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 }
  ])
    it(`${viewport.width}×${viewport.height}: map, timeline and legend only, and a link to the same state`, async () => {
      const state = 'year=2019&port=aktau&lang=ru';
      const app = await openApp({ search: `?${state}&embed=1`, viewport });
      try {
        const page = app.page;
        await page.getByTestId('map').waitFor();
        expect(await page.getByTestId('year-slider').isVisible()).toBe(true);
        expect(await page.locator('details.legend').count()).toBe(1);
        // No header tools, no list, no panel, no table.
        expect(await page.locator('header.top').count()).toBe(0);
        expect(await page.locator('[data-select]').count()).toBe(0);
        expect(await page.getByTestId('detail-panel').count()).toBe(0);
        expect(await page.getByTestId('toggle-table').count()).toBe(0);
        const link = page.getByTestId('open-full');
        expect(await link.textContent()).toContain('Открыть в Атласе Среднего коридора');
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toMatch(/\bnoopener\b/);
        const href = (await link.getAttribute('href')) ?? '';
        expect(href).not.toContain('embed');
        await screenshot(page, `embed-${viewport.width}x${viewport.height}`);
        expect(app.consoleErrors).toEqual([]);
        expect(app.externalRequests).toEqual([]);

        // The link opens the full atlas at the same year, selection and language.
        const full = await app.context.newPage();
        await full.goto(href);
        await waitForMapRendered(full);
        await full.getByTestId('detail-panel').waitFor();
        expect(await full.locator('h1').textContent()).toBe('Атлас Среднего коридора');
        expect(await full.getByTestId('year-label').textContent()).toBe('2019');
        expect(await full.getByTestId('detail-panel').locator('h2').first().textContent()).toMatch(/Актау/);
        await full.close();
      } finally {
        await app.close();
      }
    });
});

describe('embedded at 800×500 (an article column)', () => {
  it('starts with the legend folded and the whole corridor clear of the link, the legend and the timeline', async () => {
    const app = await openApp({ search: '?year=2024&embed=1', viewport: { width: 800, height: 500 } });
    try {
      const page = app.page;
      // The map settles on its first framing of the corridor.
      await page.waitForFunction(() => window.__atlasProbe?.moving?.() === false, null, { timeout: 60_000 });
      expect(await page.locator('details.legend').getAttribute('open')).toBeNull();
      const boxes = await Promise.all(['open-full', 'map'].map((id) => page.getByTestId(id).boundingBox()));
      const [link, map] = boxes;
      const legend = await page.locator('details.legend').boundingBox();
      if (!link || !map || !legend) throw new Error('not laid out');
      // Ports at either end of the corridor and its western end.
      for (const ll of [
        [51.2387, 43.595509],
        [51.68116, 43.18032],
        [35.9, 36.9]
      ] as [number, number][]) {
        const p = await page.evaluate((l) => window.__atlasProbe?.project?.(l), ll);
        if (!p) throw new Error('no render probe');
        expect(p.y).toBeGreaterThan(link.y + link.height);
        expect(p.x).toBeGreaterThan(legend.x + legend.width);
        expect(p.x).toBeLessThan(map.x + map.width - 20);
        expect(p.y).toBeLessThan(map.y + map.height - 20);
      }
      await screenshot(page, 'embed-800x500');
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('the Embed dialog', () => {
  it('gives <iframe> code for the current view, and copies it', async () => {
    const app = await openApp({
      search: '?year=2022&line=btk',
      permissions: ['clipboard-read', 'clipboard-write']
    });
    try {
      const page = app.page;
      await page.getByTestId('open-embed').click();
      const dialog = page.getByTestId('embed-dialog');
      await dialog.waitFor();
      await dialog.getByLabel('Width').fill('640');
      const code = await dialog.getByTestId('embed-code').inputValue();
      const attrs = await page.evaluate((html) => {
        const el = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
        return el && { src: el.getAttribute('src'), width: el.width, height: el.height, title: el.title };
      }, code);
      expect(attrs?.width).toBe('640');
      expect(Number(attrs?.height)).toBeGreaterThan(200);
      expect(attrs?.title).toContain('Middle Corridor Atlas');
      const src = new URL(attrs?.src ?? '');
      expect(src.origin).toBe(new URL(page.url()).origin);
      expect(src.searchParams.get('embed')).toBe('1');
      expect(src.searchParams.get('year')).toBe('2022');
      expect(src.searchParams.get('line')).toBe('btk');
      await dialog.getByTestId('embed-copy').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(code);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      // The embedded page itself loads from the code's address.
      const frame = await app.context.newPage();
      await frame.goto(src.href);
      await waitForMapRendered(frame);
      expect(await frame.getByTestId('open-full').count()).toBe(1);
      await frame.close();
    } finally {
      await app.close();
    }
  });
});
