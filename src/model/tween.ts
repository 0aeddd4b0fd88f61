// Arc widths tween from one year to the next on the CPU, one interpolation per animation frame. (deck.gl's attribute
// transitions read the old buffer back from the GPU synchronously at every start: a stall of 100+ ms on software GL.)
import type { FlowFrame } from './flows';

export interface TweenState {
  /** The frames to draw now: the target year's frames with their widths interpolated. */
  frames: Map<string, FlowFrame>;
  /** True while widths are still moving (the caller keeps requesting animation frames). */
  moving: boolean;
  /** Changes whenever the drawn widths change, for deck.gl `updateTriggers`. */
  version: number;
}

type Widths = Pick<FlowFrame, 'coreWidth' | 'bandWidth'>;

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/**
 * Widths eased from where they were drawn when the year changed to the new year's widths, linearly in time (as
 * deck.gl's own interpolation transition did). Colours, dashes and labels switch at once; only widths move. A
 * duration of 0 (prefers-reduced-motion) jumps.
 */
export class WidthTween {
  private from = new Map<string, Widths>();
  private target = new Map<string, FlowFrame>();
  private startMs = 0;
  private durationMs = 0;
  private version = 0;
  private last: TweenState | null = null;

  /** Moves towards `frames`, starting from the widths drawn at `nowMs` (so a tween cut short continues smoothly). */
  retarget(frames: Map<string, FlowFrame>, nowMs: number, durationMs: number): void {
    const first = this.target.size === 0;
    const current = first ? frames : this.at(nowMs).frames;
    this.from = new Map([...current].map(([id, f]) => [id, { coreWidth: f.coreWidth, bandWidth: f.bandWidth }]));
    this.target = frames;
    this.startMs = nowMs;
    // The first year is drawn at once, as deck.gl drew an attribute's first values.
    this.durationMs = first ? 0 : Math.max(0, durationMs);
    this.version += 1;
    this.last = null;
  }

  /** The frames to draw at `nowMs`. */
  at(nowMs: number): TweenState {
    const t = this.durationMs > 0 ? Math.min(1, Math.max(0, (nowMs - this.startMs) / this.durationMs)) : 1;
    if (t >= 1) {
      // Settled: the same object every call, so nothing downstream sees a change.
      if (!this.last || this.last.moving) this.last = { frames: this.target, moving: false, version: ++this.version };
      return this.last;
    }
    const frames = new Map<string, FlowFrame>();
    for (const [id, f] of this.target) {
      const a = this.from.get(id) ?? { coreWidth: 0, bandWidth: 0 };
      frames.set(id, {
        ...f,
        coreWidth: lerp(a.coreWidth, f.coreWidth, t),
        bandWidth: lerp(a.bandWidth, f.bandWidth, t)
      });
    }
    this.last = { frames, moving: true, version: ++this.version };
    return this.last;
  }
}
