import { describe, expect, it } from 'vitest';
import { lewisTightness, nextWage } from '../../../src/model/mechanisms/wages';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const p = model.params;
const loose = 0.4; // far above twice the Lewis threshold
const tight = p.surplusThreshold / 2;
const wage = 5;

/** Wage growth per unit of value-added growth. */
const passThrough = (surplus: number): number => Math.log(nextWage(model, wage, 0.1, 0, surplus) / wage) / 0.1;

describe('wages (Lewis)', () => {
  it('tightness is 0 with a large surplus and 1 once surplus is below the threshold', () => {
    expect(lewisTightness(model, loose)).toBe(0);
    expect(lewisTightness(model, 2 * p.surplusThreshold)).toBe(0);
    expect(lewisTightness(model, p.surplusThreshold)).toBe(1);
    expect(lewisTightness(model, 0)).toBe(1);
    const mid = lewisTightness(model, 1.5 * p.surplusThreshold);
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
  });

  it('with a large labour surplus, wages barely follow value added', () => {
    expect(passThrough(loose)).toBeCloseTo(p.surplusPassThrough, 9);
    expect(passThrough(loose)).toBeLessThan(0.3);
  });

  it('once surplus labour is absorbed, wages follow value added', () => {
    expect(passThrough(tight)).toBeCloseTo(p.wagePassThrough, 9);
    expect(passThrough(tight)).toBeGreaterThan(2 * passThrough(loose));
  });

  it('pass-through rises steadily as surplus labour is absorbed', () => {
    const surpluses = [0.4, 0.2, 0.17, 0.14, 0.1, 0.02];
    const rates = surpluses.map(passThrough);
    for (let k = 1; k < rates.length; k++) expect(rates[k]).toBeGreaterThanOrEqual(rates[k - 1] as number);
  });

  it('no change in value added or skills leaves the wage unchanged', () => {
    expect(nextWage(model, wage, 0, 0, loose)).toBe(wage);
  });

  it('wages never fall below subsistence', () => {
    expect(nextWage(model, wage, -5, 0, loose)).toBe(p.subsistenceWageUsdPerDay);
    expect(nextWage(model, wage, -5, -1, tight)).toBe(p.subsistenceWageUsdPerDay);
    expect(nextWage(model, 1, 0, 0, loose)).toBe(p.subsistenceWageUsdPerDay);
  });

  it('skills earn a premium, larger once labour is tight', () => {
    const looseGain = nextWage(model, wage, 0, 0.1, loose) - wage;
    const tightGain = nextWage(model, wage, 0, 0.1, tight) - wage;
    expect(looseGain).toBeGreaterThan(0);
    expect(tightGain).toBeGreaterThan(looseGain);
  });
});
