// When to draw a frame only to move the direction pulses along the flows. Such frames are decoration: on a machine
// where a frame is cheap they run at up to 30 per second; where a frame is dear (software WebGL: ~150 ms to redraw and
// composite the map at 1280×800) they must not take the renderer from what the reader asked for. So a pulse frame
// waits until the renderer has been free for as long as the last frame took (at most half its time goes to pulses),
// and none is drawn while the reader is acting (a key, a tap, a drag, a wheel turn) and for a few frames' time after.
// Frames for a change (a new year, a width tween, a selection) are not paced: they are drawn at once.

/** Fastest pulse frame rate: smooth enough for a glow moving along an arc, half the work of 60 per second. */
export const PULSE_MIN_INTERVAL_MS = 1000 / 30;
/** How many frames' time after the reader's last input pulses stay still (at least INPUT_QUIET_MIN_MS). */
export const INPUT_QUIET_FRAMES = 4;
export const INPUT_QUIET_MIN_MS = 150;
/** Slack on the interval, so a 60 Hz display's timestamps (16.7 ms apart, with jitter) give every second frame. */
const SLACK_MS = 4;
/** A frame is never counted as costing more than this (a hidden tab or a debugger pause is not a frame's cost). */
const MAX_FRAME_MS = 1000;

export class PulsePacer {
  /** When the last frame was drawn (ms, performance.now() clock), and how long the frame before it took. */
  private drawnAt = -Infinity;
  private frameMs = PULSE_MIN_INTERVAL_MS;
  private inputAt = -Infinity;

  /**
   * The next animation frame arrived at `nowMs`; `drewLast` says whether a frame was drawn at the previous one. The
   * time between a drawn frame and the next animation frame is what that frame cost the renderer (the browser holds
   * animation frames back while it is still busy with the last one).
   */
  tick(nowMs: number, drewLast: boolean): void {
    if (drewLast && Number.isFinite(this.drawnAt))
      this.frameMs = Math.min(MAX_FRAME_MS, Math.max(0, nowMs - this.drawnAt));
  }

  /** A frame is drawn at `nowMs` (for whatever reason). */
  drew(nowMs: number): void {
    this.drawnAt = nowMs;
  }

  /** The reader pressed a key, touched, clicked, dragged or turned the wheel at `nowMs`. */
  input(nowMs: number): void {
    this.inputAt = nowMs;
  }

  /** The cost of the last measured frame, ms. */
  get lastFrameMs(): number {
    return this.frameMs;
  }

  /** Whether a frame drawn only for the pulses is due at `nowMs`. */
  pulseDue(nowMs: number): boolean {
    const quiet = Math.max(INPUT_QUIET_MIN_MS, INPUT_QUIET_FRAMES * this.frameMs);
    if (nowMs - this.inputAt < quiet) return false;
    return nowMs - this.drawnAt >= Math.max(PULSE_MIN_INTERVAL_MS, 2 * this.frameMs) - SLACK_MS;
  }
}
