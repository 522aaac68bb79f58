// Percentiles for the Monte Carlo bands of the headless simulator.

/**
 * The p-th quantile (0 <= p <= 1) of `values` by linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R, NumPy and spreadsheets): with the values sorted,
 * position h = (n - 1) p, and the result is x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h]).
 * The input is not modified. Throws on an empty list or p outside 0..1.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  if (!(p >= 0 && p <= 1)) throw new Error(`percentile: p must be between 0 and 1 (got ${p})`);
  return percentileOfSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** As percentile(), for values already sorted ascending. */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) throw new Error('percentile of an empty list');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

export interface Band {
  p10: number;
  p50: number;
  p90: number;
}

/** The 10th, 50th and 90th percentiles of a list (sorted once). */
export function band(values: readonly number[]): Band {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p10: percentileOfSorted(sorted, 0.1),
    p50: percentileOfSorted(sorted, 0.5),
    p90: percentileOfSorted(sorted, 0.9),
  };
}
