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

// Module-level helpers rather than closures: resolveShocks runs every year of every run.
const at = (u: readonly number[], i: number): number => u[i] ?? 0.5;
/** Difficulty scales the size of one-off shocks as well as their chance. */
const size = (x: number, k: number, cap: number): number => Math.min(cap, x * k);

export function resolveShocks(model: Model, s: ClusterState, u: readonly number[]): YearShocks {
  const p = model.params;
  const k = model.difficulty.shocks;
  const severity = at(u, 9);
  const crash = at(u, 4) < Math.min(0.9, p.demandCrashChance * k) ? -size(p.demandCrashSize * (0.6 + 0.8 * severity), k, 1) : 0;
  const worldDemand = p.demandVolatility * k * standardNormal(at(u, 0), at(u, 1)) + crash;
  const exchangeRate = p.exchangeRateVolatility * k * standardNormal(at(u, 2), at(u, 3));
  const buyerExit = at(u, 5) < Math.min(0.9, p.buyerExitChance * s.exportShare * k) ? size(0.04 + 0.1 * severity, k, 0.5) : 0;
  // Plants relocate more readily when world demand collapses.
  const tncChance = p.tncExitChance * s.fdi * k * (crash < 0 ? 2.5 : 1);
  const tncExit = s.foreignFirms >= 1 && at(u, 6) < Math.min(0.9, tncChance) ? size(0.1 + 0.25 * severity, k, 0.8) : 0;
  const donorExit = s.donorSupportUsdM > 0 && at(u, 7) < Math.min(1, p.donorExitChance * k);
  const accident = at(u, 8) < accidentChance(model, s.workingConditions) ? size(p.accidentSize * (0.3 + 0.7 * severity), k, 0.5) : 0;
  return { worldDemand, exchangeRate, buyerExit, tncExit, donorExit, accident };
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
