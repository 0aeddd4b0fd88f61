// Pixel reading in the page: how many pixels near a colour lie in a lon/lat box (e.g. arc colours over the Caspian).
import type { Page } from 'playwright-core';
import type {} from '../../src/map/probe';

export interface PixelStats {
  matching: number;
  total: number;
  distinctColours: number;
}

export async function colourPixelsInBox(
  page: Page,
  rgb: [number, number, number],
  sw: [number, number],
  ne: [number, number],
  tolerance = 40
): Promise<PixelStats> {
  return page.evaluate(
    ({ rgb, sw, ne, tolerance }) => {
      const probe = window.__atlasProbe;
      if (!probe?.composite || !probe.project) throw new Error('no render probe: open the page with openApp()');
      const canvas = probe.composite();
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const map = document.querySelector('[data-testid="map"]') as HTMLElement;
      const box = map.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      const a = probe.project(sw);
      const b = probe.project(ne);
      const x0 = Math.max(0, Math.floor((Math.min(a.x, b.x) - box.left) * dpr));
      const y0 = Math.max(0, Math.floor((Math.min(a.y, b.y) - box.top) * dpr));
      const w = Math.min(canvas.width - x0, Math.ceil(Math.abs(a.x - b.x) * dpr));
      const h = Math.min(canvas.height - y0, Math.ceil(Math.abs(a.y - b.y) * dpr));
      const data = ctx.getImageData(x0, y0, Math.max(1, w), Math.max(1, h)).data;
      let matching = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] as number,
          g = data[i + 1] as number,
          bl = data[i + 2] as number;
        colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (bl >> 3));
        if (Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(bl - rgb[2]) <= tolerance) matching++;
      }
      return { matching, total: data.length / 4, distinctColours: colours.size };
    },
    { rgb, sw, ne, tolerance }
  );
}

/**
 * Pixels of the port circles' cargo teal in a lon/lat box, at any opacity over the basemap: green well above red, blue
 * near green (the sea lanes' blue has blue well above green; sea and land have green close to red).
 */
export async function tealPixelsInBox(page: Page, sw: [number, number], ne: [number, number]): Promise<number> {
  return page.evaluate(
    ({ sw, ne }) => {
      const probe = (
        window as unknown as {
          __atlasProbe: {
            composite: () => HTMLCanvasElement;
            project: (l: [number, number]) => { x: number; y: number };
          };
        }
      ).__atlasProbe;
      const canvas = probe.composite();
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const box = (document.querySelector('[data-testid="map"]') as HTMLElement).getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      const a = probe.project(sw);
      const b = probe.project(ne);
      const x0 = Math.max(0, Math.floor((Math.min(a.x, b.x) - box.left) * dpr));
      const y0 = Math.max(0, Math.floor((Math.min(a.y, b.y) - box.top) * dpr));
      const w = Math.max(1, Math.min(canvas.width - x0, Math.ceil(Math.abs(a.x - b.x) * dpr)));
      const h = Math.max(1, Math.min(canvas.height - y0, Math.ceil(Math.abs(a.y - b.y) * dpr)));
      const d = ctx.getImageData(x0, y0, w, h).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        const r = d[i] as number;
        const g = d[i + 1] as number;
        const bl = d[i + 2] as number;
        if (g - r > 30 && bl - r > 25 && g >= bl - 8) n++;
      }
      return n;
    },
    { sw, ne }
  );
}
