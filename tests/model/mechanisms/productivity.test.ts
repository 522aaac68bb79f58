import { describe, expect, it } from 'vitest';
import {
  foreignTechnologyGrowth,
  productivityGrowth,
  selectionGain,
  trustSpilloverGrowth,
  type ProductivityChannels,
} from '../../../src/model/mechanisms/productivity';
import { survivalModel, tncModel } from '../fixtures';

const model = survivalModel();
const none: ProductivityChannels = {
  research: 0,
  joint: 0,
  trust: 0,
  protection: 0,
  selection: 0,
  foreignTechnology: 0,
};

describe('productivity', () => {
  it('with no channel active, productivity grows at the base rate', () => {
    expect(productivityGrowth(model, none)).toBe(model.params.baseProductivityGrowth);
  });

  it('each channel adds to growth one for one', () => {
    for (const key of Object.keys(none) as (keyof ProductivityChannels)[]) {
      expect(productivityGrowth(model, { ...none, [key]: 0.01 })).toBeCloseTo(
        model.params.baseProductivityGrowth + 0.01,
        12,
      );
    }
    expect(productivityGrowth(model, { ...none, protection: -0.02 })).toBeLessThan(model.params.baseProductivityGrowth);
  });

  it('the least productive firms leave first, so exits raise average productivity', () => {
    expect(selectionGain(0)).toBe(0);
    expect(selectionGain(0.2)).toBeGreaterThan(selectionGain(0.1));
    expect(selectionGain(0.1)).toBeLessThan(0.1);
  });

  it('trust spillovers are zero at the starting trust and follow trust up and down', () => {
    const t0 = model.baseline.trust;
    expect(trustSpilloverGrowth(model, t0)).toBe(0);
    expect(trustSpilloverGrowth(model, t0 + 0.2)).toBeGreaterThan(0);
    expect(trustSpilloverGrowth(model, t0 - 0.2)).toBeLessThan(0);
  });

  it('foreign technology transfer is zero at the starting FDI share and positive above it, but small', () => {
    const tnc = tncModel();
    const f0 = tnc.baseline.fdi;
    expect(foreignTechnologyGrowth(tnc, f0)).toBe(0);
    expect(foreignTechnologyGrowth(tnc, f0 + 0.1)).toBeGreaterThan(0);
    expect(foreignTechnologyGrowth(tnc, 1)).toBeLessThan(0.05);
  });
});
