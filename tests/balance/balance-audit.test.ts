// The balance audit's own machinery (src/cli/balance-audit.ts): plans, the full-term run, statistics
// and the report. Small and fast; the balance properties themselves are in balance.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditPlans,
  BUDGET_SCALES,
  doublingRatios,
  fullTermRun,
  monotonicity,
  pearson,
  planById,
  randomPlans,
  rankedPlans,
  runAudit,
  tariffShape,
  TARIFF_GRID,
  toPlan,
  type Audit,
} from '../../src/cli/balance-audit';
import { renderBalanceReport, summaryLines } from '../../src/cli/balance-report';
import { allocationTotal, simulate } from '../../src/model';
import { parsePlan, scenarioById, SCENARIO_IDS, startingDecisions } from '../../src/scenario';

describe('audit plans', () => {
  it('random plans are reproducible from their seed, valid plans, and spend half to all of the budget', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const plans = randomPlans(12, seed);
        expect(randomPlans(12, seed)).toEqual(plans);
        const scenario = scenarioById('survival-cluster');
        for (const spec of plans) {
          const plan = toPlan(spec, scenario);
          expect(() => parsePlan({ name: plan.name, years: plan.years }, startingDecisions(scenario))).not.toThrow();
          const total = allocationTotal({ allocation: spec.allocation });
          expect(total).toBeGreaterThanOrEqual(0.5 - 5 * 1e-4);
          expect(total).toBeLessThanOrEqual(1);
          expect(spec.tariff).toBeGreaterThanOrEqual(0);
          expect(spec.tariff).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 30 },
    );
    expect(randomPlans(5, 1)).not.toEqual(randomPlans(5, 2));
  });

  it('covers every corner, balanced variant, tariff point and budget multiple once, with unique ids', () => {
    const plans = auditPlans(7, 3);
    expect(new Set(plans.map((p) => p.id)).size).toBe(plans.length);
    const count = (family: string): number => plans.filter((p) => p.family === family).length;
    expect(count('corner')).toBe(4 + 4); // four levers, and incentives once per target
    expect(count('balanced')).toBe(4 * 2);
    expect(count('random')).toBe(7);
    expect(count('tariff-idle')).toBe(TARIFF_GRID.length);
    expect(count('tariff-balanced')).toBe(TARIFF_GRID.length);
    expect(count('budget')).toBe(BUDGET_SCALES.length);
    expect(count('nothing')).toBe(1);
  });

  it("settings a plan leaves to the scenario are the scenario's own; a budget multiple scales the scenario's budget", () => {
    const scenario = scenarioById('tnc-cluster');
    const plans = auditPlans(0, 1);
    const nothing = toPlan(
      plans.find((p) => p.id === 'nothing')!,
      scenario,
    ).years[0]!;
    expect(nothing.tariff).toBe(scenario.initial.tariff);
    expect(nothing.incentiveTarget).toBe(scenario.incentiveTarget);
    expect(nothing.laborStandards).toBe(scenario.laborStandards);
    expect(
      toPlan(
        plans.find((p) => p.id === 'balanced x4')!,
        scenario,
      ).budgetUsdM,
    ).toBe(4 * scenario.budgetUsdM);
    expect(
      toPlan(
        plans.find((p) => p.id === 'balanced x1')!,
        scenario,
      ).budgetUsdM,
    ).toBeUndefined();
  });
});

describe('fullTermRun', () => {
  it('is simulate() carried past an approval collapse: the same states up to where simulate stops', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIO_IDS),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer(),
        (id, seed, planSeed) => {
          const scenario = scenarioById(id);
          const plan = toPlan(randomPlans(1, planSeed)[0]!, scenario);
          const full = fullTermRun(scenario, plan, seed, 10);
          const game = simulate(scenario, { seed, years: 10, plan });
          expect(full.states).toHaveLength(11);
          expect(full.states.slice(0, game.states.length)).toEqual(game.states);
          expect(game.endReason === 'approval').toBe(full.collapseYear !== null);
          if (full.collapseYear !== null) expect(game.states).toHaveLength(full.collapseYear + 1);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('counts a collapse where simulate() ends the term (plans that anger a stakeholder)', () => {
    // Extreme tariffs with nothing spent: some of these collapse approval (a tariff of 1 in the
    // Bangalore scenario does today; see docs/balance.md), so the collapse path is exercised.
    const runs = SCENARIO_IDS.flatMap((id) =>
      [0, 1].flatMap((tariff) =>
        [1, 2, 3].map((seed) => {
          const scenario = scenarioById(id);
          const plan = { name: 'extreme tariff', years: [{ tariff }] };
          return { full: fullTermRun(scenario, plan, seed, 10), game: simulate(scenario, { seed, years: 10, plan }) };
        }),
      ),
    );
    for (const { full, game } of runs) {
      expect(full.collapseYear !== null).toBe(game.endReason === 'approval');
      expect(full.states.slice(0, game.states.length)).toEqual(game.states);
    }
    expect(runs.some(({ full }) => full.collapseYear !== null)).toBe(true);
  });
});

describe('statistics', () => {
  it('pearson: +1, -1 for linear relations, symmetric, NaN without variation', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 3, 2, 4], [1, 2, 3, 4])).toBeCloseTo(0.8, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it('monotonicity, tariff shape and doubling ratios', () => {
    expect(monotonicity([1, 2, 3])).toBe('increasing');
    expect(monotonicity([3, 2, 2])).toBe('decreasing');
    expect(monotonicity([1, 3, 2])).toBe('not monotone');
    expect(monotonicity([1, 1.05, 1], 0.1)).toBe('flat');
    const inverted = TARIFF_GRID.map((t) => -((t - 0.3) ** 2));
    expect(tariffShape(inverted).peakTariff).toBe(0.3);
    expect(tariffShape(inverted).aboveZero).toBeCloseTo(0.09, 12);
    expect(tariffShape(inverted).aboveHigh).toBeCloseTo(0.49, 12);
    expect(doublingRatios([1, 2, 3])).toEqual([2, 1.5]);
  });
});

describe('a small audit', () => {
  const audit: Audit = runAudit({
    scenarioIds: ['survival-cluster', 'tnc-cluster'],
    seeds: 2,
    years: 4,
    randomPlans: 3,
    planSeed: 9,
  });

  it('measures doing nothing as no change, and gives every ranked plan a composite score averaging zero', () => {
    for (const s of audit.scenarios) {
      const nothing = planById(s, 'nothing');
      for (const value of Object.values(nothing.median)) expect(value).toBe(0);
      expect(nothing.vaPerDollar).toBeNull();
      const ranked = rankedPlans(s);
      expect(ranked.every((p) => Number.isFinite(p.composite))).toBe(true);
      expect(ranked.reduce((a, p) => a + p.composite, 0) / ranked.length).toBeCloseTo(0, 9);
      for (const p of s.plans) {
        expect(p.collapse).toBeGreaterThanOrEqual(0);
        expect(p.collapse).toBeLessThanOrEqual(1);
        expect(p.outputP10).toBeLessThanOrEqual(p.outputP90);
      }
      // The budget multiple 1x is the balanced plan again: shown, not ranked twice.
      expect(planById(s, 'balanced x1').ranked).toBe(false);
      expect(planById(s, 'balanced x2').ranked).toBe(false);
    }
  });

  it('writes a report with every section and a summary line per scenario', () => {
    const text = renderBalanceReport(audit, { command: 'test', seconds: 1, cpuSeconds: 1 });
    for (const heading of [
      '## Properties',
      '### Plans near the top',
      '### Free wins',
      '### Correlations',
      '### Policy versus luck',
      '### Value added per dollar',
      '### Tariff sweep',
      '### Budget scaling',
      '### Collapse',
      '### Best single lever',
      '(`survival-cluster`)',
      '(`tnc-cluster`)',
    ])
      expect(text).toContain(heading);
    expect(text).not.toMatch(/undefined|NaN/);
    const summary = summaryLines(audit, { command: 'test', seconds: 1, cpuSeconds: 1 }, 'x.md');
    expect(summary.filter((l) => l.includes('survival-cluster') && l.includes('best'))).toHaveLength(1);
  });
});
