// GPU back-pressure: the map's repaint waits while the GPU is still drawing its last frame, asks for one frame however
// many repaints came meanwhile, and goes ahead at once when the GPU is done (a real GPU: nothing changes).
import { describe, expect, it } from 'vitest';
import { paceByGpu, type FenceGl, type PacedMap } from '../../src/map/gpuPacing';

const UNSIGNALED = 0x9118;
const SIGNALED = 0x9119;

/** A fake GL whose fences pass when the test says so, and a fake map whose frames are counted. */
function setup() {
  const fences = new Map<object, boolean>();
  let flushes = 0;
  const gl = {
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    SYNC_STATUS: 0x9114,
    UNSIGNALED,
    fenceSync: () => {
      const f = {};
      fences.set(f, false);
      return f;
    },
    getSyncParameter: (f: WebGLSync) => (fences.get(f) ? SIGNALED : UNSIGNALED),
    deleteSync: (f: WebGLSync | null) => {
      if (f) fences.delete(f);
    },
    flush: () => {
      flushes++;
    }
  } as unknown as FenceGl;
  const listeners: (() => void)[] = [];
  let frames = 0;
  const map: PacedMap & { render(): void } = {
    // MapLibre's own repaint: draws one frame (here at once), which fires `render`.
    triggerRepaint() {
      map.render();
    },
    render() {
      frames++;
      for (const l of listeners) l();
    },
    on: (_: 'render', l: () => void) => listeners.push(l),
    off: (_: 'render', l: () => void) => listeners.splice(listeners.indexOf(l), 1)
  };
  const rafs: (() => void)[] = [];
  const raf = (cb: () => void) => rafs.push(cb);
  const caf = (id: number) => {
    rafs[id - 1] = () => {};
  };
  /** Runs the animation-frame callbacks queued so far. */
  const nextFrame = () => {
    for (const cb of rafs.splice(0)) cb();
  };
  const gpuDone = () => {
    for (const f of fences.keys()) fences.set(f, true);
  };
  return { gl, map, raf, caf, nextFrame, gpuDone, frames: () => frames, fences, flushes: () => flushes };
}

describe('GPU pacing of map frames', () => {
  it('draws at once while the GPU has nothing of ours in flight', () => {
    const s = setup();
    paceByGpu(s.map, s.gl, s.raf, s.caf);
    s.map.triggerRepaint();
    expect(s.frames()).toBe(1);
    // A fence follows the frame, sent to the GPU at once.
    expect(s.fences.size).toBe(1);
    expect(s.flushes()).toBe(1);
  });

  it('holds repaints while the last frame is being drawn, then draws one frame for all of them', () => {
    const s = setup();
    const pacer = paceByGpu(s.map, s.gl, s.raf, s.caf);
    s.map.triggerRepaint();
    for (let i = 0; i < 5; i++) s.map.triggerRepaint();
    expect(s.frames()).toBe(1);
    expect(pacer.busy()).toBe(true);
    // Animation frames pass with the GPU still busy: still one frame.
    s.nextFrame();
    s.nextFrame();
    expect(s.frames()).toBe(1);
    s.gpuDone();
    s.nextFrame();
    expect(s.frames()).toBe(2);
    // Nothing else was owed.
    s.gpuDone();
    s.nextFrame();
    expect(s.frames()).toBe(2);
  });

  it('keeps one fence at a time', () => {
    const s = setup();
    paceByGpu(s.map, s.gl, s.raf, s.caf);
    for (let i = 0; i < 4; i++) {
      s.map.triggerRepaint();
      s.gpuDone();
    }
    expect(s.frames()).toBe(4);
    expect(s.fences.size).toBe(1);
  });

  it('puts the map back as it was when disposed', () => {
    const s = setup();
    const own = Object.getOwnPropertyDescriptor(s.map, 'triggerRepaint')?.value as unknown;
    const pacer = paceByGpu(s.map, s.gl, s.raf, s.caf);
    expect(Object.getOwnPropertyDescriptor(s.map, 'triggerRepaint')?.value).not.toBe(own);
    s.map.triggerRepaint();
    s.map.triggerRepaint();
    pacer.dispose();
    expect(Object.getOwnPropertyDescriptor(s.map, 'triggerRepaint')?.value).toBe(own);
    expect(s.fences.size).toBe(0);
    // The held repaint does not come back after dispose; a new one draws at once.
    s.gpuDone();
    s.nextFrame();
    expect(s.frames()).toBe(1);
    s.map.triggerRepaint();
    expect(s.frames()).toBe(2);
  });
});
