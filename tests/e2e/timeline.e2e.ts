// Year by year: play advances the year and the arcs change; the keyboard drives the slider; a shared URL restores
// its state; prefers-reduced-motion stops autoplay.
import { afterAll, describe, expect, it } from 'vitest';
import { closeBrowser, openApp, screenshot, waitForNewDeckFrames } from './browser';
import { colourPixelsInBox } from './pixels';
import { FLOW_COLORS } from '../../src/map/colors';

afterAll(() => closeBrowser());

describe('timeline', () => {
  it('plays: the year advances over time and the arcs change', async () => {
    const app = await openApp({ search: '?year=2019' });
    try {
      const yearLabel = app.page.getByTestId('year-label');
      expect(await yearLabel.textContent()).toBe('2019');
      const before = await colourPixelsInBox(app.page, FLOW_COLORS.cargo, [48.5, 39.3], [52.5, 44.5], 60);
      await app.page.getByTestId('play').click();
      await app.page.waitForFunction(
        () => Number(document.querySelector('[data-testid="year-label"]')?.textContent) >= 2022,
        null,
        { timeout: 60_000 }
      );
      await app.page.getByTestId('play').click(); // pause
      const paused = await yearLabel.textContent();
      await waitForNewDeckFrames(app.page, 20);
      expect(await yearLabel.textContent()).toBe(paused);
      const after = await colourPixelsInBox(app.page, FLOW_COLORS.cargo, [48.5, 39.3], [52.5, 44.5], 60);
      expect(after.matching).not.toBe(before.matching);
      expect(app.page.url()).toContain(`year=${paused}`);
    } finally {
      await app.close();
    }
  });

  it('steps with the keyboard: arrows, Home, End, Space', async () => {
    const app = await openApp({ search: '?year=2022' });
    try {
      const year = () => app.page.getByTestId('year-label').textContent();
      await app.page.getByTestId('year-slider').focus();
      await app.page.keyboard.press('ArrowRight');
      await expect.poll(year).toBe('2023');
      await app.page.keyboard.press('Home');
      const first = await year();
      expect(Number(first)).toBeLessThan(2020);
      await app.page.keyboard.press('End');
      expect(Number(await year())).toBeGreaterThan(2024);
      // Screen readers hear the year and a summary.
      expect(await app.page.getByTestId('year-slider').getAttribute('aria-valuetext')).toMatch(/^\d{4}: /);
      await app.page.keyboard.press('Home');
      await app.page.keyboard.press('Space');
      await expect.poll(() => app.page.getByTestId('play').getAttribute('aria-pressed')).toBe('true');
      await app.page.keyboard.press('Space');
      await expect.poll(() => app.page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    } finally {
      await app.close();
    }
  });

  it('opens a shared URL in its state: year=2023&port=aktau', async () => {
    const app = await openApp({ search: '?year=2023&port=aktau' });
    try {
      expect(await app.page.getByTestId('year-label').textContent()).toBe('2023');
      const panel = app.page.getByTestId('detail-panel');
      await panel.waitFor();
      expect(await panel.locator('h2').textContent()).toBe('Aktau International Sea Trade Port');
      await screenshot(app.page, 'url-2023-aktau');
    } finally {
      await app.close();
    }
  });

  it('ignores nonsense URL values without an error', async () => {
    const app = await openApp({ search: '?year=abc&port=%3Cscript%3E&view=1,2&lang=xx&play=maybe' });
    try {
      expect(Number(await app.page.getByTestId('year-label').textContent())).toBeGreaterThan(2000);
      expect(await app.page.getByTestId('detail-panel').count()).toBe(0);
      expect(app.consoleErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('does not autoplay under prefers-reduced-motion', async () => {
    const app = await openApp({ search: '?year=2019&play=1', reducedMotion: 'reduce' });
    try {
      // Autoplay would have started synchronously when the state was built; under reduced motion it must not.
      expect(await app.page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
      expect(await app.page.getByLabel(/Animate flow direction/).isDisabled()).toBe(true);
      expect(await app.page.getByTestId('year-label').textContent()).toBe('2019');
    } finally {
      await app.close();
    }
  });
});
