// Opens the app in headless Chromium like a person would, recording console errors and any request that would leave
// 127.0.0.1 (those are blocked and must stay an empty list).
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
// The probe's type, and its declaration on `window`, come from the app (type-only: nothing of it runs here).
import type {} from '../../src/map/probe';

export const ARTIFACTS = path.resolve(new URL('../artifacts', import.meta.url).pathname);

export interface AppPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  externalRequests: string[];
  /** The override in force; set it to null to serve the real files again (e.g. before pressing Retry). */
  override: FileOverride | null;
  /** Content-Security-Policy violations the page reported since it started ("directive blocked-URI source:line"). */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * How long the map may take to render: seconds when the machine is idle, minutes when other builds share its two
 * cores and WebGL runs in software. A wait for an event, not a sleep: it returns as soon as the map is drawn.
 */
const MAP_TIMEOUT_MS = 300_000;

let browser: Browser | undefined;

export async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  return browser;
}

export async function closeBrowser() {
  await browser?.close();
  browser = undefined;
}

export interface OpenOptions {
  search?: string;
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Replace a geodata file's answer (matched by its path) to test bad input; see FileOverride. */
  override?: FileOverride;
  /** Wait for the map and the deck overlay to have rendered (needs the probe). */
  waitForMap?: boolean;
  /** Install the render probe (src/map/probe.ts) before the app starts; default true. Off = a production page. */
  probe?: boolean;
  /** A phone: touch events, a mobile viewport meta, no hover. */
  touch?: boolean;
  /** Browser permissions granted to the page's origin (e.g. clipboard-read, clipboard-write). */
  permissions?: string[];
  /** Runs in the page before its own scripts (e.g. to stand in for a browser that refuses the clipboard). */
  initScript?: () => void;
}

/**
 * How to answer the request for one file: `body` (default empty) with `status` (default 200), or `abort` the request
 * as an unreachable server would. Kept on the returned AppPage so a test can lift it (`override = null`) and Retry.
 */
export interface FileOverride {
  match: RegExp;
  body?: string;
  status?: number;
  abort?: boolean;
}

export async function openApp(opts: OpenOptions = {}): Promise<AppPage> {
  const b = await getBrowser();
  const context = await b.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    acceptDownloads: true,
    hasTouch: opts.touch ?? false,
    isMobile: opts.touch ?? false
  });
  if (opts.permissions) await context.grantPermissions(opts.permissions, { origin: new URL(inject('baseUrl')).origin });
  if (opts.initScript) await context.addInitScript(opts.initScript);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  const app: AppPage = {
    page,
    context,
    consoleErrors,
    externalRequests,
    override: opts.override ?? null,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    close: () => context.close()
  };
  // Listen from the very start, before any of the app's scripts run, so no violation goes unseen.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1';
    if (!local) {
      externalRequests.push(url.href);
      return route.abort();
    }
    const o = app.override;
    if (o?.match.test(url.pathname)) {
      if (o.abort) return route.abort('connectionrefused');
      return route.fulfill({ status: o.status ?? 200, body: o.body ?? '', contentType: 'text/plain' });
    }
    return route.continue();
  });
  if (opts.probe !== false)
    await context.addInitScript(() => {
      window.__atlasProbe = { mapIdle: 0, deckFrames: 0, mapLoaded: false };
    });
  const base = inject('baseUrl');
  await page.goto(`${base}${opts.search ?? ''}`);
  if (opts.waitForMap !== false) await waitForMapRendered(page);
  return app;
}

/** Waits for the map's `idle` event after load and at least one deck.gl frame: events, never fixed sleeps. */
export async function waitForMapRendered(page: Page, minDeckFrames = 1) {
  await page.waitForFunction(
    (n) => {
      const p = window.__atlasProbe;
      return !!p && p.mapLoaded && p.mapIdle > 0 && p.deckFrames >= n;
    },
    minDeckFrames,
    { timeout: MAP_TIMEOUT_MS, polling: 250 }
  );
}

/**
 * Waits until deck.gl has drawn more frames than it had (after a change of year, say) and the widths and radii have
 * stopped easing to the new year's values: what is on screen then is the year's picture, not a frame of the tween.
 */
export async function waitForNewDeckFrames(page: Page, count = 2) {
  const start = await page.evaluate(() => window.__atlasProbe?.deckFrames ?? 0);
  await page.waitForFunction(
    (s) => (window.__atlasProbe?.deckFrames ?? 0) >= s && window.__atlasProbe?.widthsMoving === false,
    start + count,
    { timeout: 60_000, polling: 100 }
  );
}

/** Waits until the map camera has stood still for a few frames (after an ease to a selection). */
export async function cameraAtRest(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const probe = window.__atlasProbe;
        let still = 0;
        const tick = () => {
          still = probe?.moving?.() === false ? still + 1 : 0;
          if (still >= 4) resolve(true);
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    null,
    { timeout: 120_000 }
  );
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
