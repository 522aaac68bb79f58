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

export function resolveShocks(model: Model, s: ClusterState, u: readonly number[]): YearShocks {
  const p = model.params;
  const k = model.difficulty.shocks;
  const at = (i: number): number => u[i] ?? 0.5;
  // Difficulty scales the size of one-off shocks as well as their chance.
  const severity = at(9);
  const size = (x: number, cap: number): number => Math.min(cap, x * k);
  const crash = at(4) < Math.min(0.9, p.demandCrashChance * k) ? -size(p.demandCrashSize * (0.6 + 0.8 * severity), 1) : 0;
  const worldDemand = p.demandVolatility * k * standardNormal(at(0), at(1)) + crash;
  const exchangeRate = p.exchangeRateVolatility * k * standardNormal(at(2), at(3));
  const buyerExit = at(5) < Math.min(0.9, p.buyerExitChance * s.exportShare * k) ? size(0.04 + 0.1 * severity, 0.5) : 0;
  // Plants relocate more readily when world demand collapses.
  const tncChance = p.tncExitChance * s.fdi * k * (crash < 0 ? 2.5 : 1);
  const tncExit = s.foreignFirms >= 1 && at(6) < Math.min(0.9, tncChance) ? size(0.1 + 0.25 * severity, 0.8) : 0;
  const donorExit = s.donorSupportUsdM > 0 && at(7) < Math.min(1, p.donorExitChance * k);
  const accident = at(8) < accidentChance(model, s.workingConditions) ? size(p.accidentSize * (0.3 + 0.7 * severity), 0.5) : 0;
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
