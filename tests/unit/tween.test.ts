// Widths tween on the CPU between years: linear in time, continuous when cut short, instant under reduced motion.
import { describe, expect, it } from 'vitest';
import { WidthTween } from '../../src/model/tween';
import type { FlowFrame } from '../../src/model/flows';

const frame = (w: number, band = w): FlowFrame => ({ value: null, coreWidth: w, bandWidth: band });
const frames = (entries: [string, FlowFrame][]) => new Map(entries);

describe('WidthTween', () => {
  it('draws the first year at once', () => {
    const tw = new WidthTween();
    tw.retarget(frames([['a', frame(10)]]), 0, 900);
    const s = tw.at(0);
    expect(s.moving).toBe(false);
    expect(s.frames.get('a')?.coreWidth).toBe(10);
  });

  it('interpolates core and band widths linearly in time, then settles on the target frames', () => {
    const tw = new WidthTween();
    tw.retarget(frames([['a', frame(10, 20)]]), 0, 900);
    const target = frames([['a', frame(2, 4)]]);
    tw.retarget(target, 1000, 800);
    const mid = tw.at(1400);
    expect(mid.moving).toBe(true);
    expect(mid.frames.get('a')?.coreWidth).toBeCloseTo(6);
    expect(mid.frames.get('a')?.bandWidth).toBeCloseTo(12);
    const end = tw.at(1800);
    expect(end.moving).toBe(false);
    expect(end.frames).toBe(target);
    // Settled: the same state (and version) on every later frame, so deck.gl sees no change.
    expect(tw.at(5000)).toBe(end);
  });

  it('keeps everything but the widths from the target year at once', () => {
    const tw = new WidthTween();
    tw.retarget(frames([['a', frame(10)]]), 0, 900);
    const value = { drawn: 'partial' } as FlowFrame['value'];
    tw.retarget(frames([['a', { value, coreWidth: 0, bandWidth: 0 }]]), 0, 1000);
    expect(tw.at(500).frames.get('a')?.value).toBe(value);
  });

  it('grows a flow that had no figure from zero', () => {
    const tw = new WidthTween();
    tw.retarget(frames([['a', frame(4)]]), 0, 900);
    tw.retarget(
      frames([
        ['a', frame(4)],
        ['b', frame(8)]
      ]),
      0,
      1000
    );
    expect(tw.at(250).frames.get('b')?.coreWidth).toBeCloseTo(2);
  });

  it('continues from the drawn width when a new year comes mid-tween (no jump)', () => {
    const tw = new WidthTween();
    tw.retarget(frames([['a', frame(0)]]), 0, 900);
    tw.retarget(frames([['a', frame(10)]]), 0, 1000);
    expect(tw.at(500).frames.get('a')?.coreWidth).toBeCloseTo(5);
    tw.retarget(frames([['a', frame(0)]]), 500, 1000);
    expect(tw.at(500).frames.get('a')?.coreWidth).toBeCloseTo(5);
    expect(tw.at(1000).frames.get('a')?.coreWidth).toBeCloseTo(2.5);
  });

  it('jumps when the duration is 0 (prefers-reduced-motion)', () => {
    const tw = new WidthTween();
    tw.retarget(frames([['a', frame(10)]]), 0, 0);
    tw.retarget(frames([['a', frame(2)]]), 100, 0);
    const s = tw.at(100);
    expect(s.moving).toBe(false);
    expect(s.frames.get('a')?.coreWidth).toBe(2);
  });

  it('changes its version whenever the drawn widths change', () => {
    const tw = new WidthTween();
    tw.retarget(frames([['a', frame(10)]]), 0, 900);
    const v0 = tw.at(0).version;
    tw.retarget(frames([['a', frame(2)]]), 0, 1000);
    const v1 = tw.at(100).version;
    const v2 = tw.at(200).version;
    expect(new Set([v0, v1, v2]).size).toBe(3);
  });
});
