// The planner's case: one runner for every engine, plans spelled out year by year without changing
// a number, problems named before any run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, simulate } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { horizonOutcomes, planCaseProblems, planOfYears, prepareCase, resolvePlanYears, runCase, seedAt, seedSet } from '../../src/view/plan-case';
import { BALANCED, PHASED, caseArbitrary, planCase } from './plan-cases';

describe('plan cases', () => {
  it('a run of a case with default assumptions is the model run of the plan (the CLI’s numbers)', () => {
    const c = planCase('kamukunji-metalwork', PHASED, 12);
    const run = runCase(prepareCase(c), 5, c.plan);
    expect(run.states).toEqual(simulate(c.scenario, { seed: 5, years: 12, plan: PHASED, stopOnCollapse: false }).states);
    expect(runCase(prepareCase(c), 5, null).states).toEqual(simulate(c.scenario, { seed: 5, years: 12, stopOnCollapse: false }).states);
  });

  it('a plan spelled out year by year runs exactly as the plan (property)', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.integer({ min: 1, max: 1000 }), (c, seed) => {
        const prepared = prepareCase(c);
        const spelled = planOfYears(c.plan.name, resolvePlanYears(c.scenario, c.plan, c.years), c.plan.budgetUsdM);
        expect(spelled.years).toHaveLength(c.years);
        expect(runCase(prepared, seed, spelled).states).toEqual(runCase(prepared, seed, c.plan).states);
      }),
      { numRuns: 25 },
    );
  });

  it('names each problem: horizon, difficulty, assumptions, plan shares', () => {
    expect(planCaseProblems(planCase('tnc-cluster', BALANCED, 10))).toEqual([]);
    expect(planCaseProblems(planCase('tnc-cluster', BALANCED, 4))[0]).toMatch(/^years must be a whole number from 5 to 30/);
    expect(planCaseProblems(planCase('tnc-cluster', BALANCED, 31))).toHaveLength(1);
    expect(planCaseProblems({ ...planCase('tnc-cluster', BALANCED, 10), assumptions: { ...DEFAULT_ASSUMPTIONS, governance: 9 } })[0]).toMatch(/^assumptions.governance/);
    expect(planCaseProblems({ ...planCase('tnc-cluster', BALANCED, 10), difficulty: { leakage: Number.NaN, shocks: 1 } })[0]).toMatch(/^difficulty.leakage/);
    const over = { name: 'over', years: [{ allocation: { training: 0.6 } }, { allocation: { research: 0.6 } }] };
    const problems = planCaseProblems(planCase('tnc-cluster', over, 10));
    // Year 2 and every year after it, which repeats it.
    expect(problems).toHaveLength(9);
    expect(problems[0]).toMatch(/^plan year 2: allocation shares sum to 1.200/);
  });

  it('seeds follow the CLI’s --runs rule and stay 32-bit integers', () => {
    expect(seedSet(7, 3)).toEqual([7, 8, 9]);
    expect(seedAt(2 ** 31 - 1, 1)).toBe(-(2 ** 31));
  });

  it('growth at the horizon is the average of the yearly growth rates', () => {
    const states = simulate(scenarioById('sialkot-surgical'), { seed: 2, years: 6, plan: BALANCED }).states;
    const mean = states.slice(1).reduce((s, x) => s + x.growthPct, 0) / 6;
    expect(horizonOutcomes(states).growth).toBeCloseTo(mean, 12);
    expect(horizonOutcomes(states).poverty).toBe(states[6]?.poverty);
  });
});
