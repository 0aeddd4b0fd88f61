#!/usr/bin/env node
// Browser benchmark: the app against its own basemap in bare MapLibre (bench/bare.html, same style code, no corridor
// layers, no deck.gl, no UI). Builds both, serves them on 127.0.0.1, opens them alternately in a fresh headless Chromium
// each time (software WebGL, the flags of the browser tests) and prints min/median/max of:
//   time to the first whole map (the map's `load`, both pages), time to first arcs (app: first deck.gl frame with the
//   flow layers; bare: first `idle`), each taken once the GPU has finished the frame (src/map/probe.ts, afterGpu),
//   JS shipped before that moment (gzip, per chunk and total), main-thread long tasks while scrubbing the years and
//   during play, the slowest keyboard interaction (Event Timing API), heap growth over the play window after GC, and
//   what one full redraw of the settled map costs on both pages (a page of its own, reduced motion; a key press that
//   changes the map is shown no sooner than the frame after it).
// Numbers are printed (and written to bench-results/), never asserted. See README, "Performance benchmark".
//
//   npm run bench                        3 alternating runs, 60 s of play each
//   npm run bench -- --runs 5 --play-seconds 600 --cpu-profile --no-build --screenshots tests/artifacts/bench
//   npm run bench -- --reduced-motion    the app under prefers-reduced-motion: no pulses, no width tween (a floor)
import { build } from 'vite';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const APP_DIR = path.join(ROOT, '.bench', 'app');
const BARE_DIR = path.join(ROOT, '.bench', 'bare');
const RESULTS = path.join(ROOT, 'bench-results');

// ---------------------------------------------------------------- options
function parseArgs(argv) {
  const o = {
    runs: 3,
    playSeconds: 60,
    scrubSteps: 16,
    scrubPaceMs: 150,
    cpuProfile: false,
    build: true,
    shots: null,
    reducedMotion: false
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') o.runs = Math.max(1, Number(next()));
    else if (a === '--play-seconds') o.playSeconds = Math.max(1, Number(next()));
    else if (a === '--scrub-steps') o.scrubSteps = Math.max(1, Number(next()));
    else if (a === '--scrub-pace') o.scrubPaceMs = Math.max(0, Number(next()));
    else if (a === '--cpu-profile') o.cpuProfile = true;
    else if (a === '--reduced-motion') o.reducedMotion = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--screenshots') o.shots = path.resolve(next());
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}

// ---------------------------------------------------------------- build and serve
async function buildAll() {
  const t = Date.now();
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
  await build({
    root: path.join(ROOT, 'bench'),
    configFile: false,
    base: './',
    publicDir: path.join(ROOT, 'public'),
    logLevel: 'warn',
    build: {
      outDir: BARE_DIR,
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: path.join(ROOT, 'bench', 'bare.html') }
    }
  });
  console.log(`built app and bare page in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- in-page instrumentation
/** Runs before any page script: long tasks and Event Timing entries, buffered from navigation on. */
function instrument() {
  // The app's render probe (src/map/probe.ts) exists only when the page asks for it before the app starts.
  window.__atlasProbe = { mapIdle: 0, deckFrames: 0, mapLoaded: false };
  const perf = { long: [], events: [] };
  window.__perf = perf;
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) perf.long.push({ start: e.startTime, dur: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries())
      perf.events.push({ name: e.name, start: e.startTime, dur: e.duration, id: e.interactionId ?? 0 });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

const now = (page) => page.evaluate(() => performance.now());
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

/** A fresh browser (no shader, code or HTTP cache from an earlier page) with one 1280×800 page. */
async function openPage(viewport = { width: 1280, height: 800 }, { reducedMotion = false } = {}) {
  const browser = await launch();
  const context = await browser.newContext({ viewport, reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), at: Date.now() }));
  page.on('pageerror', (e) => console.error(`  page error: ${e.message}`));
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:'
      ? route.continue()
      : route.abort();
  });
  const cdp = await context.newCDPSession(page);
  return { browser, context, page, cdp, requests, close: () => browser.close() };
}

/** gzip size of every JS file requested before `untilEpochMs`, read from the served folder. */
function jsBefore(requests, base, dir, untilEpochMs) {
  const seen = new Map();
  for (const r of requests) {
    if (r.at > untilEpochMs || !r.url.startsWith(base)) continue;
    const rel = decodeURIComponent(new URL(r.url).pathname).replace(/^\//, '');
    if (!/\.m?js$/.test(rel) || seen.has(rel)) continue;
    const buf = fs.readFileSync(path.join(dir, rel));
    seen.set(rel, { raw: buf.length, gzip: zlib.gzipSync(buf).length });
  }
  const chunks = [...seen].map(([file, s]) => ({ file, ...s }));
  return { chunks, gzip: chunks.reduce((a, c) => a + c.gzip, 0), raw: chunks.reduce((a, c) => a + c.raw, 0) };
}

// ---------------------------------------------------------------- CPU profiles
async function profileStart(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}
async function profileStop(cdp, name) {
  const { profile } = await cdp.send('Profiler.stop');
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify(profile));
  printTopFunctions(profile, name, file);
}

/** Top 25 functions by self time, and the top 15 by total (inclusive) time, from a CDP CPU profile. */
function printTopFunctions(profile, name, file) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.split('/').pop() : '';
    return `${f.functionName || '(anonymous)'}${file ? `  ${file}:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let sum = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    sum += dt;
    let n = byId.get(profile.samples[i]);
    self.set(key(n), (self.get(key(n)) ?? 0) + dt);
    const seen = new Set();
    while (n) {
      const k = key(n);
      if (!seen.has(k)) {
        total.set(k, (total.get(k) ?? 0) + dt);
        seen.add(k);
      }
      n = byId.get(parent.get(n.id));
    }
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
  console.log(`\nCPU profile "${name}" (${(sum / 1000).toFixed(2)} s sampled) → ${path.relative(ROOT, file)}`);
  console.log('  self ms   share  function');
  for (const [k, ms] of top(self, 25))
    console.log(`  ${ms.toFixed(0).padStart(7)}  ${((100 * ms) / sum).toFixed(1).padStart(5)}%  ${k}`);
  console.log('  total ms  share  function (inclusive; roots and idle left out)');
  const skip = /^\((root|program|idle|garbage collector)\)/;
  for (const [k, ms] of top(new Map([...total].filter(([k]) => !skip.test(k))), 15))
    console.log(`  ${ms.toFixed(0).padStart(7)}  ${((100 * ms) / sum).toFixed(1).padStart(5)}%  ${k}`);
}

// ---------------------------------------------------------------- one bare run, one app run
async function runBare(server, { profile = false } = {}) {
  const p = await openPage();
  try {
    if (profile) await profileStart(p.cdp);
    await p.page.goto(`${server.url}bare.html`);
    await p.page.waitForFunction(() => window.__bare?.firstIdleAt !== undefined, null, {
      timeout: 240_000,
      polling: 100
    });
    if (profile) await profileStop(p.cdp, 'bare-startup');
    const { firstIdleAt, loadAt, origin } = await p.page.evaluate(() => ({
      firstIdleAt: window.__bare.firstIdleAt,
      loadAt: window.__bare.loadAt,
      origin: performance.timeOrigin
    }));
    const js = jsBefore(p.requests, server.url, BARE_DIR, origin + firstIdleAt);
    return { firstMs: firstIdleAt, mapMs: loadAt, js };
  } finally {
    await p.close();
  }
}

/** Redraws timed per page (scripts' side and GPU's, src/map/probe.ts redrawCosts); the first two are left out. */
const REDRAWS = 12;

/**
 * What one full redraw of the map costs once it has settled: the median of REDRAWS redraws, each timed until the GPU
 * has drawn it. In a page of its own under prefers-reduced-motion, so no pulse or tween frame of the app's runs in
 * between; the bare page is opened the same way, so both are measured alike.
 */
async function redrawMs(server, file) {
  const p = await openPage(undefined, { reducedMotion: true });
  try {
    await p.page.goto(`${server.url}${file}`);
    await p.page.waitForFunction(
      // The app's idle alone can come before deck.gl's programs have linked, when its frames still skip the arcs.
      () =>
        window.__bare?.firstIdleAt !== undefined ||
        (window.__atlasProbe?.firstArcsAt !== undefined && window.__atlasProbe.mapIdle > 0),
      null,
      { timeout: 240_000, polling: 100 }
    );
    await sleep(1000);
    const times = await p.page.evaluate((n) => (window.__bare ?? window.__atlasProbe).redrawCosts(n), REDRAWS);
    return median(times.slice(2));
  } finally {
    await p.close();
  }
}

const longStats = (tasks, from, to) => {
  const w = tasks.filter((t) => t.start >= from && t.start <= to);
  return {
    over50: w.filter((t) => t.dur > 50).length,
    over100: w.filter((t) => t.dur > 100).length,
    max: w.reduce((a, t) => Math.max(a, t.dur), 0)
  };
};

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function runApp(server, opts, { profile = false } = {}) {
  const p = await openPage(undefined, { reducedMotion: opts.reducedMotion });
  const { page, cdp } = p;
  try {
    if (profile) await profileStart(cdp);
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => window.__atlasProbe?.firstArcsAt !== undefined, null, {
      timeout: 240_000,
      polling: 100
    });
    if (profile) await profileStop(cdp, 'app-startup');
    const { firstArcsAt, firstMapAt, origin } = await page.evaluate(() => ({
      firstArcsAt: window.__atlasProbe.firstArcsAt,
      firstMapAt: window.__atlasProbe.firstMapAt,
      origin: performance.timeOrigin
    }));
    const js = jsBefore(p.requests, server.url, APP_DIR, origin + firstArcsAt);
    const startupLong = await page.evaluate((t) => window.__perf.long.filter((x) => x.start <= t), firstArcsAt);

    // Settle: the map's first idle, then a quiet second.
    await page.waitForFunction(() => (window.__atlasProbe?.mapIdle ?? 0) > 0, null, { timeout: 120_000 });
    await sleep(1000);

    // Scrub: keyboard steps through the years at a steady pace, bouncing at either end.
    const slider = page.getByTestId('year-slider');
    const label = page.getByTestId('year-label');
    const yearCount = Number(await slider.getAttribute('max')) + 1;
    await slider.focus();
    await page.keyboard.press('Home');
    await sleep(1200);
    if (profile) await profileStart(cdp);
    const scrubFrom = await now(page);
    let index = 0;
    let dir = 1;
    for (let i = 0; i < opts.scrubSteps; i++) {
      if (index + dir < 0 || index + dir >= yearCount) dir = -dir;
      const before = await label.textContent();
      const t = Date.now();
      await page.keyboard.press(dir > 0 ? 'ArrowRight' : 'ArrowLeft');
      index += dir;
      await page.waitForFunction(
        (b) => document.querySelector('[data-testid="year-label"]')?.textContent !== b,
        before
      );
      const left = opts.scrubPaceMs - (Date.now() - t);
      if (left > 0) await sleep(left);
    }
    await sleep(1200); // the last tween runs out
    const scrubTo = await now(page);

    // Play: loop on, GC, play for N seconds, pause, GC.
    await page.getByRole('checkbox', { name: /loop/i }).check();
    const heap0 = await heapAfterGc(cdp);
    const playFrom = await now(page);
    await page.getByTestId('play').click();
    await sleep(opts.playSeconds * 1000);
    const playTo = await now(page);
    await page.getByTestId('play').click();
    const heap1 = await heapAfterGc(cdp);
    if (profile) await profileStop(cdp, 'app-scrub-and-play');

    const perf = await page.evaluate(() => window.__perf);
    const keyEvents = perf.events.filter(
      (e) => e.start >= scrubFrom && e.start <= scrubTo && /^key/.test(e.name) && e.id > 0
    );
    return {
      firstMs: firstArcsAt,
      mapMs: firstMapAt,
      js,
      startup: longStats(startupLong, 0, firstArcsAt),
      scrub: { ...longStats(perf.long, scrubFrom, scrubTo), years: opts.scrubSteps },
      play: longStats(perf.long, playFrom, playTo),
      slowestKeyMs: keyEvents.reduce((a, e) => Math.max(a, e.dur), 0),
      heap: { before: heap0, after: heap1, growthPct: (100 * (heap1 - heap0)) / heap0 }
    };
  } finally {
    await p.close();
  }
}

async function screenshots(server, dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const vp of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 }
  ]) {
    const p = await openPage(vp);
    try {
      await p.page.goto(`${server.url}index.html`);
      await p.page.waitForFunction(() => (window.__atlasProbe?.mapIdle ?? 0) > 0, null, { timeout: 240_000 });
      await sleep(1500);
      const file = path.join(dir, `app-${vp.width}x${vp.height}.png`);
      await p.page.screenshot({ path: file });
      console.log(`screenshot ${path.relative(ROOT, file)}`);
    } finally {
      await p.close();
    }
  }
}

// ---------------------------------------------------------------- report
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const stats = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs) });
const fmt = (xs, digits = 0, unit = '') => {
  if (!xs.length) return '—';
  const s = stats(xs);
  const f = (v) => v.toFixed(digits);
  return s.min === s.max ? `${f(s.min)}${unit}` : `${f(s.min)} / ${f(s.median)} / ${f(s.max)}${unit}`;
};
const kib = (b) => b / 1024;

/** A row of a time both pages have (`key` of each run's result): bare, app, and the app ÷ bare ratio per run. */
const timeRow = (label, bare, app, key, goal) => [
  label,
  fmt(bare.map((r) => r[key])),
  fmt(app.map((r) => r[key])),
  fmt(
    app.map((r, i) => r[key] / bare[i][key]),
    2,
    '×'
  ),
  goal
];

function report(bare, app, opts) {
  const rows = [
    timeRow('time to first arcs (app) / first idle (bare), ms', bare, app, 'firstMs', '≤ 1.25×'),
    timeRow('time to the first whole map (the `load` of both), ms', bare, app, 'mapMs', 'info'),
    [
      'JS before first arcs, gzip KiB',
      fmt(bare.map((r) => kib(r.js.gzip))),
      fmt(app.map((r) => kib(r.js.gzip))),
      fmt(
        app.map((r, i) => kib(r.js.gzip - bare[i].js.gzip)),
        0,
        ' KiB more'
      ),
      '≤ bare + 150'
    ],
    ['long tasks > 50 ms before first arcs (count)', '', fmt(app.map((r) => r.startup.over50)), '', 'info'],
    [
      `long tasks > 50 ms while scrubbing ${opts.scrubSteps} years (count)`,
      '',
      fmt(app.map((r) => r.scrub.over50)),
      '',
      '0'
    ],
    ['  longest task while scrubbing, ms', '', fmt(app.map((r) => r.scrub.max)), '', '≤ 50'],
    [`long tasks > 50 ms in ${opts.playSeconds} s of play (count)`, '', fmt(app.map((r) => r.play.over50)), '', '≤ 3'],
    [`long tasks > 100 ms in ${opts.playSeconds} s of play (count)`, '', fmt(app.map((r) => r.play.over100)), '', '0'],
    ['  longest task in play, ms', '', fmt(app.map((r) => r.play.max)), '', '≤ 100'],
    ['slowest keyboard interaction (Event Timing), ms', '', fmt(app.map((r) => r.slowestKeyMs)), '', '≤ 100'],
    timeRow('one full redraw of the settled map, drawn, ms (median of 10)', bare, app, 'redrawMs', 'info'),
    [
      `heap growth over ${opts.playSeconds} s of play after GC, %`,
      '',
      fmt(
        app.map((r) => r.heap.growthPct),
        1
      ),
      '',
      '< 5'
    ],
    [
      '  heap after GC at the end of play, MB',
      '',
      fmt(
        app.map((r) => r.heap.after / 1e6),
        1
      ),
      '',
      ''
    ]
  ];
  const head = ['metric (min / median / max)', 'bare basemap', 'app', 'app vs bare', 'goal'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${line(head)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));

  console.log('\nJS loaded before first arcs (first run), gzip KiB (raw KiB):');
  const chunkRows = (label, js) => {
    console.log(`  ${label}: ${kib(js.gzip).toFixed(1)} KiB gzip (${kib(js.raw).toFixed(0)} KiB raw)`);
    for (const c of [...js.chunks].sort((a, b) => b.gzip - a.gzip))
      console.log(`    ${kib(c.gzip).toFixed(1).padStart(7)}  (${kib(c.raw).toFixed(0).padStart(5)})  ${c.file}`);
  };
  chunkRows('bare', bare[0].js);
  chunkRows('app', app[0].js);
}

// ---------------------------------------------------------------- main
const opts = parseArgs(process.argv.slice(2));
if (opts.build || !fs.existsSync(path.join(APP_DIR, 'index.html')) || !fs.existsSync(path.join(BARE_DIR, 'bare.html')))
  await buildAll();
const appServer = await serve(APP_DIR);
const bareServer = await serve(BARE_DIR);
const browserVersion = await (async () => {
  const b = await launch();
  const v = b.version();
  await b.close();
  return v;
})();
console.log(
  `Chromium ${browserVersion}, ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}; ` +
    `${opts.runs} alternating runs, scrub ${opts.scrubSteps} years at ${opts.scrubPaceMs} ms, play ${opts.playSeconds} s`
);
const bare = [];
const app = [];
try {
  for (let i = 0; i < opts.runs; i++) {
    // Alternate which page goes first, so a trend in machine load falls on both sides.
    const order = i % 2 === 0 ? ['bare', 'app'] : ['app', 'bare'];
    for (const which of order) {
      if (which === 'bare') {
        const r = { ...(await runBare(bareServer)), redrawMs: await redrawMs(bareServer, 'bare.html') };
        bare.push(r);
        console.log(
          `run ${i + 1} bare: load ${r.mapMs.toFixed(0)} ms, first idle ${r.firstMs.toFixed(0)} ms, JS ${kib(r.js.gzip).toFixed(0)} KiB gzip, ` +
            `redraw ${r.redrawMs.toFixed(0)} ms`
        );
      } else {
        const r = { ...(await runApp(appServer, opts)), redrawMs: await redrawMs(appServer, 'index.html') };
        app.push(r);
        console.log(
          `run ${i + 1} app:  load ${r.mapMs.toFixed(0)} ms, first arcs ${r.firstMs.toFixed(0)} ms, JS ${kib(r.js.gzip).toFixed(0)} KiB gzip, ` +
            `scrub ${r.scrub.over50} tasks > 50 ms (max ${r.scrub.max.toFixed(0)}), ` +
            `play ${r.play.over50}/${r.play.over100} > 50/100 ms (max ${r.play.max.toFixed(0)}), ` +
            `key ${r.slowestKeyMs.toFixed(0)} ms, heap ${r.heap.growthPct.toFixed(1)} %, redraw ${r.redrawMs.toFixed(0)} ms`
        );
      }
    }
  }
  report(bare, app, opts);
  console.log(
    `load average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`
  );
  fs.mkdirSync(RESULTS, { recursive: true });
  const out = path.join(RESULTS, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(out, JSON.stringify({ opts, browserVersion, bare, app }, null, 2));
  console.log(`results → ${path.relative(ROOT, out)}`);
  if (opts.cpuProfile) {
    console.log('\nProfiling pass (not timed above): one bare start-up, one app start-up, scrub and play.');
    await runBare(bareServer, { profile: true });
    await runApp(appServer, { ...opts, playSeconds: Math.min(opts.playSeconds, 20) }, { profile: true });
  }
  if (opts.shots) await screenshots(appServer, opts.shots);
} finally {
  await appServer.close();
  await bareServer.close();
}
