// Sensitivity around the current plan (the tornado chart): each budget line's share moved 10 points
// of the budget down and up in every year (taken from or given to the other lines in proportion to
// their shares), the tariff moved 10 points down and up, the incentive target switched to each other
// target and the labour-standards rule switched; each change's effect on the outcomes at the horizon,
// as the mean over a small fixed set of seeds (common random numbers: each seed's change is measured
// against the same seed's run of the current plan). A chunked job (plan-job.ts). Pure; no DOM.
import { INCENTIVE_TARGETS, LEVERS, type Allocation, type IncentiveTarget, type Lever, type Plan } from '../model';
import {
  PLAN_OUTCOMES,
  horizonOutcomes,
  planOfYears,
  prepareCase,
  resolvePlanYears,
  runCase,
  seedSet,
  zeroOutcomes,
  type OutcomeValues,
  type PlanCase,
  type PlanOutcome,
  type ResolvedYear,
} from './plan-case';
import { runToEnd, type PlanJob, unitJob } from './plan-job';

/** The share of the budget a line moves, and the tariff's move (10 points). */
export const SENSITIVITY_STEP = 0.1;
export const SENSITIVITY_SEEDS = { default: 20, min: 1, max: 200 } as const;
/** The outcomes the tornado shows first. */
export const SENSITIVITY_OUTCOMES = ['poverty', 'employment', 'output'] as const satisfies readonly PlanOutcome[];

export const SENSITIVITY_FACTORS = [...LEVERS, 'tariff', 'incentiveTarget', 'laborStandards'] as const;
export type SensitivityFactor = (typeof SENSITIVITY_FACTORS)[number];

/** `minus`/`plus`: 10 points down or up; a target id: that target in every year; `switched`: the standards rule flipped in every year. */
export type SensitivityChange = 'minus' | 'plus' | IncentiveTarget | 'switched';

export interface SensitivityOptions {
  /** The first seed of the set. */
  seed: number;
  /** How many seeds (default 20). */
  seeds?: number;
}

export interface SensitivityVariant {
  factor: SensitivityFactor;
  change: SensitivityChange;
  /**
   * How far the setting moved, averaged over the years: share points of the budget for a line
   * (-0.1, or less where a share could not move the whole step), tariff points for the tariff; 0
   * for the target and the standards rule.
   */
  moved: number;
  /** For `switched`: the rule in the changed plan (`mixed` where the plan's years differ). */
  standards?: 'on' | 'off' | 'mixed';
  /** Mean change of each outcome at the horizon against the current plan (growth: of the average yearly growth). */
  effects: OutcomeValues;
}

export interface SensitivityResult {
  baseSeed: number;
  seeds: number;
  years: number;
  /** Mean outcomes of the current plan at the horizon. */
  base: OutcomeValues;
  variants: SensitivityVariant[];
}

const sumOf = (a: Allocation): number => a.infrastructure + a.training + a.research + a.incentives + a.trade;

/**
 * `allocation` with `lever` moved by `delta` of the budget: taken from (or given to) the other lines
 * in proportion to their shares, so the total spent stays the same. Where the others have nothing
 * left to give, unspent budget makes up the rest (never above the whole budget); where they have
 * nothing to take, what the line gives up is left unspent. Every share stays within 0..1.
 */
export function shiftShare(allocation: Allocation, lever: Lever, delta: number): Allocation {
  const current = allocation[lever];
  const othersTotal = sumOf(allocation) - current;
  const out = { ...allocation };
  if (delta > 0) {
    const wanted = Math.min(delta, 1 - current);
    const fromOthers = Math.min(wanted, othersTotal);
    const keep = othersTotal > 0 ? 1 - fromOthers / othersTotal : 0;
    for (const other of LEVERS) if (other !== lever) out[other] = allocation[other] * keep;
    const unspent = Math.max(0, 1 - sumOf(allocation));
    out[lever] = current + fromOthers + Math.min(wanted - fromOthers, unspent);
  } else if (delta < 0) {
    const given = Math.min(-delta, current);
    out[lever] = current - given;
    if (othersTotal > 0)
      for (const other of LEVERS)
        if (other !== lever) out[other] = allocation[other] + (given * allocation[other]) / othersTotal;
  }
  return out;
}

interface Variant {
  factor: SensitivityFactor;
  change: SensitivityChange;
  moved: number;
  standards?: 'on' | 'off' | 'mixed';
  plan: Plan | null;
}

function sameYears(a: readonly ResolvedYear[], b: readonly ResolvedYear[]): boolean {
  return a.every((y, i) => {
    const other = b[i] as ResolvedYear;
    return (
      y.decisions.tariff === other.decisions.tariff &&
      y.decisions.incentiveTarget === other.decisions.incentiveTarget &&
      y.decisions.laborStandards === other.decisions.laborStandards &&
      LEVERS.every((l) => y.decisions.allocation[l] === other.decisions.allocation[l])
    );
  });
}

/** The changed plans around the case's plan, in SENSITIVITY_FACTORS order (plan null: no change possible, effect 0). */
function variantsOf(c: PlanCase): Variant[] {
  const years = resolvePlanYears(c.scenario, c.plan, c.years);
  const n = years.length;
  const make = (
    factor: SensitivityFactor,
    change: SensitivityChange,
    edit: (y: ResolvedYear) => ResolvedYear['decisions'],
  ): Variant => {
    const changed = years.map((y) => ({ ...y, decisions: edit(y) }));
    let moved = 0;
    if (factor === 'tariff')
      moved = changed.reduce((s, y, i) => s + y.decisions.tariff - (years[i] as ResolvedYear).decisions.tariff, 0) / n;
    else if ((LEVERS as readonly string[]).includes(factor))
      moved =
        changed.reduce(
          (s, y, i) =>
            s +
            y.decisions.allocation[factor as Lever] -
            (years[i] as ResolvedYear).decisions.allocation[factor as Lever],
          0,
        ) / n;
    const variant: Variant = {
      factor,
      change,
      moved,
      plan: sameYears(changed, years)
        ? null
        : planOfYears(`${c.plan.name} (${factor} ${change})`, changed, c.plan.budgetUsdM),
    };
    if (change === 'switched') {
      const on = changed.filter((y) => y.decisions.laborStandards).length;
      variant.standards = on === n ? 'on' : on === 0 ? 'off' : 'mixed';
    }
    return variant;
  };
  const variants: Variant[] = [];
  for (const lever of LEVERS)
    for (const [change, delta] of [
      ['minus', -SENSITIVITY_STEP],
      ['plus', SENSITIVITY_STEP],
    ] as const)
      variants.push(
        make(lever, change, (y) => ({ ...y.decisions, allocation: shiftShare(y.decisions.allocation, lever, delta) })),
      );
  for (const [change, delta] of [
    ['minus', -SENSITIVITY_STEP],
    ['plus', SENSITIVITY_STEP],
  ] as const)
    variants.push(
      make('tariff', change, (y) => ({ ...y.decisions, tariff: Math.min(1, Math.max(0, y.decisions.tariff + delta)) })),
    );
  const targetsUsed = new Set(years.map((y) => y.decisions.incentiveTarget));
  for (const target of INCENTIVE_TARGETS) {
    // A target the plan uses in every year is where the plan already is.
    if (targetsUsed.size === 1 && targetsUsed.has(target)) continue;
    variants.push(make('incentiveTarget', target, (y) => ({ ...y.decisions, incentiveTarget: target })));
  }
  variants.push(
    make('laborStandards', 'switched', (y) => ({ ...y.decisions, laborStandards: !y.decisions.laborStandards })),
  );
  return variants;
}

/** The sensitivity job: one unit is one run (the current plan and each changed plan, for each seed). */
export function sensitivityJob(c: PlanCase, options: SensitivityOptions): PlanJob<SensitivityResult> {
  const count = Math.round(options.seeds ?? SENSITIVITY_SEEDS.default);
  if (!(count >= SENSITIVITY_SEEDS.min && count <= SENSITIVITY_SEEDS.max))
    throw new Error(
      `seeds must be a whole number from ${SENSITIVITY_SEEDS.min} to ${SENSITIVITY_SEEDS.max} (got ${String(options.seeds)})`,
    );
  const prepared = prepareCase(c);
  const seeds = seedSet(options.seed, count);
  const variants = variantsOf(c);
  // Runs in order: for each seed, the current plan, then every variant that changes something.
  const running = variants.filter((v) => v.plan !== null);
  const perSeed = 1 + running.length;
  const total = perSeed * count;
  const base = zeroOutcomes();
  const sums = new Map<Variant, OutcomeValues>(variants.map((v) => [v, zeroOutcomes()]));
  let current: OutcomeValues = zeroOutcomes();

  const runUnit = (unit: number): void => {
    const seed = seeds[Math.floor(unit / perSeed)] as number;
    const slot = unit % perSeed;
    if (slot === 0) {
      current = horizonOutcomes(runCase(prepared, seed, c.plan).states);
      for (const o of PLAN_OUTCOMES) base[o] += current[o];
      return;
    }
    const variant = running[slot - 1] as Variant;
    const values = horizonOutcomes(runCase(prepared, seed, variant.plan).states);
    const sum = sums.get(variant) as OutcomeValues;
    for (const o of PLAN_OUTCOMES) sum[o] += values[o] - current[o];
  };

  return unitJob(
    total,
    runUnit,
    (): SensitivityResult => ({
      baseSeed: options.seed,
      seeds: count,
      years: c.years,
      base: Object.fromEntries(PLAN_OUTCOMES.map((o) => [o, base[o] / count])) as OutcomeValues,
      variants: variants.map((v) => {
        const sum = sums.get(v) as OutcomeValues;
        return {
          factor: v.factor,
          change: v.change,
          moved: v.moved,
          ...(v.standards ? { standards: v.standards } : {}),
          effects: Object.fromEntries(PLAN_OUTCOMES.map((o) => [o, sum[o] / count])) as OutcomeValues,
        };
      }),
    }),
    'the sensitivity runs are',
  );
}

export function runSensitivity(c: PlanCase, options: SensitivityOptions): SensitivityResult {
  return runToEnd(sensitivityJob(c, options));
}

/** One bar of the tornado: the range of a factor's effects on one outcome (0, the current plan, always inside it). */
export interface TornadoBar {
  factor: SensitivityFactor;
  /** The most negative and most positive effects (at most 0 and at least 0). */
  low: number;
  high: number;
  /** The changes that gave them (null where no change went that way). */
  lowChange: SensitivityChange | null;
  highChange: SensitivityChange | null;
  /** high - low: the bar's length, what it is sorted by. */
  swing: number;
}

/** The tornado for one outcome: one bar per factor, the largest swing first (ties in SENSITIVITY_FACTORS order). */
export function tornado(result: SensitivityResult, outcome: PlanOutcome): TornadoBar[] {
  const bars = SENSITIVITY_FACTORS.map((factor): TornadoBar => {
    let low = 0;
    let high = 0;
    let lowChange: SensitivityChange | null = null;
    let highChange: SensitivityChange | null = null;
    for (const v of result.variants) {
      if (v.factor !== factor) continue;
      const e = v.effects[outcome];
      if (e < low) [low, lowChange] = [e, v.change];
      if (e > high) [high, highChange] = [e, v.change];
    }
    return { factor, low, high, lowChange, highChange, swing: high - low };
  });
  return bars
    .map((bar, i) => ({ bar, i }))
    .sort((a, b) => b.bar.swing - a.bar.swing || a.i - b.i)
    .map(({ bar }) => bar);
}

/** A row of the tornado's data table: one change and its effects on the three outcomes. */
export interface SensitivityRow {
  factor: SensitivityFactor;
  change: SensitivityChange;
  moved: number;
  standards?: 'on' | 'off' | 'mixed';
  poverty: number;
  employment: number;
  output: number;
}

/** The data table: every change, its factor's rows together, factors in the order of the tornado for `sortBy` (default poverty). */
export function sensitivityRows(result: SensitivityResult, sortBy: PlanOutcome = 'poverty'): SensitivityRow[] {
  const order = tornado(result, sortBy).map((bar) => bar.factor);
  return order.flatMap((factor) =>
    result.variants
      .filter((v) => v.factor === factor)
      .map((v) => ({
        factor,
        change: v.change,
        moved: v.moved,
        ...(v.standards ? { standards: v.standards } : {}),
        poverty: v.effects.poverty,
        employment: v.effects.employment,
        output: v.effects.output,
      })),
  );
}
