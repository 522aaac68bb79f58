// Budget: the yearly budget split across five lines, less governance leakage
// (limitation: weak macro environment). Unspent money is not carried over [assumption].
// What a dollar buys depends on the cluster's size: spending is measured in reference units of a
// cost scale per worker, and a cluster's institutions absorb only so much in a year, so doubling a
// budget never doubles its effect and the same budget buys less in a larger cluster.
import { LEVERS, type Decisions, type Lever } from '../types';
import type { Model } from '../setup';
import type { Params } from '../params';
import { clamp } from '../math';

export interface Spending {
  /** Spent per line, US$ million (what the budget shows). */
  spentUsdM: Record<Lever, number>;
  /** What reaches the cluster after leakage, US$ million. */
  effectiveUsdM: Record<Lever, number>;
  totalSpentUsdM: number;
  /** Donor programme money that reaches the cluster this year (it funds collaborative projects). */
  donorEffectiveUsdM: number;
  leakage: number;
  /** Share of what survives leakage that the cluster can absorb this year (1 for a small programme). */
  absorbed: number;
}

export function effectiveLeakage(model: Model): number {
  return clamp(model.params.leakage * model.difficulty.leakage, 0, 0.95);
}

/** Value added per worker at which referenceSpendPerWorkerUsd applies, US$. */
const REFERENCE_VALUE_ADDED_PER_WORKER_USD = 5000;

/**
 * The cluster's cost scale, US$ million: what one line must spend in a year to reach ~63% of its
 * effect. Unless a scenario fixes it, it is a cost per worker times the workforce, the cost per
 * worker rising with local value added per worker (trainers, builders and consultants cost more
 * where incomes are higher; costIncomeElasticity) [assumption].
 */
export function costScaleOf(params: Params, employment: number, outputUsdM: number): number {
  if (params.costScaleUsdM > 0) return params.costScaleUsdM;
  const valueAddedPerWorkerUsd =
    employment > 0 ? (outputUsdM * 1e6) / employment : REFERENCE_VALUE_ADDED_PER_WORKER_USD;
  const perWorkerUsd =
    params.referenceSpendPerWorkerUsd *
    (valueAddedPerWorkerUsd / REFERENCE_VALUE_ADDED_PER_WORKER_USD) ** params.costIncomeElasticity;
  return Math.max(0.01, (perWorkerUsd * Math.max(employment, 1)) / 1e6);
}

/**
 * Share of each effective dollar that still does work when the programme (the yearly budget after
 * leakage) is this large:
 * total effect c x saturate(x / c) for x reference units against absorption capacity c, so money
 * beyond what institutions can absorb buys less on every line.
 */
export function absorptionFactor(model: Model, effectiveTotalUsdM: number): number {
  const x = referenceUnits(model, effectiveTotalUsdM);
  const c = model.params.absorptionCapacity;
  return x <= 1e-12 ? 1 : (c * (1 - Math.exp(-x / c))) / x;
}

export function allocateBudget(
  model: Model,
  decisions: Decisions,
  budgetUsdM: number,
  donorSupportUsdM: number,
): Spending {
  const leakage = effectiveLeakage(model);
  const spentUsdM = {} as Record<Lever, number>;
  const effectiveUsdM = {} as Record<Lever, number>;
  let totalSpentUsdM = 0;
  for (const lever of LEVERS) {
    const spent = Math.max(0, decisions.allocation[lever]) * budgetUsdM;
    spentUsdM[lever] = spent;
    totalSpentUsdM += spent;
  }
  // Capacity is set by the size of the programme (the budget), not by this year's split, so one
  // line's spending never changes what another line achieves (attribution stays per line).
  const memo = model.absorption;
  if (memo.budgetUsdM !== budgetUsdM) {
    memo.budgetUsdM = budgetUsdM;
    memo.factor = absorptionFactor(model, budgetUsdM * (1 - leakage));
  }
  const absorbed = memo.factor;
  for (const lever of LEVERS) effectiveUsdM[lever] = spentUsdM[lever] * (1 - leakage) * absorbed;
  // Donors monitor their own projects, so they lose half as much [assumption].
  const donorEffectiveUsdM = donorSupportUsdM * (1 - leakage / 2);
  return { spentUsdM, effectiveUsdM, totalSpentUsdM, donorEffectiveUsdM, leakage, absorbed };
}

/** Spending in reference units: 1 = the cluster's cost scale, where a line reaches ~63% of its effect. */
export function referenceUnits(model: Model, usdM: number): number {
  return usdM / model.baseline.costScaleUsdM;
}
