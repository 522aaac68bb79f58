// Credit for policy: where the difference from "no new policy" comes from, by lever and by decision
// (the five budget lines, the tariff, the incentive target, the labour-standards rule and the event
// choices), cumulated from the start of the term.
//
// The split is a Shapley split over counterfactual runs (counterfactual.ts, same seed and shocks):
// the model is run for every subset of the player's decisions, with the decisions left out set to no
// new policy (no spending on that line, the starting tariff, target and rule, events answered with
// their defaults). A decision's share is its average effect over every order of adding decisions,
// so the parts add up exactly to the gap between the player's run and the baseline, and two
// decisions that only work together share the credit. Decisions the player never changed get none
// and are left out of the runs (2^n runs for n decisions used; at most 2^9 = 512). The runs are kept
// open and go on one year per turn, so a new year costs 2^n steps, not 2^n whole runs. No DOM.
import type { LogEntry } from '../flow';
import { defaultChoiceId, extendRun, LEVERS, type ClusterState, type Decisions, type Lever, type OpenRun, type Plan, type PlanYear } from '../model';
import { openCounterfactual, perGameCache, type Game } from './counterfactual';

/** What the player decided, each one credited on its own. */
export const POLICY_FACTORS = [...LEVERS, 'tariff', 'incentiveTarget', 'laborStandards', 'events'] as const;
export type PolicyFactor = (typeof POLICY_FACTORS)[number];

/** Output (US$ m), jobs and the poverty rate (share, 0.01 = one point). */
export interface Outcomes {
  outputUsdM: number;
  employment: number;
  poverty: number;
}

export interface PolicyCredit {
  /** Years of the term covered (1..years). */
  years: number;
  /** The decisions the player used (the others are credited nothing). */
  factors: PolicyFactor[];
  /** byYear[j - 1][factor]: the factor's share of the gap at the end of year j. */
  byYear: Record<PolicyFactor, Outcomes>[];
  /** The player's outcomes (all decisions) and the baseline's (none), by year j = 1..years. */
  actual: Outcomes[];
  baseline: Outcomes[];
  /** How many model runs the split took. */
  runs: number;
}

const ZERO: Outcomes = { outputUsdM: 0, employment: 0, poverty: 0 };
const outcomesOf = (s: ClusterState): Outcomes => ({ outputUsdM: s.outputUsdM, employment: s.employment, poverty: s.poverty });

function zeroRecord(): Record<PolicyFactor, Outcomes> {
  return Object.fromEntries(POLICY_FACTORS.map((f) => [f, { ...ZERO }])) as Record<PolicyFactor, Outcomes>;
}

/** The default choice of each of the scenario's events. */
function defaultChoices(game: Game): Record<string, string> {
  const defaults: Record<string, string> = {};
  for (const e of game.scenario.events) defaults[e.id] = defaultChoiceId(e);
  return defaults;
}

/** Whether the player's log ever departs from no new policy on this factor. */
function factorUsed(factor: PolicyFactor, log: readonly LogEntry[], start: Decisions, defaults: Record<string, string>): boolean {
  switch (factor) {
    case 'tariff':
      return log.some((e) => e.decisions.tariff !== start.tariff);
    case 'incentiveTarget':
      return log.some((e) => e.decisions.incentiveTarget !== start.incentiveTarget);
    case 'laborStandards':
      return log.some((e) => e.decisions.laborStandards !== start.laborStandards);
    case 'events':
      return log.some((e) => e.event !== undefined && defaults[e.event.eventId] !== e.event.choiceId);
    default:
      return log.some((e) => e.decisions.allocation[factor] > 0);
  }
}

/**
 * The player's plan with only the factors in `kept` (the others at no new policy). Events are
 * answered with the choices the player had made by then (the same event's choice in an earlier
 * year, or this year's), never with one made later: a run extended year by year gives the same
 * numbers as one run from the start.
 */
function partialPlan(kept: ReadonlySet<PolicyFactor>, log: readonly LogEntry[], start: Decisions): Plan {
  const known: Record<string, string> = {};
  const years: PlanYear[] = log.map((entry) => {
    const d = entry.decisions;
    const allocation = Object.fromEntries(LEVERS.map((lever) => [lever, kept.has(lever) ? d.allocation[lever] : 0])) as Record<Lever, number>;
    if (kept.has('events') && entry.event) known[entry.event.eventId] = entry.event.choiceId;
    return {
      allocation,
      tariff: kept.has('tariff') ? d.tariff : start.tariff,
      incentiveTarget: kept.has('incentiveTarget') ? d.incentiveTarget : start.incentiveTarget,
      laborStandards: kept.has('laborStandards') ? d.laborStandards : start.laborStandards,
      eventChoices: { ...known },
    };
  });
  return { name: 'partial', years };
}

/** n! for small n. */
const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));

/** One subset's run, kept open so a new year costs one more step, and its outcomes so far. */
interface SubsetRun {
  run: OpenRun;
  outcomes: Outcomes[];
}

/**
 * The split for one game, computed as the game goes: each year adds one step to each subset's run
 * instead of running every subset again from the start. Given a log that is not an extension of the
 * last one (another game, a changed past), it starts again.
 */
export interface PolicyCreditRunner {
  update(log: readonly LogEntry[]): PolicyCredit;
}

/** What a year of the log decides for the runs up to it (its event choice counts from the next year). */
const yearKey = (entry: LogEntry): string => JSON.stringify(entry.decisions);
const eventKey = (entry: LogEntry): string => JSON.stringify(entry.event ?? null);

export function createPolicyCreditRunner(game: Game, start: Decisions): PolicyCreditRunner {
  const defaults = defaultChoices(game);
  const subsets = new Map<string, SubsetRun>();
  // One model and start for all subsets (setting up a model costs more than a year's step).
  const origin = openCounterfactual(game);
  let seen: LogEntry[] = [];

  /** Whether `log` goes on from the log the runs were made for. */
  function extends_(log: readonly LogEntry[]): boolean {
    if (log.length < seen.length) return false;
    return seen.every((entry, i) => {
      const next = log[i] as LogEntry;
      // The last year run: its event had not been answered when it was run, so its answer may be new.
      return yearKey(entry) === yearKey(next) && (i === seen.length - 1 || eventKey(entry) === eventKey(next));
    });
  }

  return {
    update(log) {
      if (!extends_(log)) subsets.clear();
      seen = log.map((entry) => ({ ...entry }));
      const years = log.length;
      const factors = POLICY_FACTORS.filter((f) => factorUsed(f, log, start, defaults));
      const n = factors.length;
      // values[mask][j - 1]: outcomes at the end of year j with the factors in mask kept.
      const values: Outcomes[][] = [];
      for (let mask = 0; mask < 1 << n; mask++) {
        const kept = factors.filter((_, i) => mask & (1 << i));
        const key = kept.join('+');
        let subset = subsets.get(key);
        if (!subset) {
          subset = { run: { ...origin }, outcomes: [] };
          subsets.set(key, subset);
        }
        for (const s of extendRun(subset.run, partialPlan(new Set(kept), log, start), years)) subset.outcomes.push(outcomesOf(s));
        values.push(subset.outcomes.slice(0, years));
      }
      return shapley(factors, values, years);
    },
  };
}

/**
 * The Shapley split of the gap between the player's run and no new policy, for every year played so
 * far (the log's length). `start` is the decisions the game started with (no new policy's settings).
 */
export function computePolicyCredit(game: Game, log: readonly LogEntry[], start: Decisions): PolicyCredit {
  return createPolicyCreditRunner(game, start).update(log);
}

/** Each factor's average marginal effect over the subsets without it, weighted as Shapley values are. */
function shapley(factors: PolicyFactor[], values: Outcomes[][], years: number): PolicyCredit {
  const n = factors.length;
  const weight = (size: number): number => (factorial(size) * factorial(n - size - 1)) / factorial(n);
  const byYear = Array.from({ length: years }, zeroRecord);
  factors.forEach((factor, i) => {
    const bit = 1 << i;
    for (let mask = 0; mask < 1 << n; mask++) {
      if (mask & bit) continue;
      let size = 0;
      for (let m = mask; m; m &= m - 1) size++;
      const w = weight(size);
      const without = values[mask] as Outcomes[];
      const withIt = values[mask | bit] as Outcomes[];
      for (let j = 0; j < years; j++) {
        const share = (byYear[j] as Record<PolicyFactor, Outcomes>)[factor];
        const a = withIt[j] as Outcomes;
        const b = without[j] as Outcomes;
        share.outputUsdM += w * (a.outputUsdM - b.outputUsdM);
        share.employment += w * (a.employment - b.employment);
        share.poverty += w * (a.poverty - b.poverty);
      }
    }
  });
  return { years, factors, byYear, actual: values[(1 << n) - 1] ?? [], baseline: values[0] ?? [], runs: values.length };
}

const runners = perGameCache<PolicyCreditRunner>();
const results = perGameCache<PolicyCredit>();

/**
 * The split for the game in play: cached for its log, and computed from the last one's runs when the
 * log only adds years (one step per subset for a new year).
 */
export function policyCredit(game: Game, log: readonly LogEntry[], start: Decisions): PolicyCredit {
  return results.get(game, JSON.stringify(log), () =>
    runners.get(game, JSON.stringify(start), () => createPolicyCreditRunner(game, start)).update(log),
  );
}

