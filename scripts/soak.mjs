#!/usr/bin/env node
// Soak test: plays the timeline (loop on) for a long time with a detail panel open, switching panels every few
// minutes, against the built app on 127.0.0.1 in headless Chromium (software WebGL, the flags of the browser tests),
// and prints at intervals and at the end: JS heap after GC (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage),
// DOM nodes and JS event listeners (CDP Memory.getDOMCounters) and live object URLs (URL.createObjectURL and
// revokeObjectURL counted by an init script), with growth from the first sample after warm-up. The verdict compares
// two "settled" measurements taken the same way (paused, same panel, first year): heap growth ≤ 5 %, DOM nodes
// ≤ 0.5 % (first-render caches), no growth in listeners or object URLs. Exit code 1 when a limit is exceeded. With
// --heap-diff it also takes a heap snapshot at both settled measurements and prints what grew by kind (JS objects,
// strings, compiled code, native), by constructor, and the retainer path of new objects. See README, "Soak test".
//
//   npm run soak -- --minutes 30                 the full run (a CPU core for half an hour)
//   npm run soak -- --minutes 30 --heap-diff     the same, and what grew (snapshots in .soak/)
//   npm run soak -- --minutes 3 --sample-seconds 20 --switch-minutes 1 --warmup-seconds 30 --no-build
import { build } from 'vite';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';
import { diffHeap, formatHeapDiff, readHeapSummary, takeHeapSnapshot } from './heap-diff.mjs';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const APP_DIR = path.join(ROOT, '.soak', 'app');
const RESULTS = path.join(ROOT, 'bench-results');
/** Where --heap-diff writes its two snapshots (tens of MB each, replaced by the next run). */
const SNAPSHOT_DIR = path.join(ROOT, '.soak', 'heap');
/** Limits from issue #12: the heap may not grow more than this over the run; listeners and object URLs not at all. */
const HEAP_LIMIT_PCT = 5;
/**
 * DOM nodes (CDP counts detached ones too) may differ by this much between the two settled measurements: Svelte
 * keeps one template fragment per kind of block the first time it renders, which is a plateau, not a leak. A leak of
 * even one node per year step would add hundreds over a run.
 */
const DOM_TOLERANCE_PCT = 0.5;
/** Panels visited in turn (from the list of ports, terminals and lines): ports and lines. */
const PANELS = ['place:aktau', 'line:btc', 'place:alat', 'line:aktau_alat', 'place:kuryk', 'line:btk'];

function parseArgs(argv) {
  const o = { minutes: 30, sampleSeconds: 60, switchMinutes: 3, warmupSeconds: 120, build: true, heapDiff: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number`);
      return v;
    };
    if (a === '--minutes') o.minutes = next();
    else if (a === '--sample-seconds') o.sampleSeconds = next();
    else if (a === '--switch-minutes') o.switchMinutes = next();
    else if (a === '--warmup-seconds') o.warmupSeconds = next();
    else if (a === '--no-build') o.build = false;
    else if (a === '--heap-diff') o.heapDiff = true;
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (try --help)`);
  }
  return o;
}

/** Runs before any page script: counts object URLs created and not yet revoked. */
function countObjectUrls() {
  const live = new Set();
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (obj) => {
    const u = create(obj);
    live.add(u);
    return u;
  };
  URL.revokeObjectURL = (u) => {
    live.delete(u);
    revoke(u);
  };
  window.__soakObjectUrls = () => live.size;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners, documents } = await cdp.send('Memory.getDOMCounters');
  const page_ = await page.evaluate(() => ({
    objectUrls: window.__soakObjectUrls?.() ?? -1,
    year: document.querySelector('[data-testid="year-label"]')?.textContent ?? '',
    deckFrames: window.__atlasProbe?.deckFrames ?? 0
  }));
  return { heap: usedSize, nodes, listeners: jsEventListeners, documents, ...page_ };
}

const mb = (b) => (b / 2 ** 20).toFixed(2);
const pct = (a, b) => (b === 0 ? 0 : ((a - b) / b) * 100);
const signed = (x, digits = 1) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;

/** Lets the timeline play for `ms`, reading the year once a second; returns how many year changes it saw. */
async function playFor(page, ms) {
  const until = Date.now() + ms;
  let steps = 0;
  let year = await page.getByTestId('year-label').textContent();
  while (Date.now() < until) {
    await sleep(Math.min(1000, until - Date.now()));
    const now = await page.getByTestId('year-label').textContent();
    if (now !== year) steps++;
    year = now;
  }
  return steps;
}

async function setPlaying(page, on) {
  const play = page.getByTestId('play');
  if (((await play.getAttribute('aria-pressed')) === 'true') !== on) await play.click();
}

async function openPanel(page, id) {
  await page.locator(`[data-select="${id}"]`).click();
  await page.getByTestId('detail-panel').waitFor();
}

/** The same conditions each time: paused, the first panel open, the first year, the map redrawn and quiet. */
async function settled(page, cdp) {
  await setPlaying(page, false);
  await openPanel(page, PANELS[0]);
  await page.getByRole('button', { name: 'First year' }).click();
  const f = await page.evaluate(() => window.__atlasProbe?.deckFrames ?? 0);
  await page.waitForFunction((n) => (window.__atlasProbe?.deckFrames ?? 0) > n + 10, f, { timeout: 120_000 });
  await sleep(2000);
  return measure(page, cdp);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.build) {
    const t = Date.now();
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
    console.log(`built the app in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } else if (!fs.existsSync(path.join(APP_DIR, 'index.html')))
    throw new Error(`${APP_DIR} is missing: drop --no-build`);
  const server = await serve(APP_DIR);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  const started = Date.now();
  const elapsedMin = () => (Date.now() - started) / 60_000;
  console.log(
    `soak: ${o.minutes} min of play, sample every ${o.sampleSeconds} s, panel switch every ${o.switchMinutes} min, ` +
      `warm-up ${o.warmupSeconds} s; load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`
  );
  const samples = [];
  const errors = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(countObjectUrls);
    // The render probe (src/map/probe.ts) exists only when a test or a script installs it before the app starts.
    await page.addInitScript(() => {
      window.__atlasProbe = { mapIdle: 0, deckFrames: 0, mapLoaded: false };
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:'
        ? route.continue()
        : route.abort();
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    page.setDefaultTimeout(120_000);
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(
      () => (window.__atlasProbe?.mapIdle ?? 0) > 0 && (window.__atlasProbe?.deckFrames ?? 0) > 0,
      null,
      { timeout: 300_000, polling: 250 }
    );
    console.log(`map drawn after ${(elapsedMin() * 60).toFixed(0)} s`);
    await page.getByRole('checkbox', { name: 'Loop' }).check();

    // Warm-up: play while every panel is opened once, so one-time caches (Svelte's template fragments for each kind of
    // panel, shader programs, glyph atlases, pools) fill before the baseline and are not counted as growth.
    await setPlaying(page, true);
    for (const id of [...PANELS.slice(1), PANELS[0]]) {
      await openPanel(page, id);
      await sleep((o.warmupSeconds * 1000) / PANELS.length);
    }
    const first = await settled(page, cdp);
    console.log(
      `baseline (settled, ${elapsedMin().toFixed(1)} min after start): heap ${mb(first.heap)} MB, ` +
        `DOM nodes ${first.nodes}, listeners ${first.listeners}, object URLs ${first.objectUrls}`
    );
    // Snapshots are taken after the measurement they go with, so they do not change it.
    const snapshots = {
      start: path.join(SNAPSHOT_DIR, 'start.heapsnapshot'),
      end: path.join(SNAPSHOT_DIR, 'end.heapsnapshot')
    };
    let heapStart = null;
    if (o.heapDiff) {
      fs.mkdirSync(SNAPSHOT_DIR, { recursive: true });
      await takeHeapSnapshot(cdp, snapshots.start);
      heapStart = readHeapSummary(snapshots.start);
    }
    await setPlaying(page, true);

    console.log(
      '\n  min  panel               year  steps  heap MB   Δheap  DOM nodes   Δ  listeners   Δ  obj URLs  deck fps'
    );
    const soakStart = Date.now();
    let panel = 0;
    let lastSwitch = Date.now();
    let last = { at: Date.now(), frames: first.deckFrames };
    while (Date.now() - soakStart < o.minutes * 60_000) {
      const steps = await playFor(
        page,
        Math.min(o.sampleSeconds * 1000, o.minutes * 60_000 - (Date.now() - soakStart))
      );
      if (Date.now() - lastSwitch >= o.switchMinutes * 60_000) {
        panel = (panel + 1) % PANELS.length;
        await openPanel(page, PANELS[panel]);
        lastSwitch = Date.now();
      }
      const s = { t: (Date.now() - soakStart) / 60_000, panel: PANELS[panel], steps, ...(await measure(page, cdp)) };
      const fps = (s.deckFrames - last.frames) / ((Date.now() - last.at) / 1000);
      last = { at: Date.now(), frames: s.deckFrames };
      samples.push(s);
      console.log(
        `${s.t.toFixed(1).padStart(5)}  ${s.panel.padEnd(18)} ${s.year.padStart(5)}  ${String(s.steps).padStart(5)}  ` +
          `${mb(s.heap).padStart(7)}  ` +
          `${signed(pct(s.heap, first.heap)).padStart(5)}%  ${String(s.nodes).padStart(9)}  ${signed(s.nodes - first.nodes, 0).padStart(4)}  ` +
          `${String(s.listeners).padStart(9)}  ${signed(s.listeners - first.listeners, 0).padStart(4)}  ` +
          `${String(s.objectUrls).padStart(8)}  ${fps.toFixed(1).padStart(8)}`
      );
    }
    const end = await settled(page, cdp);
    let heapDiff = null;
    if (heapStart) {
      await takeHeapSnapshot(cdp, snapshots.end);
      heapDiff = diffHeap(heapStart, snapshots.end);
    }
    const heapGrowth = pct(end.heap, first.heap);
    const peak = samples.reduce((a, s) => Math.max(a, s.heap), first.heap);
    const verdicts = [
      [
        `heap after GC ${mb(first.heap)} → ${mb(end.heap)} MB (${signed(heapGrowth)} %; peak ${mb(peak)} MB)`,
        heapGrowth <= HEAP_LIMIT_PCT
      ],
      [
        `DOM nodes ${first.nodes} → ${end.nodes} (${signed(pct(end.nodes, first.nodes), 2)} %)`,
        pct(end.nodes, first.nodes) <= DOM_TOLERANCE_PCT
      ],
      [`JS event listeners ${first.listeners} → ${end.listeners}`, end.listeners <= first.listeners],
      [`live object URLs ${first.objectUrls} → ${end.objectUrls}`, end.objectUrls <= first.objectUrls],
      [`documents ${first.documents} → ${end.documents}`, end.documents <= first.documents],
      [`page errors: ${errors.length}${errors.length ? ` (${errors[0]})` : ''}`, errors.length === 0]
    ];
    console.log(
      `\nafter ${o.minutes} min (settled: paused, ${PANELS[0]}, first year; load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}):`
    );
    for (const [text, ok] of verdicts) console.log(`  ${ok ? 'ok  ' : 'LEAK'}  ${text}`);
    if (heapDiff) {
      console.log(`\n${formatHeapDiff(heapDiff).join('\n')}`);
      console.log(`  snapshots (DevTools, Memory, Load; Comparison view) → ${path.relative(ROOT, SNAPSHOT_DIR)}/`);
    }
    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify({ options: o, baseline: first, end, samples, errors, heapDiff }, null, 1));
    console.log(`  samples → ${path.relative(ROOT, file)}`);
    process.exitCode = verdicts.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
