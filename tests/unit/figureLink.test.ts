// Where `?fig=<id>` opens a figure: the panel that lists it, at its year; figures of items without a panel go to the table.
import { describe, it, expect } from 'vitest';
import { figureHome, figurePermalink } from '../../src/model/figureLink';
import { panelModel } from '../../src/model/panels';
import { formatSelection } from '../../src/model/selection';
import { loadRealDataset } from './helpers';

const data = loadRealDataset();

describe('figureHome', () => {
  it('every figure opens in a panel that lists it, or in the data table when no panel does', () => {
    let inPanels = 0;
    for (const f of data.figures) {
      const home = figureHome(f.id, data);
      expect(home?.figure).toBe(f);
      expect(home?.year).toBe(f.year);
      if (home?.selection) {
        inPanels++;
        const ids = panelModel(home.selection, data, 'en')?.figures.map((x) => x.id) ?? [];
        expect(ids, `${f.id} in ${formatSelection(home.selection)}`).toContain(f.id);
      }
    }
    // Most figures are about the ports, lines and flows on the map.
    expect(inPanels).toBeGreaterThan(data.figures.length / 2);
  });
  it('prefers a place, then a line, then a flow, then the corridor total', () => {
    const byEntity = (e: string) => data.figures.find((f) => f.entity === e)?.id ?? '';
    expect(figureHome(byEntity('aktau'), data)?.selection).toEqual({ kind: 'place', id: 'aktau' });
    expect(figureHome(byEntity('btk'), data)?.selection).toEqual({ kind: 'line', id: 'btk' });
    expect(figureHome(byEntity('kz_oil_btc'), data)?.selection).toEqual({ kind: 'line', id: 'btc' });
    expect(figureHome(byEntity('titr'), data)?.selection).toEqual({ kind: 'corridor', id: 'titr' });
    expect(figureHome(byEntity('kz_az_trade'), data)?.selection).toBeNull();
  });
  it('an unknown id has no home', () => {
    expect(figureHome('no-such-figure', data)).toBeNull();
  });
});

describe('figurePermalink', () => {
  it('keeps the page address and replaces the state with the figure id', () => {
    expect(figurePermalink('https://example.org/atlas/index.html?year=2020&port=aktau#x', 'pf-L0141-1')).toBe(
      'https://example.org/atlas/index.html?fig=pf-L0141-1'
    );
    expect(figurePermalink('http://127.0.0.1:4173/', 's004-L0509-1', 'ru')).toBe(
      'http://127.0.0.1:4173/?fig=s004-L0509-1&lang=ru'
    );
  });
  it('works from a file:// page', () => {
    expect(figurePermalink('file:///home/me/atlas/index.html', 'a-1')).toBe('file:///home/me/atlas/index.html?fig=a-1');
  });
});
