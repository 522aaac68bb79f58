// Small numeric helpers shared by the mechanisms.

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export const clamp01 = (x: number): number => clamp(x, 0, 1);

/** Diminishing returns: 0 at 0, about 0.63 at 1 reference unit, approaching 1. */
export function saturate(referenceUnits: number): number {
  return referenceUnits <= 0 ? 0 : 1 - Math.exp(-referenceUnits);
}

/** A smooth threshold: 0.5 at the threshold, near 0 well below and near 1 well above. */
export function threshold(x: number, at: number, softness = 0.04): number {
  return 1 / (1 + Math.exp(-(x - at) / softness));
}

/** Safe log ratio for growth rates; 0 when either side is not positive. */
export function logRatio(next: number, prev: number): number {
  return next > 0 && prev > 0 ? Math.log(next / prev) : 0;
}
