import { describe, expect, it } from 'vitest';
import {
  jointProductivityGrowth,
  jointSaturation,
  jointTrustLift,
  nextJointCapital,
} from '../../../src/model/mechanisms/joint-action';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const p = model.params;

describe('joint action (active collective efficiency)', () => {
  it('funded projects accumulate and decay once funding stops', () => {
    const funded = nextJointCapital(model, 0, 4);
    expect(funded).toBe(4);
    const after = nextJointCapital(model, funded, 0);
    expect(after).toBeCloseTo(4 * (1 - p.jointDepreciation), 12);
    expect(nextJointCapital(model, funded, 4)).toBeGreaterThan(funded);
  });

  it('steady funding converges to funding / depreciation', () => {
    let capital = 0;
    for (let k = 0; k < 200; k++) capital = nextJointCapital(model, capital, 3);
    expect(capital).toBeCloseTo(3 / p.jointDepreciation, 6);
  });

  it('projects raise trust, with diminishing returns, up to the saturation lift', () => {
    expect(jointTrustLift(model, 0)).toBe(0);
    const a = jointTrustLift(model, 2);
    const b = jointTrustLift(model, 4);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(b - a).toBeLessThan(a);
    expect(jointTrustLift(model, 1e9)).toBeLessThanOrEqual(p.jointTrust);
    expect(jointSaturation(model, 1e9)).toBeLessThanOrEqual(1);
  });

  it('projects raise productivity only through trust', () => {
    expect(jointProductivityGrowth(model, 5, 0)).toBe(0);
    expect(jointProductivityGrowth(model, 0, 0.8)).toBe(0);
    expect(jointProductivityGrowth(model, 5, 0.8)).toBeGreaterThan(jointProductivityGrowth(model, 5, 0.4));
    expect(jointProductivityGrowth(model, 1e9, 1)).toBeLessThanOrEqual(p.jointProductivity);
  });
});
