// Lags through the whole year: spending goes into the state's pipelines (after leakage) and the
// stocks move only when it arrives. Compared against a run with no spending and the same seed,
// so both face the same shocks.
import { describe, expect, it } from 'vitest';
import { LAG_PROFILES, pipelineTotal } from '../../src/model/mechanisms/pipelines';
import { absorptionFactor } from '../../src/model/mechanisms/budget';
import { step } from '../../src/model/step';
import type { ClusterState, Decisions, Lever, PipelineLever } from '../../src/model/types';
import { PIPELINE_LEVERS } from '../../src/model/types';
import { spend, start, survivalSetup } from './fixtures';

const setup = survivalSetup();

/** Years 0..years of a run that spends `share` on `lever` in year 1 only (or every year). */
function path(lever: Lever | null, share: number, years: number, everyYear = false, seed = 5): ClusterState[] {
  const { model, state } = start(setup, seed);
  const states = [state];
  let s = state;
  for (let k = 1; k <= years; k++) {
    const d: Decisions = lever && (everyYear || k === 1) ? spend(setup, { [lever]: share }) : spend(setup, {});
    s = step(model, s, d).state;
    states.push(s);
  }
  return states;
}

const stockOf: Record<PipelineLever, keyof ClusterState> = {
  infrastructure: 'infrastructure',
  training: 'skills',
  research: 'research',
};

describe('pipelines inside the yearly step', () => {
  it.each(PIPELINE_LEVERS)('%s spending leaves its stock untouched in the year it is paid for', (lever) => {
    const spent = path(lever, 0.8, 1);
    const none = path(null, 0, 1);
    expect(spent[1]![stockOf[lever]]).toBe(none[1]![stockOf[lever]]);
  });

  it.each(PIPELINE_LEVERS)('%s spending waits in the pipeline, net of leakage and what the cluster cannot absorb', (lever) => {
    const { model } = start(setup);
    const s1 = path(lever, 0.8, 1)[1]!;
    const afterLeakage = 0.8 * setup.budgetUsdM * (1 - model.params.leakage);
    const effective = afterLeakage * absorptionFactor(model, setup.budgetUsdM * (1 - model.params.leakage));
    expect(pipelineTotal(s1.pipelines, lever)).toBeCloseTo(effective * (1 - (LAG_PROFILES[lever][0] ?? 0)), 10);
    for (const other of PIPELINE_LEVERS.filter((l) => l !== lever)) expect(s1.pipelines[other]).toEqual([]);
  });

  it('training paid for in year 1 raises skills in year 2, not before', () => {
    const spent = path('training', 0.8, 2);
    const none = path(null, 0, 2);
    expect(spent[1]!.skills).toBe(none[1]!.skills);
    expect(spent[2]!.skills).toBeGreaterThan(none[2]!.skills);
    expect(spent[2]!.pipelines.training).toEqual([]);
  });

  it('infrastructure paid for in year 1 raises the stock in each of years 2, 3 and 4, then stops', () => {
    const spent = path('infrastructure', 0.8, 6);
    const gains = spent.map((s, k) => (k === 0 ? 0 : s.infrastructure - (spent[k - 1] as ClusterState).infrastructure));
    expect(gains[1]).toBe(0);
    for (const k of [2, 3, 4]) expect(gains[k]).toBeGreaterThan(0);
    expect(gains[5]).toBeLessThan(0); // only depreciation is left
    expect(spent[4]!.pipelines.infrastructure).toEqual([]);
  });

  it('research paid for in year 1 adds nothing in years 1-2 and builds the stock from year 3', () => {
    const spent = path('research', 0.8, 8);
    const none = path(null, 0, 8);
    expect(spent[1]!.research).toBe(none[1]!.research);
    expect(spent[2]!.research).toBe(none[2]!.research);
    expect(spent[3]!.research).toBeGreaterThan(none[3]!.research);
    const gainYear3 = spent[3]!.research - none[3]!.research;
    const gainYear6 = spent[6]!.research - none[6]!.research;
    expect(gainYear6).toBeGreaterThan(gainYear3);
  });

  it('infrastructure has almost no effect on output in the year it is paid for', () => {
    const spent = path('infrastructure', 0.8, 3);
    const none = path(null, 0, 3);
    expect(spent[1]!.outputUsdM).toBe(none[1]!.outputUsdM);
    expect(spent[1]!.infrastructureServices).toBe(none[1]!.infrastructureServices);
    expect(spent[3]!.outputUsdM).toBeGreaterThan(none[3]!.outputUsdM);
  });

  it('steady spending keeps every pipeline entry non-negative and bounded by what was put in', () => {
    const { model } = start(setup);
    const states = path('research', 0.5, 12, true);
    const yearly = 0.5 * setup.budgetUsdM * (1 - model.params.leakage);
    for (const s of states) {
      for (const x of s.pipelines.research) expect(x).toBeGreaterThanOrEqual(0);
      expect(pipelineTotal(s.pipelines, 'research')).toBeLessThanOrEqual(yearly * LAG_PROFILES.research.length + 1e-9);
    }
  });
});
