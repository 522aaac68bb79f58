// The baseline: the same cluster, seed and difficulty with no new policy (no spending, the starting
// tariff and incentive settings, events answered with their defaults). Every "vs no new policy"
// figure on the report and the debrief compares with this run. It shares the game's shocks (common
// random numbers), so the difference is what the player's policy did, not luck.
// A counterfactual run (counterfactual.ts), computed once per game and cached; a new game (another
// scenario, seed, difficulty or term) recomputes it. Pure; no DOM.
import type { ClusterState, RunResult } from '../model';
import { perGameCache, runCounterfactual, type Game, type GameKey } from './counterfactual';

const cache = perGameCache<RunResult>();
const explainedCache = perGameCache<RunResult>();

/** The no-new-policy run for the context's game (null before a game starts). Cached per game. */
export function baselineRun(context: GameKey): RunResult | null {
  const { scenario } = context;
  if (!scenario) return null;
  const game = { ...context, scenario };
  return cache.get(game, 'baseline', () => runCounterfactual(game, null));
}

/**
 * The baseline's state after year k of the term (0 = the start). Null when the baseline run ended
 * before year k (its approval collapsed: the no-new-policy path has no later years to compare).
 */
export function baselineState(context: GameKey, k: number): ClusterState | null {
  return baselineRun(context)?.states[k] ?? null;
}

/**
 * The no-new-policy run with each year's change explained, run to the end of the term even where its
 * approval collapses (the year's "why" starts from it: see year-explanation.ts). Cached per game.
 */
export function explainedBaselineRun(game: Game): RunResult {
  return explainedCache.get(game, 'explained', () => runCounterfactual(game, null, { explain: true, stopOnCollapse: false }));
}

/** Forgets the cached runs (tests). */
export function clearBaselineCache(): void {
  cache.clear();
  explainedCache.clear();
}
