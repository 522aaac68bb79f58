// Budget: the yearly budget split across five lines, less governance leakage
// (limitation: weak macro environment). Unspent money is not carried over [assumption].
import { LEVERS, type Decisions, type Lever } from '../types';
import type { Model } from '../setup';
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
}

export function effectiveLeakage(model: Model): number {
  return clamp(model.params.leakage * model.difficulty.leakage, 0, 0.95);
}

export function allocateBudget(model: Model, decisions: Decisions, budgetUsdM: number, donorSupportUsdM: number): Spending {
  const leakage = effectiveLeakage(model);
  const spentUsdM = {} as Record<Lever, number>;
  const effectiveUsdM = {} as Record<Lever, number>;
  let totalSpentUsdM = 0;
  for (const lever of LEVERS) {
    const spent = Math.max(0, decisions.allocation[lever]) * budgetUsdM;
    spentUsdM[lever] = spent;
    effectiveUsdM[lever] = spent * (1 - leakage);
    totalSpentUsdM += spent;
  }
  // Donors monitor their own projects, so they lose half as much [assumption].
  const donorEffectiveUsdM = donorSupportUsdM * (1 - leakage / 2);
  return { spentUsdM, effectiveUsdM, totalSpentUsdM, donorEffectiveUsdM, leakage };
}

/** Spending in reference units: 1 = the scenario's cost scale, where a line reaches ~63% of its effect. */
export function referenceUnits(model: Model, usdM: number): number {
  return usdM / model.params.costScaleUsdM;
}
