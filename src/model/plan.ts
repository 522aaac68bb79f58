// A plan: decisions for each year, where a year may leave fields out (they keep the previous
// year's setting) and a plan shorter than the run repeats its last year.
import type { Allocation, Decisions, IncentiveTarget } from './types';

export interface PlanYear {
  allocation?: Partial<Allocation>;
  tariff?: number;
  incentiveTarget?: IncentiveTarget;
  laborStandards?: boolean;
  /** Choices for events that may fire at the end of this year: event id -> choice id. */
  eventChoices?: Record<string, string>;
}

export interface Plan {
  name: string;
  /** Overrides the scenario's yearly budget, US$ million. */
  budgetUsdM?: number;
  years: PlanYear[];
}

/** The plan entry for year k (1-based): the last entry repeats past the end. */
export function planYear(plan: Plan | undefined, k: number): PlanYear {
  if (!plan || plan.years.length === 0) return {};
  return plan.years[Math.min(k, plan.years.length) - 1] ?? {};
}

/** Fills a plan year's missing fields from the previous year's decisions. */
export function resolveDecisions(entry: PlanYear, previous: Decisions): Decisions {
  return {
    allocation: withDefinedShares(previous.allocation, entry.allocation),
    tariff: entry.tariff ?? previous.tariff,
    incentiveTarget: entry.incentiveTarget ?? previous.incentiveTarget,
    laborStandards: entry.laborStandards ?? previous.laborStandards,
  };
}

/** A copy of `previous` with the plan's shares laid over it; a lever named without a value keeps its share. */
function withDefinedShares(previous: Allocation, shares: Partial<Allocation> | undefined): Allocation {
  const allocation = { ...previous };
  if (shares) {
    // A plain loop (not entries/filter/fromEntries): this runs every year of every run.
    for (const lever in shares) {
      if (!Object.hasOwn(shares, lever)) continue;
      const share = shares[lever as keyof Allocation];
      if (share !== undefined) allocation[lever as keyof Allocation] = share;
    }
  }
  return allocation;
}
