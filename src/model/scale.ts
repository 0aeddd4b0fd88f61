// Tonnes → pixels. Linear on purpose: an arc twice as wide carries twice the tonnes, which is what readers assume.
export interface WidthScale {
  /** Tonnes at which an arc reaches `maxPx`. */
  maxTonnes: number;
  maxPx: number;
  /** Width never drawn thinner than this, so a small documented flow stays visible (stated in the legend). */
  minPx: number;
}

export function makeWidthScale(maxTonnes: number, maxPx = 26, minPx = 1.5): WidthScale {
  return { maxTonnes: maxTonnes > 0 ? maxTonnes : 1, maxPx, minPx };
}

export function widthPx(scale: WidthScale, tonnes: number): number {
  if (!(tonnes > 0)) return 0;
  return Math.max(scale.minPx, (tonnes / scale.maxTonnes) * scale.maxPx);
}

/** Two or three round reference values (in tonnes) for the legend, each at most the scale's maximum. */
export function referenceTonnes(scale: WidthScale): number[] {
  const max = scale.maxTonnes;
  const mt = max / 1e6;
  const step = [0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 50].find((s) => mt / s <= 3.5) ?? 100;
  const out: number[] = [];
  for (let v = step; v <= mt + 1e-9 && out.length < 3; v += step) out.push(Math.round(v * 1e6));
  if (out.length === 1 && step / 2 >= 0.005) out.unshift(Math.round((step / 2) * 1e6));
  return out;
}

/**
 * Tonnes → circle radius for a port's own throughput. Square root on purpose: the circle's AREA is proportional to the
 * tonnes, so a port handling four times as much shows four times the area (twice the radius). One scale for all years.
 */
export interface AreaScale {
  /** Tonnes at which a circle reaches `maxRadiusPx`. */
  maxTonnes: number;
  maxRadiusPx: number;
  /** Radius never drawn smaller than this, so a small documented figure stays visible (stated in the legend). */
  minRadiusPx: number;
}

export function makeAreaScale(maxTonnes: number, maxRadiusPx = 24, minRadiusPx = 3): AreaScale {
  return { maxTonnes: maxTonnes > 0 ? maxTonnes : 1, maxRadiusPx, minRadiusPx };
}

export function radiusPx(scale: AreaScale, tonnes: number): number {
  if (!(tonnes > 0)) return 0;
  return Math.max(scale.minRadiusPx, Math.sqrt(tonnes / scale.maxTonnes) * scale.maxRadiusPx);
}

/** Reference circles for the legend: the largest round value within the scale, a quarter and a sixteenth of it. */
export function referenceCircleTonnes(scale: AreaScale): number[] {
  const mt = scale.maxTonnes / 1e6;
  const top = [20, 16, 10, 8, 5, 4, 2, 1, 0.5, 0.4, 0.2, 0.1].find((s) => s <= mt + 1e-9);
  // Nothing worth a key (no port figure loaded, or all under 0.1 Mt): no reference circles, never circles of 0 t.
  if (top === undefined) return [];
  return [top / 16, top / 4, top].map((v) => Math.round(v * 1e6));
}
