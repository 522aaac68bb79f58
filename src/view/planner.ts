// The planner's plan: a scenario, a horizon (5..30 years), a seed and phases, each phase a run of
// years with one set of decisions (the budget panel's: five shares, the tariff, the incentive
// target, labour standards) and the event choices it names. Phases always cover the horizon
// without gaps: phase 0 starts in year 1 and each phase runs to the year before the next one
// starts (the last to the horizon). Every edit returns a new plan that keeps that rule.
// The model reads plans year by year (model/plan.ts): expandPlan spells the phases out, and
// phasesFromModelPlan reads a plan file (the CLI's format) back into phases. Pure; no DOM.
import { z } from 'zod';
import {
  decisionProblems,
  INCENTIVE_TARGETS,
  LEVERS,
  resolveDecisions,
  type Allocation,
  type Decisions,
  type IncentiveTarget,
  type Lever,
  type Plan,
  type PlanYear,
} from '../model';
import { describeIssues, findScenario, startingDecisions, type Scenario } from '../scenario';
import { clampShare, clampTariff } from './budget';

export const MIN_HORIZON = 5;
export const MAX_HORIZON = 30;
/** Seeds are 32-bit integers, as the CLI's --seed. */
export const MIN_SEED = -(2 ** 31);
export const MAX_SEED = 2 ** 31 - 1;
/** The seed a new plan uses: the CLI's default, so a plan and `npm run sim` agree without one. */
export const DEFAULT_SEED = 1;

export interface PhaseSettings {
  allocation: Allocation;
  tariff: number;
  incentiveTarget: IncentiveTarget;
  laborStandards: boolean;
  /** Event id -> choice id, for events that fire after a year of this phase; others take their default. */
  eventChoices: Record<string, string>;
}

export interface Phase extends PhaseSettings {
  /** The phase's first year of the horizon (1-based). */
  from: number;
}

export interface PlannerPlan {
  scenarioId: string;
  horizon: number;
  seed: number;
  /** Replaces the scenario's yearly budget, US$ million (kept from an imported plan file). */
  budgetUsdM?: number;
  phases: Phase[];
}

function copyPhase(phase: Phase): Phase {
  return { ...phase, allocation: { ...phase.allocation }, eventChoices: { ...phase.eventChoices } };
}

function withPhases(plan: PlannerPlan, phases: Phase[]): PlannerPlan {
  return { ...plan, phases };
}

export function clampHorizon(years: number): number {
  if (!Number.isFinite(years)) return MIN_HORIZON;
  return Math.min(MAX_HORIZON, Math.max(MIN_HORIZON, Math.round(years)));
}

export function clampSeed(seed: number): number {
  if (!Number.isFinite(seed)) return DEFAULT_SEED;
  return Math.min(MAX_SEED, Math.max(MIN_SEED, Math.trunc(seed)));
}

/** The scenario's term as a horizon (5..30). */
export function defaultHorizon(scenario: Pick<Scenario, 'termYears'>): number {
  return clampHorizon(scenario.termYears);
}

function phaseOfDecisions(decisions: Decisions, from: number, eventChoices: Record<string, string> = {}): Phase {
  return {
    from,
    allocation: { ...decisions.allocation },
    tariff: decisions.tariff,
    incentiveTarget: decisions.incentiveTarget,
    laborStandards: decisions.laborStandards,
    eventChoices: { ...eventChoices },
  };
}

/** A new plan for a scenario: its term, one phase with no new policy (nothing spent, the starting settings). */
export function newPlan(scenario: Scenario, seed = DEFAULT_SEED): PlannerPlan {
  return {
    scenarioId: scenario.id,
    horizon: defaultHorizon(scenario),
    seed: clampSeed(seed),
    phases: [phaseOfDecisions(startingDecisions(scenario), 1)],
  };
}

/** The last year of phase `index`. */
export function phaseEnd(plan: PlannerPlan, index: number): number {
  const next = plan.phases[index + 1];
  return next ? next.from - 1 : plan.horizon;
}

export function phaseLength(plan: PlannerPlan, index: number): number {
  const phase = plan.phases[index];
  return phase ? phaseEnd(plan, index) - phase.from + 1 : 0;
}

/** The index of the phase that holds year k (1-based). */
export function phaseIndexOfYear(plan: PlannerPlan, k: number): number {
  let index = 0;
  for (let i = 0; i < plan.phases.length; i++) if ((plan.phases[i]?.from ?? Infinity) <= k) index = i;
  return index;
}

/** The phase's decisions (without its event choices). */
export function phaseDecisions(phase: PhaseSettings): Decisions {
  return {
    allocation: { ...phase.allocation },
    tariff: phase.tariff,
    incentiveTarget: phase.incentiveTarget,
    laborStandards: phase.laborStandards,
  };
}

/**
 * A new horizon (clamped to 5..30): phases that would start after it are dropped, the last phase
 * runs to the new end.
 */
export function setHorizon(plan: PlannerPlan, years: number): PlannerPlan {
  const horizon = clampHorizon(years);
  const phases = plan.phases.filter((p, i) => i === 0 || p.from <= horizon).map(copyPhase);
  return { ...plan, horizon, phases };
}

export function setSeed(plan: PlannerPlan, seed: number): PlannerPlan {
  return { ...plan, seed: clampSeed(seed) };
}

/** Whether another phase fits: some phase is at least two years long. */
export function canAddPhase(plan: PlannerPlan): boolean {
  return plan.phases.some((_, i) => phaseLength(plan, i) >= 2);
}

/**
 * Adds a phase by splitting one in two at its middle, the new part starting with the same
 * settings: the last phase if it has two years or more (plans grow forwards), else the longest.
 */
export function addPhase(plan: PlannerPlan): PlannerPlan {
  if (!canAddPhase(plan)) return plan;
  const last = plan.phases.length - 1;
  let index = last;
  if (phaseLength(plan, last) < 2) {
    for (let i = 0; i < plan.phases.length; i++) if (phaseLength(plan, i) > phaseLength(plan, index)) index = i;
  }
  const phase = plan.phases[index] as Phase;
  const length = phaseLength(plan, index);
  const split = phase.from + Math.ceil(length / 2);
  const phases = plan.phases.map(copyPhase);
  phases.splice(index + 1, 0, { ...copyPhase(phase), from: split });
  return withPhases(plan, phases);
}

/** Removes phase `index`: its years join the phase before it (or, for the first, the one after). */
export function removePhase(plan: PlannerPlan, index: number): PlannerPlan {
  if (plan.phases.length <= 1 || index < 0 || index >= plan.phases.length) return plan;
  const phases = plan.phases.map(copyPhase);
  phases.splice(index, 1);
  (phases[0] as Phase).from = 1;
  return withPhases(plan, phases);
}

/**
 * Moves the first year of phase `index` (not the first phase, which always starts in year 1),
 * clamped so the phase before it and this phase each keep at least one year.
 */
export function setPhaseStart(plan: PlannerPlan, index: number, from: number): PlannerPlan {
  const phase = plan.phases[index];
  const previous = plan.phases[index - 1];
  if (!phase || !previous || !Number.isFinite(from)) return plan;
  const start = Math.min(phaseEnd(plan, index), Math.max(previous.from + 1, Math.round(from)));
  if (start === phase.from) return plan;
  const phases = plan.phases.map(copyPhase);
  (phases[index] as Phase).from = start;
  return withPhases(plan, phases);
}

/** Moves the last year of phase `index` (not the last phase, which always ends at the horizon). */
export function setPhaseEnd(plan: PlannerPlan, index: number, to: number): PlannerPlan {
  if (index >= plan.phases.length - 1 || !Number.isFinite(to)) return plan;
  return setPhaseStart(plan, index + 1, Math.round(to) + 1);
}

function updatePhase(plan: PlannerPlan, index: number, change: (phase: Phase) => void): PlannerPlan {
  if (!plan.phases[index]) return plan;
  const phases = plan.phases.slice();
  const phase = copyPhase(phases[index] as Phase);
  change(phase);
  phases[index] = phase;
  return withPhases(plan, phases);
}

/** A budget line's share in one phase, clamped so the phase never spends more than its budget. */
export function setPhaseShare(plan: PlannerPlan, index: number, lever: Lever, share: number): PlannerPlan {
  const phase = plan.phases[index];
  if (!phase) return plan;
  const clamped = clampShare(phase.allocation, lever, share);
  if (clamped === phase.allocation[lever]) return plan;
  return updatePhase(plan, index, (p) => (p.allocation[lever] = clamped));
}

export function setPhaseTariff(plan: PlannerPlan, index: number, tariff: number): PlannerPlan {
  return updatePhase(plan, index, (p) => (p.tariff = clampTariff(tariff)));
}

export function setPhaseIncentiveTarget(plan: PlannerPlan, index: number, target: IncentiveTarget): PlannerPlan {
  return updatePhase(plan, index, (p) => (p.incentiveTarget = target));
}

export function setPhaseLaborStandards(plan: PlannerPlan, index: number, on: boolean): PlannerPlan {
  return updatePhase(plan, index, (p) => (p.laborStandards = on));
}

/** Names the choice for an event in one phase; null goes back to the event's default. */
export function setPhaseEventChoice(plan: PlannerPlan, index: number, eventId: string, choiceId: string | null): PlannerPlan {
  return updatePhase(plan, index, (p) => {
    const choices = new Map(Object.entries(p.eventChoices));
    if (choiceId === null) choices.delete(eventId);
    else choices.set(eventId, choiceId);
    p.eventChoices = Object.fromEntries(choices);
  });
}

/** What is left of a phase's yearly budget, as a share (never negative). */
export function phaseRemainingShare(phase: PhaseSettings): number {
  return Math.max(0, 1 - LEVERS.reduce((sum, lever) => sum + phase.allocation[lever], 0));
}

/** The yearly budget the plan's shares are of: the plan's own, else the scenario's. */
export function planBudgetUsdM(plan: PlannerPlan, scenario: Pick<Scenario, 'budgetUsdM'>): number {
  return plan.budgetUsdM ?? scenario.budgetUsdM;
}

/** The year entry of the model's plan for one phase: every field spelled out. */
function planYearOf(phase: PhaseSettings): PlanYear {
  const year: PlanYear = phaseDecisions(phase);
  if (Object.keys(phase.eventChoices).length > 0) year.eventChoices = { ...phase.eventChoices };
  return year;
}

/** The plan as the model (and the CLI's plan file) reads it: one entry per year of the horizon. */
export function expandPlan(plan: PlannerPlan, name = 'plan'): Plan {
  const years: PlanYear[] = [];
  plan.phases.forEach((phase, i) => {
    const entry = planYearOf(phase);
    for (let k = phase.from; k <= phaseEnd(plan, i); k++) years.push(i === 0 && k === phase.from ? entry : { ...entry });
  });
  return { name, years, ...(plan.budgetUsdM !== undefined ? { budgetUsdM: plan.budgetUsdM } : {}) };
}

function sameSettings(a: PhaseSettings, b: PhaseSettings): boolean {
  if (a.tariff !== b.tariff || a.incentiveTarget !== b.incentiveTarget || a.laborStandards !== b.laborStandards) return false;
  if (LEVERS.some((lever) => a.allocation[lever] !== b.allocation[lever])) return false;
  const ka = Object.keys(a.eventChoices);
  return ka.length === Object.keys(b.eventChoices).length && ka.every((k) => Object.hasOwn(b.eventChoices, k) && b.eventChoices[k] === a.eventChoices[k]);
}

export interface ImportedPlan {
  plan: PlannerPlan;
  /** Years of the file beyond the longest horizon (30), left out. */
  yearsCut: number;
}

/**
 * A plan file (already validated by the CLI's parsePlan) as phases: each year's decisions filled in
 * from the year before (from the scenario's starting settings), neighbouring years with the same
 * decisions and event choices joined into one phase. The horizon is the file's length (5..30);
 * a shorter file keeps `horizon`, its last year repeating to the end, as the model reads it.
 */
export function phasesFromModelPlan(model: Plan, scenario: Scenario, seed: number, horizon: number): ImportedPlan {
  const length = model.years.length;
  const planHorizon = length >= MIN_HORIZON ? Math.min(MAX_HORIZON, length) : clampHorizon(horizon);
  const phases: Phase[] = [];
  let previous = startingDecisions(scenario);
  for (let k = 1; k <= Math.min(length, planHorizon); k++) {
    const entry = model.years[k - 1] ?? {};
    const decisions = resolveDecisions(entry, previous);
    const phase = phaseOfDecisions(decisions, k, entry.eventChoices ?? {});
    const last = phases[phases.length - 1];
    if (!last || !sameSettings(last, phase)) phases.push(phase);
    previous = decisions;
  }
  if (phases.length === 0) phases.push(phaseOfDecisions(previous, 1));
  return {
    plan: {
      scenarioId: scenario.id,
      horizon: planHorizon,
      seed: clampSeed(seed),
      ...(model.budgetUsdM !== undefined ? { budgetUsdM: model.budgetUsdM } : {}),
      phases,
    },
    yearsCut: Math.max(0, length - MAX_HORIZON),
  };
}

// ---------------------------------------------------------------------------------------------
// Validation of plans from outside (browser storage, share links): shape first, then the rules.

const share = z.number().min(0).max(1);

export const phaseSchema = z.strictObject({
  from: z.number().int().min(1).max(MAX_HORIZON),
  allocation: z.strictObject(
    Object.fromEntries(LEVERS.map((lever) => [lever, share])) as Record<Lever, typeof share>,
  ),
  tariff: share,
  incentiveTarget: z.enum(INCENTIVE_TARGETS),
  laborStandards: z.boolean(),
  eventChoices: z.record(z.string().min(1).max(200), z.string().min(1).max(200)),
});

export const plannerPlanSchema = z.strictObject({
  scenarioId: z.string().min(1).max(200),
  horizon: z.number().int().min(MIN_HORIZON).max(MAX_HORIZON),
  seed: z.number().int().min(MIN_SEED).max(MAX_SEED),
  budgetUsdM: z.number().positive().max(1e6).optional(),
  phases: z.array(phaseSchema).min(1).max(MAX_HORIZON),
});

export type PlanCheck = { ok: true; plan: PlannerPlan } | { ok: false; problems: string[]; unknownScenario?: string };

/**
 * Checks a plan from outside: its shape, a known scenario, phases that start in year 1 and follow
 * each other within the horizon, shares within each phase's budget, and event choices the
 * scenario has. Problems name the field.
 */
export function checkPlannerPlan(data: unknown): PlanCheck {
  const parsed = plannerPlanSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  const plan = parsed.data as PlannerPlan;
  // A built-in scenario, or one made in the editor that this browser has (catalog.ts).
  const scenario = findScenario(plan.scenarioId);
  if (!scenario) return { ok: false, problems: [`scenarioId: no scenario "${plan.scenarioId}"`], unknownScenario: plan.scenarioId };
  const problems: string[] = [];
  plan.phases.forEach((phase, i) => {
    const where = `phases[${i}]`;
    if (i === 0 && phase.from !== 1) problems.push(`${where}.from: the first phase starts in year 1 (got ${phase.from})`);
    const before = plan.phases[i - 1];
    if (before && phase.from <= before.from) problems.push(`${where}.from: must come after the phase before it (year ${before.from})`);
    if (phase.from > plan.horizon) problems.push(`${where}.from: year ${phase.from} is past the horizon (${plan.horizon} years)`);
    for (const problem of decisionProblems(phaseDecisions(phase))) problems.push(`${where}: ${problem}`);
    for (const [eventId, choiceId] of Object.entries(phase.eventChoices)) {
      const event = scenario.events.find((e) => e.id === eventId);
      if (!event) problems.push(`${where}.eventChoices: no event "${eventId}" in this scenario`);
      else if (!event.choices.some((c) => c.id === choiceId))
        problems.push(`${where}.eventChoices.${eventId}: no choice "${choiceId}"`);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan };
}

/** Whether two plans are the same plan (same scenario, horizon, seed, budget and phases). */
export function samePlan(a: PlannerPlan, b: PlannerPlan): boolean {
  return (
    a.scenarioId === b.scenarioId &&
    a.horizon === b.horizon &&
    a.seed === b.seed &&
    a.budgetUsdM === b.budgetUsdM &&
    a.phases.length === b.phases.length &&
    a.phases.every((p, i) => {
      const q = b.phases[i] as Phase;
      return p.from === q.from && sameSettings(p, q);
    })
  );
}

/** The same phases on another horizon and seed (for comparing saved plans under one setting). */
export function onSetting(plan: PlannerPlan, horizon: number, seed: number): PlannerPlan {
  return setSeed(setHorizon(plan, horizon), seed);
}
