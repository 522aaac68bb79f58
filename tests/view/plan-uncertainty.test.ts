// Uncertainty: fans are ordered percentiles of the seeds' runs, the plan and the baseline meet the
// same luck seed by seed, the chances count what they say, and how the work is cut into chunks
// changes nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { approvalCollapsed, createModel, simulate, type ClusterState } from '../../src/model';
import { goalMet } from '../../src/view/goals';
import { PLAN_OUTCOMES, better, horizonOutcomes, yearOutcome } from '../../src/view/plan-case';
import { runToEnd } from '../../src/view/plan-job';
import { percentileOfSorted, runUncertainty, uncertaintyJob, type Fan } from '../../src/view/plan-uncertainty';
import { BALANCED, PHASED, caseArbitrary, planCase } from './plan-cases';

function ordered(fan: Fan): boolean {
  return fan.p10.every((p10, k) => p10 <= (fan.p50[k] as number) && (fan.p50[k] as number) <= (fan.p90[k] as number));
}

describe('uncertainty over seeds', () => {
  it('percentiles interpolate between ranks', () => {
    expect(percentileOfSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentileOfSorted([10, 20], 0.1)).toBeCloseTo(11, 12);
    expect(percentileOfSorted([7], 0.9)).toBe(7);
  });

  it('every fan and every horizon spread is ordered p10 <= p50 <= p90 (property)', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 12 }), (c, seed, runs) => {
        const r = runUncertainty(c, { seed, runs });
        for (const o of PLAN_OUTCOMES) {
          for (const fans of [r.fans.plan, r.fans.baseline, r.fans.difference]) {
            expect(fans[o].p50).toHaveLength(c.years + 1);
            expect(ordered(fans[o])).toBe(true);
          }
          for (const spread of [r.horizon.plan[o], r.horizon.baseline[o], r.horizon.difference[o]]) {
            expect(spread.p10).toBeLessThanOrEqual(spread.p50);
            expect(spread.p50).toBeLessThanOrEqual(spread.p90);
          }
          expect(r.beatChance[o]).toBeGreaterThanOrEqual(0);
          expect(r.beatChance[o]).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('is the model run seed by seed: seeds from the base seed, plan and baseline on the same seed', () => {
    const c = planCase('sialkot-surgical', PHASED, 8);
    const r = runUncertainty(c, { seed: 40, runs: 3 });
    const plans = [40, 41, 42].map((seed) => simulate(c.scenario, { seed, years: 8, plan: PHASED, stopOnCollapse: false }).states);
    const bases = [40, 41, 42].map((seed) => simulate(c.scenario, { seed, years: 8, stopOnCollapse: false }).states);
    for (const o of PLAN_OUTCOMES) {
      for (let k = 0; k <= 8; k++) {
        const plan = plans.map((s) => yearOutcome(s[k] as ClusterState, o)).sort((a, b) => a - b);
        const diff = plans.map((s, i) => yearOutcome(s[k] as ClusterState, o) - yearOutcome(bases[i]![k] as ClusterState, o)).sort((a, b) => a - b);
        expect(r.fans.plan[o].p50[k]).toBe(plan[1]);
        expect(r.fans.plan[o].p10[k]).toBeCloseTo(plan[0]! + 0.2 * (plan[1]! - plan[0]!), 9);
        expect(r.fans.difference[o].p90[k]).toBeCloseTo(diff[1]! + 0.8 * (diff[2]! - diff[1]!), 9);
      }
      const wins = plans.filter((s, i) => better(o, horizonOutcomes(s)[o], horizonOutcomes(bases[i]!)[o])).length;
      expect(r.beatChance[o]).toBe(wins / 3);
    }
    expect(r.calendarYears).toEqual(plans[0]!.map((s) => s.year));
    c.scenario.goals.forEach((goal, g) => {
      const met = plans.filter((s, i) => goalMet(goal, s[8]!, bases[i]![8]!)).length;
      expect(r.goals[g]).toMatchObject({ label: goal.label, metric: goal.metric, plan: met / 3 });
    });
  });

  it('a plan that changes nothing never beats the baseline and differs from it by nothing', () => {
    const nothing = { name: 'nothing', years: [{}] };
    const r = runUncertainty(planCase('kamukunji-metalwork', nothing, 10), { seed: 1, runs: 20 });
    for (const o of PLAN_OUTCOMES) {
      expect(r.beatChance[o]).toBe(0);
      expect(r.fans.difference[o].p10.every((v) => v === 0) && r.fans.difference[o].p90.every((v) => v === 0)).toBe(true);
      expect(r.fans.plan[o]).toEqual(r.fans.baseline[o]);
    }
    // Goals against no new policy cannot be met by no new policy.
    r.goals.filter((g) => g.comparison === 'beatBaseline').forEach((g) => expect([g.plan, g.baseline]).toEqual([0, 0]));
  });

  it('gives the same result however the runs are cut into chunks', () => {
    const c = planCase('guadalajara-electronics', BALANCED, 7, { worldDemandGrowth: 0.02 });
    const whole = runUncertainty(c, { seed: 3, runs: 15 });
    const job = uncertaintyJob(c, { seed: 3, runs: 15 });
    const steps: number[] = [];
    while (!job.run(4)) steps.push(job.done);
    expect(steps).toEqual([4, 8, 12]);
    expect(job.result()).toEqual(whole);
    const single = uncertaintyJob(c, { seed: 3, runs: 15 });
    while (!single.run(1));
    expect(single.result()).toEqual(whole);
    expect(() => uncertaintyJob(c, { seed: 3, runs: 15 }).result()).toThrow(/not finished/);
  });

  it('assumptions move the baseline too (modified baseline)', () => {
    const flat = runUncertainty(planCase('tnc-cluster', BALANCED, 10), { seed: 1, runs: 10 });
    const growing = runUncertainty(planCase('tnc-cluster', BALANCED, 10, { worldDemandGrowth: 0.04 }), { seed: 1, runs: 10 });
    expect(growing.horizon.baseline.output.p50).toBeGreaterThan(flat.horizon.baseline.output.p50);
    expect(growing.horizon.plan.output.p50).toBeGreaterThan(flat.horizon.plan.output.p50);
    const calm = runUncertainty(planCase('tnc-cluster', BALANCED, 10, { shockIntensity: 0 }), { seed: 1, runs: 10 });
    // Without shocks only the scenario's chance events still differ from seed to seed: the fans narrow.
    const width = (r: typeof flat) => r.horizon.baseline.output.p90 - r.horizon.baseline.output.p10;
    expect(width(calm)).toBeLessThan(width(flat) / 4);
  });

  it('counts runs in which approval would have ended the term early', () => {
    // Lurching from one line to another every year angers every group (abrupt-change costs).
    const swing = {
      name: 'swing',
      years: [
        { allocation: { research: 1 }, tariff: 0 },
        { allocation: { research: 0, infrastructure: 1 }, tariff: 1 },
        { allocation: { infrastructure: 0, trade: 1 }, tariff: 0 },
        { allocation: { trade: 0, research: 1 }, tariff: 1 },
      ],
    };
    const c = planCase('sialkot-surgical', swing, 12);
    const model = createModel(c.scenario);
    const r = runUncertainty(c, { seed: 1, runs: 10 });
    let collapsed = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const run = simulate(c.scenario, { seed, years: 12, plan: swing });
      if (run.endReason === 'approval') collapsed++;
      expect(run.states.slice(1, 12).some((s) => approvalCollapsed(model, s.approval))).toBe(run.endReason === 'approval');
    }
    expect(collapsed).toBeGreaterThan(0);
    expect(r.collapseChance.plan).toBe(collapsed / 10);
    expect(r.collapseChance.baseline).toBe(0);
    // The runs still reach the horizon, so every year has all ten seeds.
    expect(r.fans.plan.output.p50).toHaveLength(13);
  });

  it('refuses a number of runs out of range', () => {
    const c = planCase('tnc-cluster', BALANCED, 5);
    expect(() => uncertaintyJob(c, { seed: 1, runs: 0 })).toThrow(/runs must be a whole number from 1 to 2000/);
    expect(() => uncertaintyJob(c, { seed: 1, runs: 2001 })).toThrow(/runs/);
    expect(runToEnd(uncertaintyJob(c, { seed: 1 })).runs).toBe(200);
  });
});
