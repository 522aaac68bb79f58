import { describe, expect, it } from 'vitest';
import { nextTrust, trustTarget } from '../../../src/model/mechanisms/trust';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const b = model.baseline;

describe('trust', () => {
  it('at the starting large-firm share, with no squeeze and no projects, the target is the starting trust', () => {
    expect(trustTarget(model, b.largeJobShare, 0, 0)).toBeCloseTo(b.trust, 12);
  });

  it('a rising large-firm share of jobs lowers the target (Meyer-Stamer, Schmitz)', () => {
    const shares = [b.largeJobShare, b.largeJobShare + 0.1, b.largeJobShare + 0.2];
    const targets = shares.map((s) => trustTarget(model, s, 0, 0));
    expect(targets[1]).toBeLessThan(targets[0] as number);
    expect(targets[2]).toBeLessThan(targets[1] as number);
  });

  it('fierce competition lowers the target', () => {
    expect(trustTarget(model, b.largeJobShare, 0.05, 0)).toBeLessThan(trustTarget(model, b.largeJobShare, 0, 0));
  });

  it('joint projects raise the target', () => {
    expect(trustTarget(model, b.largeJobShare, 0, 0.1)).toBeGreaterThan(trustTarget(model, b.largeJobShare, 0, 0));
  });

  it('the target stays within 0..1', () => {
    expect(trustTarget(model, 1, 1, 0)).toBe(0);
    expect(trustTarget(model, 0, 0, 5)).toBe(1);
  });

  it('trust moves toward its target, so erosion shows over 1-2 years', () => {
    const start = 0.6;
    const target = 0.3;
    const one = nextTrust(model, start, target);
    const two = nextTrust(model, one, target);
    expect(one).toBeLessThan(start);
    expect(one).toBeGreaterThan(target);
    expect((start - two) / (start - target)).toBeGreaterThanOrEqual(0.6);
    expect(nextTrust(model, 0.4, 0.4)).toBe(0.4);
  });
});
