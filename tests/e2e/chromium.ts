// Finds a Chromium to drive and its flags: one definition in scripts/chromium.mjs, shared with `npm run bench`.
import { CHROMIUM_ARGS as ARGS, chromiumPath as findChromium } from '../../scripts/chromium.mjs';

export function chromiumPath(): string {
  return findChromium();
}

/** Software WebGL2 through ANGLE + SwiftShader: what works on machines without a GPU (see TECH-NOTES). */
export const CHROMIUM_ARGS: string[] = ARGS;
