// The planner's runs: a plan, or no new policy, simulated over the whole horizon for one setting
// (scenario, seed, horizon, difficulty). They go through the one runner of counterfactual runs
// (counterfactual.ts), so the planner, the game's "what if" runs and the CLI read the model alike.
//
// Runs do not stop where stakeholder approval collapses (the game ends its term there): a plan is
// judged and compared at the horizon, so every plan has every year. The year the game would have
// ended is kept (collapseYear) and shown. Up to that year the numbers are the CLI's.
// Pure; no DOM. The baseline and saved plans are cached; only the plan being edited is re-run.
import { DEFAULT_DIFFICULTY, approvalCollapsed, type ClusterState, type Difficulty, type EventRecord, type Plan } from '../model';
import { modelFor } from '../flow';
import { scenarioById, type Scenario } from '../scenario';
import { runCounterfactual, type Game } from './counterfactual';
import { expandPlan, type PlannerPlan } from './planner';

/** What a run depends on besides the plan. Assumptions (a modified scenario or difficulty) enter here. */
export interface PlannerSetting {
  scenario: Scenario;
  seed: number;
  horizon: number;
  difficulty: Difficulty;
}

export interface PlanRun {
  /** states[0] is the start; states[k] the state after year k of the horizon. */
  states: ClusterState[];
  events: EventRecord[];
  /** The year after which stakeholder approval collapsed (the game would end its term there), or null. */
  collapseYear: number | null;
}

/** The setting of a plan: its scenario, seed and horizon, at normal difficulty unless told otherwise. */
export function settingOf(plan: PlannerPlan, difficulty: Difficulty = DEFAULT_DIFFICULTY): PlannerSetting {
  return { scenario: scenarioById(plan.scenarioId), seed: plan.seed, horizon: plan.horizon, difficulty };
}

export function gameOf(setting: PlannerSetting): Game {
  return { scenario: setting.scenario, seed: setting.seed, difficulty: setting.difficulty, termYears: setting.horizon };
}

/** Runs a model plan (null: no new policy) over the setting's horizon. */
export function runPlan(setting: PlannerSetting, plan: Plan | null): PlanRun {
  const game = gameOf(setting);
  const result = runCounterfactual(game, plan, { years: setting.horizon, stopOnCollapse: false });
  const model = modelFor(setting.scenario, setting.difficulty);
  let collapseYear: number | null = null;
  // The game's rule (simulate's stopOnCollapse): collapsing in the last year ends nothing.
  for (let k = 1; k < setting.horizon && collapseYear === null; k++) {
    const state = result.states[k];
    if (state && approvalCollapsed(model, state.approval)) collapseYear = k;
  }
  return { states: result.states, events: result.events, collapseYear };
}

/** Runs a planner plan in its own setting (or another one, for comparing plans under one setting). */
export function runPlannerPlan(plan: PlannerPlan, setting: PlannerSetting = settingOf(plan)): PlanRun {
  return runPlan(setting, expandPlan(plan));
}

function settingKey(setting: PlannerSetting): string {
  return `${setting.scenario.id}/${setting.seed}/${setting.horizon}/${setting.difficulty.leakage}/${setting.difficulty.shocks}`;
}

export interface PlannerRunner {
  /** No new policy in this setting (cached per setting). */
  baseline(setting: PlannerSetting): PlanRun;
  /** A plan in this setting; the same plan object in the same setting is not run twice (saved plans). */
  plan(plan: PlannerPlan, setting: PlannerSetting): PlanRun;
}

/** A runner with caches: one baseline per setting, one run per plan object and setting. */
export function createPlannerRunner(): PlannerRunner {
  const baselines = new Map<string, { scenario: Scenario; run: PlanRun }>();
  const plans = new WeakMap<PlannerPlan, { key: string; scenario: Scenario; run: PlanRun }>();
  return {
    baseline(setting) {
      const key = settingKey(setting);
      const hit = baselines.get(key);
      if (hit && hit.scenario === setting.scenario) return hit.run;
      const run = runPlan(setting, null);
      // A handful of settings at most in a session; keep the last few.
      if (baselines.size > 8) baselines.delete(baselines.keys().next().value as string);
      baselines.set(key, { scenario: setting.scenario, run });
      return run;
    },
    plan(plan, setting) {
      const key = settingKey(setting);
      const hit = plans.get(plan);
      if (hit && hit.key === key && hit.scenario === setting.scenario) return hit.run;
      const run = runPlannerPlan(plan, setting);
      plans.set(plan, { key, scenario: setting.scenario, run });
      return run;
    },
  };
}
