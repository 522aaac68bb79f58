import { describe, expect, it } from 'vitest';
import {
  accidentChance,
  conditionsTarget,
  nextWorkingConditions,
  type ConditionPressures,
} from '../../../src/model/mechanisms/working-conditions';
import { createModel } from '../../../src/model/setup';
import { survivalModel, survivalSetup } from '../fixtures';

const model = survivalModel();
const b = model.baseline;
const atStart: ConditionPressures = {
  quality: b.quality,
  marginShortfall: 0,
  externalDependence: b.externalDependence,
  skills: b.skills,
  buyerCodes: 0,
  standards: 0,
};
const target = (c: Partial<ConditionPressures>): number => conditionsTarget(model, { ...atStart, ...c });

describe('working conditions', () => {
  it('with the starting pressures, the target is the starting conditions', () => {
    expect(target({})).toBeCloseTo(b.workingConditions, 12);
  });

  it('fierce price competition (a margin shortfall) lowers the target', () => {
    expect(target({ marginShortfall: 0.05 })).toBeLessThan(target({}));
    expect(target({ marginShortfall: 0.1 })).toBeLessThan(target({ marginShortfall: 0.05 }));
  });

  it('labour-standard conditionality raises the target, the more it bites', () => {
    expect(target({ standards: 0.5 })).toBeGreaterThan(target({}));
    expect(target({ standards: 1 })).toBeGreaterThan(target({ standards: 0.5 }));
  });

  it('skills, quality and buyers’ codes raise the target; dependence lowers it', () => {
    expect(target({ skills: b.skills + 0.2 })).toBeGreaterThan(target({}));
    expect(target({ quality: b.quality + 0.2 })).toBeGreaterThan(target({}));
    expect(target({ buyerCodes: 0.5 })).toBeGreaterThan(target({}));
    expect(target({ externalDependence: b.externalDependence + 0.3 })).toBeLessThan(target({}));
  });

  it('the target stays within 0..1 under extreme pressures', () => {
    expect(target({ marginShortfall: 10 })).toBe(0);
    expect(target({ standards: 1, skills: 1, quality: 1, buyerCodes: 10 })).toBeLessThanOrEqual(1);
  });

  it('conditions move part of the way toward the target each year', () => {
    const next = nextWorkingConditions(model, 0.3, 0.6);
    expect(next).toBeGreaterThan(0.3);
    expect(next).toBeLessThan(0.6);
    expect(next - 0.3).toBeCloseTo(model.params.conditionsAdjustment * 0.3, 12);
    expect(nextWorkingConditions(model, 0.4, 0.4)).toBe(0.4);
  });

  it('the chance of a fire or accident falls as conditions improve, to zero at perfect conditions', () => {
    const chances = [0, 0.25, 0.5, 0.75, 1].map((c) => accidentChance(model, c));
    for (let k = 1; k < chances.length; k++) expect(chances[k]).toBeLessThan(chances[k - 1] as number);
    expect(chances[4]).toBe(0);
    expect(chances[0]).toBeLessThanOrEqual(0.9);
  });

  it('difficulty scales the accident chance, which never reaches certainty', () => {
    const setup = survivalSetup();
    const harder = createModel(setup, { leakage: 1, shocks: 2 });
    expect(accidentChance(harder, 0.5)).toBeCloseTo(2 * accidentChance(model, 0.5), 12);
    expect(accidentChance(createModel(setup, { leakage: 1, shocks: 100 }), 0)).toBeLessThan(1);
  });
});
