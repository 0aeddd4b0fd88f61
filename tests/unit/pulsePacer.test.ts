import { describe, expect, it } from 'vitest';
import { PULSE_MIN_INTERVAL_MS, PulsePacer } from '../../src/model/pulsePacer';

/** Drives a pacer through animation frames `frameMs` apart (the browser's pace), drawing whenever a pulse is due;
 *  returns the times pulse frames were drawn. `costMs` is what a drawn frame holds the next animation frame back by. */
function run(p: PulsePacer, untilMs: number, costMs: number, vsyncMs = 1000 / 60, inputs: number[] = []): number[] {
  const drawn: number[] = [];
  let t = 0;
  let drew = false;
  while (t < untilMs) {
    while (inputs.length && (inputs[0] as number) <= t) p.input(inputs.shift() as number);
    p.tick(t, drew);
    drew = p.pulseDue(t);
    if (drew) {
      p.drew(t);
      drawn.push(t);
    }
    t += drew ? Math.max(vsyncMs, costMs) : vsyncMs;
  }
  return drawn;
}

const gaps = (xs: number[]) => xs.slice(1).map((x, i) => x - (xs[i] as number));

describe('pulse frames', () => {
  it('run at 30 per second where a frame is cheap', () => {
    const drawn = run(new PulsePacer(), 1000, 5);
    const g = gaps(drawn);
    expect(Math.min(...g)).toBeGreaterThanOrEqual(PULSE_MIN_INTERVAL_MS - 4);
    expect(drawn.length).toBeGreaterThanOrEqual(29);
    expect(drawn.length).toBeLessThanOrEqual(31);
  });

  it('leave the renderer free at least half the time where a frame is dear', () => {
    const cost = 150;
    const drawn = run(new PulsePacer(), 10_000, cost);
    // After the first frame has been measured, each pulse frame waits for as long again as the last one cost.
    for (const g of gaps(drawn).slice(1)) expect(g).toBeGreaterThanOrEqual(2 * cost - 4);
    const busy = (drawn.length * cost) / 10_000;
    expect(busy).toBeLessThanOrEqual(0.52);
    expect(busy).toBeGreaterThan(0.3);
  });

  it('stop while the reader acts and start again a few frames after', () => {
    const cost = 150;
    const inputs = [3000, 3200, 3400, 3600];
    const drawn = run(new PulsePacer(), 8000, cost, 1000 / 60, [...inputs]);
    const during = drawn.filter((t) => t >= 3000 && t < 3600 + 4 * cost);
    expect(during).toEqual([]);
    expect(drawn.some((t) => t >= 3600 + 4 * cost && t < 3600 + 4 * cost + 3 * cost)).toBe(true);
  });

  it('do not count a hidden tab’s long pause as a frame’s cost', () => {
    const p = new PulsePacer();
    p.drew(0);
    p.tick(60_000, true);
    expect(p.lastFrameMs).toBe(1000);
  });

  it('measure a frame only when one was drawn', () => {
    const p = new PulsePacer();
    p.drew(0);
    p.tick(400, false);
    expect(p.lastFrameMs).toBe(PULSE_MIN_INTERVAL_MS);
    p.tick(500, true);
    expect(p.lastFrameMs).toBe(500);
  });
});
