// Headless year timeline: play, pause, step, speed, loop. The UI only renders it; tests drive it with a fake clock.

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>)
};

/** This calendar year: the one year a timeline shows when the data has no dated flow figure at all. */
export const currentYear = (): number => new Date().getFullYear();

export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

export interface TimelineState {
  year: number;
  playing: boolean;
  speed: Speed;
  loop: boolean;
}

export interface TimelineOptions {
  clock?: Clock;
  /** Milliseconds a year stays on screen at 1× speed. */
  stepMs?: number;
  loop?: boolean;
  speed?: Speed;
  year?: number;
}

/** The commands a timeline UI sends (TimelineBar gets only these, not the whole timeline). */
export type TimelineCommands = Pick<
  Timeline,
  'toggle' | 'stepForward' | 'stepBack' | 'first' | 'last' | 'setYear' | 'setSpeed' | 'setLoop'
>;

export class Timeline {
  readonly years: readonly number[];
  private index: number;
  private playing = false;
  private speed: Speed;
  private loop: boolean;
  private readonly clock: Clock;
  private readonly stepMs: number;
  private timer: unknown = null;
  private listeners = new Set<(s: TimelineState) => void>();

  constructor(years: readonly number[], opts: TimelineOptions = {}) {
    if (!years.length) throw new Error('Timeline needs at least one year');
    this.years = [...years].sort((a, b) => a - b);
    this.clock = opts.clock ?? realClock;
    this.stepMs = opts.stepMs ?? 1800;
    this.loop = opts.loop ?? false;
    this.speed = opts.speed ?? 1;
    this.index = this.years.length - 1;
    if (opts.year !== undefined) this.index = this.nearestIndex(opts.year);
  }

  get state(): TimelineState {
    return { year: this.year, playing: this.playing, speed: this.speed, loop: this.loop };
  }
  get year(): number {
    return this.years[this.index] as number;
  }
  get isPlaying(): boolean {
    return this.playing;
  }
  get atEnd(): boolean {
    return this.index === this.years.length - 1;
  }
  /** Milliseconds between steps at the current speed. */
  get interval(): number {
    return this.stepMs / this.speed;
  }

  subscribe(fn: (s: TimelineState) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Starts playing; from the last year it starts again at the first, as a reader expects of a "play" button. */
  play(): void {
    if (this.playing) return;
    if (this.atEnd && this.years.length > 1) this.index = 0;
    this.playing = true;
    this.schedule();
    this.emit();
  }
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.unschedule();
    this.emit();
  }
  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }
  stepForward(): void {
    this.go(Math.min(this.index + 1, this.years.length - 1));
  }
  stepBack(): void {
    this.go(Math.max(this.index - 1, 0));
  }
  first(): void {
    this.go(0);
  }
  last(): void {
    this.go(this.years.length - 1);
  }
  /** Moves to a year; a year between data years goes to the nearest one, outside the range is clamped. */
  setYear(year: number): void {
    this.go(this.nearestIndex(year));
  }
  setSpeed(speed: Speed): void {
    if (!SPEEDS.includes(speed)) return;
    this.speed = speed;
    if (this.playing) this.schedule();
    this.emit();
  }
  setLoop(loop: boolean): void {
    this.loop = loop;
    this.emit();
  }
  dispose(): void {
    this.unschedule();
    this.listeners.clear();
  }

  /** One playback step: next year, or wrap/stop at the end. Public so tests can assert on single ticks. */
  tick(): void {
    if (!this.playing) return;
    if (this.atEnd) {
      if (this.loop && this.years.length > 1) this.index = 0;
      else {
        this.playing = false;
        this.unschedule();
        this.emit();
        return;
      }
    } else this.index += 1;
    if (this.atEnd && !this.loop) {
      // Stay on the last year for one interval is not needed: stop now so the button reads "play" at the end.
      this.playing = false;
      this.unschedule();
    } else this.schedule();
    this.emit();
  }

  private go(index: number): void {
    if (index === this.index) return;
    this.index = index;
    if (this.playing) this.schedule();
    this.emit();
  }
  private nearestIndex(year: number): number {
    if (!Number.isFinite(year)) return this.index;
    let best = 0;
    for (let i = 1; i < this.years.length; i++)
      if (Math.abs((this.years[i] as number) - year) < Math.abs((this.years[best] as number) - year)) best = i;
    return best;
  }
  private schedule(): void {
    this.unschedule();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.tick();
    }, this.interval);
  }
  private unschedule(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
  private emit(): void {
    const s = this.state;
    for (const fn of this.listeners) fn(s);
  }
}
