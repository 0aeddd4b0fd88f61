// The headless timeline, driven by a fake clock whose scheduled callbacks are collected and fired by hand.
import { describe, it, expect } from 'vitest';
import { Timeline, type Clock, type Speed, type TimelineOptions, type TimelineState } from '../../src/model/timeline';

interface Pending {
  id: number;
  fn: () => void;
  ms: number;
}

class FakeClock implements Clock {
  private nextId = 1;
  pending: Pending[] = [];
  /** Every delay ever requested, in order, including the ones later cancelled. */
  scheduled: number[] = [];
  cleared: number[] = [];

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.push({ id, fn, ms });
    this.scheduled.push(ms);
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.cleared.push(handle as number);
    this.pending = this.pending.filter((p) => p.id !== handle);
  }
  /** Fires the one pending timer (a timeline never has more than one). */
  fire(): void {
    expect(this.pending).toHaveLength(1);
    const p = this.pending.shift() as Pending;
    p.fn();
  }
  get nextMs(): number | undefined {
    return this.pending[0]?.ms;
  }
}

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;
const STEP = 1000;

function make(opts: TimelineOptions = {}, years: readonly number[] = YEARS) {
  const clock = new FakeClock();
  const t = new Timeline(years, { clock, stepMs: STEP, ...opts });
  return { t, clock };
}

describe('construction', () => {
  it('sorts the years and starts at the last one', () => {
    const { t, clock } = make({}, [2024, 2019, 2021]);
    expect(t.years).toEqual([2019, 2021, 2024]);
    expect(t.state).toEqual({ year: 2024, playing: false, speed: 1, loop: false });
    expect(clock.pending).toHaveLength(0);
  });
  it('starts at the nearest data year when given a year', () => {
    expect(make({ year: 2021.4 }).t.year).toBe(2021);
    expect(make({ year: 1990 }).t.year).toBe(2019);
  });
  it('refuses an empty year list', () => {
    expect(() => new Timeline([])).toThrow();
  });
});

describe('play and ticks', () => {
  it('play from the last year restarts at the first and schedules one interval', () => {
    const { t, clock } = make();
    expect(t.year).toBe(2025);
    t.play();
    expect(t.year).toBe(2019);
    expect(t.isPlaying).toBe(true);
    expect(clock.pending).toHaveLength(1);
    expect(clock.nextMs).toBe(STEP);
  });

  it('play from a middle year keeps that year', () => {
    const { t } = make({ year: 2022 });
    t.play();
    expect(t.year).toBe(2022);
  });

  it('each tick advances exactly one year and schedules the next', () => {
    const { t, clock } = make({ year: 2019 });
    t.play();
    const seen: number[] = [t.year];
    for (let i = 0; i < 3; i++) {
      clock.fire();
      seen.push(t.year);
      expect(clock.pending).toHaveLength(1);
    }
    expect(seen).toEqual([2019, 2020, 2021, 2022]);
    expect(clock.scheduled).toEqual([STEP, STEP, STEP, STEP]);
  });

  it('stops at the last year without loop and schedules nothing more', () => {
    const { t, clock } = make({ year: 2019 });
    t.play();
    for (let i = 0; i < YEARS.length - 1; i++) clock.fire();
    expect(t.year).toBe(2025);
    expect(t.isPlaying).toBe(false);
    expect(clock.pending).toHaveLength(0);
    // A stray tick after stopping does nothing.
    t.tick();
    expect(t.year).toBe(2025);
  });

  it('wraps from the last year to the first with loop and keeps playing', () => {
    const { t, clock } = make({ year: 2019, loop: true });
    t.play();
    for (let i = 0; i < YEARS.length - 1; i++) clock.fire();
    expect(t.year).toBe(2025);
    expect(t.isPlaying).toBe(true);
    clock.fire();
    expect(t.year).toBe(2019);
    expect(t.isPlaying).toBe(true);
    clock.fire();
    expect(t.year).toBe(2020);
  });

  it('turning loop off while playing stops at the end', () => {
    const { t, clock } = make({ year: 2023, loop: true });
    t.play();
    t.setLoop(false);
    clock.fire(); // 2024
    clock.fire(); // 2025, stops
    expect(t.year).toBe(2025);
    expect(t.isPlaying).toBe(false);
    expect(clock.pending).toHaveLength(0);
  });

  it('a single-year timeline plays without moving and stops', () => {
    const { t, clock } = make({}, [2024]);
    t.play();
    expect(t.year).toBe(2024);
    clock.fire();
    expect(t.year).toBe(2024);
    expect(t.isPlaying).toBe(false);
    expect(clock.pending).toHaveLength(0);
  });

  it('play twice schedules only one timer', () => {
    const { t, clock } = make({ year: 2019 });
    t.play();
    t.play();
    expect(clock.pending).toHaveLength(1);
    expect(clock.scheduled).toHaveLength(1);
  });
});

describe('speed', () => {
  it('interval halves at 2× and doubles at 0.5×', () => {
    const { t } = make();
    expect(t.interval).toBe(STEP);
    t.setSpeed(2);
    expect(t.interval).toBe(STEP / 2);
    t.setSpeed(0.5);
    expect(t.interval).toBe(STEP * 2);
  });

  it('changing speed while playing reschedules with the new interval', () => {
    const { t, clock } = make({ year: 2019 });
    t.play();
    expect(clock.nextMs).toBe(STEP);
    t.setSpeed(2);
    expect(clock.pending).toHaveLength(1);
    expect(clock.nextMs).toBe(STEP / 2);
    clock.fire();
    expect(t.year).toBe(2020);
    expect(clock.nextMs).toBe(STEP / 2);
    t.setSpeed(0.5);
    expect(clock.nextMs).toBe(STEP * 2);
  });

  it('an initial speed from the options sets the first interval', () => {
    const { t, clock } = make({ year: 2019, speed: 0.5 });
    t.play();
    expect(clock.nextMs).toBe(STEP * 2);
  });

  it('ignores a speed that is not offered', () => {
    const { t, clock } = make({ year: 2019 });
    const states: TimelineState[] = [];
    t.subscribe((s) => states.push(s));
    t.play();
    for (const bad of [3, 0, -1, NaN, 1.5]) t.setSpeed(bad as Speed);
    expect(t.state.speed).toBe(1);
    expect(t.interval).toBe(STEP);
    expect(clock.nextMs).toBe(STEP);
    expect(states).toHaveLength(1); // only the play
  });
});

describe('pause', () => {
  it('cancels the pending timer and keeps the year', () => {
    const { t, clock } = make({ year: 2019 });
    t.play();
    clock.fire();
    expect(t.year).toBe(2020);
    t.pause();
    expect(t.isPlaying).toBe(false);
    expect(clock.pending).toHaveLength(0);
    expect(clock.cleared).toHaveLength(1);
    expect(t.year).toBe(2020);
  });
  it('pause when not playing does nothing', () => {
    const { t, clock } = make();
    const states: TimelineState[] = [];
    t.subscribe((s) => states.push(s));
    t.pause();
    expect(states).toEqual([]);
    expect(clock.cleared).toEqual([]);
  });
  it('toggle plays and pauses', () => {
    const { t, clock } = make({ year: 2019 });
    t.toggle();
    expect(t.isPlaying).toBe(true);
    t.toggle();
    expect(t.isPlaying).toBe(false);
    expect(clock.pending).toHaveLength(0);
  });
});

describe('stepping', () => {
  it('stepForward and stepBack move one year and clamp at the ends', () => {
    const { t } = make({ year: 2024 });
    t.stepForward();
    expect(t.year).toBe(2025);
    t.stepForward();
    expect(t.year).toBe(2025);
    t.first();
    expect(t.year).toBe(2019);
    t.stepBack();
    expect(t.year).toBe(2019);
    t.stepForward();
    expect(t.year).toBe(2020);
    t.stepBack();
    expect(t.year).toBe(2019);
    t.last();
    expect(t.year).toBe(2025);
  });

  it('stepping while playing restarts the interval from the new year', () => {
    const { t, clock } = make({ year: 2019 });
    t.play();
    t.stepForward();
    expect(t.year).toBe(2020);
    expect(clock.pending).toHaveLength(1);
    expect(clock.cleared).toHaveLength(1);
    clock.fire();
    expect(t.year).toBe(2021);
  });

  it('moves that do not change the year emit nothing', () => {
    const { t } = make({ year: 2025 });
    const states: TimelineState[] = [];
    t.subscribe((s) => states.push(s));
    t.stepForward();
    t.last();
    t.setYear(2030);
    expect(states).toEqual([]);
  });
});

describe('setYear', () => {
  const gappy = [2015, 2017, 2020, 2024] as const;
  it('goes to an exact data year', () => {
    const { t } = make({}, gappy);
    t.setYear(2017);
    expect(t.year).toBe(2017);
  });
  it('snaps a year between data years to the nearest one', () => {
    const { t } = make({}, gappy);
    t.setYear(2018);
    expect(t.year).toBe(2017);
    t.setYear(2019);
    expect(t.year).toBe(2020);
    t.setYear(2023.2);
    expect(t.year).toBe(2024);
    t.setYear(2016); // equidistant: the earlier year
    expect(t.year).toBe(2015);
  });
  it('clamps years outside the range', () => {
    const { t } = make({}, gappy);
    t.setYear(1900);
    expect(t.year).toBe(2015);
    t.setYear(3000);
    expect(t.year).toBe(2024);
  });
  it('ignores NaN and infinities', () => {
    const { t } = make({ year: 2020 }, gappy);
    const states: TimelineState[] = [];
    t.subscribe((s) => states.push(s));
    t.setYear(NaN);
    t.setYear(Infinity);
    t.setYear(-Infinity);
    expect(t.year).toBe(2020);
    expect(states).toEqual([]);
  });
});

describe('subscribe', () => {
  it('listeners receive full state snapshots; unsubscribe stops them', () => {
    const { t, clock } = make({ year: 2023 });
    const states: TimelineState[] = [];
    const off = t.subscribe((s) => states.push(s));
    t.play();
    clock.fire();
    t.setSpeed(2);
    t.setLoop(true);
    t.pause();
    expect(states).toEqual([
      { year: 2023, playing: true, speed: 1, loop: false },
      { year: 2024, playing: true, speed: 1, loop: false },
      { year: 2024, playing: true, speed: 2, loop: false },
      { year: 2024, playing: true, speed: 2, loop: true },
      { year: 2024, playing: false, speed: 2, loop: true }
    ]);
    off();
    t.stepForward();
    expect(states).toHaveLength(5);
  });

  it('the stop at the end is announced with playing false', () => {
    const { t, clock } = make({ year: 2024 });
    const states: TimelineState[] = [];
    t.subscribe((s) => states.push(s));
    t.play();
    clock.fire();
    expect(states.at(-1)).toEqual({ year: 2025, playing: false, speed: 1, loop: false });
  });

  it('a snapshot is a copy, not live state', () => {
    const { t } = make({ year: 2020 });
    const s = t.state;
    t.stepForward();
    expect(s.year).toBe(2020);
  });
});

describe('dispose', () => {
  it('clears the pending timer and drops listeners', () => {
    const { t, clock } = make({ year: 2019 });
    const states: TimelineState[] = [];
    t.subscribe((s) => states.push(s));
    t.play();
    t.dispose();
    expect(clock.pending).toHaveLength(0);
    expect(clock.cleared).toHaveLength(1);
    const before = states.length;
    t.setLoop(true);
    expect(states).toHaveLength(before);
  });
});
