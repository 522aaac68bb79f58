// Seeded shocks. Each year draws a fixed number of uniforms (so runs stay aligned across plans:
// common random numbers), then turns them into shocks whose chances depend on the state at the
// start of the year. Difficulty scales their size and frequency.
import type { ClusterState, ShockKind, YearShocks } from './types';
import type { Model } from './setup';
import { standardNormal } from './rng';
import { accidentChance } from './mechanisms/working-conditions';
import { NO_SHOCKS } from './setup';

/** Uniforms the shocks use each year; scenario events use one more each. */
export const SHOCK_DRAWS = 10;

export function drawCount(model: Model): number {
  return SHOCK_DRAWS + model.events.length;
}

/** The shocks a scenario schedules for a calendar year, by kind (the last entry wins if one repeats). */
export function scheduledShocks(model: Model, year: number): Partial<Record<ShockKind, number>> {
  const fixed: Partial<Record<ShockKind, number>> = {};
  for (const entry of model.scheduled) if (entry.year === year) fixed[entry.shock] = entry.size;
  return fixed;
}

// Module-level helpers rather than closures: resolveShocks runs every year of every run.
const at = (u: readonly number[], i: number): number => u[i] ?? 0.5;
/** Difficulty scales the size of one-off shocks as well as their chance. */
const size = (x: number, k: number, cap: number): number => Math.min(cap, x * k);
const NOTHING_SCHEDULED: Partial<Record<ShockKind, number>> = Object.freeze({});

export function resolveShocks(model: Model, s: ClusterState, u: readonly number[]): YearShocks {
  const p = model.params;
  const k = model.difficulty.shocks;
  // History the scenario schedules for this year replaces the draw of that kind. Every uniform is
  // still drawn and kept in its slot, so the other shocks and the events see the same numbers in
  // every plan (common random numbers). Scheduled sizes are history: difficulty does not scale them.
  const fixed = model.scheduled.length > 0 ? scheduledShocks(model, s.year + 1) : NOTHING_SCHEDULED;
  const severity = at(u, 9);
  const crash = at(u, 4) < Math.min(0.9, p.demandCrashChance * k) ? -size(p.demandCrashSize * (0.6 + 0.8 * severity), k, 1) : 0;
  const worldDemand = fixed.worldDemand ?? p.demandVolatility * k * standardNormal(at(u, 0), at(u, 1)) + crash;
  const exchangeRate = fixed.exchangeRate ?? p.exchangeRateVolatility * k * standardNormal(at(u, 2), at(u, 3));
  const buyerExit = fixed.buyerExit ?? (at(u, 5) < Math.min(0.9, p.buyerExitChance * s.exportShare * k) ? size(0.04 + 0.1 * severity, k, 0.5) : 0);
  // A buyer's new standard shares the buyer uniform with a buyer's exit, from its other end (a
  // buyer leaves or raises the bar, not both in one year): no extra draw, so streams stay aligned.
  const standardChance = Math.min(0.1, p.buyerStandardChance * s.exportShare * k);
  const buyerStandard = fixed.buyerStandard ?? (1 - at(u, 5) < standardChance ? size(0.05 + 0.15 * severity, k, 0.4) : 0);
  // Plants relocate more readily when world demand collapses.
  const collapse = fixed.worldDemand !== undefined ? fixed.worldDemand < -0.08 : crash < 0;
  const tncChance = p.tncExitChance * s.fdi * k * (collapse ? 2.5 : 1);
  const tncExit = fixed.tncExit ?? (s.foreignFirms >= 1 && at(u, 6) < Math.min(0.9, tncChance) ? size(0.1 + 0.25 * severity, k, 0.8) : 0);
  const donorExit = fixed.donorExit !== undefined ? fixed.donorExit > 0 && s.donorSupportUsdM > 0 : s.donorSupportUsdM > 0 && at(u, 7) < Math.min(1, p.donorExitChance * k);
  const accident = fixed.accident ?? (at(u, 8) < accidentChance(model, s.workingConditions) ? size(p.accidentSize * (0.3 + 0.7 * severity), k, 0.5) : 0);
  return { worldDemand, exchangeRate, buyerExit, tncExit, donorExit, accident, buyerStandard };
}

/** Whether a shock counts as "happening" for events and reports: a bad draw of a visible size. */
export function shockHappened(shocks: YearShocks, kind: ShockKind): boolean {
  switch (kind) {
    case 'worldDemand':
      return shocks.worldDemand < -0.08;
    case 'exchangeRate':
      return shocks.exchangeRate > 0.08;
    case 'donorExit':
      return shocks.donorExit;
    default:
      return shocks[kind] > 0;
  }
}

/** The same shocks with one kind removed (for attribution). */
export function withoutShock(shocks: YearShocks, kind: ShockKind): YearShocks {
  return { ...shocks, [kind]: NO_SHOCKS[kind] };
}
