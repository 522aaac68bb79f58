// Assumptions apart from policy: how the world around the cluster behaves, which no lever moves.
// The planner applies them to the baseline and to every plan alike ("modified baseline"), so the
// effect of an assumption is never mixed up with the effect of a policy. Pure; the defaults change
// nothing (the same setup and difficulty objects come back).
import type { ClusterSetup } from './setup';
import type { Difficulty } from './types';
import { PARAM_SPECS } from './params';

export interface Assumptions {
  /** Extra yearly trend of log world demand for the cluster's exports (-0.05..0.05; 0 = none). */
  worldDemandGrowth: number;
  /** Multiplies governance leakage (0 = none leaks, 1 = the scenario's, 2 = twice as much). */
  governance: number;
  /** Multiplies the size and frequency of shocks, as difficulty does (0 = a world without shocks). */
  shockIntensity: number;
}

export type AssumptionName = keyof Assumptions;

export const ASSUMPTION_NAMES = ['worldDemandGrowth', 'governance', 'shockIntensity'] as const satisfies readonly AssumptionName[];

export const DEFAULT_ASSUMPTIONS: Readonly<Assumptions> = Object.freeze({ worldDemandGrowth: 0, governance: 1, shockIntensity: 1 });

/** Each assumption's range and a step for a slider. */
export const ASSUMPTION_BOUNDS: Readonly<Record<AssumptionName, { min: number; max: number; step: number }>> = Object.freeze({
  worldDemandGrowth: { min: PARAM_SPECS.worldDemandGrowth.min, max: PARAM_SPECS.worldDemandGrowth.max, step: 0.005 },
  governance: { min: 0, max: 2, step: 0.05 },
  shockIntensity: { min: 0, max: 2, step: 0.05 },
});

/** Problems with a set of assumptions, each naming the field; empty when valid. */
export function assumptionProblems(a: Assumptions): string[] {
  const problems: string[] = [];
  for (const name of ASSUMPTION_NAMES) {
    const value = a[name];
    const { min, max } = ASSUMPTION_BOUNDS[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
      problems.push(`assumptions.${name} must be a number from ${min} to ${max} (got ${String(value)})`);
  }
  return problems;
}

export function isDefaultAssumptions(a: Assumptions): boolean {
  return ASSUMPTION_NAMES.every((name) => a[name] === DEFAULT_ASSUMPTIONS[name]);
}

/**
 * The setup and difficulty a run uses under these assumptions: the world-demand trend is added to
 * the scenario's own (a model parameter, clamped to its range), governance multiplies the leakage
 * multiplier and shock intensity the shock multiplier. The baseline and every plan must go through
 * this with the same assumptions. Defaults return the very objects given, so caches keyed by
 * identity still hit.
 */
export function applyAssumptions<S extends ClusterSetup>(setup: S, difficulty: Difficulty, a: Assumptions): { setup: S; difficulty: Difficulty } {
  let applied = setup;
  if (a.worldDemandGrowth !== 0) {
    const spec = PARAM_SPECS.worldDemandGrowth;
    const own = setup.parameters.worldDemandGrowth ?? spec.default;
    const growth = Math.min(spec.max, Math.max(spec.min, own + a.worldDemandGrowth));
    applied = { ...setup, parameters: { ...setup.parameters, worldDemandGrowth: growth } };
  }
  const changesDifficulty = a.governance !== 1 || a.shockIntensity !== 1;
  return {
    setup: applied,
    difficulty: changesDifficulty ? { leakage: difficulty.leakage * a.governance, shocks: difficulty.shocks * a.shockIntensity } : difficulty,
  };
}
