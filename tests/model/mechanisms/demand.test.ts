import { describe, expect, it } from 'vitest';
import { demandFactor, nextExchangeRateLog, nextWorldDemandLog } from '../../../src/model/mechanisms/demand';
import { survivalModel, tncModel } from '../fixtures';

const model = survivalModel();

describe('demand from outside', () => {
  const e0 = model.baseline.exportShare;

  it('at the starting export share, trend world demand and the starting exchange rate, demand leaves output unchanged', () => {
    expect(demandFactor(model, e0, 0, 0)).toBeCloseTo(1, 12);
  });

  it('the exported share of output moves with world demand', () => {
    expect(demandFactor(model, e0, 0.1, 0)).toBeGreaterThan(1);
    expect(demandFactor(model, e0, -0.1, 0)).toBeLessThan(1);
    expect(demandFactor(model, e0, -0.1, 0) - 1).toBeCloseTo(e0 * (Math.exp(-0.1) - 1), 12);
  });

  it('the more a cluster exports, the harder a fall in world demand hits it', () => {
    const hit = (m: typeof model): number => 1 - demandFactor(m, m.baseline.exportShare, -0.2, 0);
    expect(hit(tncModel())).toBeGreaterThan(hit(model));
  });

  it('a cluster that exports nothing is unaffected by world demand and the exchange rate', () => {
    const domestic = survivalModel();
    domestic.baseline.exportShare = 0;
    for (const [wd, er] of [
      [-0.5, 0],
      [0.3, 0],
      [0, 0.4],
      [0, -0.4],
    ] as const) {
      expect(demandFactor(domestic, 0, wd, er)).toBe(1);
    }
  });

  it('a real appreciation hurts exporters, a depreciation helps them', () => {
    expect(demandFactor(model, e0, 0, 0.1)).toBeLessThan(1);
    expect(demandFactor(model, e0, 0, -0.1)).toBeGreaterThan(1);
  });

  it('the exchange rate does not matter when export demand does not respond to price', () => {
    const m = survivalModel({ exportPriceElasticity: 0 });
    expect(demandFactor(m, m.baseline.exportShare, 0, 0.3)).toBeCloseTo(1, 12);
  });

  it('export orders lost with a buyer are not resold at home: demand stays down until exports recover', () => {
    const lost = demandFactor(model, e0 * 0.8, 0, 0);
    expect(lost).toBeCloseTo(1 - e0 * 0.2, 12);
    expect(demandFactor(model, e0 * 0.9, 0, 0)).toBeGreaterThan(lost);
  });

  it('new export markets (a higher export share) add demand', () => {
    expect(demandFactor(model, Math.min(1, e0 + 0.1), 0, 0)).toBeGreaterThan(1);
  });

  it('world demand deviations die out at the persistence rate; innovations add', () => {
    expect(nextWorldDemandLog(model, 0.1, 0, 4)).toBeCloseTo(0.1 * model.params.demandPersistence, 12);
    expect(nextWorldDemandLog(model, 0, -0.05, 1)).toBe(-0.05);
    let x = -0.3;
    for (let k = 0; k < 50; k++) x = nextWorldDemandLog(model, x, 0, k + 1);
    expect(Math.abs(x)).toBeLessThan(1e-6);
  });

  it('with a world-demand trend, deviations die out around the trend line, not around 0', () => {
    const g = 0.02;
    const trending = { ...model, params: { ...model.params, worldDemandGrowth: g } };
    let x = -0.3;
    for (let t = 1; t <= 50; t++) x = nextWorldDemandLog(trending, x, 0, t);
    expect(x - g * 50).toBeCloseTo(0, 6);
    // One innovation adds to the trend and then decays at the persistence rate.
    const shocked = nextWorldDemandLog(trending, g * 9, 0.1, 10);
    expect(shocked).toBeCloseTo(g * 10 + 0.1, 12);
    expect(nextWorldDemandLog(trending, shocked, 0, 11) - g * 11).toBeCloseTo(0.1 * model.params.demandPersistence, 12);
  });

  it('exchange-rate deviations die out too', () => {
    expect(Math.abs(nextExchangeRateLog(0.2, 0))).toBeLessThan(0.2);
    expect(nextExchangeRateLog(0, 0.05)).toBe(0.05);
  });

  it("a fall in foreign demand hits a TNC cluster's output harder than a survival cluster's", () => {
    const tnc = tncModel();
    const tncHit = 1 - demandFactor(tnc, tnc.baseline.exportShare, -0.18, 0);
    const survivalHit = 1 - demandFactor(model, model.baseline.exportShare, -0.18, 0);
    expect(tncHit).toBeGreaterThan(3 * survivalHit);
  });
});
