import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTY_PRESETS, modelFor } from '../../src/flow';
import { decisionProblems, initialState, planYear, resolveDecisions } from '../../src/model';
import { allScenarios, scenarioById } from '../../src/scenario';
import {
  achievableStandings,
  BALANCED,
  clearAchievableCache,
  GRADE_FLOORS,
  GRADES,
  gradeOfPercentile,
  percentileAmong,
  planSample,
  rankedAt,
  sampleRuns,
  SCORE_IDS,
  standingsAmong,
  type Grade,
  type RankedRun,
  type ScoreId,
} from '../../src/view/achievable';
import { playedContext } from './played';

const points = (g: Grade): number => 4 - GRADES.indexOf(g);

const run = (values: Partial<Record<ScoreId, number>>, yearsServed = 10): RankedRun => ({
  values: { growth: 0, jobs: 0, poverty: 0.5, conditions: 0.5, trust: 0.5, support: 0.5, ...values },
  yearsServed,
});

/** The sample's best plan for a game: the one that ranks highest overall among the others. */
function bestOfSample(context: ReturnType<typeof playedContext>) {
  const game = { ...context, scenario: context.scenario! };
  const runs = sampleRuns(game, context.log);
  const ranked = runs.map((r) => rankedAt(r, context.termYears));
  const overall = ranked.map((r) => standingsAmong(r, ranked).overall.percentile);
  const best = overall.indexOf(Math.max(...overall));
  return runs[best]!;
}

describe('the grade scale (percentile among the plans tried)', () => {
  it('is A only in the top tenth and E only in the bottom tenth, C in the middle', () => {
    expect(gradeOfPercentile(100)).toBe('A');
    expect(gradeOfPercentile(90)).toBe('A');
    expect(gradeOfPercentile(89.9)).not.toBe('A');
    expect(gradeOfPercentile(50)).toBe('C');
    expect(gradeOfPercentile(10)).not.toBe('E');
    expect(gradeOfPercentile(9.9)).toBe('E');
    expect(gradeOfPercentile(0)).toBe('E');
    for (const g of GRADES) expect(gradeOfPercentile(GRADE_FLOORS[g])).toBe(g);
  });

  it('is monotone: a higher percentile never gets a lower grade', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(points(gradeOfPercentile(hi))).toBeGreaterThanOrEqual(points(gradeOfPercentile(lo)));
        },
      ),
    );
  });

  it('a percentile counts the plans beaten, ties half, and rises with the value (falls, where less is better)', () => {
    expect(percentileAmong(5, [1, 2, 3, 5])).toBe(87.5);
    expect(percentileAmong(5, [1, 2, 3, 5], true)).toBe(12.5);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (sample, v, up) => {
          expect(percentileAmong(v + up, sample)).toBeGreaterThanOrEqual(percentileAmong(v, sample));
          expect(percentileAmong(v + up, sample, true)).toBeLessThanOrEqual(percentileAmong(v, sample, true));
        },
      ),
    );
  });
});

describe('standing among a sample', () => {
  const arbitraryRun = fc.record({
    growth: fc.double({ min: -5, max: 5, noNaN: true }),
    jobs: fc.integer({ min: 0, max: 1000 }),
    poverty: fc.double({ min: 0, max: 1, noNaN: true }),
    conditions: fc.double({ min: 0, max: 1, noNaN: true }),
    trust: fc.double({ min: 0, max: 1, noNaN: true }),
    support: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('a result equal to the sample’s best (tied by no other plan) gets an A, overall and on each outcome', () => {
    fc.assert(
      fc.property(fc.array(arbitraryRun, { minLength: 10, maxLength: 80 }), (values) => {
        const sample = values.map((v) => run(v));
        const overall = sample.map((r) => standingsAmong(r, sample).overall.percentile);
        const max = Math.max(...overall);
        fc.pre(overall.filter((p) => p === max).length === 1);
        const best = sample[overall.indexOf(max)]!;
        expect(standingsAmong({ ...best }, sample).overall.grade).toBe('A');
        for (const id of SCORE_IDS) {
          const column = sample.map((r) => r.values[id]);
          const top = id === 'poverty' ? Math.min(...column) : Math.max(...column);
          if (column.filter((v) => v === top).length > 1) continue;
          expect(standingsAmong(sample[column.indexOf(top)]!, sample).outcomes[id].grade).toBe('A');
        }
      }),
    );
  });

  it('doing better on any one outcome never lowers a standing, overall or on that outcome', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRun, { minLength: 5, maxLength: 40 }),
        arbitraryRun,
        fc.constantFrom(...SCORE_IDS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, mine, id, by) => {
          const sample = values.map((v) => run(v));
          const before = standingsAmong(run(mine), sample);
          const better = run({ ...mine, [id]: mine[id] + (id === 'poverty' ? -by : by) });
          const after = standingsAmong(better, sample);
          expect(after.overall.percentile).toBeGreaterThanOrEqual(before.overall.percentile);
          expect(after.outcomes[id].percentile).toBeGreaterThanOrEqual(before.outcomes[id].percentile);
        },
      ),
    );
  });

  it('a term cut short ranks below every plan that served longer, however good its numbers', () => {
    const sample = [run({ growth: 1 }), run({ growth: 2 }), run({ growth: -1 }, 3)];
    const brilliantButShort = run({ growth: 9, jobs: 9999, poverty: 0, conditions: 1, trust: 1, support: 1 }, 5);
    const standing = standingsAmong(brilliantButShort, sample);
    expect(standing.overall.percentile).toBeCloseTo((1 / 3) * 100);
    expect(standing.outcomes.growth.grade).toBe('A');
  });
});

describe('the sample of plans', () => {
  it('is fixed: the same plans for the same starting tariff and term, 40 to 80 of them, all valid', () => {
    const plans = planSample(0.2, 10);
    expect(planSample(0.2, 10)).toEqual(plans);
    expect(plans.length).toBeGreaterThanOrEqual(40);
    expect(plans.length).toBeLessThanOrEqual(80);
    expect(plans.some((p) => p.years.length === 1 && p.years[0] === BALANCED)).toBe(true);
    const scenario = scenarioById('survival-cluster');
    const start = initialState(scenario, modelFor(scenario, DIFFICULTY_PRESETS.normal), 1).decisions;
    for (const plan of plans) {
      let decisions = start;
      for (let k = 1; k <= 10; k++) {
        decisions = resolveDecisions(planYear(plan, k), decisions);
        expect(decisionProblems(decisions), plan.name).toEqual([]);
      }
    }
    // A range of tariffs, every incentive target, standards on and off.
    const years = plans.flatMap((p) => p.years);
    expect(new Set(years.map((y) => y.tariff).filter((t) => t !== undefined)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(years.map((y) => y.incentiveTarget).filter(Boolean)).size).toBe(4);
    expect(new Set(years.map((y) => y.laborStandards).filter((s) => s !== undefined)).size).toBe(2);
  });

  it('gives the same standings when computed again from scratch (deterministic)', () => {
    const context = playedContext(scenarioById('sinos-valley-footwear'), 5, { name: 'b', years: [BALANCED] });
    clearAchievableCache();
    const first = achievableStandings(context);
    clearAchievableCache();
    expect(achievableStandings(context)).toEqual(first);
  });
});

describe('grades in play, in every scenario', () => {
  const scenarios = allScenarios();

  it.each(scenarios.map((s) => s.id))('%s: the sample’s own best plan, played, gets an A', (id) => {
    const scenario = scenarioById(id);
    const probe = playedContext(scenario, 2, { name: 'b', years: [BALANCED] });
    const best = bestOfSample(probe);
    const played = playedContext(scenario, 2, best.plan);
    const standing = achievableStandings(played)!;
    expect(standing.overall.grade, best.plan.name).toBe('A');
  });

  it.each(scenarios.map((s) => s.id))('%s: the plain balanced plan (a fifth on each lever) gets no A', (id) => {
    // It sits amid its own tilts (ten points moved from one lever to another, every way round): where
    // one tilt does better, the opposite tilt does worse, so about half of them beat it on each outcome.
    for (const seed of [1, 2]) {
      const standing = achievableStandings(playedContext(scenarioById(id), seed, { name: 'b', years: [BALANCED] }))!;
      expect(standing.overall.grade).not.toBe('A');
      for (const outcome of SCORE_IDS) expect(standing.outcomes[outcome].grade, outcome).not.toBe('A');
    }
  });
});
