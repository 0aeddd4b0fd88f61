// Every status looks like what it is: the style table gives each status its own look, part-year values are paler,
// and labels name the status and the period.
import { describe, expect, it } from 'vitest';
import { DRAWN_STATUSES, type DrawnStatus } from '../../src/model/flowYear';
import {
  drawnLabel,
  drawnStyle,
  PART_YEAR_OPACITY,
  PATTERN_CODE,
  STATUS_STYLE,
  type StatusStyle
} from '../../src/model/statusStyle';
import { STATUS_WORD } from '../../src/model/i18n';

const look = (s: StatusStyle) => `${s.pattern}|${s.opacity}|${s.hollow}`;

describe('STATUS_STYLE', () => {
  it('gives every drawn status a style', () => {
    expect(Object.keys(STATUS_STYLE).sort()).toEqual([...DRAWN_STATUSES].sort());
  });
  it('draws actual, part-year, estimate, derived and plan/forecast each in a look of its own', () => {
    const groups: DrawnStatus[][] = [['actual'], ['partial'], ['estimate'], ['derived'], ['plan', 'forecast']];
    const looks = groups.map((g) => new Set(g.map((s) => look(STATUS_STYLE[s]))));
    // One look within a group, a different look between any two groups.
    for (const l of looks) expect(l.size).toBe(1);
    expect(new Set(looks.map((l) => [...l][0])).size).toBe(groups.length);
  });
  it('plan and forecast share dashes and no fill, but say which they are', () => {
    expect(STATUS_WORD.en.plan).toBe('plan');
    expect(STATUS_WORD.en.forecast).toBe('forecast');
    expect(STATUS_WORD.ru.plan).not.toBe(STATUS_WORD.ru.forecast);
    for (const s of ['plan', 'forecast'] as const)
      expect(STATUS_STYLE[s]).toMatchObject({ pattern: 'dashes', hollow: true });
  });
  it('never draws an estimate or a derived value in the solid style of an actual, nor derived like part-year', () => {
    expect(STATUS_STYLE.estimate.pattern).not.toBe('solid');
    expect(STATUS_STYLE.derived.pattern).not.toBe('solid');
    expect(look(STATUS_STYLE.derived)).not.toBe(look(STATUS_STYLE.partial));
    expect(STATUS_STYLE.actual).toMatchObject({ pattern: 'solid', opacity: 1, hollow: false });
    expect(STATUS_STYLE.partial.opacity).toBeLessThan(1);
  });
  it('pattern codes are distinct (the shaders read them)', () => {
    expect(new Set(Object.values(PATTERN_CODE)).size).toBe(Object.keys(PATTERN_CODE).length);
  });
});

describe('drawnStyle', () => {
  it('an estimate, derived value, or forecast for part of a year keeps its pattern and is paler', () => {
    for (const s of ['estimate', 'derived', 'forecast'] as const) {
      const full = drawnStyle({ drawn: s, period: 'year' });
      const part = drawnStyle({ drawn: s, period: 'Jan–Oct' });
      expect(part.pattern).toBe(full.pattern);
      expect(part.opacity).toBeCloseTo(full.opacity * PART_YEAR_OPACITY, 12);
    }
  });
  it('a part-year outturn is paler once, not twice', () => {
    expect(drawnStyle({ drawn: 'partial', period: 'H1' }).opacity).toBe(PART_YEAR_OPACITY);
  });
});

describe('drawnLabel', () => {
  const v = (drawn: DrawnStatus, period = 'year', min = 1.5e6, max = min) => ({ drawn, period, min, max });
  it.each([
    [v('actual'), '1.5 Mt', '1,5 млн т'],
    [v('actual', 'year', 1.4e6, 1.5e6), '1.4–1.5 Mt', '1,4–1,5 млн т'],
    [v('partial', 'Jan–Jul', 840_000), '840 kt · Jan–Jul', '840 тыс. т · янв–июл'],
    [v('estimate'), 'estimate 1.5 Mt', 'оценка 1,5 млн т'],
    [v('derived', 'Jan–Oct', 1.57e6), 'derived 1.57 Mt · Jan–Oct', 'расчёт 1,57 млн т · янв–окт'],
    [v('plan'), 'plan 1.5 Mt', 'план 1,5 млн т'],
    [v('forecast'), 'forecast 1.5 Mt', 'прогноз 1,5 млн т']
  ])('%o', (value, en, ru) => {
    expect(drawnLabel(value, 'en')).toBe(en);
    expect(drawnLabel(value, 'ru')).toBe(ru);
  });
});
