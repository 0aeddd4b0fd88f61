// Panel charts as data: grouping by metric and unit, what the line joins, mark offsets and mark statuses.
import { describe, it, expect } from 'vitest';
import { actualLinePoints, markOffsets, markStatus, panelCharts } from '../../src/model/charts';
import { openingMilestone } from '../../src/model/panels';
import type { Milestone } from '../../src/data/schema';
import { figure } from './fixtures';

describe('panelCharts', () => {
  it('one chart per metric and unit; capacities join the chart of what they cap; undated figures are left out', () => {
    const oil = figure({ metric: 'oil', year: 2020 });
    const oilCap = figure({ metric: 'capacity_oil', unit: 't/yr', status: 'capacity', year: 2021 });
    const cargoCap = figure({ metric: 'capacity', unit: 't/yr', status: 'capacity', year: 2021 });
    const cargo = figure({ metric: 'cargo', year: 2019 });
    const teu = figure({ metric: 'containers', unit: 'TEU', year: 2019 });
    const undated = figure({ metric: 'cargo', year: null });
    const charts = panelCharts([oil, oilCap, cargoCap, cargo, teu, undated]);
    expect(charts.map((c) => [c.metric, c.unit, c.figures.map((f) => f.id)])).toEqual([
      ['oil', 't', [oil.id, oilCap.id]],
      ['cargo', 't', [cargoCap.id, cargo.id]],
      ['containers', 'TEU', [teu.id]]
    ]);
  });
  it('fullest chart first; no figures, no charts', () => {
    const charts = panelCharts([
      figure({ metric: 'oil', year: 2020 }),
      figure({ metric: 'cargo', year: 2020 }),
      figure({ metric: 'cargo', year: 2021 })
    ]);
    expect(charts.map((c) => c.metric)).toEqual(['cargo', 'oil']);
    expect(panelCharts([])).toEqual([]);
  });
});

describe('what the chart line counts as an actual', () => {
  it('joins full-year actuals with a single value, first per year, by year', () => {
    const pts = actualLinePoints([
      figure({ year: 2022, value: 3 }),
      figure({ year: 2020, value: 1 }),
      figure({ year: 2022, value: 9 }), // a second actual in 2022: the first stands
      figure({ year: 2021, value: 2, status: 'estimate' }),
      figure({ year: 2021, value: 2, status: 'plan' }),
      figure({ year: 2021, value: 2, status: 'derived', scope: 'a = b + c' }),
      figure({ year: 2021, value: 2, period: 'H1' }),
      figure({ year: 2021, value: 2, status: 'capacity' }),
      figure({ year: 2021, value: null, value_min: 1, value_max: 2 }),
      figure({ year: null, value: 5 })
    ]);
    expect(pts).toEqual([
      [2020, 1],
      [2022, 3]
    ]);
  });
});

describe('marks', () => {
  it('figures sharing a year sit side by side, centred on it; a lone figure sits on it', () => {
    const a = figure({ year: 2020 });
    const b = figure({ year: 2020 });
    const c = figure({ year: 2020 });
    const d = figure({ year: 2021 });
    const off = markOffsets([a, b, c, d], 7);
    expect([off.get(a.id), off.get(b.id), off.get(c.id), off.get(d.id)]).toEqual([-7, 0, 7, 0]);
  });
  it('an actual for part of a year is marked as partial; other statuses keep their own mark', () => {
    expect(markStatus({ status: 'actual', period: 'Jan–Oct' })).toBe('partial');
    expect(markStatus({ status: 'actual', period: 'year' })).toBe('actual');
    expect(markStatus({ status: 'plan', period: 'H1' })).toBe('plan');
  });
});

describe('opening date', () => {
  const m = (date: string, event_en: string): Milestone => ({
    id: date,
    date,
    entity: 'btk',
    event_en,
    event_ru: 'событие',
    source: 's',
    locator: '1',
    provenance: '',
    quote: 'q',
    lang: 'en',
    note: ''
  });
  it('is the earliest milestone that records an opening, launch or commissioning', () => {
    const ms = [m('2019-05', 'Line launched for containers'), m('2017-10-30', 'BTK opened'), m('2015', 'Tracks laid')];
    expect(openingMilestone(ms)?.date).toBe('2017-10-30');
  });
  it('is null when no milestone says so ("reopening" of a road does not count as "open" on its own)', () => {
    expect(openingMilestone([m('2015', 'Tracks laid'), m('2016', 'Road reopening')])).toBeNull();
    expect(openingMilestone([])).toBeNull();
  });
});
