import { describe, expect, it } from 'vitest';
import { laborSurplusOf, maxEmployment, migrationRate, nextLaborForce, segmentEmployment } from '../../../src/model/mechanisms/employment';
import { simulate } from '../../../src/model/run';
import { survivalSetup } from '../fixtures';
import { PARAM_SPECS } from '../../../src/model/params';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const e = model.params.employmentElasticity;

describe('employment', () => {
  it('the default output elasticity of employment is within 0.4-0.7', () => {
    expect(PARAM_SPECS.employmentElasticity.default).toBeGreaterThanOrEqual(0.4);
    expect(PARAM_SPECS.employmentElasticity.default).toBeLessThanOrEqual(0.7);
  });

  it('unchanged firms and output per firm keep the jobs', () => {
    expect(segmentEmployment(model, 100, 3, 1)).toBe(300);
  });

  it('output per firm moves jobs with the employment elasticity', () => {
    expect(segmentEmployment(model, 100, 3, 1.2)).toBeCloseTo(300 * 1.2 ** e, 9);
    expect(segmentEmployment(model, 100, 3, 0.8)).toBeCloseTo(300 * 0.8 ** e, 9);
    // Less than proportional: 20% more output per firm makes fewer than 20% more jobs.
    expect(segmentEmployment(model, 100, 3, 1.2) / 300).toBeLessThan(1.2);
  });

  it('a lower elasticity (TNC clusters, ~0.3) makes jobs less responsive to output', () => {
    const tncLike = survivalModel({ employmentElasticity: 0.3 });
    expect(segmentEmployment(tncLike, 100, 3, 1.3)).toBeLessThan(segmentEmployment(model, 100, 3, 1.3));
  });

  it('firms carry their jobs: the firm count moves jobs one for one', () => {
    expect(segmentEmployment(model, 200, 3, 1.1)).toBeCloseTo(2 * segmentEmployment(model, 100, 3, 1.1), 9);
    expect(segmentEmployment(model, 0, 3, 1.1)).toBe(0);
  });

  it('a collapse of output per firm to zero leaves a finite, non-negative number of jobs', () => {
    const jobs = segmentEmployment(model, 100, 3, 0);
    expect(Number.isFinite(jobs)).toBe(true);
    expect(jobs).toBeGreaterThanOrEqual(0);
    expect(jobs).toBeLessThan(300);
  });

  it('the labour force grows at the population growth rate', () => {
    expect(nextLaborForce(model, 1000)).toBeCloseTo(1000 * (1 + model.params.populationGrowth), 9);
  });

  it('surplus labour is the share of the labour force without a cluster job, bounded in 0..0.95', () => {
    expect(laborSurplusOf(700, 1000)).toBeCloseTo(0.3, 12);
    expect(laborSurplusOf(1200, 1000)).toBe(0);
    expect(laborSurplusOf(0, 1000)).toBe(0.95);
  });

  it('growth that comes from productivity makes fewer jobs than the same growth from orders', () => {
    const fromOrders = segmentEmployment(model, 100, 3, 1.2, 1);
    const fromProductivity = segmentEmployment(model, 100, 3, 1.2, 1.2);
    expect(fromProductivity).toBeLessThan(fromOrders);
  });

  it('migrants come only once surplus labour is nearly absorbed, up to migrationMax a year', () => {
    expect(migrationRate(model, 0.4)).toBe(0);
    expect(migrationRate(model, 0.01)).toBeCloseTo(model.params.migrationMax, 12);
    expect(nextLaborForce(model, 1000, 0.05)).toBeCloseTo(1000 * (1 + model.params.populationGrowth + 0.05), 9);
  });

  it('jobs never exceed the labour force, migrants included, even in a boom that runs a century', () => {
    const boom = survivalSetup({ parameters: { ...survivalSetup().parameters, marketGrowth: 0.15 } });
    const run = simulate(boom, { seed: 3, years: 100 });
    for (const s of run.states) {
      expect(s.employment).toBeLessThanOrEqual(maxEmployment(model, s.laborForce) * (1 + 1e-9));
      expect(Number.isFinite(s.outputUsdM)).toBe(true);
    }
    const last = run.states[run.states.length - 1]!;
    // No explosive growth: a 15% boom matures (trend growth converges to its long-run rate), so
    // output grows well under 6.5% a year on average over the century (1.15^100 would be 1.2 million-fold).
    expect(Math.log(last.outputUsdM / run.states[0]!.outputUsdM) / 100).toBeLessThan(0.065);
  });
});
