// What the planner's analysis panels (uncertainty, sensitivity, the optimiser) show, as plain data:
// the plan the optimiser found as a planner plan (to save, compare, share and play), a plan's years
// as the game's budget for each year (Play this plan), the tornado's bars laid out on a shared
// scale, and the frontier chart's geometry. Pure; no DOM.
import type { Decisions } from '../model';
import type { OptimisedPhase } from './plan-optimiser';
import type { SensitivityResult, TornadoBar } from './plan-sensitivity';
import { tornado } from './plan-sensitivity';
import type { PlanOutcome } from './plan-case';
import { MAX_HORIZON, phaseDecisions, phaseEnd, type Phase, type PlannerPlan } from './planner';

/**
 * The optimiser's phases as a planner plan on `base`'s scenario, horizon, seed and budget. Each
 * phase keeps the event choices of the phase of `base` that starts in the same year (the optimiser
 * searches the phases of the plan it was given).
 */
export function plannerPlanOfOptimised(base: PlannerPlan, phases: readonly OptimisedPhase[]): PlannerPlan {
  return {
    scenarioId: base.scenarioId,
    horizon: base.horizon,
    seed: base.seed,
    ...(base.budgetUsdM !== undefined ? { budgetUsdM: base.budgetUsdM } : {}),
    phases: phases.map(
      (p): Phase => ({
        from: p.from,
        allocation: { ...p.decisions.allocation },
        tariff: p.decisions.tariff,
        incentiveTarget: p.decisions.incentiveTarget,
        laborStandards: p.decisions.laborStandards,
        eventChoices: { ...(base.phases.find((q) => q.from === p.from)?.eventChoices ?? {}) },
      }),
    ),
  };
}

/** The decisions of each year of a plan's horizon: decisions[k - 1] is year k's budget. */
export function yearlyDecisions(plan: PlannerPlan): Decisions[] {
  const years: Decisions[] = [];
  plan.phases.forEach((phase, i) => {
    for (let k = phase.from; k <= phaseEnd(plan, i); k++) years.push(phaseDecisions(phase));
  });
  return years;
}

/** The phase starts the optimiser searches: the plan's own phases (at most the horizon). */
export function phaseStartsOf(plan: PlannerPlan): number[] {
  return plan.phases.map((p) => p.from).filter((from, i) => i === 0 || from <= Math.min(plan.horizon, MAX_HORIZON));
}

/** One bar of the tornado laid out on a scale shared by every bar: offsets and lengths in % of the track. */
export interface TornadoLayout extends TornadoBar {
  /** Where the bar starts, % of the track from its start edge (0 = the most negative effect shown). */
  start: number;
  /** Its length, % of the track. */
  length: number;
  /** Where zero (the current plan) is on the track, %. */
  zero: number;
}

/**
 * The tornado for one outcome laid out: every bar on one scale from the most negative to the most
 * positive effect of any factor, zero inside it, the largest swing first. `scale` turns effects into
 * shown units (100 for shares in points).
 */
export function tornadoLayout(result: SensitivityResult, outcome: PlanOutcome): TornadoLayout[] {
  const bars = tornado(result, outcome);
  let lo = 0;
  let hi = 0;
  for (const b of bars) {
    lo = Math.min(lo, b.low);
    hi = Math.max(hi, b.high);
  }
  const span = hi - lo || 1;
  const zero = ((0 - lo) / span) * 100;
  return bars.map((b) => ({ ...b, start: ((b.low - lo) / span) * 100, length: ((b.high - b.low) / span) * 100, zero }));
}

/** A scatter's mapping from values to a box, with round ticks. */
export interface ScatterFrame {
  x(value: number): number;
  y(value: number): number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Maps points into [left, right] x [top, bottom] (y up), with 6 % of room around them. */
export function scatterFrame(
  points: readonly { x: number; y: number }[],
  box: { left: number; right: number; top: number; bottom: number },
): ScatterFrame {
  const xs = points.map((p) => p.x).filter(Number.isFinite);
  const ys = points.map((p) => p.y).filter(Number.isFinite);
  const range = (values: number[]): [number, number] => {
    if (values.length === 0) return [0, 1];
    let min = Math.min(...values);
    let max = Math.max(...values);
    if (min === max) {
      const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.05 : 1;
      min -= pad;
      max += pad;
    }
    const grace = (max - min) * 0.06;
    return [min - grace, max + grace];
  };
  const [xMin, xMax] = range(xs);
  const [yMin, yMax] = range(ys);
  return {
    xMin,
    xMax,
    yMin,
    yMax,
    x: (v) => box.left + ((v - xMin) / (xMax - xMin)) * (box.right - box.left),
    y: (v) => box.bottom - ((v - yMin) / (yMax - yMin)) * (box.bottom - box.top),
  };
}
