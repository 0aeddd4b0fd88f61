// What the reader has opened: a place (port or terminal), a line (pipeline, railway, sea lane), a drawn flow or a
// corridor-wide total (corridor_measures.json).
// One typed value everywhere; its text form (`place:aktau`) exists only for DOM attributes and keys, made here.

export type SelectionKind = 'place' | 'line' | 'flow' | 'corridor';

/** A selection names one map item by its id in geodata/ (places.geojson, the line files, flows.json,
 * corridor_measures.json). */
export type Selection = { kind: SelectionKind; id: string };

const KINDS: readonly string[] = ['place', 'line', 'flow', 'corridor'] satisfies SelectionKind[];
const isKind = (k: string): k is SelectionKind => KINDS.includes(k);

export const place = (id: string): Selection => ({ kind: 'place', id });
export const line = (id: string): Selection => ({ kind: 'line', id });
export const flow = (id: string): Selection => ({ kind: 'flow', id });
export const corridor = (id: string): Selection => ({ kind: 'corridor', id });

/** `place:aktau` → `{ kind: 'place', id: 'aktau' }`; anything else → null. */
export function parseSelection(text: string): Selection | null {
  const i = text.indexOf(':');
  const kind = text.slice(0, i);
  const id = text.slice(i + 1);
  if (i < 0 || !id || !isKind(kind)) return null;
  return { kind, id };
}

/** The text form, `place:aktau`: for `data-select` attributes and each-block keys. */
export const formatSelection = (s: Selection): string => `${s.kind}:${s.id}`;

export const sameSelection = (a: Selection | null, b: Selection | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);

/** The id of the selected flow, or null when the selection is not a flow. */
export const selectedFlowId = (s: Selection | null): string | null => (s?.kind === 'flow' ? s.id : null);
