// History mode (issue 13): the path the real government took, run through the counterfactual
// runner with the game's scenario, seed, difficulty and term (the same luck as the player's term),
// for the extra line on every outcome chart and the debrief's "your term versus what was done".
// Pure; no DOM. The history and its world come from src/scenario/history.ts.
import type { GameContext } from '../flow';
import type { ClusterState, RunResult } from '../model';
import { historyPlan, historyWorld, type Scenario } from '../scenario';
import { baselineState } from './baseline';
import { perGameCache, runCounterfactual, type GameKey } from './counterfactual';
import { formatCount, formatShare, formatUsdM } from './format';
import { goalMet, type Goal } from './goals';
import { msg, type Msg } from './report';

const cache = perGameCache<RunResult | null>();

/**
 * The history's run for a game (null when the scenario has no history): its plan in its world,
 * ending where its approval collapses, as the player's term would. Cached per game.
 */
export function historyRun(game: GameKey): RunResult | null {
  const { scenario } = game;
  if (!scenario?.history) return null;
  return cache.get({ ...game, scenario }, 'history', () => runCounterfactual({ ...game, scenario: historyWorld(scenario) }, historyPlan(scenario)));
}

/** The history's states to draw beside the player's, when the game is played against history (else null). */
export function historyStatesForGame(context: GameKey & Partial<Pick<GameContext, 'againstHistory'>>): readonly ClusterState[] | null {
  return context.againstHistory ? (historyRun(context)?.states ?? null) : null;
}

/** Whether a scenario can be played against history. */
export function hasHistory(scenario: Scenario | null): boolean {
  return Boolean(scenario?.history);
}

/** The chart line's name (translated by the screens). */
export const HISTORY_LABEL = 'What was done';

export type ComparedOutcome = 'outputUsdM' | 'employment' | 'poverty';
const COMPARED: readonly { metric: ComparedOutcome; label: string; higherIsBetter: boolean; format: (v: number) => string }[] = [
  { metric: 'outputUsdM', label: 'Output', higherIsBetter: true, format: (v) => formatUsdM(v) },
  { metric: 'employment', label: 'Jobs', higherIsBetter: true, format: (v) => formatCount(v) },
  { metric: 'poverty', label: 'Poverty', higherIsBetter: false, format: (v) => formatShare(v) },
];

export type Verdict = 'yours' | 'history' | 'even';

export interface ComparisonRow {
  metric: ComparedOutcome;
  /** English; the screen translates it. */
  label: string;
  yours: string;
  history: string;
  baseline: string;
  /** Which did better, judged on the figures as shown (equal when they round the same). */
  better: Verdict;
}

export interface GoalComparison {
  label: string;
  yours: boolean;
  history: boolean;
}

export interface HistoryComparison {
  /** The year compared: the last both runs reached. */
  year: number;
  rows: ComparisonRow[];
  goals: GoalComparison[];
  /** One or two sentences for the reader. */
  summary: Msg[];
}

function verdict(yours: number, history: number, shownEqual: boolean, higherIsBetter: boolean): Verdict {
  if (shownEqual || yours === history) return 'even';
  return yours > history === higherIsBetter ? 'yours' : 'history';
}

/**
 * Your term against what was done, at the last year both reached: output, jobs and poverty (with
 * no new policy alongside) and each goal met or not. Null unless the game is played against history
 * and has played a year. Goals against "no new policy" use the baseline of the same year for both.
 */
export function historyComparison(context: GameContext): HistoryComparison | null {
  if (!context.againstHistory || !context.scenario || context.history.length < 2) return null;
  const run = historyRun(context);
  if (!run) return null;
  const k = Math.min(context.history.length, run.states.length) - 1;
  const yours = context.history[k];
  const history = run.states[k];
  if (!yours || !history || k < 1) return null;
  const baseline = baselineState(context, k);
  const rows = COMPARED.map(({ metric, label, higherIsBetter, format }): ComparisonRow => {
    const a = format(yours[metric]);
    const b = format(history[metric]);
    return {
      metric,
      label,
      yours: a,
      history: b,
      baseline: baseline ? format(baseline[metric]) : '–',
      better: verdict(yours[metric], history[metric], a === b, higherIsBetter),
    };
  });
  const goals = context.scenario.goals.map((goal: Goal) => ({
    label: goal.label,
    yours: goalMet(goal, yours, baseline),
    history: goalMet(goal, history, baseline),
  }));
  const won = rows.filter((r) => r.better === 'yours').length;
  const lost = rows.filter((r) => r.better === 'history').length;
  const summary: Msg[] = [
    msg('By {year}, your term did better than what was done on {won} of {total} outcomes and worse on {lost}.', {
      year: yours.year,
      won,
      lost,
      total: rows.length,
    }),
    msg('You met {mine} of {total} goals; what was done met {theirs}.', {
      mine: goals.filter((g) => g.yours).length,
      theirs: goals.filter((g) => g.history).length,
      total: goals.length,
    }),
  ];
  if (run.states.length - 1 < context.termYears)
    summary.push(msg('What was done lost the stakeholders’ support in {year}; the comparison stops there.', { year: run.states[run.states.length - 1]?.year ?? yours.year }));
  return { year: yours.year, rows, goals, summary };
}

/** Forgets the cached runs (tests). */
export function clearHistoryCache(): void {
  cache.clear();
}
