// Groups of figures where sources disagree about the same thing.
import { describe, it, expect } from 'vitest';
import { bounds, conflictGroups, conflictIds, sameThingKey, disagree, roundingHalfStep } from '../../src/model/figures';
import type { Figure } from '../../src/data/schema';
import { figure, rangeFigure } from './fixtures';
import { loadRealDataset } from './helpers';

describe('bounds and keys', () => {
  it('a single value is a zero-width band; a range is its ends', () => {
    expect(bounds(figure({ value: 5 }))).toEqual([5, 5]);
    expect(bounds(rangeFigure(1, 2))).toEqual([1, 2]);
  });
  it('the key names measure, year and period', () => {
    expect(sameThingKey(figure({ entity: 'aktau', metric: 'oil', year: 2020, period: 'Q1', unit: 't' }))).toBe(
      'aktau.oil|2020|Q1'
    );
    expect(sameThingKey(figure({ year: null, period: 'cumulative' }))).toBe('titr.cargo||cumulative');
  });
});

describe('conflictGroups', () => {
  it('a plan and an actual for the same year are not a conflict', () => {
    const figs = [figure({ status: 'plan', value: 3_200_000 }), figure({ status: 'actual', value: 1_485_000 })];
    expect(conflictGroups(figs)).toEqual([]);
  });
  it('a forecast and an actual are not a conflict; a capacity and an actual neither', () => {
    expect(conflictGroups([figure({ status: 'forecast', value: 4.2e6 }), figure({ value: 4.5e6 })])).toEqual([]);
    expect(conflictGroups([figure({ status: 'capacity', value: 10e6 }), figure({ value: 4.5e6 })])).toEqual([]);
  });
  it('two actual values that differ are a conflict, with both bands in ascending order', () => {
    const a = figure({ value: 840_000, year: 2021 });
    const b = figure({ value: 586_000, year: 2021, source: 'src-b' });
    const groups = conflictGroups([a, b]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.figures).toEqual([a, b]);
    expect(groups[0]?.values).toEqual([
      [586_000, 586_000],
      [840_000, 840_000]
    ]);
    expect(groups[0]?.key).toBe('titr.cargo|2021|year|outturn');
  });
  it('an actual and an estimate are compared as outturns', () => {
    expect(conflictGroups([figure({ value: 1 }), figure({ value: 2, status: 'estimate' })])).toHaveLength(1);
  });
  it('two plans that differ are a conflict among expectations', () => {
    const g = conflictGroups([figure({ status: 'plan', value: 1.5e6 }), figure({ status: 'forecast', value: 2e6 })]);
    expect(g).toHaveLength(1);
    expect(g[0]?.key.endsWith('|expect')).toBe(true);
  });
  it('agreeing sources are not a conflict; identical values are listed once', () => {
    expect(
      conflictGroups([figure({ value: 1_057_000 }), figure({ value: 1_057_000 }), figure({ value: 1_057_000 })])
    ).toEqual([]);
    const g = conflictGroups([figure({ value: 1 }), figure({ value: 1 }), figure({ value: 2 })]);
    expect(g[0]?.values).toEqual([
      [1, 1],
      [2, 2]
    ]);
    expect(g[0]?.figures).toHaveLength(3);
  });
  it('a single value inside a range agrees with it; one outside does not', () => {
    expect(conflictGroups([rangeFigure(1.4e6, 1.5e6), figure({ value: 1.45e6 })])).toEqual([]);
    expect(conflictGroups([rangeFigure(1.4e6, 1.5e6), figure({ value: 1.7e6 })])).toHaveLength(1);
    expect(conflictGroups([rangeFigure(1.4e6, 1.5e6), rangeFigure(1.4e6, 1.5e6)])).toEqual([]);
  });
  it('derived figures are excluded', () => {
    expect(conflictGroups([figure({ value: 1e6 }), figure({ value: 2e6, status: 'derived', scope: 'a − b' })])).toEqual(
      []
    );
  });
  it('figures without a year are excluded', () => {
    expect(
      conflictGroups([
        figure({ year: null, period: 'cumulative', value: 1 }),
        figure({ year: null, period: 'cumulative', value: 2 })
      ])
    ).toEqual([]);
  });
  it('different years, periods, units, metrics or entities never conflict', () => {
    const base = { value: 1 } as const;
    for (const over of [{ year: 2023 }, { period: 'H1' }, { unit: 'TEU' }, { metric: 'oil' }, { entity: 'aktau' }]) {
      expect(conflictGroups([figure(base), figure({ value: 2, ...over })]), JSON.stringify(over)).toEqual([]);
    }
  });
  it('groups come out sorted by key', () => {
    const g = conflictGroups([
      figure({ year: 2024, value: 1 }),
      figure({ year: 2024, value: 2 }),
      figure({ entity: 'aktau', year: 2019, value: 1 }),
      figure({ entity: 'aktau', year: 2019, value: 2 })
    ]);
    expect(g.map((x) => x.key)).toEqual(['aktau.cargo|2019|year|outturn', 'titr.cargo|2024|year|outturn']);
  });
  it('conflictIds maps every member of a group to its group', () => {
    const a = figure({ value: 1 });
    const b = figure({ value: 2 });
    const c = figure({ value: 3, year: 2020 });
    const m = conflictIds([a, b, c]);
    expect([...m.keys()].sort()).toEqual([a.id, b.id].sort());
    expect(m.get(a.id)).toBe(m.get(b.id));
  });
});

describe('conflictGroups over the real dataset', () => {
  const data = loadRealDataset();
  const groups = conflictGroups(data.figures);
  it('every group really holds at least two distinct bands of one kind', () => {
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) {
      expect(g.values.length).toBeGreaterThanOrEqual(2);
      expect(new Set(g.figures.map(sameThingKey)).size).toBe(1);
      expect(g.figures.some((f) => f.status === 'derived')).toBe(false);
      expect(g.figures.every((f) => f.year !== null)).toBe(true);
      const kinds = new Set(
        g.figures.map((f) =>
          f.status === 'plan' || f.status === 'forecast' ? 'expect' : f.status === 'capacity' ? 'capacity' : 'outturn'
        )
      );
      expect(kinds.size).toBe(1);
    }
  });
  it('no two figures outside a group disagree about the same thing', () => {
    const inGroup = conflictIds(data.figures);
    const byKey = new Map<string, Figure[]>();
    for (const f of data.figures) {
      if (f.year === null || f.status === 'derived' || inGroup.has(f.id)) continue;
      const k = `${sameThingKey(f)}|${f.status === 'plan' || f.status === 'forecast' ? 'e' : f.status === 'capacity' ? 'c' : 'o'}`;
      for (const g of byKey.get(k) ?? []) expect(disagree(f, g), `${f.id} vs ${g.id}`).toBe(false);
      byKey.set(k, [...(byKey.get(k) ?? []), f]);
    }
  });
});

describe('rounding: values that agree as written are not a conflict', () => {
  it('knows the rounding step a value was written with', () => {
    expect(roundingHalfStep(3_800_000)).toBe(50_000);
    expect(roundingHalfStep(3_785_000)).toBe(500);
    expect(roundingHalfStep(1_610_000)).toBe(5_000);
    expect(roundingHalfStep(2_000_000)).toBe(50_000);
    expect(roundingHalfStep(12)).toBe(0.5);
    expect(roundingHalfStep(2.5)).toBeCloseTo(0.05);
    expect(roundingHalfStep(0)).toBe(0);
  });
  it.each([
    ['3.8 vs 3.785 million', figure({ value: 3_800_000 }), figure({ value: 3_785_000 }), false],
    ['1.5 vs 1.485 million', figure({ value: 1_500_000 }), figure({ value: 1_485_000 }), false],
    [
      'more than 6.3 vs 6.314',
      figure({ value: 6_300_000, qualifier: 'more_than' }),
      figure({ value: 6_314_000 }),
      false
    ],
    ['2.7 vs 2.8 million', figure({ value: 2_700_000 }), figure({ value: 2_800_000 }), true],
    ['1.392 vs 1.057 million', figure({ value: 1_392_000 }), figure({ value: 1_057_000 }), true],
    ['more than 6.3 vs 6.2', figure({ value: 6_300_000, qualifier: 'more_than' }), figure({ value: 6_200_000 }), true],
    ['range 1.4–1.5 vs 1.45', rangeFigure(1_400_000, 1_500_000), figure({ value: 1_450_000 }), false],
    ['range 1.4–1.5 vs 1.7', rangeFigure(1_400_000, 1_500_000), figure({ value: 1_700_000 }), true]
  ] as const)('%s → disagree %s', (_n, a, b, want) => {
    expect(disagree(a, b)).toBe(want);
    expect(disagree(b, a)).toBe(want);
    expect(conflictGroups([a, { ...b, id: 'other' }]).length).toBe(want ? 1 : 0);
  });
});
