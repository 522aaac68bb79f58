// Uncertainty: the plan and the baseline run over many seeds (common random numbers: seed i of the
// plan meets the same shocks as seed i of the baseline), summarised as p10/p50/p90 fans per year,
// the spread at the horizon, the chance the plan beats the baseline on each outcome and the chance
// of meeting each of the scenario's goals. A chunked job (plan-job.ts) so a worker can report
// progress and stop. Pure; no DOM.
import type { ClusterState } from '../model';
import type { Scenario } from '../scenario';
import { goalMet } from './goals';
import {
  PLAN_OUTCOMES,
  better,
  collapsedBefore,
  horizonOutcomes,
  prepareCase,
  runCase,
  seedAt,
  yearOutcome,
  type PlanCase,
  type PlanOutcome,
} from './plan-case';
import { runToEnd, type PlanJob, unitJob } from './plan-job';

export const UNCERTAINTY_RUNS = { default: 200, min: 1, max: 2000 } as const;

export interface UncertaintyOptions {
  /** The first seed of the set (seeds seed, seed + 1, ...). */
  seed: number;
  /** How many seeds (default 200, at most 2,000). */
  runs?: number;
}

/** Percentiles per year (index 0 = the start, k = after year k). */
export interface Fan {
  p10: number[];
  p50: number[];
  p90: number[];
}

/** Percentiles and the mean of one figure over the seeds. */
export interface Spread {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

type Goal = Scenario['goals'][number];

export interface GoalChance {
  label: string;
  metric: Goal['metric'];
  comparison: Goal['comparison'];
  value?: number;
  /** Share of seeds in which the plan meets the goal at the horizon. */
  plan: number;
  /** The same for the baseline (0 for a goal that asks to beat the baseline). */
  baseline: number;
}

export interface UncertaintyResult {
  runs: number;
  baseSeed: number;
  years: number;
  /** Calendar year of each fan index (the start, then the end of each year). */
  calendarYears: number[];
  /** Yearly fans: output, growth (that year's), employment, poverty, working conditions, trust, external dependence. */
  fans: {
    plan: Record<PlanOutcome, Fan>;
    baseline: Record<PlanOutcome, Fan>;
    /** Percentiles of the plan's value minus the baseline's, seed by seed. */
    difference: Record<PlanOutcome, Fan>;
  };
  /** At the horizon (growth: the average yearly growth over the horizon). */
  horizon: {
    plan: Record<PlanOutcome, Spread>;
    baseline: Record<PlanOutcome, Spread>;
    difference: Record<PlanOutcome, Spread>;
  };
  /** Share of seeds in which the plan is strictly better than the baseline at the horizon (lower poverty and dependence are better). */
  beatChance: Record<PlanOutcome, number>;
  goals: GoalChance[];
  /** Share of seeds in which stakeholder approval collapsed before the horizon (the game would have ended the term early). */
  collapseChance: { plan: number; baseline: number };
}

/**
 * The percentile `p` (0..1) of sorted values, interpolating linearly between the closest ranks (the
 * usual "type 7" definition, as spreadsheets compute it).
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

function spreadOf(values: Float64Array): Spread {
  const sorted = values.slice().sort();
  let sum = 0;
  for (const v of values) sum += v;
  return {
    p10: percentileOfSorted(sorted, 0.1),
    p50: percentileOfSorted(sorted, 0.5),
    p90: percentileOfSorted(sorted, 0.9),
    mean: values.length > 0 ? sum / values.length : Number.NaN,
  };
}

function mapOutcomes<T>(f: (o: PlanOutcome) => T): Record<PlanOutcome, T> {
  const out = {} as Record<PlanOutcome, T>;
  for (const o of PLAN_OUTCOMES) out[o] = f(o);
  return out;
}

/** The uncertainty job: one unit is one seed (a run of the plan and one of the baseline). */
export function uncertaintyJob(c: PlanCase, options: UncertaintyOptions): PlanJob<UncertaintyResult> {
  const runs = Math.round(options.runs ?? UNCERTAINTY_RUNS.default);
  if (!(runs >= UNCERTAINTY_RUNS.min && runs <= UNCERTAINTY_RUNS.max))
    throw new Error(
      `runs must be a whole number from ${UNCERTAINTY_RUNS.min} to ${UNCERTAINTY_RUNS.max} (got ${String(options.runs)})`,
    );
  const prepared = prepareCase(c);
  const years = c.years;
  const points = years + 1;
  // Values by outcome, year-major: [k * runs + i] is seed i's value after year k.
  const planYears = mapOutcomes(() => new Float64Array(points * runs));
  const baseYears = mapOutcomes(() => new Float64Array(points * runs));
  const planEnd = mapOutcomes(() => new Float64Array(runs));
  const baseEnd = mapOutcomes(() => new Float64Array(runs));
  const beats = mapOutcomes(() => 0);
  const goals = c.scenario.goals;
  const goalPlan = new Float64Array(goals.length);
  const goalBase = new Float64Array(goals.length);
  const collapses = { plan: 0, baseline: 0 };
  let calendarYears: number[] = [];

  const record = (store: Record<PlanOutcome, Float64Array>, states: readonly ClusterState[], i: number): void => {
    for (const o of PLAN_OUTCOMES) {
      const column = store[o];
      for (let k = 0; k < points; k++) column[k * runs + i] = yearOutcome(states[k] as ClusterState, o);
    }
  };

  const runSeed = (i: number): void => {
    const seed = seedAt(options.seed, i);
    const plan = runCase(prepared, seed, c.plan).states;
    const base = runCase(prepared, seed, null).states;
    if (i === 0) calendarYears = plan.map((s) => s.year);
    record(planYears, plan, i);
    record(baseYears, base, i);
    const planValues = horizonOutcomes(plan);
    const baseValues = horizonOutcomes(base);
    for (const o of PLAN_OUTCOMES) {
      planEnd[o][i] = planValues[o];
      baseEnd[o][i] = baseValues[o];
      if (better(o, planValues[o], baseValues[o])) beats[o]++;
    }
    const planFinal = plan[years] as ClusterState;
    const baseFinal = base[years] as ClusterState;
    goals.forEach((goal, g) => {
      if (goalMet(goal, planFinal, baseFinal)) goalPlan[g] = (goalPlan[g] as number) + 1;
      if (goalMet(goal, baseFinal, baseFinal)) goalBase[g] = (goalBase[g] as number) + 1;
    });
    if (collapsedBefore(prepared, plan)) collapses.plan++;
    if (collapsedBefore(prepared, base)) collapses.baseline++;
  };

  const fanOf = (
    store: Record<PlanOutcome, Float64Array>,
    o: PlanOutcome,
    minus?: Record<PlanOutcome, Float64Array>,
  ): Fan => {
    const fan: Fan = { p10: [], p50: [], p90: [] };
    const column = store[o];
    const other = minus?.[o];
    for (let k = 0; k < points; k++) {
      const year = column.slice(k * runs, (k + 1) * runs);
      if (other) for (let i = 0; i < runs; i++) year[i] = (year[i] as number) - (other[k * runs + i] as number);
      year.sort();
      fan.p10.push(percentileOfSorted(year, 0.1));
      fan.p50.push(percentileOfSorted(year, 0.5));
      fan.p90.push(percentileOfSorted(year, 0.9));
    }
    return fan;
  };

  const finish = (): UncertaintyResult => ({
    runs,
    baseSeed: options.seed,
    years,
    calendarYears,
    fans: {
      plan: mapOutcomes((o) => fanOf(planYears, o)),
      baseline: mapOutcomes((o) => fanOf(baseYears, o)),
      difference: mapOutcomes((o) => fanOf(planYears, o, baseYears)),
    },
    horizon: {
      plan: mapOutcomes((o) => spreadOf(planEnd[o])),
      baseline: mapOutcomes((o) => spreadOf(baseEnd[o])),
      difference: mapOutcomes((o) => spreadOf(planEnd[o].map((v, i) => v - (baseEnd[o][i] as number)))),
    },
    beatChance: mapOutcomes((o) => beats[o] / runs),
    goals: goals.map((goal, g) => ({
      label: goal.label,
      metric: goal.metric,
      comparison: goal.comparison,
      ...(goal.value !== undefined ? { value: goal.value } : {}),
      plan: (goalPlan[g] as number) / runs,
      baseline: (goalBase[g] as number) / runs,
    })),
    collapseChance: { plan: collapses.plan / runs, baseline: collapses.baseline / runs },
  });

  return unitJob(runs, runSeed, finish, 'the uncertainty runs are');
}

/** All the runs at once (tests, the benchmark). */
export function runUncertainty(c: PlanCase, options: UncertaintyOptions): UncertaintyResult {
  return runToEnd(uncertaintyJob(c, options));
}
