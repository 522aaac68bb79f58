import { describe, expect, it } from 'vitest';
import {
  infrastructureMarginEffect,
  infrastructureOutputFactor,
  nextInfrastructure,
  nextInfrastructureServices,
} from '../../../src/model/mechanisms/infrastructure';
import { advancePipeline } from '../../../src/model/mechanisms/pipelines';
import { initialState } from '../../../src/model/setup';
import { simulate } from '../../../src/model/run';
import { survivalModel, survivalSetup } from '../fixtures';

const model = survivalModel();
const I0 = model.baseline.infrastructure;
const p = model.params;

/** Services after `years` years with the stock held at `stock`, starting from the start's services. */
function servicesAfter(stock: number, years: number): number {
  let services = initialState(survivalSetup(), model, 1).infrastructureServices;
  for (let k = 0; k < years; k++) services = nextInfrastructureServices(model, services, stock);
  return services;
}

/** Ratio of log output factor to log infrastructure after `years` years at a 10% higher stock. */
function elasticityAfter(years: number): number {
  const I1 = I0 * 1.1;
  return Math.log(infrastructureOutputFactor(model, servicesAfter(I1, years))) / Math.log(I1 / I0);
}

describe('infrastructure', () => {
  it('with no spending the stock stays at its start', () => {
    expect(nextInfrastructure(model, I0, 0)).toBe(I0);
  });

  it('with no spending a stock built above its start decays back toward it, never below', () => {
    let stock = I0 + 0.4;
    let previous = stock;
    for (let k = 0; k < 200; k++) {
      stock = nextInfrastructure(model, stock, 0);
      expect(stock).toBeLessThan(previous);
      expect(stock).toBeGreaterThan(I0);
      previous = stock;
    }
    expect(stock - I0).toBeLessThan(0.01);
  });

  it('the stock depreciates 3-5% a year (of what the programme added)', () => {
    const excess = 0.2;
    const lost = I0 + excess - nextInfrastructure(model, I0 + excess, 0);
    expect(lost / excess).toBeGreaterThanOrEqual(0.03);
    expect(lost / excess).toBeLessThanOrEqual(0.05);
  });

  it('a stock knocked below its start recovers toward it', () => {
    expect(nextInfrastructure(model, I0 - 0.1, 0)).toBeGreaterThan(I0 - 0.1);
    expect(nextInfrastructure(model, I0 - 0.1, 0)).toBeLessThan(I0);
  });

  it('diminishing returns: the second US$ million adds less than the first', () => {
    const first = nextInfrastructure(model, I0, 1) - nextInfrastructure(model, I0, 0);
    const second = nextInfrastructure(model, I0, 2) - nextInfrastructure(model, I0, 1);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    expect(second).toBeLessThan(first);
  });

  it('the stock stays within 0..1 however much arrives', () => {
    let stock = I0;
    for (let k = 0; k < 50; k++) {
      stock = nextInfrastructure(model, stock, 1e6);
      expect(stock).toBeLessThanOrEqual(1);
    }
    expect(stock).toBeGreaterThan(0.9);
  });

  it('spending has no effect on the stock in the year it is paid for', () => {
    const year1 = advancePipeline([], 'infrastructure', 10);
    expect(nextInfrastructure(model, I0, year1.arrivingUsdM)).toBe(I0);
    const year2 = advancePipeline(year1.pipeline, 'infrastructure', 0);
    expect(nextInfrastructure(model, I0, year2.arrivingUsdM)).toBeGreaterThan(I0);
  });

  it('the output factor is 1 at the starting services and rises with services', () => {
    const start = initialState(survivalSetup(), model, 1).infrastructureServices;
    expect(infrastructureOutputFactor(model, start)).toBeCloseTo(1, 12);
    expect(infrastructureOutputFactor(model, start * 1.01)).toBeGreaterThan(1);
  });

  it('short-run output elasticity of infrastructure is ~0.08 after one year (Bom & Ligthart 2014)', () => {
    expect(elasticityAfter(1)).toBeGreaterThan(0.07);
    expect(elasticityAfter(1)).toBeLessThan(0.09);
  });

  it('long-run output elasticity of infrastructure is ~0.12 after full adjustment (Bom & Ligthart 2014)', () => {
    expect(elasticityAfter(40)).toBeCloseTo(0.12, 4);
  });

  it('the output gain from a higher stock grows over 2-3 years', () => {
    const gains = [1, 2, 3].map((y) => elasticityAfter(y));
    expect(gains[1]).toBeGreaterThan(gains[0] as number);
    expect(gains[2]).toBeGreaterThan(gains[1] as number);
    expect(gains[2]).toBeGreaterThan(0.95 * 0.12);
  });

  it('the SME margin rises as the deficit shrinks, and is unchanged at the starting stock', () => {
    expect(infrastructureMarginEffect(model, I0)).toBe(0);
    const steps = [I0, 0.5, 0.7, 1].map((x) => infrastructureMarginEffect(model, x));
    for (let k = 1; k < steps.length; k++) expect(steps[k]).toBeGreaterThan(steps[k - 1] as number);
    expect(infrastructureMarginEffect(model, 0.2)).toBeLessThan(0);
  });

  it('closing the whole deficit raises SME margins by at most the deficit margin cost', () => {
    expect(infrastructureMarginEffect(model, 1)).toBeLessThanOrEqual(p.deficitMarginCost + 1e-12);
  });

  // BUG (src/model/setup.ts, initialState): services start at infrastructure ** elasticity, which is
  // 0 for a cluster with no infrastructure at all (the schema allows 0), while infrastructureOutputFactor
  // and attribution measure against max(infrastructure, 1e-3) ** elasticity. Output then drops ~30%
  // in year 1 with no policy at all. Fix: `infrastructureServices: Math.max(init.infrastructure, 1e-3) **
  // model.params.infrastructureElasticity`. 
  it('a cluster starting with no infrastructure at all does not lose output by itself in year 1', () => {
    const setup = survivalSetup();
    const noGrid = { ...setup, initial: { ...setup.initial, infrastructure: 0 } };
    const calm = {
      ...noGrid,
      parameters: {
        ...noGrid.parameters,
        demandVolatility: 0,
        exchangeRateVolatility: 0,
        demandCrashChance: 0,
        accidentChance: 0,
        buyerExitChance: 0,
        donorExitChance: 0,
      },
    };
    const run = simulate(calm, { seed: 1, years: 1 });
    const [y0, y1] = run.states;
    expect(y1!.outputUsdM).toBeGreaterThan(0.95 * y0!.outputUsdM);
  });
});
