// Queries over the figures table: series for an entity, and groups where sources disagree.
import type { Figure } from '../data/schema';

/** Lower and upper bound of a figure: a single value gives a zero-width band. */
export function bounds(f: Figure): [number, number] {
  if (f.value !== null) return [f.value, f.value];
  return [f.value_min ?? 0, f.value_max ?? 0];
}

/** Key of "the same thing": one measure, year and period (a measure fixes what, where, whose count and unit). */
export const sameThingKey = (f: Figure) => `${f.measure}|${f.year ?? ''}|${f.period}`;

export interface ConflictGroup {
  key: string;
  figures: Figure[];
  /** Distinct bands given by the sources, in ascending order. */
  values: [number, number][];
}

/**
 * Groups figures that describe the same thing but give different numbers. Statuses are compared within kind:
 * a plan and an actual for the same year are not a conflict (they answer different questions); capacity likewise.
 */
export function conflictGroups(figures: readonly Figure[]): ConflictGroup[] {
  const kind = (f: Figure) =>
    f.status === 'plan' || f.status === 'forecast' ? 'expect' : f.status === 'capacity' ? 'capacity' : 'outturn';
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.year === null || f.status === 'derived') continue;
    const k = `${sameThingKey(f)}|${kind(f)}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: ConflictGroup[] = [];
  for (const [key, fs] of groups) {
    const distinct = new Map<string, [number, number]>();
    for (const f of fs) {
      const b = bounds(f);
      distinct.set(b.join('|'), b);
    }
    if (distinct.size > 1) out.push({ key, figures: fs, values: [...distinct.values()].sort((a, b) => a[0] - b[0]) });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Ids of figures that belong to a conflict group, for flagging rows in tables. */
export function conflictIds(figures: readonly Figure[]): Map<string, ConflictGroup> {
  const m = new Map<string, ConflictGroup>();
  for (const g of conflictGroups(figures)) for (const f of g.figures) m.set(f.id, g);
  return m;
}
