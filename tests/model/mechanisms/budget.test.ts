import { describe, expect, it } from 'vitest';
import { absorptionFactor, allocateBudget, costScaleOf, effectiveLeakage, referenceUnits } from '../../../src/model/mechanisms/budget';
import { defaultParams } from '../../../src/model/params';
import { createModel, initialState } from '../../../src/model/setup';
import { step } from '../../../src/model/step';
import { LEVERS } from '../../../src/model/types';
import { spend, survivalModel, survivalSetup } from '../fixtures';

const setup = survivalSetup();
const everything = spend(setup, { infrastructure: 0.3, training: 0.2, research: 0.1, incentives: 0.25, trade: 0.15 });

describe('budget and governance leakage', () => {
  it('leakage removes the scenario leakage share from every budget line', () => {
    const model = survivalModel({ leakage: 0.3 });
    const s = allocateBudget(model, everything, 10, 0);
    for (const lever of LEVERS) {
      expect(s.spentUsdM[lever]).toBeCloseTo(everything.allocation[lever] * 10, 12);
      expect(s.effectiveUsdM[lever]).toBeCloseTo(s.spentUsdM[lever] * 0.7 * s.absorbed, 12);
    }
    expect(s.leakage).toBe(0.3);
  });

  it('no leakage means every dollar spent reaches the cluster', () => {
    const s = allocateBudget(survivalModel({ leakage: 0 }), everything, 10, 0);
    for (const lever of LEVERS) expect(s.effectiveUsdM[lever]).toBeCloseTo(s.spentUsdM[lever] * s.absorbed, 12);
  });

  it('difficulty multiplies leakage, and leakage never takes everything', () => {
    const base = survivalSetup({ parameters: { ...setup.parameters, leakage: 0.2 } });
    expect(effectiveLeakage(createModel(base, { leakage: 2, shocks: 1 }))).toBeCloseTo(0.4, 12);
    expect(effectiveLeakage(createModel(base, { leakage: 0, shocks: 1 }))).toBe(0);
    const extreme = effectiveLeakage(createModel(base, { leakage: 100, shocks: 1 }));
    expect(extreme).toBeLessThan(1);
    expect(extreme).toBeGreaterThan(0.9);
    const harder = allocateBudget(createModel(base, { leakage: 2, shocks: 1 }), everything, 10, 0);
    const normal = allocateBudget(createModel(base), everything, 10, 0);
    expect(harder.effectiveUsdM.training).toBeLessThan(normal.effectiveUsdM.training);
  });

  it('spending is the shares times the budget and cannot exceed the budget', () => {
    const model = survivalModel();
    expect(allocateBudget(model, everything, 10, 0).totalSpentUsdM).toBeCloseTo(10, 12);
    expect(allocateBudget(model, spend(setup, { training: 0.25, trade: 0.05 }), 10, 0).totalSpentUsdM).toBeCloseTo(
      3,
      12,
    );
    expect(allocateBudget(model, spend(setup, {}), 10, 0).totalSpentUsdM).toBe(0);
  });

  it('a negative share spends nothing rather than adding money to the budget', () => {
    const d = spend(setup, { training: 0.5 });
    d.allocation.research = -0.5;
    const s = allocateBudget(survivalModel(), d, 10, 0);
    expect(s.spentUsdM.research).toBe(0);
    expect(s.effectiveUsdM.research).toBe(0);
    expect(s.totalSpentUsdM).toBeCloseTo(5, 12);
  });

  it('donor money loses half the share that public lines lose', () => {
    const model = survivalModel({ leakage: 0.4 });
    const s = allocateBudget(model, everything, 10, 4);
    const publicLoss = 1 - s.effectiveUsdM.training / s.absorbed / s.spentUsdM.training;
    const donorLoss = 1 - s.donorEffectiveUsdM / 4;
    expect(donorLoss).toBeCloseTo(publicLoss / 2, 12);
    expect(allocateBudget(model, everything, 10, 0).donorEffectiveUsdM).toBe(0);
  });

  it('a small programme is absorbed whole; a large one buys less per dollar, and doubling it never doubles what arrives', () => {
    const model = survivalModel({ costScaleUsdM: 2, absorptionCapacity: 2, leakage: 0 });
    expect(absorptionFactor(model, 0)).toBe(1);
    expect(absorptionFactor(model, 0.02)).toBeGreaterThan(0.99);
    const effective = (budget: number): number => allocateBudget(model, everything, budget, 0).effectiveUsdM.training;
    expect(effective(8)).toBeLessThan(2 * effective(4));
    expect(effective(16)).toBeLessThan(2 * effective(8));
    expect(effective(16)).toBeGreaterThan(effective(8));
  });

  it('the cost scale follows the cluster: more workers, or dearer workers, need more money for the same effect', () => {
    const p = defaultParams();
    expect(costScaleOf(p, 12000, 60)).toBeCloseTo(2 * costScaleOf(p, 6000, 30), 9);
    expect(costScaleOf(p, 6000, 300)).toBeGreaterThan(costScaleOf(p, 6000, 30));
    // ...but less than in proportion to value added (costIncomeElasticity below 1).
    expect(costScaleOf(p, 6000, 300)).toBeLessThan(10 * costScaleOf(p, 6000, 30));
    // A scenario may fix the scale.
    expect(costScaleOf({ ...p, costScaleUsdM: 7 }, 6000, 30)).toBe(7);
  });

  it('reference units measure spending in multiples of the scenario cost scale', () => {
    const model = survivalModel({ costScaleUsdM: 4 });
    expect(referenceUnits(model, 4)).toBe(1);
    expect(referenceUnits(model, 2)).toBe(0.5);
    expect(referenceUnits(model, 0)).toBe(0);
  });

  it('unspent money is not carried over: next year spends only its own shares', () => {
    const model = createModel(setup);
    const year0 = initialState(setup, model, 7);
    const year1 = step(model, year0, spend(setup, {})).state;
    expect(year1.budgetSpentUsdM).toBe(0);
    const year2 = step(model, year1, spend(setup, { training: 0.5 })).state;
    expect(year2.budgetSpentUsdM).toBeCloseTo(0.5 * setup.budgetUsdM, 12);
  });
});
