import { describe, expect, it } from 'vitest';
import { housingCostChangeLog, nextPoverty, poorHouseholdsLabourIncome, povertyElasticity, tariffPriceChangeLog } from '../../../src/model/mechanisms/poverty';
import { survivalModel } from '../fixtures';

const model = survivalModel();

describe('poverty', () => {
  it('rising labour income per head lowers poverty; falling income raises it; none leaves it', () => {
    expect(nextPoverty(model, 0.4, 0.05, 0.5)).toBeLessThan(0.4);
    expect(nextPoverty(model, 0.4, -0.05, 0.5)).toBeGreaterThan(0.4);
    expect(nextPoverty(model, 0.4, 0, 0.5)).toBeCloseTo(0.4, 12);
  });

  it('more income growth lowers poverty more', () => {
    expect(nextPoverty(model, 0.4, 0.1, 0.5)).toBeLessThan(nextPoverty(model, 0.4, 0.05, 0.5));
  });

  it('the growth elasticity of the headcount is between -2.8 and -1 (Adams 2004; Ram 2006)', () => {
    for (const smeShare of [0, 0.25, 0.5, 0.75, 1]) {
      const e = povertyElasticity(model, smeShare);
      expect(e).toBeGreaterThanOrEqual(-2.8);
      expect(e).toBeLessThanOrEqual(-1);
    }
  });

  it('labour-intensive (SME) growth reduces poverty more (Loayza & Raddatz 2010)', () => {
    expect(povertyElasticity(model, 0.9)).toBeLessThan(povertyElasticity(model, 0.1));
    expect(nextPoverty(model, 0.4, 0.05, 0.9)).toBeLessThan(nextPoverty(model, 0.4, 0.05, 0.1));
  });

  it('even an extreme elasticity parameter is held at -2.8', () => {
    expect(povertyElasticity(survivalModel({ povertyElasticity: -3, laborIntensityPovertyBoost: 2 }), 1)).toBe(-2.8);
  });

  it('the headcount stays within bounds under any income shock', () => {
    for (const g of [-50, -5, 5, 50]) {
      const p = nextPoverty(model, 0.5, g, 0.5);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it('only the share of household income that comes from the cluster moves poverty', () => {
    const none = survivalModel({ clusterIncomeShare: 0 });
    expect(nextPoverty(none, 0.4, 0.2, 0.5)).toBeCloseTo(0.4, 12);
    const all = survivalModel({ clusterIncomeShare: 1 });
    expect(nextPoverty(all, 0.4, 0.05, 0.5)).toBeLessThan(nextPoverty(model, 0.4, 0.05, 0.5));
  });

  it('raising the tariff makes the goods poor households buy dearer, and raises poverty at once', () => {
    const price = tariffPriceChangeLog(model, 0.2, 0.6);
    expect(price).toBeGreaterThan(0);
    expect(nextPoverty(model, 0.4, 0, 0.5, price)).toBeGreaterThan(0.4);
    expect(tariffPriceChangeLog(model, 0.6, 0.2)).toBeCloseTo(-price, 12);
  });

  it('migrants arriving push rents up; none arriving leaves them', () => {
    expect(housingCostChangeLog(model, 0)).toBe(0);
    expect(housingCostChangeLog(model, 0.05)).toBeGreaterThan(0);
  });

  it('a large-firm job brings poor households less income than an SME job (formal jobs go to the better-off)', () => {
    const sme = poorHouseholdsLabourIncome(model, 1100, 1000, 3, 5000) - poorHouseholdsLabourIncome(model, 1000, 1000, 3, 5000);
    const large = poorHouseholdsLabourIncome(model, 1000, 1100, 3, 5000) - poorHouseholdsLabourIncome(model, 1000, 1000, 3, 5000);
    expect(large).toBeLessThan(sme);
    expect(large).toBeGreaterThan(0);
  });
});
