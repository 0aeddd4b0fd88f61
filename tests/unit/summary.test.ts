// One-line year summaries and the strongest evidence of a year.
import { describe, it, expect } from 'vitest';
import { yearEvidence, yearSummary } from '../../src/model/summary';
import { flowViews } from '../../src/model/flows';
import { yearsWithData } from '../../src/model/flowYear';
import { mapMarks } from '../../src/model/marks';
import { portViews } from '../../src/model/ports';
import { corridorViews } from '../../src/model/corridor';
import type { Flow } from '../../src/data/schema';
import { figure, flow, rangeFigure, view } from './fixtures';
import { loadRealDataset } from './helpers';

/** A summary mark for a hand-built flow: its measure, its label, its drawable series. */
const mark = (f: Flow, figs: ReturnType<typeof figure>[]) => {
  const v = view(f, figs);
  return { measure: f.measure, label: { en: f.label_en, ru: f.label_ru }, series: v.series };
};

const titr = flow({
  id: 'titr_caspian',
  measure: 'titr.cargo',
  label_en: 'Corridor cargo',
  label_ru: 'Грузы коридора'
});
const kuryk = flow({
  id: 'kuryk_port',
  measure: 'kuryk.cargo',
  label_en: 'Kuryk cargo',
  label_ru: 'Грузы Курыка'
});
const oilSea = flow({
  id: 'oil_sea',
  measure: 'kz_oil_btc.oil',
  label_en: 'Kazakh oil',
  label_ru: 'Казахстанская нефть'
});
const oilPipe = flow({
  id: 'oil_pipe',
  measure: 'kz_oil_btc.oil',
  label_en: 'Kazakh oil via BTC',
  label_ru: 'Нефть по БТД',
  draw: 'route:btc'
});

const FIGS = [
  figure({ entity: 'titr', year: 2024, value: 4_484_000 }),
  figure({ entity: 'kuryk', year: 2024, period: 'Jan–Oct', status: 'partial', value: 1_807_000 }),
  rangeFigure(1_400_000, 1_500_000, { entity: 'kz_oil_btc', metric: 'oil', year: 2024, status: 'plan' }),
  figure({ entity: 'titr', year: 2023, value: 2_700_000 }),
  figure({ entity: 'titr', year: 2023, value: 2_800_000, source: 'src-b' }),
  figure({ entity: 'kuryk', year: 2023, value: 1_570_000, status: 'derived', scope: '1 807 000 − 237 000' })
];
const VIEWS = [titr, kuryk, oilSea, oilPipe].map((f) => mark(f, FIGS));

describe('yearSummary', () => {
  it('names each flow with its value and marks partial and plan figures', () => {
    expect(yearSummary(VIEWS, 2024, 'en')).toBe(
      '2024: Corridor cargo 4.484 Mt; Kuryk cargo 1.807 Mt (Jan–Oct); Kazakh oil 1.4–1.5 Mt (plan)'
    );
  });
  it('in Russian', () => {
    expect(yearSummary(VIEWS, 2024, 'ru')).toBe(
      '2024: Грузы коридора 4,484 млн т; Грузы Курыка 1,807 млн т (янв–окт); Казахстанская нефть 1,4–1,5 млн т (план)'
    );
  });
  it('reads a series drawn twice (across the sea and along BTC) only once', () => {
    const s = yearSummary(VIEWS, 2024, 'en');
    expect(s.match(/1\.4–1\.5 Mt/g)).toHaveLength(1);
    expect(s).not.toContain('Kazakh oil via BTC');
  });
  it('marks derived values and disagreeing sources, giving the band', () => {
    expect(yearSummary(VIEWS, 2023, 'en')).toBe(
      '2023: Corridor cargo 2.7–2.8 Mt, sources disagree; Kuryk cargo 1.57 Mt (derived)'
    );
    expect(yearSummary(VIEWS, 2023, 'ru')).toBe(
      '2023: Грузы коридора 2,7–2,8 млн т, источники расходятся; Грузы Курыка 1,57 млн т (расчёт)'
    );
  });
  it('says so for a year with no figures', () => {
    expect(yearSummary(VIEWS, 2016, 'en')).toBe('2016: no documented figures');
    expect(yearSummary(VIEWS, 2016, 'ru')).toBe('2016: нет документированных цифр');
    expect(yearSummary([], 2024, 'en')).toBe('2024: no documented figures');
  });
  it('a capacity or cumulative figure alone does not make a year documented', () => {
    const v = [
      mark(titr, [
        figure({ year: 2022, status: 'capacity', value: 6e6 }),
        figure({ year: 2022, period: 'cumulative', value: 9e6 })
      ])
    ];
    expect(yearSummary(v, 2022, 'en')).toBe('2022: no documented figures');
  });
});

describe('yearEvidence', () => {
  it('gives the strongest kind of evidence of any flow in the year', () => {
    expect(yearEvidence(VIEWS, 2024)).toBe('actual');
    expect(yearEvidence(VIEWS, 2016)).toBeNull();
    const only = (figs: ReturnType<typeof figure>[]) => yearEvidence([mark(titr, figs)], 2024);
    expect(only([figure({ status: 'derived', scope: '1 + 1' })])).toBe('derived');
    expect(only([figure({ status: 'plan' })])).toBe('plan');
    expect(only([figure({ status: 'forecast' })])).toBe('forecast');
    expect(only([figure({ status: 'estimate' })])).toBe('estimate');
    expect(only([figure({ status: 'partial', period: 'H1' })])).toBe('partial');
    // A partial outturn in one flow outranks a plan in another.
    const mixed = [
      mark(titr, [figure({ status: 'plan' })]),
      mark(kuryk, [figure({ entity: 'kuryk', status: 'partial', period: 'H1' })])
    ];
    expect(yearEvidence(mixed, 2024)).toBe('partial');
  });
});

describe('over the real dataset', () => {
  const data = loadRealDataset();
  const marks = mapMarks(data, corridorViews(data), portViews(data), flowViews(data));
  it('every year with data has a summary naming at least one value, each measure once', () => {
    for (const y of yearsWithData(
      marks.map((m) => m.measure),
      data.figures
    )) {
      const s = yearSummary(marks, y, 'en');
      expect(s.startsWith(`${y}: `)).toBe(true);
      expect(s).not.toContain('no documented');
      expect(s).toMatch(/\d( Mt| kt| t)\b/);
      expect(yearEvidence(marks, y)).not.toBeNull();
    }
    expect(new Set(marks.map((m) => m.measure)).size).toBe(marks.length);
  });
  it('speaks of the corridor, the ports and the flows, corridor first', () => {
    expect(marks[0]?.id).toBe('corridor:titr');
    for (const id of ['place:aktau', 'place:kuryk', 'place:alat', 'flow:kz_oil_caspian', 'flow:btk_rail'])
      expect(marks.map((m) => m.id)).toContain(id);
    // Oil across the Caspian and along BTC is one measure, read once.
    expect(marks.map((m) => m.id)).not.toContain('flow:kz_oil_btc');
  });
  it('a year before any data has none', () => {
    expect(yearSummary(marks, 1995, 'en')).toBe('1995: no documented figures');
  });
});
