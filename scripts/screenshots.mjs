// Desktop screenshots (1280×800) of chosen years from the built app, for a person to look at:
//   npx vite build && node scripts/screenshots.mjs 2019 2023 2025   → tests/artifacts/shot-<year>.png
// Extra query text can follow a year, e.g. `2023&port=kuryk`. Serves dist/ with Vite's preview server on 127.0.0.1.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const out = path.join(root, 'tests', 'artifacts');
fs.mkdirSync(out, { recursive: true });
const years = process.argv.slice(2).length ? process.argv.slice(2) : ['2019', '2023', '2025'];
const server = await preview({ root, preview: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const base = server.resolvedUrls?.local[0];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  headless: true
});
try {
  for (const y of years) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    await page.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
    await page.goto(`${base}?year=${y}`);
    await page.waitForFunction(
      () => {
        const p = window.__atlasProbe;
        return !!p && p.mapLoaded && p.mapIdle > 0 && p.deckFrames >= 1;
      },
      null,
      { timeout: 120_000, polling: 250 }
    );
    // Let the overlay settle: two more animation frames after the map went idle.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const file = path.join(out, `shot-${y.replace(/[^\w-]+/g, '_')}.png`);
    await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await new Promise((r) => server.httpServer.close(() => r()));
}
