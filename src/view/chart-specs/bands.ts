// The baseline's uncertainty band: how far luck alone moves the no-new-policy path (p10..p90 over
// several seeds, year by year).
import { OUTCOME_FIELDS, outcomeRow, simulate, type Difficulty, type OutcomeRow } from '../../model';

/** Uncertainty of the no-new-policy path: p10 and p90 of each field, year by year, over several seeds. */
export interface OutcomeBands {
  runs: number;
  years: { year: number; low: OutcomeRow; high: OutcomeRow }[];
}

type RunSetup = Parameters<typeof simulate>[0];

/** Quantile by linear interpolation between order statistics (type 7, as the CLI's bands). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/**
 * The spread luck alone gives the no-new-policy path: p10 and p90 of every field, year by year, over
 * `runs` baseline runs with seeds seed .. seed + runs - 1. A year counts the runs that reached it.
 */
export function baselineBands(
  scenario: RunSetup,
  seed: number,
  difficulty: Difficulty,
  years: number,
  runs = 40,
): OutcomeBands {
  const samples: { year: number; rows: OutcomeRow[] }[] = [];
  for (let r = 0; r < runs; r++) {
    simulate(scenario, { seed: seed + r, years, difficulty }).states.forEach((s, k) => {
      const slot = (samples[k] ??= { year: s.year, rows: [] });
      slot.rows.push(outcomeRow(s));
    });
  }
  return {
    runs,
    years: samples.map(({ year, rows }) => {
      const low = {} as OutcomeRow;
      const high = {} as OutcomeRow;
      for (const field of OUTCOME_FIELDS) {
        const sorted = rows.map((row) => row[field]).sort((a, b) => a - b);
        low[field] = quantile(sorted, 0.1);
        high[field] = quantile(sorted, 0.9);
      }
      return { year, low, high };
    }),
  };
}
