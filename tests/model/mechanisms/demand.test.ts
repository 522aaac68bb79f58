import { describe, expect, it } from 'vitest';
import { demandFactor, nextExchangeRateLog, nextWorldDemandLog } from '../../../src/model/mechanisms/demand';
import { survivalModel, tncModel } from '../fixtures';

const model = survivalModel();

describe('demand from outside', () => {
  it('at trend demand and the starting exchange rate, demand leaves output unchanged', () => {
    expect(demandFactor(model, 0.6, 0, 0, 0)).toBeCloseTo(1, 12);
  });

  it('the exported share of output moves with world demand', () => {
    expect(demandFactor(model, 0.5, 0.1, 0, 0)).toBeGreaterThan(1);
    expect(demandFactor(model, 0.5, -0.1, 0, 0)).toBeLessThan(1);
    expect(demandFactor(model, 0.5, -0.1, 0, 0) - 1).toBeCloseTo(0.5 * (Math.exp(-0.1) - 1), 12);
  });

  it('the more a cluster exports, the harder a fall in world demand hits it', () => {
    const shares = [0, 0.2, 0.5, 0.9];
    const hits = shares.map((x) => 1 - demandFactor(model, x, -0.2, 0, 0));
    for (let k = 1; k < hits.length; k++) expect(hits[k]).toBeGreaterThan(hits[k - 1] as number);
  });

  it('a domestic-only cluster is unaffected by world demand, the exchange rate or buyers', () => {
    for (const [wd, er, buyer] of [
      [-0.5, 0, 0],
      [0.3, 0, 0],
      [0, 0.4, 0],
      [0, -0.4, 0],
      [0, 0, 0.3],
    ] as const) {
      expect(demandFactor(model, 0, wd, er, buyer)).toBe(1);
    }
  });

  it('a real appreciation hurts exporters, a depreciation helps them', () => {
    expect(demandFactor(model, 0.5, 0, 0.1, 0)).toBeLessThan(1);
    expect(demandFactor(model, 0.5, 0, -0.1, 0)).toBeGreaterThan(1);
  });

  it('the exchange rate does not matter when export demand does not respond to price', () => {
    expect(demandFactor(survivalModel({ exportPriceElasticity: 0 }), 0.5, 0, 0.3, 0)).toBe(1);
  });

  it('a buyer leaving costs half its orders this year', () => {
    expect(demandFactor(model, 0.4, 0, 0, 0.2)).toBeCloseTo(1 - 0.4 * 0.1, 12);
  });

  it('world demand deviations die out at the persistence rate; innovations add', () => {
    expect(nextWorldDemandLog(model, 0.1, 0)).toBeCloseTo(0.1 * model.params.demandPersistence, 12);
    expect(nextWorldDemandLog(model, 0, -0.05)).toBe(-0.05);
    let x = -0.3;
    for (let k = 0; k < 50; k++) x = nextWorldDemandLog(model, x, 0);
    expect(Math.abs(x)).toBeLessThan(1e-6);
  });

  it('exchange-rate deviations die out too', () => {
    expect(Math.abs(nextExchangeRateLog(0.2, 0))).toBeLessThan(0.2);
    expect(nextExchangeRateLog(0, 0.05)).toBe(0.05);
  });

  it("a fall in foreign demand hits a TNC cluster's output harder than a survival cluster's", () => {
    const tnc = tncModel();
    const tncHit = 1 - demandFactor(tnc, tnc.baseline.exportShare, -0.18, 0, 0);
    const survivalHit = 1 - demandFactor(model, model.baseline.exportShare, -0.18, 0, 0);
    expect(tncHit).toBeGreaterThan(3 * survivalHit);
  });
});
