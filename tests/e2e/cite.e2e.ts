// "Cite" puts a complete citation on the clipboard in one click (panel row, data table row, port tooltip): the quote,
// the source and the atlas's permalink; BibTeX and CSL-JSON parse; keyboard works; a refused clipboard falls back to
// selected text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp, screenshot, type AppPage } from './browser';
import { parseBibtex, unescapeLatex } from '../bibtex';
import { loadRealDataset } from '../unit/helpers';

const data = loadRealDataset();
afterAll(() => closeBrowser());

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** Escape once the cite dialog is open (the clipboard is written by the click, before the dialog shows), then wait
 *  until it is gone, so the next click does not land on its backdrop. */
async function closeCiteDialog(page: Page): Promise<void> {
  const dialog = page.getByTestId('cite-dialog');
  await dialog.waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.count()).toBe(0);
}
/** A public-report figure at the Port of Baku, with a URL and a title, from the latest year. */
const fig = [...data.figures]
  .reverse()
  .find((f) => f.entity === 'alat' && /^https?:/.test(f.locator) && data.sources.get(f.source)?.title);
if (!fig) throw new Error('no public Alat figure with a titled source');
const src = data.sources.get(fig.source);

describe('cite a figure', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp({
      search: `?fig=${fig.id}`,
      permissions: ['clipboard-read', 'clipboard-write']
    });
  });
  afterAll(() => app.close());

  it('one click on a panel row’s Cite copies the text with quote, source and permalink, and says so', async () => {
    const row = app.page.getByTestId('detail-panel').locator(`tr[data-figure-row="${fig.id}"]`);
    await row.getByRole('button', { name: /^Cite/ }).click();
    const dialog = app.page.getByTestId('cite-dialog');
    await expect.poll(() => dialog.getByTestId('cite-status').textContent()).toContain('Copied');
    await expect.poll(() => app.page.getByTestId('announce').textContent()).toContain('Copied');
    const text = await clipboard(app.page);
    expect(text).toContain(fig.quote);
    expect(text).toContain(src?.title);
    expect(text).toContain(src?.publisher);
    expect(text).toContain(fig.locator);
    expect(text).toMatch(new RegExp(`https?://127\\.0\\.0\\.1:\\d+/\\?fig=${fig.id}\\b`));
    expect(text).toMatch(/accessed \d{1,2} \w+ \d{4}/);
    expect(text).not.toMatch(/public-figures|provenance/);
    await screenshot(app.page, 'cite-dialog');
  });

  it('BibTeX and CSL-JSON copy too, and parse', async () => {
    const dialog = app.page.getByTestId('cite-dialog');
    await dialog.getByLabel('BibTeX').check();
    await dialog.getByTestId('cite-copy').click();
    await expect.poll(() => dialog.getByTestId('cite-status').textContent()).toContain('Copied');
    const entries = parseBibtex(await clipboard(app.page));
    expect(entries).toHaveLength(1);
    const e = entries[0];
    expect(e?.type).toBe('online');
    expect(e?.fields.url).toBe(fig.locator);
    expect(e?.fields.urldate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(unescapeLatex(e?.fields.note ?? '')).toContain(fig.quote);
    await dialog.getByLabel('CSL-JSON').check();
    await dialog.getByTestId('cite-copy').click();
    await expect.poll(() => dialog.getByTestId('cite-status').textContent()).toContain('Copied');
    const [item] = JSON.parse(await clipboard(app.page)) as Record<string, unknown>[];
    expect(item?.URL).toBe(fig.locator);
    expect(item?.type).toBe('webpage');
    expect(String(item?.note)).toContain(fig.quote);
    await app.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Escape closed the dialog, not the panel behind it; focus is back on the Cite button.
    expect(await app.page.getByTestId('detail-panel').count()).toBe(1);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('data-cite'))).toBe(fig.id);
  });

  it('works from the keyboard: Enter on Cite copies', async () => {
    await app.page.evaluate(() => navigator.clipboard.writeText(''));
    await app.page.keyboard.press('Enter');
    await expect.poll(() => clipboard(app.page)).toContain(fig.quote);
    await closeCiteDialog(app.page);
  });

  it('a data table row’s Cite copies that row’s citation', async () => {
    await app.page.getByTestId('toggle-table').click();
    const other = data.figures.find((f) => f.entity === 'kz_az_trade');
    if (!other) throw new Error('no kz_az_trade figure');
    const row = app.page.getByTestId('data-table').locator(`tr[data-row-id="${other.id}"]`);
    await row.getByRole('button', { name: /^Cite/ }).click();
    await expect.poll(() => clipboard(app.page)).toContain(other.quote);
    expect(await clipboard(app.page)).toContain(`?fig=${other.id}`);
    await closeCiteDialog(app.page);
    await app.page.getByTestId('toggle-table').click();
  });

  it('in Russian the citation is in Russian', async () => {
    await app.page.getByRole('button', { name: 'Язык: русский' }).click();
    const row = app.page.getByTestId('detail-panel').locator(`tr[data-figure-row="${fig.id}"]`);
    await row.getByRole('button', { name: /^Цитировать/ }).click();
    await expect.poll(() => clipboard(app.page)).toContain('Цитата: «');
    expect(await clipboard(app.page)).toContain('дата обращения');
    await closeCiteDialog(app.page);
    await app.page.getByRole('button', { name: 'Language: English' }).click();
  });

  it('logged no console error and sent no request beyond 127.0.0.1', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});

describe('where the clipboard is refused', () => {
  it('shows the citation selected, ready for Ctrl+C', async () => {
    const app = await openApp({
      search: `?fig=${fig.id}`,
      initScript: () => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }
        });
      }
    });
    try {
      const row = app.page.getByTestId('detail-panel').locator(`tr[data-figure-row="${fig.id}"]`);
      await row.getByRole('button', { name: /^Cite/ }).click();
      const dialog = app.page.getByTestId('cite-dialog');
      await expect.poll(() => dialog.getByTestId('cite-status').textContent()).toContain('Ctrl+C');
      const sel = await app.page.evaluate(() => {
        const a = document.activeElement as HTMLTextAreaElement | null;
        return { testid: a?.dataset.testid, start: a?.selectionStart, end: a?.selectionEnd, len: a?.value.length };
      });
      expect(sel.testid).toBe('cite-text');
      expect(sel.start).toBe(0);
      expect(sel.end).toBe(sel.len);
      expect(await dialog.getByTestId('cite-text').inputValue()).toContain(fig.quote);
    } finally {
      await app.close();
    }
  });
});

describe('the port tooltip', () => {
  it('offers Cite for the port’s figures of the year', async () => {
    const app = await openApp({ search: '?year=2024', permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const aktau: [number, number] = data.places.get('aktau')?.geometry.coordinates ?? [0, 0];
      const pos = await app.page.evaluate((ll) => window.__atlasProbe?.project?.(ll), aktau);
      if (!pos) throw new Error('no probe');
      await app.page.mouse.move(pos.x, pos.y);
      const tip = app.page.getByTestId('place-tooltip');
      await tip.waitFor();
      const cite = tip.getByRole('button', { name: /^Cite/ }).first();
      const id = await cite.getAttribute('data-cite');
      const f = data.figures.find((x) => x.id === id);
      expect(f?.entity).toBe('aktau');
      expect(f?.year).toBe(2024);
      // The tooltip stays while the pointer moves onto it.
      const box = await cite.boundingBox();
      if (!box) throw new Error('no box');
      await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await cite.click();
      await expect.poll(() => clipboard(app.page)).toContain(f?.quote);
      await screenshot(app.page, 'cite-tooltip');
    } finally {
      await app.close();
    }
  });
});
