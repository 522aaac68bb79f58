import { describe, expect, it } from 'vitest';
import { nextQuality, qualityValueFactor } from '../../../src/model/mechanisms/quality';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const q0 = model.baseline.quality;

describe('quality', () => {
  it('with no gains quality stays at its start', () => {
    expect(nextQuality(model, q0, 0)).toBe(q0);
  });

  it('gains raise quality, in proportion to the room left', () => {
    expect(nextQuality(model, q0, 0.05)).toBeGreaterThan(q0);
    const low = nextQuality(model, 0.2, 0.1) - nextQuality(model, 0.2, 0);
    const high = nextQuality(model, 0.8, 0.1) - nextQuality(model, 0.8, 0);
    expect(high).toBeLessThan(low);
  });

  it('without gains, quality raised above its start drifts back toward it', () => {
    let q = q0 + 0.3;
    for (let k = 0; k < 20; k++) {
      const next = nextQuality(model, q, 0);
      expect(next).toBeLessThan(q);
      expect(next).toBeGreaterThan(q0);
      q = next;
    }
  });

  it('quality stays within 0..1', () => {
    expect(nextQuality(model, 0.99, 5)).toBeLessThanOrEqual(1);
    expect(nextQuality(model, 0, -5)).toBeGreaterThanOrEqual(0);
  });

  it('value added per unit of output is 1 at the starting quality and rises with quality', () => {
    expect(qualityValueFactor(model, q0)).toBe(1);
    expect(qualityValueFactor(model, q0 + 0.2)).toBeGreaterThan(qualityValueFactor(model, q0 + 0.1));
    expect(qualityValueFactor(model, q0 - 0.05)).toBeLessThan(1);
    expect(qualityValueFactor(survivalModel({ qualityPremium: 3 }), 0)).toBeGreaterThan(0);
  });
});
