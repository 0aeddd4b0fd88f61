// Back-pressure from the GPU: the map starts a frame only once the GPU has finished the one before.
//
// On software GL (SwiftShader, two cores) one frame of this map costs ~150 ms in the GPU process, while the page may
// ask for one every 16 ms (widths easing to a new year, pulses, a pan). The browser queues the frames there, and the
// page's next picture, its HTML included (the year label after a key press), is shown only after them: a key press took
// 0.8–1.1 s to show while scrubbing (Event Timing: 1–40 ms of input delay and handlers, the rest waiting to be
// presented). With a fence after each frame and no new frame until it has passed, at most one frame is in flight; the
// frames not drawn are skipped, not delayed (every frame draws the state of its own moment). On a real GPU the fence
// has passed by the next animation frame and nothing changes.

/** The part of MapLibre's map this needs. */
export interface PacedMap {
  triggerRepaint(): void;
  on(type: 'render', listener: () => void): unknown;
  off(type: 'render', listener: () => void): unknown;
}

/** The part of WebGL 2 this needs. */
export type FenceGl = Pick<
  WebGL2RenderingContext,
  | 'fenceSync'
  | 'getSyncParameter'
  | 'deleteSync'
  | 'flush'
  | 'SYNC_GPU_COMMANDS_COMPLETE'
  | 'SYNC_STATUS'
  | 'UNSIGNALED'
>;

export interface GpuPacer {
  /** True while the GPU is still drawing the last frame (a new one would queue behind it). */
  busy(): boolean;
  /** Puts the map's repaint back as it was. */
  dispose(): void;
}

/**
 * Makes `map.triggerRepaint` wait (polling once per animation frame) while the GPU is busy with the map's last frame;
 * repaints asked for meanwhile become one.
 */
export function paceByGpu(
  map: PacedMap,
  gl: FenceGl,
  raf: (cb: () => void) => number = requestAnimationFrame,
  caf: (id: number) => void = cancelAnimationFrame
): GpuPacer {
  let fence: WebGLSync | null = null;
  let poll = 0;
  const busy = () => {
    if (!fence) return false;
    // A lost context answers null: not busy.
    if (gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.UNSIGNALED) return true;
    gl.deleteSync(fence);
    fence = null;
    return false;
  };
  // MapLibre calls its own triggerRepaint as `this.triggerRepaint()`, so an own property of the instance takes over.
  const own = Object.getOwnPropertyDescriptor(map, 'triggerRepaint');
  const repaint = map.triggerRepaint.bind(map);
  const check = () => {
    poll = 0;
    if (busy()) poll = raf(check);
    else repaint();
  };
  map.triggerRepaint = () => {
    if (poll) return;
    if (busy()) poll = raf(check);
    else repaint();
  };
  const afterFrame = () => {
    if (fence) gl.deleteSync(fence);
    fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    // Sent now, so the fence is in the GPU's queue right behind the frame.
    gl.flush();
  };
  map.on('render', afterFrame);
  return {
    busy,
    dispose() {
      map.off('render', afterFrame);
      if (poll) caf(poll);
      poll = 0;
      if (fence) gl.deleteSync(fence);
      fence = null;
      if (own) Object.defineProperty(map, 'triggerRepaint', own);
      else Reflect.deleteProperty(map, 'triggerRepaint');
    }
  };
}
