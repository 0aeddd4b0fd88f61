// Which documented figures the map draws for a flow in a year, and that it never invents one.
import { describe, it, expect } from 'vitest';
import type { Figure } from '../../src/data/schema';
import { flowFigures, flowYearValue, yearsWithFlowData } from '../../src/model/flowYear';
import { figure, flow, rangeFigure } from './fixtures';

const F = flow();
/** The value drawn for F in `year` when the dataset holds `figs` (filtered exactly as the app does). */
const drawn = (figs: Figure[], year = 2024) => flowYearValue(F, year, flowFigures(F, figs));

describe('tier order', () => {
  const actual = figure({ value: 4_000_000, status: 'actual' });
  const estimate = figure({ value: 4_100_000, status: 'estimate' });
  const derived = figure({ value: 3_900_000, status: 'derived', scope: '1 + 2' });
  const plan = figure({ value: 5_000_000, status: 'plan' });
  const forecast = figure({ value: 4_800_000, status: 'forecast' });
  const partial = figure({ value: 3_000_000, status: 'partial', period: 'Jan–Oct' });

  it('a full-year actual beats estimate, derived, plan and partial', () => {
    const v = drawn([partial, plan, derived, estimate, actual]);
    expect(v).toMatchObject({
      drawn: 'actual',
      min: 4_000_000,
      max: 4_000_000,
      period: 'year',
      conflict: false,
      flowId: F.id,
      year: 2024
    });
    expect(v?.figures.map((f) => f.id)).toEqual([actual.id]);
  });
  it('an estimate is drawn as an estimate, never as an actual, and never banded with one', () => {
    expect(drawn([plan, estimate])).toMatchObject({ drawn: 'estimate', min: 4_100_000, max: 4_100_000 });
    expect(drawn([estimate, actual])).toMatchObject({ drawn: 'actual', min: 4_000_000, max: 4_000_000 });
  });
  it('an estimate beats derived; derived beats partial, forecast and plan', () => {
    expect(drawn([derived, estimate])?.drawn).toBe('estimate');
    const v = drawn([partial, plan, forecast, derived]);
    expect(v?.drawn).toBe('derived');
    expect(v?.min).toBe(3_900_000);
  });
  it('a reported part of the year beats a plan or forecast for the whole year', () => {
    expect(drawn([partial, plan, forecast])).toMatchObject({ drawn: 'partial', period: 'Jan–Oct', min: 3_000_000 });
  });
  it('a forecast beats a plan; plan and forecast keep their own status', () => {
    expect(drawn([plan, forecast])).toMatchObject({ drawn: 'forecast', min: 4_800_000, max: 4_800_000 });
    expect(drawn([plan])).toMatchObject({ drawn: 'plan', min: 5_000_000, max: 5_000_000 });
  });
  it('a partial alone is drawn as partial with its period', () => {
    expect(drawn([partial])).toMatchObject({ drawn: 'partial', period: 'Jan–Oct', min: 3_000_000, max: 3_000_000 });
  });
  it('a part-year figure with status actual is partial; derived or estimate keep their status and period', () => {
    expect(drawn([figure({ status: 'actual', period: 'H1', value: 2e6 })])?.drawn).toBe('partial');
    expect(drawn([figure({ status: 'derived', period: 'Jan–Oct', value: 2e6, scope: '3 − 1' })])).toMatchObject({
      drawn: 'derived',
      period: 'Jan–Oct'
    });
    expect(drawn([figure({ status: 'estimate', period: 'H1', value: 2e6 })])).toMatchObject({
      drawn: 'estimate',
      period: 'H1'
    });
  });
  it('among part-year figures of the same period, a reported one beats an estimate and a derived one', () => {
    const rep = figure({ status: 'partial', period: 'H1', value: 2e6 });
    const est = figure({ status: 'estimate', period: 'H1', value: 2.2e6 });
    const der = figure({ status: 'derived', period: 'H1', value: 2.4e6, scope: '1 + 1' });
    expect(drawn([der, est, rep])).toMatchObject({ drawn: 'partial', min: 2e6, max: 2e6, conflict: false });
    expect(drawn([der, est])).toMatchObject({ drawn: 'estimate', min: 2.2e6 });
  });
  it('a part-year plan is never drawn, and does not hide a shorter reported period', () => {
    expect(drawn([figure({ status: 'plan', period: 'H1', value: 2e6 })])).toBeNull();
    expect(drawn([figure({ status: 'forecast', period: 'Q1', value: 2e6 })])).toBeNull();
    const q1 = figure({ status: 'partial', period: 'Q1', value: 1e6 });
    expect(drawn([figure({ status: 'plan', period: 'H1', value: 2e6 }), q1])).toMatchObject({
      drawn: 'partial',
      period: 'Q1'
    });
  });
});

describe('partial periods', () => {
  it('the longest period wins: Jan–Oct over H1, whatever the order', () => {
    const h1 = figure({ status: 'partial', period: 'H1', value: 1_800_000 });
    const oct = figure({ status: 'partial', period: 'Jan–Oct', value: 3_100_000 });
    for (const figs of [
      [h1, oct],
      [oct, h1]
    ]) {
      const v = drawn(figs);
      expect(v).toMatchObject({ drawn: 'partial', period: 'Jan–Oct', min: 3_100_000, max: 3_100_000, conflict: false });
      expect(v?.figures).toEqual([oct]);
    }
  });
  it('Jan–Nov beats Jan–Oct beats Q1', () => {
    const q1 = figure({ status: 'partial', period: 'Q1', value: 1e6 });
    const oct = figure({ status: 'partial', period: 'Jan–Oct', value: 3e6 });
    const nov = figure({ status: 'partial', period: 'Jan–Nov', value: 4e6 });
    expect(drawn([q1, nov, oct])?.period).toBe('Jan–Nov');
    expect(drawn([q1, oct])?.period).toBe('Jan–Oct');
  });
  it('two sources disagreeing on the same partial period are a conflict', () => {
    const a = figure({ status: 'partial', period: 'Jan–Sep', value: 1_840_000 });
    const b = figure({ status: 'partial', period: 'Jan–Sep', value: 1_084_000, source: 'src-b' });
    expect(drawn([a, b])).toMatchObject({ drawn: 'partial', min: 1_084_000, max: 1_840_000, conflict: true });
  });
});

describe('bands', () => {
  it('a range is drawn as its band, not as a midpoint', () => {
    const v = drawn([rangeFigure(1_400_000, 1_500_000)]);
    expect(v).toMatchObject({ min: 1_400_000, max: 1_500_000, conflict: false });
  });
  it('two sources giving the same range agree', () => {
    const v = drawn([rangeFigure(1_400_000, 1_500_000), rangeFigure(1_400_000, 1_500_000, { source: 'src-b' })]);
    expect(v).toMatchObject({ min: 1_400_000, max: 1_500_000, conflict: false });
    expect(v?.figures).toHaveLength(2);
  });
  it('agreeing sources are not a conflict', () => {
    const v = drawn([figure({ value: 2_800_000 }), figure({ value: 2_800_000, source: 'src-b' })]);
    expect(v).toMatchObject({ min: 2_800_000, max: 2_800_000, conflict: false });
  });
  it('disagreeing sources give conflict=true and a band from the lowest to the highest', () => {
    const v = drawn([
      figure({ value: 2_764_000 }),
      figure({ value: 2_700_000, source: 'src-b' }),
      figure({ value: 2_800_000, source: 'src-c' })
    ]);
    expect(v).toMatchObject({ drawn: 'actual', min: 2_700_000, max: 2_800_000, conflict: true });
    expect(v?.figures).toHaveLength(3);
  });
  it('a range and a single value disagreeing span both', () => {
    const v = drawn([rangeFigure(1_500_000, 2_000_000), figure({ value: 1_300_000, source: 'src-b' })]);
    expect(v).toMatchObject({ min: 1_300_000, max: 2_000_000, conflict: true });
    // 1.45 million written to two digits may be 1.5 million: within the range's rounding, not a disagreement.
    expect(drawn([rangeFigure(1_500_000, 2_000_000), figure({ value: 1_450_000 })])?.conflict).toBe(false);
  });
});

describe('rows that are never drawn', () => {
  it.each([
    ['capacity', { status: 'capacity' }],
    ['cumulative', { period: 'cumulative' }],
    ['target', { period: 'target', status: 'plan' }],
    ['daily rate', { period: 'day' }],
    ['multi-year span', { period: '2019–2024' }],
    ['another entity', { entity: 'aktau' }],
    ['another metric', { metric: 'oil' }],
    ['another unit', { unit: 'TEU' }],
    ['no year', { year: null }]
  ] as const)('%s', (_name, over) => {
    const f = figure({ value: 9e6, ...over });
    expect(flowFigures(F, [f])).toEqual([]);
    expect(drawn([f])).toBeNull();
  });
  it('a capacity row passed straight to flowYearValue is still not drawn', () => {
    const cap = figure({ value: 9e6, status: 'capacity' });
    const cum = figure({ value: 9e6, period: 'cumulative' });
    expect(flowYearValue(F, 2024, [cap, cum])).toBeNull();
  });
  it('a capacity row beside an actual does not widen the band', () => {
    const v = drawn([figure({ value: 4e6 }), figure({ value: 9e6, status: 'capacity' })]);
    expect(v).toMatchObject({ min: 4e6, max: 4e6, conflict: false });
  });
});

describe('years', () => {
  it('a year with no figure gives null, never an interpolation', () => {
    const figs = [figure({ year: 2022, value: 1e6 }), figure({ year: 2024, value: 3e6 })];
    expect(drawn(figs, 2022)?.min).toBe(1e6);
    expect(drawn(figs, 2023)).toBeNull();
    expect(drawn(figs, 2024)?.min).toBe(3e6);
  });
  it('yearsWithFlowData lists ascending, distinct years with a drawable figure of any flow', () => {
    const oil = flow({ id: 'oil', measure: 'kz_oil_btc.oil' });
    const figs = [
      figure({ year: 2024 }),
      figure({ year: 2019 }),
      figure({ year: 2024, source: 'src-b' }),
      figure({ year: 2021, period: 'H1', status: 'partial' }),
      figure({ year: 2030, status: 'forecast' }),
      figure({ year: 2010, status: 'capacity' }),
      figure({ year: 2011, period: 'cumulative' }),
      figure({ year: 2012, entity: 'unrelated' }),
      figure({ year: 2020, entity: 'kz_oil_btc', metric: 'oil' })
    ];
    expect(yearsWithFlowData([F, oil], figs)).toEqual([2019, 2020, 2021, 2024, 2030]);
    expect(yearsWithFlowData([], figs)).toEqual([]);
  });
});
