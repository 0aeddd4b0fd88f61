// What the map keeps in view when a panel opens: a port with every arc that touches it (bulge included), a line's
// whole geometry, a flow; and the point along an arc where deck.gl draws it.
import { describe, expect, it } from 'vitest';
import { arcPoint, boundsOf, corridorBounds, focusBounds, flowPoints } from '../../src/model/focus';
import { flowViews } from '../../src/model/flows';
import { loadRealDataset } from './helpers';
import { flow, view } from './fixtures';
import * as sel from '../../src/model/selection';

const data = loadRealDataset();
const views = flowViews(data);
const inside = (b: number[] | null, [lon, lat]: [number, number]) =>
  !!b && lon >= (b[0] as number) && lat >= (b[1] as number) && lon <= (b[2] as number) && lat <= (b[3] as number);

describe('arcPoint', () => {
  it('starts at the source, ends at the target and bulges to the left of travel for bow +1', () => {
    const v = view(flow({ bow: 1, arc_height: 0.3 }), []);
    for (const [r, want] of [
      [0, v.source],
      [1, v.target]
    ] as const) {
      const p = arcPoint(v, r);
      expect(p[0]).toBeCloseTo(want[0], 9);
      expect(p[1]).toBeCloseTo(want[1], 9);
    }
    // Aktau → Alat runs south-west; its left is south-east: the middle lies east of the straight chord's middle.
    const mid = arcPoint(v, 0.5);
    expect(mid[0]).toBeGreaterThan((v.source[0] + v.target[0]) / 2 + 0.5);
    const other = arcPoint(view(flow({ bow: -1, arc_height: 0.3 }), []), 0.5);
    expect(other[0]).toBeLessThan((v.source[0] + v.target[0]) / 2 - 0.5);
  });

  it('a flatter arc bulges less', () => {
    const chordMid = (v: ReturnType<typeof view>) => (v.source[0] + v.target[0]) / 2;
    const flat = view(flow({ arc_height: 0.05 }), []);
    const tall = view(flow({ arc_height: 0.3 }), []);
    expect(arcPoint(flat, 0.5)[0] - chordMid(flat)).toBeLessThan(arcPoint(tall, 0.5)[0] - chordMid(tall));
  });
});

describe('focusBounds', () => {
  it('a port: the port and both ends and the bulge of every arc that starts or ends there', () => {
    const b = focusBounds(sel.place('aktau'), data, views);
    const aktauArcs = views.filter((v) => v.flow.from === 'aktau' || v.flow.to === 'aktau');
    expect(aktauArcs.length).toBeGreaterThan(0);
    for (const v of aktauArcs) for (const p of flowPoints(v)) expect(inside(b, p)).toBe(true);
    // Not the whole corridor: Ceyhan is no end of Aktau's arcs.
    expect(inside(b, data.places.get('ceyhan')?.geometry.coordinates as [number, number])).toBe(false);
  });

  it('a place with no flow: just its point', () => {
    const tbilisi = data.places.get('tbilisi')?.geometry.coordinates as [number, number];
    expect(focusBounds(sel.place('tbilisi'), data, views)).toEqual([tbilisi[0], tbilisi[1], tbilisi[0], tbilisi[1]]);
  });

  it('a line: its whole geometry; a flow: its route or arc; unknown ids: nothing', () => {
    const btc = focusBounds(sel.line('btc'), data, views);
    expect(inside(btc, data.places.get('ceyhan')?.geometry.coordinates as [number, number])).toBe(true);
    expect(views.length).toBeGreaterThan(0);
    for (const v of views) expect(focusBounds(sel.flow(v.flow.id), data, views)).toEqual(boundsOf(flowPoints(v)));
    expect(focusBounds(sel.place('nowhere'), data, views)).toBeNull();
    expect(focusBounds(sel.line('nowhere'), data, views)).toBeNull();
    expect(focusBounds(sel.flow('nowhere'), data, views)).toBeNull();
    expect(focusBounds(sel.corridor('titr'), data, views)).toBeNull();
  });

  it('the corridor holds every flow end', () => {
    const b = corridorBounds(views);
    for (const v of views) {
      expect(inside(b, v.source)).toBe(true);
      expect(inside(b, v.target)).toBe(true);
    }
  });
});
