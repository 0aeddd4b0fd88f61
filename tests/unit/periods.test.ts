// What a figure's period means in months.
import { describe, it, expect } from 'vitest';
import { isPartOfYear, monthsCovered } from '../../src/model/periods';
import { PERIOD_RE } from '../../src/data/schema';

describe('monthsCovered', () => {
  it.each([
    ['year', 12],
    ['H1', 6],
    ['H2', 6],
    ['Q1', 3],
    ['Q4', 3],
    ['Jan–Feb', 2],
    ['Jan–May', 5],
    ['Jan–Jul', 7],
    ['Jan–Sep', 9],
    ['Jan–Oct', 10],
    ['Jan–Nov', 11]
  ] as const)('%s covers %d months', (period, months) => {
    expect(monthsCovered(period)).toBe(months);
  });
  it.each([
    'cumulative',
    'target',
    'day',
    '2005–2025',
    '2019–2020',
    'Q5',
    'H3',
    'Jan-Oct',
    'Jan–Dec',
    'Jan–Jan',
    'jan–oct',
    'Feb–Oct',
    'Jan–October',
    '',
    'YEAR'
  ])('%s is not one year’s part: null', (period) => {
    expect(monthsCovered(period)).toBeNull();
  });
  it('every Jan–<month> period the schema accepts has a month count that grows month by month', () => {
    const months = ['Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov'];
    months.forEach((m, i) => {
      const p = `Jan–${m}`;
      expect(PERIOD_RE.test(p)).toBe(true);
      expect(monthsCovered(p)).toBe(i + 2);
    });
  });
});

describe('isPartOfYear', () => {
  it('is true for halves, quarters and year-to-date periods', () => {
    for (const p of ['H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', 'Jan–Feb', 'Jan–Nov']) expect(isPartOfYear(p), p).toBe(true);
  });
  it('is false for the full year and for totals that are not a part of one year', () => {
    for (const p of ['year', 'cumulative', 'target', 'day', '2019–2020', 'nonsense'])
      expect(isPartOfYear(p), p).toBe(false);
  });
});
