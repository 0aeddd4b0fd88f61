// Tonnes → pixels: linear, with a visible minimum, and round legend values.
import { describe, it, expect } from 'vitest';
import { makeWidthScale, referenceTonnes, widthPx } from '../../src/model/scale';

describe('widthPx', () => {
  const s = makeWidthScale(10_000_000, 20, 1.5);

  it('is linear: twice the tonnes, twice the width', () => {
    expect(widthPx(s, 10_000_000)).toBe(20);
    expect(widthPx(s, 5_000_000)).toBe(10);
    expect(widthPx(s, 2_500_000)).toBe(5);
    expect(widthPx(s, 4_000_000) / widthPx(s, 2_000_000)).toBeCloseTo(2, 12);
  });
  it('never draws a documented flow thinner than the minimum', () => {
    expect(widthPx(s, 1)).toBe(1.5);
    expect(widthPx(s, 100_000)).toBe(1.5); // 0.2 px by proportion
    expect(widthPx(s, 750_000)).toBe(1.5); // exactly the minimum
    expect(widthPx(s, 800_000)).toBeCloseTo(1.6, 12);
  });
  it('zero, negative and non-numbers are not drawn at all', () => {
    for (const t of [0, -5, -1e6, NaN]) expect(widthPx(s, t)).toBe(0);
  });
  it('uses the documented defaults', () => {
    const d = makeWidthScale(4_000_000);
    expect(d).toEqual({ maxTonnes: 4_000_000, maxPx: 26, minPx: 1.5 });
    expect(widthPx(d, 4_000_000)).toBe(26);
  });
  it('a scale with no positive maximum still gives finite widths', () => {
    for (const max of [0, -3, NaN]) {
      const z = makeWidthScale(max);
      expect(z.maxTonnes).toBe(1);
      expect(Number.isFinite(widthPx(z, 1))).toBe(true);
    }
  });
});

describe('referenceTonnes', () => {
  const cases = [
    0.5e6, 0.9e6, 1e6, 1.5e6, 1.8e6, 2.3e6, 3.4e6, 4.484e6, 7e6, 10e6, 11e6, 17.5e6, 36e6, 80e6, 160e6, 400e6
  ];
  it.each(cases)('max %d t: up to three increasing round values, none above the maximum', (max) => {
    const refs = referenceTonnes(makeWidthScale(max));
    expect(refs.length).toBeGreaterThanOrEqual(1);
    expect(refs.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < refs.length; i++) expect(refs[i]).toBeGreaterThan(refs[i - 1] as number);
    for (const r of refs) {
      expect(r).toBeLessThanOrEqual(max);
      expect(r).toBeGreaterThan(0);
      expect(Number.isInteger(r)).toBe(true);
      // Round: a multiple of 125 kt (0.25 Mt halves) at the smallest.
      expect(r % 125_000).toBe(0);
    }
  });
  it('gives at least two values once the maximum reaches 0.5 Mt', () => {
    for (const max of cases) expect(referenceTonnes(makeWidthScale(max)).length, String(max)).toBeGreaterThanOrEqual(2);
  });
  it('no flow figure (figures.csv lost): no reference width', () => {
    expect(referenceTonnes(makeWidthScale(0))).toEqual([]);
  });
  it('picks the expected steps for typical maxima', () => {
    expect(referenceTonnes(makeWidthScale(4_484_000))).toEqual([2e6, 4e6]);
    expect(referenceTonnes(makeWidthScale(10e6))).toEqual([5e6, 10e6]);
    expect(referenceTonnes(makeWidthScale(1e6))).toEqual([0.5e6, 1e6]);
    expect(referenceTonnes(makeWidthScale(3e6))).toEqual([1e6, 2e6, 3e6]);
    // Only one multiple of the step fits: its half is added so the legend still compares two widths.
    expect(referenceTonnes(makeWidthScale(1.8e6))).toEqual([0.5e6, 1e6]);
  });
  it('below 0.5 Mt it may give fewer values, but never one above the maximum', () => {
    for (const max of [1, 100_000, 200_000, 300_000, 450_000]) {
      const refs = referenceTonnes(makeWidthScale(max));
      expect(refs.length).toBeLessThanOrEqual(3);
      for (const r of refs) expect(r).toBeLessThanOrEqual(max);
    }
  });
  it('reference widths grow with the values on the same scale', () => {
    const s = makeWidthScale(11e6);
    const widths = referenceTonnes(s).map((t) => widthPx(s, t));
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeGreaterThan(widths[i - 1] as number);
  });
});

describe('referenceTonnes for small flows', () => {
  it('still gives two or three legend widths when the largest flow is under 0.5 Mt', () => {
    for (const max of [30_000, 120_000, 400_000]) {
      const refs = referenceTonnes(makeWidthScale(max));
      expect(refs.length).toBeGreaterThanOrEqual(2);
      expect(Math.max(...refs)).toBeLessThanOrEqual(max);
    }
  });
});
