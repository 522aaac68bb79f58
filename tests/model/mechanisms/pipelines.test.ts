import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advancePipeline, LAG_PROFILES, meanLagYears, pipelineTotal } from '../../../src/model/mechanisms/pipelines';
import { PIPELINE_LEVERS, type PipelineLever } from '../../../src/model/types';

/** Spends `spending[k]` in year k, then runs on with no spending; returns what arrives each year. */
function arrivals(lever: PipelineLever, spending: number[], extraYears = 10): number[] {
  let pipeline: number[] = [];
  const out: number[] = [];
  for (let k = 0; k < spending.length + extraYears; k++) {
    const r = advancePipeline(pipeline, lever, spending[k] ?? 0);
    out.push(r.arrivingUsdM);
    pipeline = r.pipeline;
  }
  expect(pipeline).toEqual([]);
  return out;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

describe('build pipelines (lags)', () => {
  it.each(PIPELINE_LEVERS)('the %s lag profile is a distribution: non-negative shares summing to 1', (lever) => {
    const profile = LAG_PROFILES[lever];
    for (const share of profile) expect(share).toBeGreaterThanOrEqual(0);
    expect(sum(profile)).toBeCloseTo(1, 12);
  });

  it.each(PIPELINE_LEVERS)('nothing spent on %s becomes effective in the year it is paid for', (lever) => {
    expect(LAG_PROFILES[lever][0]).toBe(0);
    expect(arrivals(lever, [100])[0]).toBe(0);
  });

  it.each(PIPELINE_LEVERS)('one year of %s spending arrives exactly in the years of its profile', (lever) => {
    const got = arrivals(lever, [100]);
    const profile = LAG_PROFILES[lever];
    got.forEach((value, k) => expect(value).toBeCloseTo(100 * (profile[k] ?? 0), 10));
  });

  it('the training pipeline delivers everything after exactly one year', () => {
    expect(arrivals('training', [50]).slice(0, 3)).toEqual([0, 50, 0]);
    expect(meanLagYears('training')).toBe(1);
  });

  it('research centres pay off with a 4-6 year mean lag (Ravenscraft & Scherer 1982)', () => {
    const lag = meanLagYears('research');
    expect(lag).toBeGreaterThanOrEqual(4);
    expect(lag).toBeLessThanOrEqual(6);
  });

  it('infrastructure is built over 2-3 years: mean lag between 1.5 and 3, nothing after year 3', () => {
    const lag = meanLagYears('infrastructure');
    expect(lag).toBeGreaterThanOrEqual(1.5);
    expect(lag).toBeLessThanOrEqual(3);
    const got = arrivals('infrastructure', [100]);
    expect(sum(got.slice(1, 4))).toBeCloseTo(100, 10);
  });

  it('overlapping years of spending add up: each year arrives on its own schedule', () => {
    const got = arrivals('infrastructure', [10, 20]);
    const p = LAG_PROFILES.infrastructure;
    for (let k = 0; k < got.length; k++) expect(got[k]).toBeCloseTo(10 * (p[k] ?? 0) + 20 * (p[k - 1] ?? 0), 10);
  });

  it('nothing is lost: for any spending stream, total in equals total out', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PIPELINE_LEVERS),
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 20 }),
        (lever, spending) => {
          const out = arrivals(lever, spending);
          expect(sum(out)).toBeCloseTo(sum(spending), 6);
          for (const x of out) expect(x).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('what is still in a pipeline is exactly what has not yet arrived', () => {
    let pipeline: number[] = [];
    let spent = 0;
    let arrived = 0;
    for (const spending of [5, 0, 7, 3]) {
      const r = advancePipeline(pipeline, 'research', spending);
      pipeline = r.pipeline;
      spent += spending;
      arrived += r.arrivingUsdM;
      const total = pipelineTotal({ infrastructure: [], training: [], research: pipeline }, 'research');
      expect(total).toBeCloseTo(spent - arrived, 10);
    }
  });

  it('advancing does not modify the pipeline it is given', () => {
    const pipeline = [1, 2, 3];
    advancePipeline(pipeline, 'infrastructure', 10);
    expect(pipeline).toEqual([1, 2, 3]);
  });
});
