// Queries over the figures table: series for an entity, and groups where sources disagree.
import type { Figure } from '../data/schema';

/** Lower and upper bound of a figure: a single value gives a zero-width band. */
export function bounds(f: Figure): [number, number] {
  if (f.value !== null) return [f.value, f.value];
  return [f.value_min ?? 0, f.value_max ?? 0];
}

/**
 * Half of the last stated digit's place: 3 800 000 was written "3.8 million", so it stands for 3.75–3.85 million.
 * At least two significant digits are assumed ("2 million" is read as 1.95–2.05 million, not 1.5–2.5), so a round
 * number never hides a real disagreement.
 */
export function roundingHalfStep(v: number): number {
  if (!Number.isFinite(v) || v === 0) return 0;
  let step = 1;
  let n = Math.abs(v);
  // Whole numbers: count the trailing zeros; fractions: the decimals as stored.
  if (Number.isInteger(n)) {
    while (n % 10 === 0 && n > 0) {
      n /= 10;
      step *= 10;
    }
    const twoDigits = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 1);
    return Math.max(1, Math.min(step, twoDigits)) / 2;
  }
  const decimals = (String(n).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals;
}

/**
 * The interval of true values a figure is consistent with, as written: a rounded value covers its rounding step,
 * "more than" / "less than" / "up to" open a side, a range covers its ends (each with its rounding).
 */
export function statedInterval(f: Figure): [number, number] {
  const [lo, hi] = bounds(f);
  const a = lo - roundingHalfStep(lo);
  const b = hi + roundingHalfStep(hi);
  switch (f.qualifier) {
    case 'more_than':
      return [lo, Infinity];
    case 'less_than':
      return [-Infinity, hi];
    case 'up_to':
      return [Math.min(0, a), b];
    default:
      return [a, b];
  }
}

/**
 * True when two figures cannot both be right: their stated intervals do not overlap (half-open, so 2.7 and 2.8 — each
 * rounded to a tenth — still disagree, while 3.8 and 3.785, or "more than 6.3" and 6.314, agree).
 */
export function disagree(x: Figure, y: Figure): boolean {
  const [a0, a1] = statedInterval(x);
  const [b0, b1] = statedInterval(y);
  return !(a0 < b1 && b0 < a1) && !(bounds(x).join() === bounds(y).join());
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
 * Groups figures that describe the same thing but give numbers that cannot both be right (values that agree within the
 * rounding they were written with are not a conflict). Statuses are compared within kind:
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
    if (!fs.some((f, i) => fs.slice(i + 1).some((g) => disagree(f, g)))) continue;
    const distinct = new Map<string, [number, number]>();
    for (const f of fs) {
      const b = bounds(f);
      distinct.set(b.join('|'), b);
    }
    out.push({ key, figures: fs, values: [...distinct.values()].sort((a, b) => a[0] - b[0]) });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Ids of figures that belong to a conflict group, for flagging rows in tables. */
export function conflictIds(figures: readonly Figure[]): Map<string, ConflictGroup> {
  const m = new Map<string, ConflictGroup>();
  for (const g of conflictGroups(figures)) for (const f of g.figures) m.set(f.id, g);
  return m;
}
