// The facilitator's dashboard, as data: every team's trajectory beside the baseline, their
// allocations year by year, how their predictions held up, and a ranking sortable by several
// criteria. Built from the teams' replayed games (workshop-replay.ts), so every number is the
// model's. Pure; no DOM (the screens draw these).
//
// The balanced score. Every team plays the same cluster with the same luck, so a team can be graded
// the way the debrief grades a player (achievable.ts): against the fixed sample of plans run on the
// session's luck (events answered with their defaults, so every team meets the same yardstick). For
// each of six outcomes (average growth, jobs, poverty, working conditions, trust between firms,
// stakeholder support) the team's percentile among the plans at the same year of the term, 0-100,
// ties counting half; the balanced score is their mean. 50 is a middling plan; 90 beats nine in ten
// of the plans tried. Ranked by it, a team whose term was cut short by collapsing support comes after
// every team that kept it, as in the debrief.
import { PREDICTION_INDICATORS, type PredictionIndicator } from '../flow';
import {
  LEVERS,
  meanApproval,
  type Allocation,
  type ClusterState,
  type EndReason,
  type IncentiveTarget,
  type RunResult,
} from '../model';
import { percentileAmong, planSample, scoreValues, SCORE_IDS, LOWER_IS_BETTER, type ScoreId } from './achievable';
import { runCounterfactual, type Game } from './counterfactual';
import { judge, observedChange, PREDICTION_LABELS } from './prediction';
import { msg, type Msg } from './report';
import { yearsOf, type TeamRun } from './workshop-replay';
import { gameSettingsKey, sessionScenario, type SessionSettings } from './workshop-session';
import { DIFFICULTY_PRESETS } from '../flow';

/** The session's game, as the counterfactual runner names one. */
export function sessionGame(settings: SessionSettings): Game {
  return {
    scenario: sessionScenario(settings),
    seed: settings.seed,
    difficulty: DIFFICULTY_PRESETS[settings.difficulty],
    termYears: settings.termYears,
  };
}

const baselines = new Map<string, RunResult>();
const samples = new Map<string, ClusterState[][]>();

/** No new policy on the session's luck (events answered with defaults), run once per session. */
export function sessionBaseline(settings: SessionSettings): RunResult {
  const key = gameSettingsKey(settings);
  let run = baselines.get(key);
  if (!run) baselines.set(key, (run = runCounterfactual(sessionGame(settings), null)));
  return run;
}

/** The baseline's state after year k, or its last when its own term ended sooner. */
export function baselineAt(settings: SessionSettings, k: number): ClusterState {
  const states = sessionBaseline(settings).states;
  return states[Math.min(k, states.length - 1)] as ClusterState;
}

/** The states of each plan of the fixed sample on the session's luck, run once per session. */
export function sessionSample(settings: SessionSettings): ClusterState[][] {
  const key = gameSettingsKey(settings);
  let runs = samples.get(key);
  if (!runs) {
    const game = sessionGame(settings);
    runs = planSample(game.scenario.initial.tariff, game.termYears).map((plan) => runCounterfactual(game, plan).states);
    samples.set(key, runs);
  }
  return runs;
}

/** Forgets the cached runs (tests). */
export function clearDashboardCache(): void {
  baselines.clear();
  samples.clear();
}

// ---------------------------------------------------------------------------------------------
// Trajectories

export interface TrajectoryPoint {
  /** 0 = the start. */
  termYear: number;
  year: number;
  growthPct: number;
  employment: number;
  poverty: number;
  outputUsdM: number;
}

export interface Trajectory {
  /** The team's name; null for the baseline. */
  teamName: string | null;
  points: TrajectoryPoint[];
}

export interface TrajectoriesView {
  /** Calendar years from the start to the end of the term (the x axis). */
  years: number[];
  baseline: Trajectory;
  teams: Trajectory[];
}

function point(s: ClusterState): TrajectoryPoint {
  return {
    termYear: s.t,
    year: s.year,
    growthPct: s.growthPct,
    employment: s.employment,
    poverty: s.poverty,
    outputUsdM: s.outputUsdM,
  };
}

export function selectTrajectories(settings: SessionSettings, runs: readonly TeamRun[]): TrajectoriesView {
  const baseline = sessionBaseline(settings).states;
  const start = baseline[0] as ClusterState;
  return {
    years: Array.from({ length: settings.termYears + 1 }, (_, k) => start.year + k),
    baseline: { teamName: null, points: baseline.map(point) },
    teams: runs.map((run) => ({ teamName: run.teamName, points: run.context.history.map(point) })),
  };
}

// ---------------------------------------------------------------------------------------------
// Allocations

export interface AllocationYear {
  termYear: number;
  year: number;
  /** The budget in force that year, US$ million. */
  budgetUsdM: number;
  shares: Allocation;
  usdM: Allocation;
  /** The share of the budget left unspent. */
  unspentShare: number;
  tariff: number;
  incentiveTarget: IncentiveTarget;
  laborStandards: boolean;
}

export interface TeamAllocations {
  teamName: string;
  years: AllocationYear[];
}

export function teamAllocations(run: TeamRun): TeamAllocations {
  const years = run.context.history.slice(1).map((s): AllocationYear => {
    const shares = { ...s.decisions.allocation };
    const usdM = Object.fromEntries(LEVERS.map((l) => [l, shares[l] * s.budgetUsdM])) as Allocation;
    const spent = LEVERS.reduce((sum, l) => sum + shares[l], 0);
    return {
      termYear: s.t,
      year: s.year,
      budgetUsdM: s.budgetUsdM,
      shares,
      usdM,
      unspentShare: Math.max(0, 1 - spent),
      tariff: s.decisions.tariff,
      incentiveTarget: s.decisions.incentiveTarget,
      laborStandards: s.decisions.laborStandards,
    };
  });
  return { teamName: run.teamName, years };
}

/** A team's average share of the budget per line over the years it played (0 when none). */
export function averageShares(allocations: TeamAllocations): Allocation & { unspent: number } {
  const n = Math.max(1, allocations.years.length);
  const sum = (f: (y: AllocationYear) => number) => allocations.years.reduce((acc, y) => acc + f(y), 0) / n;
  const shares = Object.fromEntries(LEVERS.map((l) => [l, sum((y) => y.shares[l])])) as Allocation;
  return { ...shares, unspent: sum((y) => y.unspentShare) };
}

// ---------------------------------------------------------------------------------------------
// Prediction calibration

export interface TeamCalibration {
  teamName: string;
  yearsPlayed: number;
  yearsPredicted: number;
  made: number;
  right: number;
  /** right / made; null when no prediction was made. */
  rightShare: number | null;
  /** Misses where the outcome was worse than predicted, and better. */
  hopeful: number;
  gloomy: number;
  lines: { indicator: PredictionIndicator; label: string; made: number; right: number }[];
}

/** How a team's predictions held up: each judged as the year report judged it (prediction.ts). */
export function teamCalibration(run: TeamRun): TeamCalibration {
  const { history, log } = run.context;
  const lines = PREDICTION_INDICATORS.map((indicator) => ({
    indicator,
    label: PREDICTION_LABELS[indicator],
    made: 0,
    right: 0,
  }));
  let yearsPredicted = 0;
  let hopeful = 0;
  let gloomy = 0;
  log.forEach((entry, i) => {
    const before = history[i];
    const now = history[i + 1];
    if (!entry.prediction || !before || !now) return;
    let any = false;
    for (const line of lines) {
      const predicted = entry.prediction[line.indicator];
      if (!predicted) continue;
      any = true;
      const judged = judge(line.indicator, predicted, observedChange(line.indicator, before, now));
      line.made++;
      if (judged.judgement === 'right') line.right++;
      if (judged.miss === 'hopeful') hopeful++;
      if (judged.miss === 'gloomy') gloomy++;
    }
    if (any) yearsPredicted++;
  });
  const made = lines.reduce((s, l) => s + l.made, 0);
  const right = lines.reduce((s, l) => s + l.right, 0);
  return {
    teamName: run.teamName,
    yearsPlayed: yearsOf(run),
    yearsPredicted,
    made,
    right,
    rightShare: made > 0 ? right / made : null,
    hopeful,
    gloomy,
    lines,
  };
}

// ---------------------------------------------------------------------------------------------
// Ranking

export const RANKING_CRITERIA = ['balanced', 'poverty', 'jobs', 'output', 'conditions', 'trust', 'approval'] as const;
export type RankingCriterion = (typeof RANKING_CRITERIA)[number];

export const RANKING_LABELS: Readonly<Record<RankingCriterion, Msg>> = {
  balanced: msg('Balanced score'),
  poverty: msg('Poverty'),
  jobs: msg('Jobs'),
  output: msg('Output'),
  conditions: msg('Working conditions'),
  trust: msg('Trust between firms'),
  approval: msg('Stakeholder support'),
};

/** What each ranked column means, for the table's notes. */
export const RANKING_NOTES: Readonly<Record<RankingCriterion, Msg>> = {
  balanced: msg(
    'The mean of six percentiles among the plans tried on the same luck (growth, jobs, poverty, working conditions, trust, support): 50 is a middling plan.',
  ),
  poverty: msg('Poverty rate against no new policy in the same year, points (lower is better).'),
  jobs: msg('Jobs against no new policy in the same year, percent.'),
  output: msg('Output against no new policy in the same year, percent.'),
  conditions: msg('Working conditions against no new policy in the same year, points out of 100.'),
  trust: msg('Trust between firms against no new policy in the same year, points out of 100.'),
  approval: msg('Stakeholders’ average approval against no new policy in the same year, points out of 100.'),
};

export interface RankingRow {
  teamName: string;
  yearsPlayed: number;
  endReason: EndReason | null;
  /** The team's values at its last year, in the model's units. */
  values: { poverty: number; jobs: number; output: number; conditions: number; trust: number; approval: number };
  /**
   * Each criterion against no new policy at the same year: poverty in points (negative is better),
   * jobs and output in percent, the indices and approval in points out of 100; the balanced score.
   */
  scores: Record<RankingCriterion, number>;
  /** The six percentiles behind the balanced score. */
  percentiles: Record<ScoreId, number>;
}

/** Where a criterion's larger score is better. */
export const LOWER_SCORE_IS_BETTER: ReadonlySet<RankingCriterion> = new Set(['poverty']);

export function rankingRow(settings: SessionSettings, run: TeamRun): RankingRow {
  const n = yearsOf(run);
  const history = run.context.history;
  const start = history[0] as ClusterState;
  const end = history[n] as ClusterState;
  const base = baselineAt(settings, n);
  const values = {
    poverty: end.poverty,
    jobs: end.employment,
    output: end.outputUsdM,
    conditions: end.workingConditions,
    trust: end.trust,
    approval: meanApproval(end.approval),
  };
  const pct = (a: number, b: number) => (b !== 0 ? ((a - b) / Math.abs(b)) * 100 : 0);
  const yours = scoreValues(start, end, n);
  const columns = sessionSample(settings).map((states) => {
    const k = Math.min(n, states.length - 1);
    return scoreValues(states[0] as ClusterState, states[k] as ClusterState, k);
  });
  const percentiles = Object.fromEntries(
    SCORE_IDS.map((id) => [
      id,
      percentileAmong(
        yours[id],
        columns.map((c) => c[id]),
        LOWER_IS_BETTER.has(id),
      ),
    ]),
  ) as Record<ScoreId, number>;
  const balanced = SCORE_IDS.reduce((sum, id) => sum + percentiles[id], 0) / SCORE_IDS.length;
  return {
    teamName: run.teamName,
    yearsPlayed: n,
    endReason: run.context.endReason,
    values,
    scores: {
      balanced,
      poverty: (end.poverty - base.poverty) * 100,
      jobs: pct(end.employment, base.employment),
      output: pct(end.outputUsdM, base.outputUsdM),
      conditions: (end.workingConditions - base.workingConditions) * 100,
      trust: (end.trust - base.trust) * 100,
      approval: (meanApproval(end.approval) - meanApproval(base.approval)) * 100,
    },
    percentiles,
  };
}

/**
 * The rows ranked by a criterion, best first (ties by team name). By the balanced score, a term cut
 * short by collapsing support comes after every term that was not.
 */
export function rankTeams(rows: readonly RankingRow[], criterion: RankingCriterion): RankingRow[] {
  const sign = LOWER_SCORE_IS_BETTER.has(criterion) ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (criterion === 'balanced') {
      const cut = Number(a.endReason === 'approval') - Number(b.endReason === 'approval');
      if (cut !== 0) return cut;
    }
    return sign * (a.scores[criterion] - b.scores[criterion]) || a.teamName.localeCompare(b.teamName);
  });
}

// ---------------------------------------------------------------------------------------------
// The whole dashboard

export interface DashboardView {
  scenarioName: string;
  termYears: number;
  /** Teams expected (the session's setting) and teams with a result. */
  teamsExpected: number;
  teamsIn: number;
  trajectories: TrajectoriesView;
  allocations: TeamAllocations[];
  calibration: TeamCalibration[];
  /** Ranked by `criterion`. */
  ranking: RankingRow[];
  criterion: RankingCriterion;
}

export function selectDashboard(
  settings: SessionSettings,
  runs: readonly TeamRun[],
  criterion: RankingCriterion = 'balanced',
): DashboardView {
  return {
    scenarioName: sessionScenario(settings).name,
    termYears: settings.termYears,
    teamsExpected: settings.teams,
    teamsIn: runs.length,
    trajectories: selectTrajectories(settings, runs),
    allocations: runs.map(teamAllocations),
    calibration: runs.map(teamCalibration),
    ranking: rankTeams(
      runs.map((run) => rankingRow(settings, run)),
      criterion,
    ),
    criterion,
  };
}
