// The claims lint and the measures table: what a row claims must fit the words of its quote, and every row names one
// defined measure. These fail on the misreadings found in review (forecast as outturn, plan as actual, rate as total).
import { describe, expect, it } from 'vitest';
import { lintClaims } from '../../src/data/claimsLint';
import { MEASURE_ID_RE } from '../../src/data/schema';
import { figure } from './fixtures';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();

describe('claims lint', () => {
  it.each([
    ['forecast read as outturn', 'by the end of the year, the volume of cargo will increase to 1.5 million tons'],
    ['current rate read as a year total', 'the port at present processes 1.3 million tonnes of cargo per year'],
    ['contractual potential read as actual', 'contractual potential of 1.5-2 million tonnes in 2025'],
    ['running total', 'a total of 4 million tonnes of Kazakh oil has been shipped since 2023'],
    ['part of a year', 'in January–October 2024 the port handled 1.8 million tonnes'],
    ['ceiling', 'the port can handle up to 6 million tonnes'],
    ['capacity', 'the capacity of the terminal is 6 million tonnes'],
    ['Russian forecast', 'ожидается, что объём перевалки составит 10 млн тонн'],
    ['Russian part of a year', 'за 10 месяцев 2024 года перевалено 1,8 млн тонн'],
    ['Russian running total', 'с начала года перевалено 1,8 млн тонн'],
    ['Russian capacity', 'мощность порта 6 млн тонн'],
    ['Russian ceiling', 'перевалка грузов до 5 млн тонн']
  ])('flags %s claimed as a full-year actual', (_name, quote) => {
    expect(lintClaims([figure({ quote, status: 'actual', period: 'year' })])).toHaveLength(1);
  });

  it('passes the same quote when the row says what it is, or carries a justification', () => {
    const quote = 'by the end of the year, the volume of cargo will increase to 1.5 million tons';
    expect(lintClaims([figure({ quote, status: 'forecast' })])).toEqual([]);
    expect(lintClaims([figure({ quote, status: 'actual', period: 'Jan–Oct' })])).toEqual([]);
    expect(lintClaims([figure({ quote, status: 'actual', justification: 'a later report confirms it' })])).toEqual([]);
  });

  it('passes a plain outturn, also one stated for January–December', () => {
    expect(lintClaims([figure({ quote: 'In 2023 the port handled 1.6 million tonnes of cargo' })])).toEqual([]);
    expect(lintClaims([figure({ quote: 'за январь-декабрь 2017 года составил 10 млн тонн' })])).toEqual([]);
    expect(lintClaims([figure({ quote: 'in January–December 2023 the port handled 5 Mt' })])).toEqual([]);
  });

  it('finds no unjustified full-year actual in figures.csv', () => {
    expect(lintClaims(data.figures).map((w) => `${w.id}: ${w.kind} "${w.words.join('", "')}"`)).toEqual([]);
  });
});

describe('measures', () => {
  const used = new Set(data.figures.map((f) => f.measure));
  it('every figure names a measure that exists, in the same unit', () => {
    for (const f of data.figures) {
      const m = data.measures.get(f.measure);
      expect(m, `${f.id}: ${f.measure}`).toBeDefined();
      expect(m?.unit, `${f.id}: unit of ${f.measure}`).toBe(f.unit);
    }
  });
  it('every measure is defined in English and Russian, and used', () => {
    for (const m of data.measures.values()) {
      expect(m.id, m.id).toMatch(MEASURE_ID_RE);
      for (const k of ['label_en', 'label_ru', 'definition_en', 'definition_ru'] as const)
        expect(m[k].trim().length, `${m.id}.${k}`).toBeGreaterThan(3);
      expect(m.label_ru, `${m.id} label_ru is Russian`).toMatch(/[а-яё]/i);
      expect(used.has(m.id) || [...data.measures.values()].some((x) => x.part_of === m.id), `${m.id} unused`).toBe(
        true
      );
    }
  });
  it('part_of names an existing measure of the same unit, with no cycle', () => {
    for (const m of data.measures.values()) {
      const seen = new Set([m.id]);
      let p = m.part_of;
      while (p) {
        const parent = data.measures.get(p);
        expect(parent, `${m.id} part_of ${p}`).toBeDefined();
        expect(seen.has(p), `cycle through ${p}`).toBe(false);
        seen.add(p);
        p = parent?.part_of ?? '';
      }
    }
  });
  it('flows draw a measure counted in tonnes', () => {
    for (const f of data.flows) expect(data.measures.get(f.measure)?.unit, f.id).toBe('t');
  });
});
