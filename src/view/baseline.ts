// The baseline: the same cluster, seed and difficulty with no new policy (no spending, the starting
// tariff and incentive settings, events answered with their defaults). Every "vs no new policy"
// figure on the report and the debrief compares with this run. It shares the game's shocks (common
// random numbers), so the difference is what the player's policy did, not luck.
// Computed once per game and cached; a new game (another scenario, seed, difficulty or term)
// recomputes it. Pure; no DOM.
import type { GameContext } from '../flow';
import { simulate, type ClusterState, type RunResult } from '../model';
import type { Scenario } from '../scenario';

interface CacheEntry {
  scenario: Scenario;
  seed: number;
  leakage: number;
  shocks: number;
  years: number;
  run: RunResult;
}

let cache: CacheEntry | null = null;

/** The no-new-policy run for the context's game (null before a game starts). Cached per game. */
export function baselineRun(context: Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'termYears'>): RunResult | null {
  const { scenario, seed, difficulty, termYears } = context;
  if (!scenario) return null;
  if (
    cache &&
    cache.scenario === scenario &&
    cache.seed === seed &&
    cache.leakage === difficulty.leakage &&
    cache.shocks === difficulty.shocks &&
    cache.years === termYears
  ) {
    return cache.run;
  }
  const run = simulate(scenario, { seed, years: termYears, difficulty });
  cache = { scenario, seed, leakage: difficulty.leakage, shocks: difficulty.shocks, years: termYears, run };
  return run;
}

/**
 * The baseline's state after year k of the term (0 = the start). Null when the baseline run ended
 * before year k (its approval collapsed: the no-new-policy path has no later years to compare).
 */
export function baselineState(context: Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'termYears'>, k: number): ClusterState | null {
  return baselineRun(context)?.states[k] ?? null;
}

/** Forgets the cached run (tests). */
export function clearBaselineCache(): void {
  cache = null;
}
