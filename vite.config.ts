// Build, dev server and test configuration: one Vite config drives the app and both test tiers.
import { defineConfig, type Plugin } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/**
 * Records in one geodata file, counted as src/data/dataset.ts counts them (a unit test holds the two equal): CSV data
 * rows, entries of flows.json, all features of places.geojson, line features of the other GeoJSON files.
 */
function countRecords(file: string, text: string): number {
  if (file.endsWith('.csv'))
    return Papa.parse(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' }).data.length;
  const json = JSON.parse(text) as unknown[] | { features: { geometry?: { type?: string } }[] };
  if (Array.isArray(json)) return json.length;
  if (file === 'places.geojson') return json.features.length;
  return json.features.filter((f) => /^(Multi)?LineString$/.test(f.geometry?.type ?? '')).length;
}

/**
 * `virtual:geodata-expected`: how many records each geodata file (by file name) holds as built, so the app can tell a
 * file that arrives cut at a row boundary, or with rows removed, from a complete one. Re-read when geodata changes.
 */
function geodataExpected(): Plugin {
  const id = 'virtual:geodata-expected';
  const resolved = `\0${id}`;
  const dir = path.resolve(import.meta.dirname, 'geodata');
  return {
    name: 'geodata-expected',
    resolveId: (source) => (source === id ? resolved : null),
    load(loadId) {
      if (loadId !== resolved) return null;
      const counts: Record<string, number> = {};
      for (const file of fs.readdirSync(dir).sort()) {
        if (!/\.(csv|json|geojson)$/.test(file)) continue;
        this.addWatchFile(path.join(dir, file));
        counts[file] = countRecords(file, fs.readFileSync(path.join(dir, file), 'utf8'));
      }
      return `export default ${JSON.stringify(counts)};`;
    }
  };
}

/**
 * The built app's Content-Security-Policy: everything from the app's own origin, and nothing it does not use
 * (README, "Content-Security-Policy", gives the reasons and how to send it as a header). Measured with every
 * directive at 'self' only: the one thing beyond it the app needs is data: images (MapLibre's control icons are
 * data: SVGs in its stylesheet). Not needed, so not allowed: inline or eval script (zod runs jitless, see
 * src/data/zod.ts; deck.gl and luma.gl use neither), inline styles (Svelte's style: directives and MapLibre write
 * through the CSSOM, which style-src does not govern), blob: workers (MapLibre starts its worker from its own URL
 * when that is same-origin) and blob: images (only for raster tiles and sprites, which the map has none of).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'"
].join('; ');

/**
 * Puts the policy in the built index.html, right after the charset; the dev server goes without it so that Vite's
 * HMR client (inline script, eval-style module reloads, websocket) keeps working.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the CSP to follow');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, (m) => `${m}\n    ${meta}`);
    }
  };
}

/**
 * luma.gl's WebGL adapter reaches its device class through `await import('./webgl-device.js')`, a module deck.gl's
 * chunk (src/map/deck.ts) holds anyway (luma.gl's index exports it). In the entry chunk the build made that a promise of
 * the module at hand; in a lazy chunk it makes a one-line file of its own, fetched when deck.gl attaches to the map at
 * its load. That wait let the map draw its next frames first, and the device's synchronous GL queries then waited for
 * the GPU process to finish them: the first arcs came ~0.5 s later on software GL (in a trace). A static import
 * restores the entry chunk's behaviour.
 */
function lumaDeviceStatic(): Plugin {
  const adapter = /[\\/]@luma\.gl[\\/]webgl[\\/]dist[\\/]adapter[\\/]webgl-adapter\.js$/;
  const dynamic = 'await import("./webgl-device.js")';
  return {
    name: 'luma-webgl-device-static',
    transform(code, id) {
      if (!adapter.test(id)) return null;
      if (!code.includes(dynamic)) {
        this.warn(`luma.gl's webgl-adapter.js no longer has ${dynamic}: check the first arcs' time (npm run bench)`);
        return null;
      }
      return `import * as webglDeviceModule from './webgl-device.js';\n${code.replaceAll(dynamic, 'webglDeviceModule')}`;
    }
  };
}

/** The geodata files the app loads at start (src/data/load.ts: GEODATA_URLS and the story; a unit test holds them equal). */
export const PRELOADED_GEODATA = [
  'figures.csv',
  'measures.csv',
  'milestones.csv',
  'sources.csv',
  'pipelines_context.geojson',
  'places.geojson',
  'btc.geojson',
  'btk.geojson',
  'sea_lanes.geojson',
  'flows.json',
  'corridor_measures.json',
  'port_measures.json',
  'story.json'
];

/**
 * Asks for those files from index.html itself, so they arrive while the browser is still fetching and compiling the
 * scripts (~0.7 s on a 2-core machine) instead of after. `as="fetch"` with `crossorigin` matches the app's own
 * `fetch()`, which then takes the preloaded response.
 */
function preloadGeodata(): Plugin {
  return {
    name: 'preload-geodata',
    apply: 'build',
    transformIndexHtml(_html, ctx) {
      const assets = Object.values(ctx.bundle ?? {}).filter((a) => a.type === 'asset');
      return PRELOADED_GEODATA.map((file) => {
        const asset = assets.find((a) =>
          a.originalFileNames.some((n) => n.replaceAll('\\', '/').endsWith(`geodata/${file}`))
        );
        if (!asset) throw new Error(`preload-geodata: no built asset for geodata/${file}`);
        return {
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `./${asset.fileName}` },
          injectTo: 'head' as const
        };
      });
    }
  };
}

export default defineConfig({
  plugins: [svelte(), geodataExpected(), contentSecurityPolicy(), preloadGeodata(), lumaDeviceStatic()],
  // Relative base so the built app works from any folder or static host.
  base: './',
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['.'] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
    // Geodata files stay files, never data: URLs inlined in the script: each can be downloaded and cited on its own,
    // a broken one is fetched (and named) like the others, and `connect-src 'self'` needs no data: exception.
    assetsInlineLimit: (file) => (file.includes(`${path.sep}geodata${path.sep}`) ? false : undefined)
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Geometry checks of the basemap take seconds when other builds share the two cores; 5 s is not enough.
          testTimeout: 60_000
        }
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          // One browser, shared by the files in turn: the machine has two cores and renders WebGL in software.
          fileParallelism: false,
          testTimeout: 400_000,
          hookTimeout: 400_000,
          globalSetup: ['tests/e2e/global-setup.ts']
        }
      }
    ]
  }
});
