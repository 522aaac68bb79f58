// Chart inputs from the game's context: its history, its baseline and band (cached per game, shared
// with the report and the debrief) and the marked years.
import { baselineRun } from '../baseline';
import { difficultyLevelOf, type GameContext } from '../../flow';
import type { ClusterState, Difficulty } from '../../model';
import type { Scenario } from '../../scenario';
import { historyStatesForGame } from '../history';
import { shownScenario } from '../scenario-text';
import { baselineBands, type OutcomeBands } from './bands';
import { runAnnotations } from './marks';
import type { ChartInputs } from './outcomes';

export const BAND_RUNS = 40;

interface Cached {
  key: string;
  scenario: Scenario;
  baseline: ClusterState[];
  bands: OutcomeBands | null;
}
let cached: Cached | null = null;

type GameKey = Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'termYears'>;

/** The baseline (and, when asked, its band) for the context's game; recomputed only for another game. */
export function baselineForGame(
  context: GameKey,
  withBands = true,
): { baseline: ClusterState[]; bands: OutcomeBands | null } {
  const { scenario, seed, difficulty, termYears } = context;
  if (!scenario) return { baseline: [], bands: null };
  const key = `${seed}/${difficulty.leakage}/${difficulty.shocks}/${termYears}`;
  if (!cached || cached.scenario !== scenario || cached.key !== key) {
    // One baseline run per game, shared with the report and the debrief (view/baseline.ts).
    cached = { key, scenario, baseline: baselineRun(context)?.states ?? [], bands: null };
  }
  if (withBands && !cached.bands) cached.bands = baselineBands(scenario, seed, difficulty, termYears, BAND_RUNS);
  return { baseline: cached.baseline, bands: withBands ? cached.bands : null };
}

/**
 * Whether the band of the context's game is computed already. The band takes ~40 runs (tens of
 * milliseconds), so screens draw without it first and add it when the browser is idle.
 */
export function bandsReady(context: GameKey): boolean {
  const { scenario, seed, difficulty, termYears } = context;
  return (
    cached !== null &&
    cached.scenario === scenario &&
    cached.key === `${seed}/${difficulty.leakage}/${difficulty.shocks}/${termYears}` &&
    cached.bands !== null
  );
}

/** Chart inputs for the game in `context`: its history, its baseline and band, and the marked years. */
export function chartInputsForGame(
  context: GameKey & Pick<GameContext, 'history' | 'log'> & Partial<Pick<GameContext, 'againstHistory'>>,
  options: { bands?: boolean } = {},
): ChartInputs {
  const { baseline, bands } = baselineForGame(context, options.bands ?? true);
  return {
    player: context.history,
    baseline,
    bands,
    annotations: runAnnotations({
      states: context.history,
      log: context.log,
      // Event titles and choices in the current language.
      scenario: context.scenario ? shownScenario(context.scenario) : null,
      termYears: context.termYears,
    }),
    goals: context.scenario?.goals ?? [],
    history: historyStatesForGame(context),
  };
}

/** "normal", "easy", "hard", or the raw numbers for a custom difficulty. */
export function difficultyName(difficulty: Difficulty): string {
  return difficultyLevelOf(difficulty) ?? `leakage ${difficulty.leakage}, shocks ${difficulty.shocks}`;
}
