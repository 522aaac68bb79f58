// What the planner's engines (uncertainty, sensitivity, the optimiser) take: a scenario, a plan, a
// horizon, a difficulty and the user's assumptions, plus seeds. Every run goes through the one
// counterfactual runner (counterfactual.ts) with the assumptions applied to the plan and the
// baseline alike, so a difference between two runs of a case is the policy's, never luck's or an
// assumption's. Also the outcomes the planner reports, each with the direction that is better.
// Pure; no DOM.
import {
  applyAssumptions,
  assumptionProblems,
  decisionProblems,
  planYear,
  resolveDecisions,
  resolveParams,
  meanApproval,
  type Assumptions,
  type ClusterState,
  type Decisions,
  type Difficulty,
  type Plan,
  type PlanYear,
  type RunResult,
} from '../model';
import { startingDecisions, type Scenario } from '../scenario';
import { runCounterfactual, type Game } from './counterfactual';

export interface PlanCase {
  scenario: Scenario;
  /** The plan (years may leave fields out; a plan shorter than the horizon repeats its last year). */
  plan: Plan;
  /** Years to run, HORIZON_LIMITS.min..max. */
  years: number;
  difficulty: Difficulty;
  assumptions: Assumptions;
}

export const HORIZON_LIMITS = { min: 5, max: 30 } as const;

/**
 * The i-th seed of a set that starts at `baseSeed`: baseSeed, baseSeed + 1, ... (the CLI's --runs
 * rule), so the first run of a set is the planner's single run for that seed.
 */
export function seedAt(baseSeed: number, i: number): number {
  return (baseSeed + i) | 0;
}

/** Problems with a case, each naming the field; empty when every run of it can go ahead. */
export function planCaseProblems(c: PlanCase): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(c.years) || c.years < HORIZON_LIMITS.min || c.years > HORIZON_LIMITS.max)
    problems.push(`years must be a whole number from ${HORIZON_LIMITS.min} to ${HORIZON_LIMITS.max} (got ${String(c.years)})`);
  for (const key of ['leakage', 'shocks'] as const) {
    const value = c.difficulty?.[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 5) problems.push(`difficulty.${key} must be a number from 0 to 5 (got ${String(value)})`);
  }
  problems.push(...assumptionProblems(c.assumptions));
  if (problems.length === 0) {
    let previous = startingDecisions(c.scenario);
    for (let k = 1; k <= c.years; k++) {
      const decisions = resolveDecisions(planYear(c.plan, k), previous);
      for (const problem of decisionProblems(decisions)) problems.push(`plan year ${k}: ${problem}`);
      previous = decisions;
    }
  }
  return problems;
}

/**
 * A case made ready to run many times: the assumptions applied once (the same objects for every
 * run, so nothing is rebuilt per seed) and the approval floor for "would the game have ended early".
 */
export interface PreparedCase {
  case: PlanCase;
  /** The scenario and difficulty under the case's assumptions ("modified baseline"). */
  game: Omit<Game, 'seed'>;
  approvalCollapse: number;
}

export function prepareCase(c: PlanCase): PreparedCase {
  const applied = applyAssumptions(c.scenario, c.difficulty, c.assumptions);
  return {
    case: c,
    game: { scenario: applied.setup, difficulty: applied.difficulty, termYears: c.years },
    approvalCollapse: resolveParams(applied.setup.parameters).approvalCollapse,
  };
}

/**
 * One run of the case with `plan` (null: the baseline, no new policy) for one seed. Runs go on to
 * the horizon even where approval collapses (the game would have ended the term there:
 * `collapsedBefore` tells), so every seed is compared at every year.
 */
export function runCase(prepared: PreparedCase, seed: number, plan: Plan | null): RunResult {
  return runCounterfactual({ ...prepared.game, seed }, plan, { stopOnCollapse: false });
}

/** Whether the game would have ended the term early: mean approval below the floor after some year before the last. */
export function collapsedBefore(prepared: PreparedCase, states: readonly ClusterState[]): boolean {
  for (let k = 1; k < states.length - 1; k++) {
    const s = states[k] as ClusterState;
    if (meanApproval(s.approval) < prepared.approvalCollapse) return true;
  }
  return false;
}

/** One year of a plan spelled out in full: the decisions in force and the event choices named for it. */
export interface ResolvedYear {
  decisions: Decisions;
  eventChoices?: Record<string, string>;
}

/** The case's plan year by year over the horizon, every field filled in (from the scenario's start for year 1). */
export function resolvePlanYears(scenario: Scenario, plan: Plan, years: number): ResolvedYear[] {
  const resolved: ResolvedYear[] = [];
  let previous = startingDecisions(scenario);
  for (let k = 1; k <= years; k++) {
    const entry = planYear(plan, k);
    const decisions = resolveDecisions(entry, previous);
    resolved.push(entry.eventChoices ? { decisions, eventChoices: entry.eventChoices } : { decisions });
    previous = decisions;
  }
  return resolved;
}

/** A plan of fully spelled-out years (what resolvePlanYears gives, changed), keeping the budget override. */
export function planOfYears(name: string, years: readonly ResolvedYear[], budgetUsdM?: number): Plan {
  return {
    name,
    ...(budgetUsdM !== undefined ? { budgetUsdM } : {}),
    years: years.map(
      (y): PlanYear => ({
        allocation: { ...y.decisions.allocation },
        tariff: y.decisions.tariff,
        incentiveTarget: y.decisions.incentiveTarget,
        laborStandards: y.decisions.laborStandards,
        ...(y.eventChoices ? { eventChoices: { ...y.eventChoices } } : {}),
      }),
    ),
  };
}

// ---- outcomes ----------------------------------------------------------------------------------

/** The outcomes the planner's table shows (besides the budget), in its order. */
export const PLAN_OUTCOMES = ['output', 'growth', 'employment', 'poverty', 'workingConditions', 'trust', 'externalDependence'] as const;
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

/** Which way is better: lower poverty, and lower external dependence (a limitation of the seed paper). */
export const OUTCOME_BETTER: Readonly<Record<PlanOutcome, 'higher' | 'lower'>> = Object.freeze({
  output: 'higher',
  growth: 'higher',
  employment: 'higher',
  poverty: 'lower',
  workingConditions: 'higher',
  trust: 'higher',
  externalDependence: 'lower',
});

export type OutcomeValues = Record<PlanOutcome, number>;

/**
 * One year's value of an outcome: output US$ million, growth % over the year before, jobs, and
 * shares 0..1 for poverty, working conditions, trust and external dependence.
 */
export function yearOutcome(s: ClusterState, outcome: PlanOutcome): number {
  switch (outcome) {
    case 'output':
      return s.outputUsdM;
    case 'growth':
      return s.growthPct;
    case 'employment':
      return s.employment;
    case 'poverty':
      return s.poverty;
    case 'workingConditions':
      return s.workingConditions;
    case 'trust':
      return s.trust;
    case 'externalDependence':
      return s.externalDependence;
  }
}

/** The outcomes at the horizon (the last state); growth is the average of the yearly growth rates over the horizon. */
export function horizonOutcomes(states: readonly ClusterState[]): OutcomeValues {
  const last = states[states.length - 1] as ClusterState;
  let growth = 0;
  for (let k = 1; k < states.length; k++) growth += (states[k] as ClusterState).growthPct;
  return {
    output: last.outputUsdM,
    growth: states.length > 1 ? growth / (states.length - 1) : 0,
    employment: last.employment,
    poverty: last.poverty,
    workingConditions: last.workingConditions,
    trust: last.trust,
    externalDependence: last.externalDependence,
  };
}

/** Whether `a` is strictly better than `b` on an outcome. */
export function better(outcome: PlanOutcome, a: number, b: number): boolean {
  return OUTCOME_BETTER[outcome] === 'higher' ? a > b : a < b;
}

export function zeroOutcomes(): OutcomeValues {
  return { output: 0, growth: 0, employment: 0, poverty: 0, workingConditions: 0, trust: 0, externalDependence: 0 };
}

/** The mean horizon outcomes of a plan (null: the baseline) over `seeds`. */
export function meanHorizonOutcomes(prepared: PreparedCase, plan: Plan | null, seeds: readonly number[]): OutcomeValues {
  const sum = zeroOutcomes();
  for (const seed of seeds) {
    const values = horizonOutcomes(runCase(prepared, seed, plan).states);
    for (const o of PLAN_OUTCOMES) sum[o] += values[o];
  }
  for (const o of PLAN_OUTCOMES) sum[o] /= Math.max(1, seeds.length);
  return sum;
}

/** `count` seeds from `baseSeed` (seedAt). */
export function seedSet(baseSeed: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => seedAt(baseSeed, i));
}
