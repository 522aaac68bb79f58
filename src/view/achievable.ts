// What was achievable: the scorecard grades a term against a fixed sample of plans run on the same
// cluster with the same luck (seed, difficulty, term, and the player's event choices), not against
// doing nothing. Doing nothing is easy to beat, so grading against it gave almost any plan an A;
// a percentile among plans that were really available says how good the player's choices were.
//
// The sample is the same for every game (only the scenario's starting tariff shifts two of its
// plans): no new policy, each lever alone, every pair of levers, balanced plans, the balanced plan
// tilted one lever at a time, tariff variants, phased plans, and pseudo-random plans from a fixed
// seed. The tilts surround the plain balanced plan on every side, so it lands near the middle of
// the plans close to it (it still beats the single-lever plans: a B or a C, never the top), and an
// A needs a plan better than nine in ten of those tried.
// Pure; no DOM. The runs go through the counterfactual runner and are cached per game.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { GameContext } from '../flow';
import {
  INCENTIVE_TARGETS,
  LEVERS,
  meanApproval,
  type Allocation,
  type ClusterState,
  type IncentiveTarget,
  type Plan,
  type PlanYear,
} from '../model';
import { eventChoicesOf, perGameCache, runCounterfactual, withEventChoices, type Game } from './counterfactual';

export const GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type Grade = (typeof GRADES)[number];

/**
 * The lowest percentile for each grade: A the top tenth, B the top quarter, C the middle half,
 * D the bottom quarter, E the bottom tenth. Symmetric, so "middle" means the middle.
 */
export const GRADE_FLOORS: Record<Grade, number> = { A: 90, B: 75, C: 25, D: 10, E: 0 };

/** The grade for a percentile (0-100) among the plans tried. */
export function gradeOfPercentile(percentile: number): Grade {
  return GRADES.find((g) => percentile >= GRADE_FLOORS[g]) ?? 'E';
}

// ---------------------------------------------------------------------------------------------
// The outcomes graded

export const SCORE_IDS = ['growth', 'jobs', 'poverty', 'conditions', 'trust', 'support'] as const;
export type ScoreId = (typeof SCORE_IDS)[number];

/** Where less is better. */
export const LOWER_IS_BETTER: ReadonlySet<ScoreId> = new Set(['poverty']);

/** Average yearly output growth over n years, percent. */
export function averageGrowthPct(first: ClusterState, last: ClusterState, years: number): number {
  if (years <= 0 || first.outputUsdM <= 0) return 0;
  return ((last.outputUsdM / first.outputUsdM) ** (1 / years) - 1) * 100;
}

/** The graded outcomes of a run `years` years after `start`, each in its natural unit. */
export function scoreValues(start: ClusterState, state: ClusterState, years: number): Record<ScoreId, number> {
  return {
    growth: averageGrowthPct(start, state, years),
    jobs: state.employment,
    poverty: state.poverty,
    conditions: state.workingConditions,
    trust: state.trust,
    support: meanApproval(state.approval),
  };
}

// ---------------------------------------------------------------------------------------------
// The sample of plans

const allocationOf = (shares: Partial<Allocation>): Allocation =>
  Object.fromEntries(LEVERS.map((l) => [l, shares[l] ?? 0])) as Allocation;

const even = (share: number): Allocation => allocationOf(Object.fromEntries(LEVERS.map((l) => [l, share])));

function constant(name: string, year: PlanYear): Plan {
  return { name, years: [year] };
}

/** The plain balanced plan: a fifth of the budget on each lever, joint projects, labour standards on. */
export const BALANCED: PlanYear = { allocation: even(0.2), incentiveTarget: 'joint', laborStandards: true };

/** Pseudo-random plans from a fixed seed, drawn once: the same for every game. */
const RANDOM_PLANS = 14;
const RANDOM_SEED = 20260711;
let randomYears: PlanYear[] | null = null;

function randomPlanYears(): PlanYear[] {
  if (randomYears) return randomYears;
  const rng = xoroshiro128plus(RANDOM_SEED);
  const u = (): number => uniformFloat64(rng);
  randomYears = [];
  for (let i = 0; i < RANDOM_PLANS; i++) {
    const weights = LEVERS.map(() => -Math.log(1 - u()));
    const total = weights.reduce((a, b) => a + b, 0);
    const spend = 0.7 + 0.3 * u();
    // Shares in steps of 5 %, rounded down so they never sum to more than the budget.
    const shares = Object.fromEntries(
      LEVERS.map((l, j) => [l, Math.floor(((weights[j] ?? 0) / total) * spend * 20) / 20]),
    );
    randomYears.push({
      allocation: allocationOf(shares),
      tariff: Math.round(u() * 10) / 20,
      incentiveTarget: INCENTIVE_TARGETS[Math.floor(u() * INCENTIVE_TARGETS.length)] ?? 'all',
      laborStandards: u() < 0.5,
    });
  }
  return randomYears;
}

/**
 * The fixed sample of plans for a scenario whose tariff starts at `startTariff`, over `termYears`
 * years. Deterministic: the same arguments give the same plans, in the same order.
 */
export function planSample(startTariff: number, termYears: number): Plan[] {
  const plans: Plan[] = [constant('no new policy', { allocation: even(0) })];
  // Each lever alone; incentives once for each target.
  for (const lever of LEVERS) {
    if (lever === 'incentives') {
      for (const target of INCENTIVE_TARGETS) {
        plans.push(
          constant(`incentives (${target})`, {
            allocation: allocationOf({ incentives: 1 }),
            incentiveTarget: target,
            laborStandards: target === 'sme',
          }),
        );
      }
    } else {
      plans.push(constant(lever, { allocation: allocationOf({ [lever]: 1 }) }));
    }
  }
  // Every pair of levers, half each.
  LEVERS.forEach((a, i) =>
    LEVERS.slice(i + 1).forEach((b, j) =>
      plans.push(
        constant(`${a} + ${b}`, {
          allocation: allocationOf({ [a]: 0.5, [b]: 0.5 }),
          incentiveTarget: 'joint',
          laborStandards: (i + j) % 2 === 0,
        }),
      ),
    ),
  );
  // Balanced: the plain plan and its other targets and standards.
  plans.push(constant('balanced', BALANCED));
  const others: [IncentiveTarget, boolean][] = [
    ['sme', true],
    ['all', false],
    ['fdi', false],
  ];
  for (const [target, standards] of others) {
    plans.push(
      constant(`balanced (${target})`, { allocation: even(0.2), incentiveTarget: target, laborStandards: standards }),
    );
  }
  // The balanced plan tilted: ten points moved from one lever to another, every way round.
  for (const to of LEVERS) {
    for (const from of LEVERS) {
      if (to === from) continue;
      plans.push(
        constant(`balanced, ${from} -> ${to}`, { ...BALANCED, allocation: { ...even(0.2), [to]: 0.3, [from]: 0.1 } }),
      );
    }
  }
  // The balanced plan at other tariffs: ten points either way, free trade, and high protection.
  for (const tariff of [startTariff - 0.1, startTariff + 0.1, 0, Math.max(0.4, startTariff + 0.3)]) {
    plans.push(
      constant(`balanced, tariff ${tariff.toFixed(2)}`, { ...BALANCED, tariff: Math.min(1, Math.max(0, tariff)) }),
    );
  }
  // Phased: foundations first (skills, roads), then what builds on them.
  const phase = Math.max(1, Math.ceil(termYears / 3));
  const phased = (name: string, first: PlanYear, then: PlanYear): Plan => ({
    name,
    years: Array.from({ length: phase + 1 }, (_, k) => (k < phase ? first : then)),
  });
  plans.push(
    phased(
      'training first, then research and joint projects',
      { allocation: allocationOf({ training: 0.6, infrastructure: 0.4 }) },
      {
        allocation: allocationOf({ research: 0.4, incentives: 0.4, training: 0.2 }),
        incentiveTarget: 'joint',
        laborStandards: true,
      },
    ),
    phased(
      'roads first, then small-firm incentives',
      { allocation: allocationOf({ infrastructure: 1 }) },
      { allocation: allocationOf({ incentives: 0.6, training: 0.4 }), incentiveTarget: 'sme', laborStandards: true },
    ),
    phased('training first, then balanced', { allocation: allocationOf({ training: 1 }) }, BALANCED),
  );
  randomPlanYears().forEach((year, i) => plans.push(constant(`random ${i + 1}`, year)));
  return plans;
}

// ---------------------------------------------------------------------------------------------
// Standing among the sample

/**
 * The percentile (0-100) of `value` among `sample`: the share of the sample it beats, ties counting
 * half. Monotone in the value; an empty sample gives 50.
 */
export function percentileAmong(value: number, sample: readonly number[], lowerIsBetter = false): number {
  if (sample.length === 0) return 50;
  let beaten = 0;
  for (const other of sample) {
    if (other === value) beaten += 0.5;
    else if (lowerIsBetter ? value < other : value > other) beaten += 1;
  }
  return (beaten / sample.length) * 100;
}

/** One run to rank: its graded outcomes and how many years of the term it served. */
export interface RankedRun {
  values: Record<ScoreId, number>;
  yearsServed: number;
}

export interface Standing {
  /** 0-100: the share of the plans tried this result beats (ties count half). */
  percentile: number;
  grade: Grade;
}

export interface OutcomeStanding extends Standing {
  /** The best value any plan in the sample reached. */
  best: number;
}

export interface Standings {
  /** How many plans were tried. */
  plans: number;
  outcomes: Record<ScoreId, OutcomeStanding>;
  overall: Standing;
}

/**
 * A run's overall score: the mean of its percentiles on each outcome among the sample. A fixed
 * function of its outcomes (the player and a sample plan with the same outcomes score the same).
 */
function overallScore(values: Record<ScoreId, number>, columns: Record<ScoreId, number[]>): number {
  return (
    SCORE_IDS.reduce((sum, id) => sum + percentileAmong(values[id], columns[id], LOWER_IS_BETTER.has(id)), 0) /
    SCORE_IDS.length
  );
}

/**
 * Where `player` stands among `sample`, per outcome and overall. Overall, serving more of the term
 * comes first (a term cut short by collapsing support ranks below every plan that kept it longer),
 * then the overall score.
 */
export function standingsAmong(player: RankedRun, sample: readonly RankedRun[]): Standings {
  const columns = Object.fromEntries(SCORE_IDS.map((id) => [id, sample.map((r) => r.values[id])])) as Record<
    ScoreId,
    number[]
  >;
  const outcomes = Object.fromEntries(
    SCORE_IDS.map((id) => {
      const lower = LOWER_IS_BETTER.has(id);
      const percentile = percentileAmong(player.values[id], columns[id], lower);
      const best = columns[id].reduce(
        (a, b) => (lower ? Math.min(a, b) : Math.max(a, b)),
        lower ? Infinity : -Infinity,
      );
      return [id, { percentile, grade: gradeOfPercentile(percentile), best }];
    }),
  ) as Record<ScoreId, OutcomeStanding>;
  const mine = overallScore(player.values, columns);
  let beaten = 0;
  for (const run of sample) {
    const theirs = overallScore(run.values, columns);
    const cmp = player.yearsServed !== run.yearsServed ? player.yearsServed - run.yearsServed : mine - theirs;
    beaten += cmp > 0 ? 1 : cmp === 0 ? 0.5 : 0;
  }
  const percentile = sample.length > 0 ? (beaten / sample.length) * 100 : 50;
  return { plans: sample.length, outcomes, overall: { percentile, grade: gradeOfPercentile(percentile) } };
}

// ---------------------------------------------------------------------------------------------
// The sample run for a game

export interface SampleRun {
  plan: Plan;
  states: ClusterState[];
  /** Years of the term served: the whole term, or fewer when support collapsed. */
  yearsServed: number;
}

const cache = perGameCache<SampleRun[]>();

/**
 * The sample of plans run on the game's seed, difficulty and term, answering events as the player
 * did where the same event fires (defaults otherwise). Cached per game and event choices.
 */
export function sampleRuns(game: Game, log: GameContext['log']): SampleRun[] {
  const choices = eventChoicesOf(log);
  const choicesKey = JSON.stringify(log.map((e) => e.event ?? null));
  return cache.get(game, choicesKey, () =>
    planSample(game.scenario.initial.tariff, game.termYears).map((plan) => {
      const run = runCounterfactual(
        game,
        Object.keys(choices).length > 0 ? withEventChoices(plan, log, game.termYears) : plan,
      );
      return {
        plan,
        states: run.states,
        // The whole term, or the years up to the one where support collapsed.
        yearsServed: run.states.length - 1,
      };
    }),
  );
}

/** A sample run as ranked against a player who played `years` years: its outcomes at that year, or at its end if sooner. */
export function rankedAt(run: SampleRun, years: number): RankedRun {
  const k = Math.min(years, run.states.length - 1);
  const start = run.states[0] as ClusterState;
  return { values: scoreValues(start, run.states[k] as ClusterState, k), yearsServed: run.yearsServed };
}

/** Where the player's term stands among the plans tried on the same luck; null before a year is played. */
export function achievableStandings(context: GameContext): Standings | null {
  const { scenario, history } = context;
  const n = history.length - 1;
  if (!scenario || n < 1) return null;
  const game: Game = { ...context, scenario };
  const sample = sampleRuns(game, context.log).map((run) => rankedAt(run, n));
  const start = history[0] as ClusterState;
  const player: RankedRun = {
    values: scoreValues(start, history[n] as ClusterState, n),
    yearsServed: n,
  };
  return standingsAmong(player, sample);
}

/** Forgets the cached runs (tests). */
export function clearAchievableCache(): void {
  cache.clear();
}
