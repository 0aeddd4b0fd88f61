// A tooltip follows the pointer: moving over the same port must not rebuild that port's whole panel at every move.
import { describe, expect, it, vi } from 'vitest';
import * as panels from '../../src/model/panels';
import { AppState } from '../../src/state/app.svelte';
import { loadRealDataset } from './helpers';

vi.mock('../../src/model/panels', { spy: true });

describe('hovering a place', () => {
  it('builds its panel once per place, year and language, not at each pointer move', () => {
    const a = new AppState(loadRealDataset(), { search: '?year=2024', reducedMotion: false });
    const built = vi.mocked(panels.panelModel);
    built.mockClear();
    const titles = new Set<string>();
    for (let x = 100; x < 140; x += 4) {
      a.hoverPlace = { kind: 'place', id: 'aktau', x, y: 200, pinned: false };
      const h = a.hovered;
      expect(h?.x).toBe(x);
      titles.add(h?.title ?? '');
    }
    expect(titles.size).toBe(1);
    expect(built).toHaveBeenCalledTimes(1);
    // Another place, another year: built again, with that year's figures only.
    a.hoverPlace = { kind: 'place', id: 'kuryk', x: 10, y: 10, pinned: false };
    expect(a.hovered?.title).toMatch(/Kuryk/);
    a.timeline.setYear(2023);
    for (const f of a.hovered?.figures ?? []) expect(f.year).toBe(2023);
    expect(built).toHaveBeenCalledTimes(3);
  });
});
