// The optimiser: on a small case it finds a plan better than no new policy and than a balanced
// plan on its objective, keeps its constraints and the budget, gives the same plan for the same
// seed however the work is chunked, and its frontier is a Pareto set of plans that replay.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIFFICULTY, LEVERS, SHARE_TOLERANCE, decisionProblems, planYear, resolveDecisions } from '../../src/model';
import { startingDecisions } from '../../src/scenario';
import { dominates } from '../../src/view/pareto';
import { meanHorizonOutcomes, prepareCase } from '../../src/view/plan-case';
import { NOT_WORSE_THAN_BASELINE, defaultPhaseStarts, optimiserJob, runOptimiser, type OptimiseOptions } from '../../src/view/plan-optimiser';
import { BALANCED, PHASED, planCase } from './plan-cases';

// Kamukunji over ten years: PHASED (the plan the search starts from) does worse on poverty than no
// new policy there, so the search has to find its way.
const SMALL = planCase('kamukunji-metalwork', PHASED, 10);
const OPTIONS: OptimiseOptions = {
  seed: 3,
  objective: { outcome: 'poverty' },
  constraints: [...NOT_WORSE_THAN_BASELINE],
  seeds: 4,
  evaluations: 240,
  populationSize: 16,
};

describe('the optimiser', () => {
  const result = runOptimiser(SMALL, OPTIONS);
  const prepared = prepareCase(SMALL);

  it('beats no new policy and a balanced plan on its objective, over the same seeds', () => {
    const baseline = meanHorizonOutcomes(prepared, null, result.seeds);
    const balanced = meanHorizonOutcomes(prepared, BALANCED, result.seeds);
    const found = meanHorizonOutcomes(prepared, result.plan, result.seeds);
    expect(found).toEqual(result.outcomes);
    expect(result.objective).toMatchObject({ outcome: 'poverty', sense: 'min', value: found.poverty, baseline: baseline.poverty });
    expect(found.poverty).toBeLessThan(baseline.poverty);
    expect(found.poverty).toBeLessThan(balanced.poverty);
    // Better than where it started too (PHASED, worse than the baseline here).
    expect(found.poverty).toBeLessThan(result.start.poverty);
    expect(result.start.poverty).toBeGreaterThan(baseline.poverty);
  });

  it('keeps its constraints: employment at least the baseline’s, working conditions not worse', () => {
    const baseline = meanHorizonOutcomes(prepared, null, result.seeds);
    expect(result.feasible).toBe(true);
    expect(result.violation).toBe(0);
    expect(result.outcomes.employment).toBeGreaterThanOrEqual(baseline.employment);
    expect(result.outcomes.workingConditions).toBeGreaterThanOrEqual(baseline.workingConditions);
  });

  it('stays within the budget every year, in the phases it was given', () => {
    let previous = startingDecisions(SMALL.scenario);
    for (let k = 1; k <= SMALL.years; k++) {
      const d = resolveDecisions(planYear(result.plan, k), previous);
      expect(decisionProblems(d)).toEqual([]);
      expect(LEVERS.reduce((s, l) => s + d.allocation[l], 0)).toBeLessThanOrEqual(1 + SHARE_TOLERANCE);
      previous = d;
    }
    expect(defaultPhaseStarts(10)).toEqual([1, 4]);
    expect(result.phases.map((p) => [p.from, p.to])).toEqual([[1, 3], [4, 10]]);
    expect(result.plan.years).toHaveLength(4);
    expect(result.plan.name).toBe('Optimised');
  });

  it('gives the same plan for the same seed, however the work is chunked', () => {
    const job = optimiserJob(SMALL, OPTIONS);
    let chunks = 0;
    while (!job.run(7)) chunks++;
    expect(chunks).toBeGreaterThan(30);
    expect(job.result()).toEqual(result);
  });

  it('never lets the best value get worse from one generation to the next', () => {
    expect(result.history.length).toBe(result.generations + 1);
    for (let i = 1; i < result.history.length; i++) expect(result.history[i]!.value).toBeLessThanOrEqual(result.history[i - 1]!.value);
    expect(result.history.at(-1)?.value).toBe(result.objective.value);
  });

  it('keeps a frontier of non-dominated plans that replay to their points, and marks the plans it is given', () => {
    const { points, senses } = result.frontier;
    expect(senses).toEqual({ x: 'max', y: 'min' });
    expect(points.length).toBeGreaterThan(0);
    for (const a of points) for (const b of points) expect(dominates(a, b, senses)).toBe(false);
    for (const p of points.slice(0, 3)) {
      const replay = meanHorizonOutcomes(prepared, p.plan, result.seeds);
      expect([replay.growth, replay.poverty]).toEqual([p.x, p.y]);
    }
    expect(optimiserJob(SMALL, { ...OPTIONS, evaluations: 20, marked: [BALANCED] }).total).toBe(1 + 20 + 1);
    const marked = runOptimiser(SMALL, { ...OPTIONS, evaluations: 20, marked: [BALANCED] }).frontier.marked;
    const balanced = meanHorizonOutcomes(prepared, BALANCED, result.seeds);
    expect(marked).toEqual([{ name: 'balanced', x: balanced.growth, y: balanced.poverty }]);
  });

  it('maximises too: more jobs without raising poverty, in a cluster of multinational plants', () => {
    const c = { ...planCase('tnc-cluster', BALANCED, 8), difficulty: DEFAULT_DIFFICULTY };
    const r = runOptimiser(c, {
      seed: 1,
      objective: { outcome: 'employment' },
      constraints: [{ outcome: 'poverty', relation: 'atMost', value: 'baseline' }],
      seeds: 3,
      evaluations: 120,
      populationSize: 12,
      phaseStarts: [1],
    });
    expect(r.objective.sense).toBe('max');
    expect(r.feasible).toBe(true);
    expect(r.outcomes.employment).toBeGreaterThan(r.baseline.employment);
    expect(r.outcomes.poverty).toBeLessThanOrEqual(r.baseline.poverty);
    expect(r.plan.years).toHaveLength(1);
  });

  it('with fewer evaluations than a population, returns the best of those it made', () => {
    const tiny = runOptimiser(SMALL, { ...OPTIONS, evaluations: 10 });
    expect(tiny.generations).toBe(0);
    expect(tiny.history).toHaveLength(1);
    expect(tiny.objective.value).toBeLessThanOrEqual(tiny.start.poverty);
  });

  it('refuses phases and counts it cannot use', () => {
    expect(() => optimiserJob(SMALL, { ...OPTIONS, phaseStarts: [2, 5] })).toThrow(/begin with year 1/);
    expect(() => optimiserJob(SMALL, { ...OPTIONS, phaseStarts: [1, 11] })).toThrow(/at most 10/);
    expect(() => optimiserJob(SMALL, { ...OPTIONS, seeds: 0 })).toThrow(/seeds/);
    expect(() => optimiserJob(SMALL, { ...OPTIONS, tariffRange: { min: 0.5, max: 0.2 } })).toThrow(/tariffRange/);
  });
});
