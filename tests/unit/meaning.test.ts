// What the map draws in the years the meaning review corrected: each case is a misreading that once reached the map.
import { describe, expect, it } from 'vitest';
import { conflictGroups } from '../../src/model/figures';
import { flowYearValue } from '../../src/model/flowYear';
import { flowViews } from '../../src/model/flows';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();
const views = flowViews(data);
const drawnFor = (measure: string, year: number) =>
  views.filter((v) => v.flow.measure === measure).map((v) => flowYearValue(v.flow, year, v.series));

describe('the corrected years', () => {
  it('2025 Kazakh oil via BTC is the ministry’s 1.5 Mt actual, not the 1.5–2 Mt contractual potential', () => {
    const drawn = drawnFor('kz_oil_btc.oil', 2025);
    expect(drawn.length).toBeGreaterThan(0);
    for (const v of drawn)
      expect(v).toMatchObject({ drawn: 'actual', min: 1_500_000, max: 1_500_000, conflict: false });
  });
  it('Kuryk 2017 has no full-year actual: a rate and a forecast are not the year’s cargo', () => {
    const kuryk2017 = data.figures.filter((f) => f.measure === 'kuryk.cargo' && f.year === 2017);
    expect(kuryk2017.some((f) => f.status === 'actual' && f.period === 'year')).toBe(false);
    expect(kuryk2017.some((f) => f.status === 'forecast')).toBe(true);
    for (const f of data.figures.filter((x) => x.id === 'pf-L0063-1' || x.id === 'pf-L0063-2'))
      expect(f.measure, f.id).not.toBe('kuryk.cargo');
  });
  it('BTK 2019 draws no whole-line figure and no band: ADY Express is one operator', () => {
    for (const v of drawnFor('btk.cargo', 2019)) expect(v).toBeNull();
    for (const id of ['pf-L0231-1', 'pf-L0232-1', 'pf-L0233-1'])
      expect(data.figures.find((f) => f.id === id)?.measure, id).toMatch(/^btk\.cargo\.ady_express/);
  });
  it('a part is never in a conflict group with its whole', () => {
    for (const g of conflictGroups(data.figures)) {
      const measures = new Set(g.figures.map((f) => f.measure));
      expect(measures.size, g.key).toBe(1);
    }
    const oil2023 = conflictGroups(data.figures).filter((g) => g.key.startsWith('kz_oil_btc.oil|2023|'));
    for (const g of oil2023) expect(g.figures.map((f) => f.id)).not.toContain('pf-L0202-1');
  });
  it('every figure whose measure is a part names a whole that exists', () => {
    for (const m of data.measures.values()) if (m.part_of) expect(data.measures.has(m.part_of), m.id).toBe(true);
  });
});
