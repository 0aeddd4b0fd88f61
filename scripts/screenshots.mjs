#!/usr/bin/env node
// Screenshots to look at: the built app (dist/) at desktop and phone sizes, English and Russian, in the years the data
// review names (2019, 2023, 2025) and with a port panel open. Waits for the map's `idle` and the first deck.gl frame
// (the render probe), never a fixed time. `npm run screenshots [-- --out DIR]`; default tests/artifacts/shots.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const outAt = process.argv.indexOf('--out');
const OUT = path.resolve(outAt >= 0 ? process.argv[outAt + 1] : 'tests/artifacts/shots');
const SHOTS = [
  { name: 'desktop-2019-en', size: [1280, 800], search: '?year=2019' },
  { name: 'desktop-2023-en', size: [1280, 800], search: '?year=2023' },
  { name: 'desktop-2025-en', size: [1280, 800], search: '?year=2025' },
  { name: 'desktop-2025-aktau-en', size: [1280, 800], search: '?year=2025&port=aktau' },
  { name: 'desktop-2023-ru', size: [1280, 800], search: '?year=2023&lang=ru' },
  { name: 'phone-2025-en', size: [390, 844], search: '?year=2025', touch: true },
  { name: 'phone-2025-kuryk-ru', size: [390, 844], search: '?year=2025&port=kuryk&lang=ru', touch: true },
  { name: 'embed-2024-en', size: [800, 500], search: '?year=2024&embed=1' },
  { name: 'story-3-en', size: [1280, 800], search: '?story=3' }
];

fs.mkdirSync(OUT, { recursive: true });
const server = await preview({ root: process.cwd(), preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error('preview server did not report a URL');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
try {
  for (const s of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: s.size[0], height: s.size[1] },
      hasTouch: !!s.touch,
      isMobile: !!s.touch
    });
    await context.addInitScript(() => {
      window.__atlasProbe = { mapIdle: 0, deckFrames: 0, mapLoaded: false };
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${url}${s.search}`);
    await page.waitForFunction(
      () => {
        const p = window.__atlasProbe;
        return !!p && p.mapLoaded && p.mapIdle > 0 && p.deckFrames > 0;
      },
      null,
      { timeout: 300_000, polling: 250 }
    );
    // A later idle: the camera has settled after fitting the corridor or easing to a selection.
    const idle = await page.evaluate(() => window.__atlasProbe?.mapIdle ?? 0);
    await page.waitForFunction(
      (n) => (window.__atlasProbe?.mapIdle ?? 0) > n || !window.__atlasProbe?.moving?.(),
      idle,
      {
        timeout: 60_000
      }
    );
    const file = path.join(OUT, `${s.name}.png`);
    await page.screenshot({ path: file });
    console.log(`${file}${errors.length ? `  page errors: ${errors.join('; ')}` : ''}`);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(() => r(undefined)));
}
