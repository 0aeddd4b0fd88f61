// Story mode: `?story=N` opens a step; Next/Back, ←/→ and Escape; each step sets year, selection and view (no camera
// flight under reduced motion); every number in a caption is its row's value formatted as the panels format it.
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, openApp, screenshot } from './browser';
import { formatFigureValue, type Lang } from '../../src/model/format';
import { formatMilestoneDate } from '../../src/model/story';
import fs from 'node:fs';
import { buildStory } from '../../src/data/story';
import { geodataPath, loadRealDataset } from '../unit/helpers';
import { parseSelection } from '../../src/model/selection';

const data = loadRealDataset();
const steps = buildStory(fs.readFileSync(geodataPath('story.json'), 'utf8'), data).steps;
afterAll(() => closeBrowser());

/** Checks the step on screen against story.json and the dataset. */
async function expectStep(page: Page, n: number, lang: Lang, phone = false) {
  const step = steps[n - 1];
  if (!step) throw new Error(`no step ${n}`);
  const card = page.getByTestId('story');
  await expect.poll(() => card.getAttribute('data-step')).toBe(String(n));
  expect(await card.locator('h2').textContent()).toBe(step[`title_${lang}`]);
  await expect.poll(() => page.getByTestId('year-label').textContent()).toBe(String(step.year));
  const url = new URL(page.url());
  expect(url.searchParams.get('story')).toBe(String(n));
  const figs = await card
    .locator('[data-fig]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-fig'), e.textContent] as const));
  expect(figs.length).toBeGreaterThan(0);
  for (const [id, text] of figs) {
    const f = data.figures.find((x) => x.id === id);
    expect(f, String(id)).toBeDefined();
    if (f) expect(text).toBe(formatFigureValue(f, lang));
  }
  const dates = await card
    .locator('[data-milestone]')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-milestone'), e.textContent] as const));
  for (const [id, text] of dates) {
    const m = data.milestones.find((x) => x.id === id);
    expect(m, String(id)).toBeDefined();
    if (m) expect(text).toBe(formatMilestoneDate(m.date, lang));
  }
  if (!step.selection) return;
  // The step's selection is open (its URL says so); on a phone the card and the panel cannot both show: the card wins.
  const sel = parseSelection(step.selection);
  if (!sel) throw new Error(`step ${n}: selection ${step.selection} does not parse`);
  const param = { place: 'port', line: 'line', flow: 'flow', corridor: 'corridor' }[sel.kind];
  expect(new URL(page.url()).searchParams.get(param)).toBe(sel.id);
  if (phone) expect(await page.getByTestId('detail-panel').count()).toBe(0);
  else await page.getByTestId('detail-panel').waitFor({ state: 'attached' });
}

describe('story mode', () => {
  it('steps forward and back with buttons and arrow keys; Escape closes', async () => {
    const app = await openApp({ search: '?story=1', reducedMotion: 'reduce' });
    try {
      const page = app.page;
      await expectStep(page, 1, 'en');
      await screenshot(page, 'story-step-1-1280x800');
      await page.getByTestId('story-next').click();
      await expectStep(page, 2, 'en');
      // Under reduced motion the camera jumps: no flight in progress, the URL already has the step's view.
      expect(await page.evaluate(() => window.__atlasProbe?.moving?.())).toBe(false);
      const view = new URL(page.url()).searchParams.get('view');
      expect(view?.split(',').map(Number)).toEqual([
        Number(steps[1]?.view.center[0].toFixed(3)),
        Number(steps[1]?.view.center[1].toFixed(3)),
        Number(steps[1]?.view.zoom.toFixed(2))
      ]);
      await page.keyboard.press('ArrowRight');
      await expectStep(page, 3, 'en');
      await page.keyboard.press('ArrowLeft');
      await expectStep(page, 2, 'en');
      await page.getByTestId('story-back').click();
      await expectStep(page, 1, 'en');
      // Walk to the end: every step's numbers match their rows.
      for (let n = 2; n <= steps.length; n++) {
        await page.keyboard.press('ArrowRight');
        await expectStep(page, n, 'en');
      }
      await screenshot(page, `story-step-${steps.length}-1280x800`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('story').count()).toBe(0);
      expect(new URL(page.url()).searchParams.get('story')).toBeNull();
      // The Story button opens it again at the first step.
      await page.getByTestId('open-story').click();
      await expectStep(page, 1, 'en');
      expect(app.consoleErrors).toEqual([]);
      expect(app.externalRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('in Russian on a phone, a step’s numbers match their rows', async () => {
    const n = Math.min(5, steps.length);
    const app = await openApp({ search: `?story=${n}&lang=ru`, viewport: { width: 390, height: 844 } });
    try {
      await expectStep(app.page, n, 'ru', true);
      await screenshot(app.page, `story-step-${n}-390x844-ru`);
    } finally {
      await app.close();
    }
  });
});
