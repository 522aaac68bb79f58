// A run is a fold of step() over a plan: the same scenario, plan and seed give the same numbers.
import type { Attribution, ClusterState, Difficulty } from './types';
import { DEFAULT_DIFFICULTY } from './types';
import { createModel, initialState, type ClusterSetup, type Model } from './setup';
import { step } from './step';
import { chooseForEvent, defaultChoiceId, findEvent } from './events';
import { approvalCollapsed } from './mechanisms/approval';
import { planYear, resolveDecisions, type Plan } from './plan';

export interface RunOptions {
  seed: number;
  years: number;
  plan?: Plan;
  difficulty?: Difficulty;
  explain?: boolean;
  /**
   * Whether the run ends early when stakeholder approval collapses, as the game does (default true).
   * Counterfactual splits run every year regardless, so each part is compared at the same year.
   */
  stopOnCollapse?: boolean;
}

export interface EventRecord {
  /** Year of the term after which the event fired (1-based). */
  t: number;
  eventId: string;
  choiceId: string;
}

export type EndReason = 'term' | 'approval';

export interface RunResult {
  /** states[0] is the start; states[k] the state after year k. */
  states: ClusterState[];
  /** attributions[k - 1] explains year k (empty unless explain was asked). */
  attributions: Attribution[];
  events: EventRecord[];
  /** Why the run stopped: the full term, or early when stakeholder approval collapsed (the game's rule). */
  endReason: EndReason;
}

export function setupWithPlan(setup: ClusterSetup, plan: Plan | undefined): ClusterSetup {
  return plan?.budgetUsdM !== undefined ? { ...setup, budgetUsdM: plan.budgetUsdM } : setup;
}

/** The choice for an event that fired: the plan's, else the event's default. */
export function choiceFor(model: Model, plan: Plan | undefined, t: number, eventId: string): string {
  const event = findEvent(model, eventId);
  if (!event) throw new Error(`unknown event "${eventId}"`);
  const choices = planYear(plan, t).eventChoices;
  const wanted = choices && Object.hasOwn(choices, eventId) ? choices[eventId] : undefined;
  return wanted && event.choices.some((c) => c.id === wanted) ? wanted : defaultChoiceId(event);
}

export function simulate(scenarioSetup: ClusterSetup, options: RunOptions): RunResult {
  const setup = setupWithPlan(scenarioSetup, options.plan);
  const model = createModel(setup, options.difficulty ?? DEFAULT_DIFFICULTY);
  let state = initialState(setup, model, options.seed);
  const states = [state];
  const attributions: Attribution[] = [];
  const events: EventRecord[] = [];
  let endReason: EndReason = 'term';
  for (let k = 1; k <= options.years; k++) {
    const decisions = resolveDecisions(planYear(options.plan, k), state.decisions);
    const result = step(model, state, decisions, { explain: options.explain });
    state = result.state;
    if (result.attribution) attributions.push(result.attribution);
    if (state.activeEvent) {
      // The same rules as the game: in the last year no choice can shape a next year, so the default stands.
      const event = findEvent(model, state.activeEvent);
      const choiceId = k === options.years && event ? defaultChoiceId(event) : choiceFor(model, options.plan, k, state.activeEvent);
      events.push({ t: k, eventId: state.activeEvent, choiceId });
      state = chooseForEvent(model, state, choiceId);
    }
    states.push(state);
    if (options.stopOnCollapse !== false && k < options.years && approvalCollapsed(model, state.approval)) {
      endReason = 'approval';
      break;
    }
  }
  return { states, attributions, events, endReason };
}

/**
 * A run kept open, to go on year by year as a plan grows (the game's counterfactuals add a year each
 * turn). `state` is the state after the last year run, with its event (if one fired) not answered
 * yet: the answer belongs to the next year's plan entry, which may not be known. Runs of one game
 * may share a model (its only mutable part is a memo) and start: copy an unstarted run with {...run}.
 */
export interface OpenRun {
  model: Model;
  state: ClusterState;
  /** Years run so far (0 at the start). */
  years: number;
}

export function openRun(scenarioSetup: ClusterSetup, options: { seed: number; difficulty?: Difficulty }): OpenRun {
  const model = createModel(scenarioSetup, options.difficulty ?? DEFAULT_DIFFICULTY);
  return { model, state: initialState(scenarioSetup, model, options.seed), years: 0 };
}

/**
 * Runs an open run on to year `toYear` with `plan` (whose entries for the years already run must not
 * have changed), answering each event as simulate() does in a year before the last. Returns the
 * states of the years added; approval collapsing does not stop it. Mutates `run`.
 */
export function extendRun(run: OpenRun, plan: Plan | undefined, toYear: number): ClusterState[] {
  const added: ClusterState[] = [];
  for (let k = run.years + 1; k <= toYear; k++) {
    let state = run.state;
    if (state.activeEvent) state = chooseForEvent(run.model, state, choiceFor(run.model, plan, k - 1, state.activeEvent));
    state = step(run.model, state, resolveDecisions(planYear(plan, k), state.decisions)).state;
    added.push(state);
    run.state = state;
    run.years = k;
  }
  return added;
}
