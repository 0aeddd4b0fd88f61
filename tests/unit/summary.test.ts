// One-line year summaries and the strongest evidence of a year.
import { describe, it, expect } from 'vitest';
import { yearEvidence, yearSummary } from '../../src/model/summary';
import { flowViews } from '../../src/model/flows';
import { yearsWithFlowData } from '../../src/model/flowYear';
import { figure, flow, rangeFigure, view } from './fixtures';
import { loadRealDataset } from './helpers';

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
const VIEWS = [titr, kuryk, oilSea, oilPipe].map((f) => view(f, FIGS));

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
    expect(yearSummary(VIEWS, 2016, 'en')).toBe('2016: no documented flow figures');
    expect(yearSummary(VIEWS, 2016, 'ru')).toBe('2016: нет документированных цифр по потокам');
    expect(yearSummary([], 2024, 'en')).toBe('2024: no documented flow figures');
  });
  it('a capacity or cumulative figure alone does not make a year documented', () => {
    const v = [
      view(titr, [
        figure({ year: 2022, status: 'capacity', value: 6e6 }),
        figure({ year: 2022, period: 'cumulative', value: 9e6 })
      ])
    ];
    expect(yearSummary(v, 2022, 'en')).toBe('2022: no documented flow figures');
  });
});

describe('yearEvidence', () => {
  it('gives the strongest kind of evidence of any flow in the year', () => {
    expect(yearEvidence(VIEWS, 2024)).toBe('actual');
    expect(yearEvidence(VIEWS, 2016)).toBeNull();
    const only = (figs: ReturnType<typeof figure>[]) => yearEvidence([view(titr, figs)], 2024);
    expect(only([figure({ status: 'derived', scope: '1 + 1' })])).toBe('derived');
    expect(only([figure({ status: 'plan' })])).toBe('plan');
    expect(only([figure({ status: 'forecast' })])).toBe('forecast');
    expect(only([figure({ status: 'estimate' })])).toBe('estimate');
    expect(only([figure({ status: 'partial', period: 'H1' })])).toBe('partial');
    // A partial outturn in one flow outranks a plan in another.
    const mixed = [
      view(titr, [figure({ status: 'plan' })]),
      view(kuryk, [figure({ entity: 'kuryk', status: 'partial', period: 'H1' })])
    ];
    expect(yearEvidence(mixed, 2024)).toBe('partial');
  });
});

describe('over the real dataset', () => {
  const data = loadRealDataset();
  const views = flowViews(data);
  it('every year with flow data has a summary naming at least one value', () => {
    for (const y of yearsWithFlowData(data.flows, data.figures)) {
      const s = yearSummary(views, y, 'en');
      expect(s.startsWith(`${y}: `)).toBe(true);
      expect(s).not.toContain('no documented');
      expect(s).toMatch(/\d( Mt| kt| t)\b/);
      expect(yearEvidence(views, y)).not.toBeNull();
    }
  });
  it('a year before any data has none', () => {
    expect(yearSummary(views, 1995, 'en')).toBe('1995: no documented flow figures');
  });
});
