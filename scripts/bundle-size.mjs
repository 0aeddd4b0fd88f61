// The JavaScript a reader downloads before the first arcs: every script the built index.html loads, deck.gl's chunk
// (src/map/deck.ts: an import() started as the map starts, and needed to draw the arcs) and, recursively, every chunk
// those import statically (other dynamic import() chunks — the details panel, the data table, the dialogs, the story
// card, the PNG export — are left out: they load when first used). Prints each chunk's bytes and gzip size.
// `node scripts/bundle-size.mjs [distDir] [--budget-kib N]` exits 1 when the gzip total is above N KiB.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Dynamically imported chunks that are nonetheless needed before the first arcs: deck.gl's (src/map/deck.ts). */
const BEFORE_ARCS = /^deck-[\w-]+\.js$/;

/** The JS reachable before the first arcs in a built app, as [file, bytes, gzip bytes], entry first. */
export function initialChunks(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)
  ].map((m) => path.join(dist, m[1].replace(/^\.?\//, '')));
  const seen = new Set();
  const out = [];
  const visit = (file) => {
    if (seen.has(file) || !fs.existsSync(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file);
    out.push([path.relative(dist, file), code.length, zlib.gzipSync(code, { level: 9 }).length]);
    // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`.
    for (const m of code.toString('utf8').matchAll(/(?:^|[;}\s])import(?:[^("'`]*?from)?\s*["'](\.\/[^"']+\.js)["']/g))
      visit(path.join(path.dirname(file), m[1]));
  };
  entries.forEach(visit);
  const assets = path.join(dist, 'assets');
  const lazy = fs.readdirSync(assets).filter((f) => BEFORE_ARCS.test(f));
  // A renamed deck.gl module must not quietly drop its chunk from the count.
  if (lazy.length !== 1)
    throw new Error(`expected one chunk matching ${BEFORE_ARCS} in ${assets}, found ${lazy.length}`);
  lazy.forEach((f) => visit(path.join(assets, f)));
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname;
if (isMain) {
  const args = process.argv.slice(2);
  const budgetAt = args.indexOf('--budget-kib');
  const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : null;
  const dist = args.find((a, i) => !a.startsWith('--') && (budgetAt < 0 || i !== budgetAt + 1)) ?? 'dist';
  const chunks = initialChunks(dist);
  const kib = (n) => (n / 1024).toFixed(1).padStart(8);
  for (const [file, raw, gz] of chunks) console.log(`${kib(raw)} KiB  ${kib(gz)} KiB gzip  ${file}`);
  const total = chunks.reduce((s, c) => s + c[2], 0);
  console.log(`initial JS: ${(total / 1024).toFixed(1)} KiB gzip in ${chunks.length} chunks`);
  if (budget !== null && total / 1024 > budget) {
    console.error(`over budget: ${(total / 1024).toFixed(1)} KiB > ${budget} KiB gzip`);
    process.exit(1);
  }
}
