// Timeline ticks and the legend's part-year years over the real dataset: everything the map draws (corridor bar,
// port circles, flows) as marks.
import { describe, it, expect } from 'vitest';
import { timelineTicks } from '../../src/model/ticks';
import { partYearYears } from '../../src/model/legend';
import { yearEvidence } from '../../src/model/summary';
import { flowViews } from '../../src/model/flows';
import { portViews } from '../../src/model/ports';
import { corridorViews } from '../../src/model/corridor';
import { mapMarks } from '../../src/model/marks';
import { drawnValue, yearsWithData } from '../../src/model/flowYear';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const views = mapMarks(data, corridorViews(data), portViews(data), flowViews(data));
const years = yearsWithData(
  views.map((m) => m.measure),
  data.figures
);

describe('timelineTicks', () => {
  const ticks = timelineTicks(views, years, data.milestones, 'en');
  it('one tick per year, in order, spread from 0 to 100 %', () => {
    expect(ticks.map((k) => k.year)).toEqual([...years]);
    expect(ticks[0]?.leftPct).toBe(0);
    expect(ticks.at(-1)?.leftPct).toBe(100);
  });
  it('each tick is classed by the strongest evidence of its year, "none" when no flow has a figure', () => {
    for (const k of ticks) expect(k.evidence).toBe(yearEvidence(views, k.year) ?? 'none');
    expect(new Set(ticks.map((k) => k.evidence))).toContain('actual');
    expect(timelineTicks([], [2020], [], 'en')).toEqual([
      { year: 2020, evidence: 'none', milestones: [], leftPct: 50 }
    ]);
  });
  it('milestones of a year, dated, in the interface language', () => {
    const m = data.milestones[0];
    if (!m) throw new Error('milestones.csv is empty');
    const y = Number(m.date.slice(0, 4));
    const tick = (lang: 'en' | 'ru') => timelineTicks(views, [y], data.milestones, lang)[0];
    expect(tick('en')?.milestones).toContain(`${m.date} ${m.event_en}`);
    expect(tick('ru')?.milestones).toContain(`${m.date} ${m.event_ru}`);
  });
});

describe('part-year years in the legend', () => {
  it('lists exactly the years in which some mark is drawn from a part-year figure', () => {
    const listed = partYearYears(views, years);
    expect(listed.length).toBeGreaterThan(0);
    for (const y of years) {
      const partial = views.some((m) => drawnValue(y, m.series)?.drawn === 'partial');
      expect(listed.includes(y), String(y)).toBe(partial);
    }
  });
  it('no marks, no part year', () => {
    expect(partYearYears([], years)).toEqual([]);
  });
});
