// Heap snapshots over CDP and what grew between two of them, for the soak test's `--heap-diff` (scripts/soak.mjs).
// A snapshot's nodes are grouped by kind (JS objects, strings, compiled code, native) and by constructor; objects in
// the second snapshot whose ids are absent from the first are new and still alive, and the shortest retainer path from
// the GC roots of a few of them names what holds them. The files can also be loaded in DevTools (Memory, Comparison).
import fs from 'node:fs';

/** Takes a heap snapshot through a CDP session (HeapProfiler enabled) and writes it to `file`. */
export async function takeHeapSnapshot(cdp, file) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  fs.writeFileSync(file, chunks.join(''));
}

const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

/**
 * What a node counts as: V8's compiled code (bytecode, machine code, feedback and their metadata: what the JIT adds
 * as functions get hot), strings, native (DOM and Blink objects, mostly outside `Runtime.getHeapUsage`) or JS objects.
 */
function kindOf(type) {
  if (type === 'code') return 'compiled code';
  if (STRING_TYPES.has(type)) return 'strings';
  if (type === 'native') return 'native';
  return 'JS objects';
}

/** Reads a .heapsnapshot file into flat arrays with accessors. */
function parse(file) {
  const s = JSON.parse(fs.readFileSync(file, 'utf8'));
  const meta = s.snapshot.meta;
  const N = meta.node_fields.length;
  const E = meta.edge_fields.length;
  const f = (name) => meta.node_fields.indexOf(name);
  const [iType, iName, iId, iSize, iEdges] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(f);
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((x) => meta.edge_fields.indexOf(x));
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const { nodes, edges, strings } = s;
  const count = nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += nodes[i * N + iEdges] * E;
  }
  firstEdge[count] = edges.length;
  const type = (i) => nodeTypes[nodes[i * N + iType]];
  const name = (i) => strings[nodes[i * N + iName]];
  return {
    count,
    type,
    id: (i) => nodes[i * N + iId],
    size: (i) => nodes[i * N + iSize],
    /** Constructor-like group: "Map", "(closure) render", "(compiled code)", "(string)". */
    group: (i) => {
      const t = type(i);
      if (t === 'object' || t === 'native') return name(i).slice(0, 90);
      if (t === 'closure') return `(closure) ${name(i).slice(0, 60)}`;
      return `(${t === 'code' ? 'compiled code' : t})`;
    },
    /** Outgoing edges of node i: [edge type, name or index, target node]. */
    *edgesOf(i) {
      for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += E) {
        const t = edgeTypes[edges[e + eType]];
        const n = edges[e + eName];
        yield [t, t === 'element' || t === 'hidden' ? n : strings[n], edges[e + eTo] / N];
      }
    }
  };
}

/** Sizes by kind and by group, and the set of node ids (to tell new objects later). */
function summarise(h) {
  const kinds = {};
  const groups = new Map();
  const ids = new Set();
  for (let i = 0; i < h.count; i++) {
    const k = kindOf(h.type(i));
    kinds[k] = (kinds[k] ?? 0) + h.size(i);
    const g = h.group(i);
    const x = groups.get(g) ?? { count: 0, size: 0 };
    x.count++;
    x.size += h.size(i);
    groups.set(g, x);
    ids.add(h.id(i));
  }
  return { kinds, groups, ids };
}

/** The start snapshot's summary, kept (without the snapshot itself) until the end one is taken. */
export function readHeapSummary(file) {
  return summarise(parse(file));
}

/** Shortest retainer path from the GC roots (node 0) to each node, skipping weak edges: parent node and edge name. */
function retainers(h) {
  const parent = new Int32Array(h.count).fill(-1);
  const via = new Array(h.count);
  const queue = new Int32Array(h.count);
  let head = 0;
  let tail = 0;
  parent[0] = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const n = queue[head++];
    for (const [t, name, to] of h.edgesOf(n)) {
      if (t === 'weak' || parent[to] !== -1) continue;
      parent[to] = n;
      via[to] = typeof name === 'number' ? `[${name}]` : `.${name}`;
      queue[tail++] = to;
    }
  }
  return (i) => {
    const steps = [];
    for (let n = i; n !== 0 && steps.length < 30; n = parent[n]) {
      if (parent[n] === -1) return '(not reachable from the roots)';
      steps.push(`${h.group(parent[n])}${via[n]}`);
    }
    return steps.reverse().join(' → ');
  };
}

/**
 * Compares the end snapshot with the start summary: growth by kind, the groups that grew most, and for the largest
 * groups of new objects (outside compiled code) the commonest retainer path of a sample of them.
 */
export function diffHeap(start, endFile, { top = 15, paths = 3 } = {}) {
  const h = parse(endFile);
  const end = summarise(h);
  const kinds = Object.keys({ ...start.kinds, ...end.kinds }).map((k) => ({
    kind: k,
    start: start.kinds[k] ?? 0,
    end: end.kinds[k] ?? 0
  }));
  const groups = [...new Set([...start.groups.keys(), ...end.groups.keys()])]
    .map((g) => {
      const a = start.groups.get(g) ?? { count: 0, size: 0 };
      const b = end.groups.get(g) ?? { count: 0, size: 0 };
      return { group: g, count: b.count, countDelta: b.count - a.count, sizeDelta: b.size - a.size };
    })
    .filter((g) => g.sizeDelta > 0)
    .sort((a, b) => b.sizeDelta - a.sizeDelta)
    .slice(0, top);
  // New objects that are still alive, by group (compiled code and native objects are left to the kinds above).
  const fresh = new Map();
  for (let i = 0; i < h.count; i++) {
    const k = kindOf(h.type(i));
    if (start.ids.has(h.id(i)) || k === 'compiled code' || k === 'native') continue;
    const g = h.group(i);
    const x = fresh.get(g) ?? { group: g, count: 0, size: 0, sample: [] };
    x.count++;
    x.size += h.size(i);
    if (x.sample.length < 100) x.sample.push(i);
    fresh.set(g, x);
  }
  const pathOf = retainers(h);
  const newObjects = [...fresh.values()]
    .sort((a, b) => b.size - a.size)
    .slice(0, paths)
    .map(({ group, count, size, sample }) => {
      const byPath = new Map();
      for (const i of sample) {
        const p = pathOf(i).replace(/\[\d+\]/g, '[n]');
        byPath.set(p, (byPath.get(p) ?? 0) + 1);
      }
      const [path, seen] = [...byPath].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      return { group, count, size, path, pathShare: `${seen}/${sample.length}` };
    });
  return { kinds, groups, newObjects };
}

/** The diff as lines of text for the console. */
export function formatHeapDiff(d) {
  const mb = (b) => (b / 2 ** 20).toFixed(2);
  const kb = (b) => `${b >= 0 ? '+' : ''}${(b / 1024).toFixed(1)} KiB`;
  const lines = ['heap snapshots, start → end (self sizes; "native" is mostly outside the heap figure above):'];
  for (const k of d.kinds)
    lines.push(
      `  ${k.kind.padEnd(14)} ${mb(k.start).padStart(7)} → ${mb(k.end).padStart(7)} MB  (${kb(k.end - k.start)})`
    );
  // Where the app's data lives, apart from the code V8 compiles (and optimises more of as functions get hot).
  const data = d.kinds.filter((k) => k.kind === 'JS objects' || k.kind === 'strings');
  const [a, b] = ['start', 'end'].map((w) => data.reduce((t, k) => t + k[w], 0));
  const pct = a ? ((b - a) / a) * 100 : 0;
  lines.push(`  JS objects and strings together: ${mb(a)} → ${mb(b)} MB (${pct >= 0 ? '+' : ''}${pct.toFixed(2)} %)`);
  lines.push('  groups that grew most:');
  for (const g of d.groups)
    lines.push(
      `    ${kb(g.sizeDelta).padStart(14)}  ${String(g.countDelta >= 0 ? `+${g.countDelta}` : g.countDelta).padStart(7)}` +
        ` (now ${g.count})  ${g.group}`
    );
  lines.push(
    '  new objects still alive at the end (outside compiled code; many take the place of freed ones, see the kinds' +
      ' above), commonest retainer path:'
  );
  for (const n of d.newObjects)
    lines.push(`    ${n.group}: ${n.count} new, ${(n.size / 1024).toFixed(1)} KiB; ${n.pathShare}: ${n.path}`);
  return lines;
}
