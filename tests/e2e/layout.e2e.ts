// Nothing hides what the map shows: floating boxes never overlap, a selected port and its arcs stay in the visible part
// beside the panel or above the bottom sheet, and a phone gets 44 px touch targets, 12 px text, a sheet that a tap opens
// and a finger drags. At 1280×800 (also 1024×768 and 1920×1080) and at 390×844 with touch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { PORT_NAME_WRAP } from '../../src/map/style';
import { cameraAtRest, closeBrowser, openApp, screenshot, type AppPage } from './browser';
import { arcPoint } from '../../src/model/focus';

type LonLat = [number, number];
interface Box {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(new URL(`../../geodata/${file}`, import.meta.url), 'utf8'));
const placeFile = read('places.geojson') as {
  features: { properties: { id: string; map_role?: string; name_en: string }; geometry: { coordinates: LonLat } }[];
};
const flowFile = read('flows.json') as {
  id: string;
  from: string;
  to: string;
  draw: string;
  arc_height: number;
  bow: 1 | -1;
}[];
const coords = (id: string): LonLat => {
  const f = placeFile.features.find((p) => p.properties.id === id);
  if (!f) throw new Error(`no place ${id} in places.geojson`);
  return f.geometry.coordinates;
};
/** A port and the far end of every arc that starts or ends there: all must stay visible when its panel opens. */
const portAndArcEnds = (id: string): [string, LonLat][] => [
  [id, coords(id)],
  ...flowFile
    .filter((f) => f.draw === 'arc' && (f.from === id || f.to === id))
    .map((f): [string, LonLat] => {
      const other = f.from === id ? f.to : f.from;
      return [`${f.id} → ${other}`, coords(other)];
    })
];
const arcMiddle = (flowId: string): LonLat => {
  const f = flowFile.find((x) => x.id === flowId);
  if (!f) throw new Error(`no flow ${flowId}`);
  return arcPoint({ source: coords(f.from), target: coords(f.to), flow: f }, 0.5);
};

/** Every visible floating box: ours (data-box) and MapLibre's controls. */
function floatingBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const out: Box[] = [];
    // What shows of a box: its rectangle clipped by every scrolling or clipping ancestor.
    const add = (name: string, el: Element) => {
      if (!el.checkVisibility({ visibilityProperty: true })) return;
      const r = el.getBoundingClientRect();
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, c.left),
          Math.max(top, c.top),
          Math.min(right, c.right),
          Math.min(bottom, c.bottom)
        ];
      }
      if (right - left > 0 && bottom - top > 0) out.push({ name, x: left, y: top, w: right - left, h: bottom - top });
    };
    for (const el of document.querySelectorAll<HTMLElement>('[data-box]')) add(el.dataset.box ?? '?', el);
    for (const el of document.querySelectorAll('[class*="maplibregl-ctrl-"] > .maplibregl-ctrl'))
      add(`map control ${[...el.classList].filter((c) => c !== 'maplibregl-ctrl').join(' ')}`, el);
    return out;
  });
}

/** Pairs of boxes whose rectangles intersect (by more than half a pixel), and boxes reaching outside the window. */
async function layoutProblems(page: Page): Promise<string[]> {
  const boxes = await floatingBoxes(page);
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const problems: string[] = [];
  for (const [i, a] of boxes.entries()) {
    if (a.x < -0.5 || a.y < -0.5 || a.x + a.w > width + 0.5 || a.y + a.h > height + 0.5)
      problems.push(`${a.name} reaches outside the ${width}×${height} window`);
    for (const b of boxes.slice(i + 1)) {
      const dx = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
      if (dx > 0.5 && dy > 0.5) problems.push(`${a.name} overlaps ${b.name} (${dx.toFixed(0)}×${dy.toFixed(0)} px)`);
    }
  }
  expect(boxes.length).toBeGreaterThan(3);
  return problems;
}

/** Names of the points that are off the map or under a floating box (panel, sheet, list, legend, controls). */
async function hiddenPoints(page: Page, points: [string, LonLat][]): Promise<string[]> {
  const boxes = await floatingBoxes(page);
  return page.evaluate(
    ({ points, boxes }) => {
      const probe = (
        window as unknown as { __atlasProbe: { project: (l: [number, number]) => { x: number; y: number } } }
      ).__atlasProbe;
      const map = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
      if (!map) return ['no map'];
      const hidden: string[] = [];
      for (const [name, ll] of points) {
        const p = probe.project(ll);
        if (p.x < map.left || p.x > map.right || p.y < map.top || p.y > map.bottom)
          hidden.push(`${name} off the map at ${p.x.toFixed(0)},${p.y.toFixed(0)}`);
        for (const b of boxes)
          if (p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h)
            hidden.push(`${name} under ${b.name} at ${p.x.toFixed(0)},${p.y.toFixed(0)}`);
      }
      return hidden;
    },
    { points, boxes }
  );
}

/**
 * Port names (drawn in bold 15 px to the right of their points, wrapped as PORT_NAME_WRAP says: style.ts) that run past
 * the map's right edge. Measured with the same font the map uses, as a canvas measures it.
 */
async function cutPortNames(page: Page): Promise<string[]> {
  const ports = placeFile.features
    .filter((f) => f.properties.map_role === 'port')
    .map((f): [string, LonLat] => [f.properties.name_en, f.geometry.coordinates]);
  return page.evaluate(
    ({ ports, wrap }) => {
      const probe = window.__atlasProbe;
      const map = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
      const ctx = document.createElement('canvas').getContext('2d');
      if (!probe?.project || !probe.zoom || !map || !ctx) return ['no probe, map or canvas'];
      ctx.font = '15px "Noto Sans Bold"';
      const maxWidth = 15 * (probe.zoom() < wrap.belowZoom ? wrap.narrowEms : wrap.ems);
      const cut: string[] = [];
      for (const [name, ll] of ports) {
        const p = probe.project(ll);
        // The widest line once MapLibre wraps the name: words added while the line fits.
        let widest = 0;
        let line = '';
        for (const word of name.split(' ')) {
          const next = line ? `${line} ${word}` : word;
          if (line && ctx.measureText(next).width > maxWidth) {
            widest = Math.max(widest, ctx.measureText(line).width);
            line = word;
          } else line = next;
        }
        widest = Math.max(widest, ctx.measureText(line).width);
        const right = p.x + 0.9 * 15 + widest;
        if (right > map.right) cut.push(`${name}: ends at ${right.toFixed(0)} px, map ends at ${map.right.toFixed(0)}`);
      }
      return cut;
    },
    { ports, wrap: PORT_NAME_WRAP }
  );
}

/** Two animation frames: enough for layout to follow a viewport change. */
const frames = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Polls wait for CSS transitions and re-renders, which take seconds when other builds share the two cores. */
const POLL = { timeout: 30_000, interval: 200 };

const WIDE_SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 }
];

afterAll(() => closeBrowser());

describe('wide screens', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(() => app.close());

  it('no floating box overlaps another, with and without a panel, at 1280×800, 1024×768 and 1920×1080', async () => {
    const problems: string[] = [];
    for (const withPanel of [false, true]) {
      if (withPanel) await app.page.locator('[data-select="place:aktau"]').click();
      for (const size of WIDE_SIZES) {
        await app.page.setViewportSize(size);
        await frames(app.page);
        for (const p of await layoutProblems(app.page))
          problems.push(`${size.width}×${size.height}${withPanel ? ' with panel' : ''}: ${p}`);
      }
    }
    await app.page.setViewportSize({ width: 1280, height: 800 });
    expect(problems).toEqual([]);
  });

  it('opening Aktau keeps Aktau and both ends of its arcs beside the panel, not under it', async () => {
    await app.page.locator('[data-select="place:baku"]').click();
    await cameraAtRest(app.page);
    await app.page.locator('[data-select="place:aktau"]').click();
    await app.page.getByTestId('detail-panel').waitFor();
    await cameraAtRest(app.page);
    await screenshot(app.page, 'layout-1280-aktau');
    expect(await hiddenPoints(app.page, portAndArcEnds('aktau'))).toEqual([]);
    for (const size of WIDE_SIZES.slice(1)) {
      await app.page.setViewportSize(size);
      await frames(app.page);
      await cameraAtRest(app.page);
      expect(await hiddenPoints(app.page, portAndArcEnds('aktau')), `${size.width}×${size.height}`).toEqual([]);
    }
    await app.page.setViewportSize({ width: 1280, height: 800 });
    await frames(app.page);
  });

  it('the tooltip of an arc stays clear of the panel and the left column', async () => {
    await cameraAtRest(app.page);
    const at = await app.page.evaluate(
      (ll) => window.__atlasProbe?.project?.(ll) ?? { x: -1, y: -1 },
      arcMiddle('kz_oil_caspian')
    );
    // A pointer arrives in several moves, as a person's does (deck.gl picks on each).
    await app.page.mouse.move(at.x - 12, at.y);
    await app.page.mouse.move(at.x, at.y, { steps: 4 });
    await app.page.getByTestId('flow-tooltip').waitFor();
    expect(await layoutProblems(app.page)).toEqual([]);
    await app.page.mouse.move(5, 400);
  });
});

/** Visible text set below 12 px, as "size: text". */
function smallText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim() ?? '';
      const el = n.parentElement;
      if (!text || !el?.checkVisibility({ visibilityProperty: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden, for screen readers only
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 12) bad.push(`${size}px: ${text.slice(0, 40)}`);
    }
    return bad;
  });
}

/**
 * Visible controls smaller than 44×44 px. A control inside a <label> counts with its label (the label is what a finger
 * hits); a link inside running text is exempt, as in WCAG 2.5.8.
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const selector =
      'button, a[href], input:not([type="hidden"]), select, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const target = el.closest('label') ?? el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const inText =
        el.tagName === 'A' &&
        getComputedStyle(el).display === 'inline' &&
        (el.parentElement?.textContent.trim() ?? '') !== el.textContent.trim();
      if (inText) continue;
      if (r.width < 44 || r.height < 44) {
        const name = el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 30);
        bad.push(`${el.tagName.toLowerCase()} "${name}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`);
      }
    }
    return bad;
  });
}

/** A finger drag through Chrome's touch input (it fires pointer events of type "touch", as a phone does). */
async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 10) {
  const cdp = await page.context().newCDPSession(page);
  const at = (i: number) => ({
    x: from.x + ((to.x - from.x) * i) / steps,
    y: from.y + ((to.y - from.y) * i) / steps
  });
  // A finger that moves at 60 Hz, then rests 200 ms before it lifts, as a person's does at the end of a drag. Sent
  // back to back without times, the events read as a fling: the browser then animated it, and took the next tap
  // (on the menu button, in the Russian test) as the touch that stops the fling, with no click (seen under load).
  const t0 = Date.now() / 1000;
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: { x: number; y: number }[], s: number) =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: t0 + s });
  await send('touchStart', [at(0)], 0);
  for (let i = 1; i <= steps; i++) await send('touchMove', [at(i)], i / 60);
  await send('touchMove', [at(steps)], steps / 60 + 0.2);
  await send('touchEnd', [], steps / 60 + 0.2);
  await cdp.detach();
}

const centre = async (page: Page, testId: string) => {
  const r = await page.getByTestId(testId).boundingBox();
  if (!r) throw new Error(`${testId} is not on screen`);
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
};

/** Height of the bottom sheet as a share of the map area's height. */
const sheetShare = (page: Page) =>
  page.evaluate(() => {
    const sheet = document.querySelector('[data-testid="sheet"]')?.getBoundingClientRect();
    const area = document.querySelector('[data-testid="map"]')?.getBoundingClientRect();
    return sheet && area ? sheet.height / area.height : 0;
  });

const project = (page: Page, ll: LonLat) =>
  page.evaluate(
    (l) =>
      (
        window as unknown as { __atlasProbe: { project: (l: [number, number]) => { x: number; y: number } } }
      ).__atlasProbe.project(l),
    ll
  );

describe('phone, 390×844, touch', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp({ viewport: { width: 390, height: 844 }, touch: true });
  });
  afterAll(() => app.close());

  it('the map fills the screen: list, legend and tools fold into buttons; the whole corridor is in view', async () => {
    await cameraAtRest(app.page);
    await screenshot(app.page, 'layout-390-map');
    expect(await layoutProblems(app.page)).toEqual([]);
    expect(await app.page.getByTestId('places-button').getAttribute('aria-expanded')).toBe('false');
    expect(await app.page.locator('[data-select="place:aktau"]').isVisible()).toBe(false);
    const ends = flowFile.flatMap((f): [string, LonLat][] => [
      [f.from, coords(f.from)],
      [f.to, coords(f.to)]
    ]);
    expect(await hiddenPoints(app.page, ends)).toEqual([]);
    expect(await cutPortNames(app.page)).toEqual([]);
  });

  it('a tap on an arc shows its tooltip, a tap elsewhere hides it, and the tooltip opens the flow’s details', async () => {
    const arc = await project(app.page, arcMiddle('kz_oil_caspian'));
    const tooltip = app.page.getByTestId('flow-tooltip');
    await app.page.touchscreen.tap(arc.x, arc.y);
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Kazakh oil shipped Aktau → Baku for BTC');
    expect(await layoutProblems(app.page)).toEqual([]);
    await screenshot(app.page, 'layout-390-tooltip');
    // Nothing to pick near the map's lower left corner (and the tooltip is by the arc, far from it).
    const map = await app.page.getByTestId('map').boundingBox();
    if (!map) throw new Error('no map');
    await app.page.touchscreen.tap(map.x + 30, map.y + map.height - 60);
    await expect.poll(() => tooltip.count(), POLL).toBe(0);
    expect(await app.page.getByTestId('detail-panel').count()).toBe(0);

    await app.page.touchscreen.tap(arc.x, arc.y);
    await app.page.getByTestId('flow-tooltip-details').tap();
    await expect
      .poll(() => app.page.getByTestId('detail-panel').locator('h2').textContent(), POLL)
      .toMatch(/Kazakh oil/);
    expect(await tooltip.count()).toBe(0);
    await app.page.getByTestId('detail-panel').getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => app.page.getByTestId('sheet').count(), POLL).toBe(0);
    await cameraAtRest(app.page);
  });

  it('every fold-out opens on demand without covering another box; targets ≥ 44 px, text ≥ 12 px', async () => {
    const problems: string[] = [];
    const check = async (state: string) => {
      for (const p of await layoutProblems(app.page)) problems.push(`${state}: ${p}`);
      for (const p of await smallTargets(app.page)) problems.push(`${state}: small target ${p}`);
      for (const p of await smallText(app.page)) problems.push(`${state}: small text ${p}`);
    };
    await check('map');
    for (const button of ['menu-button', 'places-button', 'legend-button', 'timeline-more']) {
      await app.page.getByTestId(button).tap();
      expect(await app.page.getByTestId(button).getAttribute('aria-expanded')).toBe('true');
      await frames(app.page);
      await check(button);
      await app.page.getByTestId(button).tap();
      expect(await app.page.getByTestId(button).getAttribute('aria-expanded')).toBe('false');
    }
    expect(problems).toEqual([]);
  });

  it('a tap on Kuryk opens its sheet at 40 % height with Kuryk and its arcs above it', async () => {
    const kuryk = await project(app.page, coords('kuryk'));
    await app.page.touchscreen.tap(kuryk.x, kuryk.y);
    const panel = app.page.getByTestId('detail-panel');
    await panel.waitFor();
    await expect.poll(() => panel.locator('h2').textContent(), POLL).toMatch(/^Kuryk/);
    await cameraAtRest(app.page);
    expect(await sheetShare(app.page)).toBeCloseTo(0.4, 1);
    await screenshot(app.page, 'layout-390-kuryk');
    expect(await hiddenPoints(app.page, portAndArcEnds('kuryk'))).toEqual([]);
    expect(await layoutProblems(app.page)).toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
    expect(await smallText(app.page)).toEqual([]);
  });

  it('the sheet expands with its button (keyboard) and with a drag of its handle, and a drag down closes it', async () => {
    const expand = app.page.getByTestId('sheet-expand');
    await expand.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => expand.getAttribute('aria-expanded'), POLL).toBe('true');
    await expect.poll(() => sheetShare(app.page), POLL).toBeGreaterThan(0.98);
    await app.page.keyboard.press('Enter');
    await expect.poll(() => sheetShare(app.page), POLL).toBeLessThan(0.45);

    const handle = await centre(app.page, 'sheet-handle');
    await touchDrag(app.page, handle, { x: handle.x, y: 80 });
    await expect.poll(() => expand.getAttribute('aria-expanded'), POLL).toBe('true');
    await expect.poll(() => sheetShare(app.page), POLL).toBeGreaterThan(0.98);

    const top = await centre(app.page, 'sheet-handle');
    await touchDrag(app.page, top, { x: top.x, y: 830 });
    await expect.poll(() => app.page.getByTestId('sheet').count(), POLL).toBe(0);
  });

  it('in Russian: the sheet and fold-outs keep to the same rules', async () => {
    await app.page.getByTestId('menu-button').tap();
    await app.page.getByRole('button', { name: 'Язык: русский' }).tap();
    await app.page.getByTestId('menu-button').tap();
    await app.page.locator('[data-testid="places-button"]').tap();
    await app.page.locator('[data-select="place:kuryk"]').tap();
    await app.page.getByTestId('detail-panel').waitFor();
    await cameraAtRest(app.page);
    await screenshot(app.page, 'layout-390-kuryk-ru');
    expect(await app.page.locator('h1').textContent()).toBe('Атлас Среднего коридора');
    expect(await hiddenPoints(app.page, portAndArcEnds('kuryk'))).toEqual([]);
    expect(await layoutProblems(app.page)).toEqual([]);
    expect(await smallTargets(app.page)).toEqual([]);
    expect(await smallText(app.page)).toEqual([]);
  });

  it('logged no console error and sent no request beyond 127.0.0.1', () => {
    expect(app.consoleErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
