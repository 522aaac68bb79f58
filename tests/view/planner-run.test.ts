import { describe, expect, it } from 'vitest';
import { outcomeRow, simulate } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { expandPlan, newPlan, setHorizon, setPhaseShare, setPhaseTariff } from '../../src/view/planner';
import { PLANNER_CHARTS, plannerAriaLabel, plannerChartSpec } from '../../src/view/planner-charts';
import { createPlannerRunner, runPlan, runPlannerPlan, settingOf } from '../../src/view/planner-run';
import { averageGrowthPct, horizonValues, summaryCells } from '../../src/view/planner-summary';
import { threePhasePlan } from './planner-fixtures';

describe("the planner's runs", () => {
  it('are the model run of the expanded plan over the whole horizon', () => {
    const plan = threePhasePlan();
    const run = runPlannerPlan(plan);
    const direct = simulate(scenarioById(plan.scenarioId), { seed: plan.seed, years: plan.horizon, plan: expandPlan(plan), stopOnCollapse: false });
    expect(run.states).toEqual(direct.states);
    expect(run.states).toHaveLength(plan.horizon + 1);
    expect(run.events).toEqual(direct.events);
  });

  it("mark the year the game would end, where approval collapses, and run on to the horizon", () => {
    // No new policy, and full protection with everything on research (which loses the stakeholders
    // in some clusters), on several clusters and seeds: compare with the game's rule (simulate
    // stopping where approval collapses).
    let collapses = 0;
    for (const id of ['survival-cluster', 'kamukunji-metalwork', 'sialkot-surgical']) {
      for (const [seed, protect] of [[1, false], [2, true], [3, true]] as const) {
        let plan = setHorizon(newPlan(scenarioById(id), seed), 30);
        if (protect) plan = setPhaseTariff(setPhaseShare(plan, 0, 'research', 1), 0, 1);
        const run = runPlannerPlan(plan);
        const game = simulate(scenarioById(id), { seed, years: 30, plan: expandPlan(plan) });
        expect(run.states).toHaveLength(31);
        if (game.endReason === 'approval') {
          collapses += 1;
          expect(run.collapseYear).toBe(game.states.length - 1);
          expect(run.states.slice(0, game.states.length)).toEqual(game.states);
        } else expect(run.collapseYear).toBeNull();
      }
    }
    // The check above means something only if some runs collapse and some do not.
    expect(collapses).toBeGreaterThan(0);
    expect(collapses).toBeLessThan(9);
  });

  it('are cached: the baseline per setting, a saved plan per plan object', () => {
    const runner = createPlannerRunner();
    const plan = threePhasePlan();
    const setting = settingOf(plan);
    expect(runner.baseline(setting)).toBe(runner.baseline(settingOf(plan)));
    expect(runner.plan(plan, setting)).toBe(runner.plan(plan, setting));
    expect(runner.plan(plan, { ...setting, seed: 8 })).not.toBe(runner.plan(plan, setting));
    expect(runner.baseline(setting).states).toEqual(runPlan(setting, null).states);
  });
});

describe('the horizon summary', () => {
  it('reads each outcome at the horizon, average growth compounded, the budget summed', () => {
    const plan = threePhasePlan();
    const run = runPlannerPlan(plan);
    const values = horizonValues(run, plan.horizon);
    const end = run.states[plan.horizon]!;
    expect(values.output).toBe(end.outputUsdM);
    expect(values.poverty).toBe(end.poverty);
    expect(values.externalDependence).toBe(end.externalDependence);
    const growth = averageGrowthPct(run.states, plan.horizon)!;
    expect((1 + growth / 100) ** plan.horizon * run.states[0]!.outputUsdM).toBeCloseTo(end.outputUsdM, 6);
    expect(values.budgetSpent).toBeCloseTo(run.states.slice(1).reduce((sum, s) => sum + s.budgetSpentUsdM, 0), 9);
    expect(horizonValues({ states: run.states.slice(0, 5) }, plan.horizon)).toMatchObject({ output: null, budgetSpent: null, growth: null });
  });

  it('shows each difference from no new policy with its direction, good or bad by the indicator', () => {
    const plan = setPhaseShare(newPlan(scenarioById('kamukunji-metalwork')), 0, 'training', 0.5);
    const base = horizonValues(runPlan(settingOf(plan), null), plan.horizon);
    const mine = horizonValues(runPlannerPlan(plan), plan.horizon);
    const cells = summaryCells(mine, base);
    const poverty = cells.find((c) => c.indicator === 'poverty')!;
    expect(poverty.rawDiff).toBeCloseTo(mine.poverty! - base.poverty!, 12);
    expect(poverty.diff.startsWith(poverty.rawDiff! < 0 ? '▼' : '▲')).toBe(true);
    expect(poverty.tone).toBe(poverty.rawDiff! < -0.0005 ? 'good' : poverty.rawDiff! > 0.0005 ? 'bad' : 'neutral');
    const spent = cells.find((c) => c.indicator === 'budgetSpent')!;
    expect(spent.tone).toBe('neutral');
    expect(spent.value).toBe('US$ 10.0 m');
    expect(summaryCells(base, null).every((c) => c.diff === '' && c.rawDiff === null)).toBe(true);
  });
});

describe("the planner's charts", () => {
  it('draw every run on the horizon years, growth from year 1, with a text alternative that starts with the indicator', () => {
    const plan = threePhasePlan();
    const run = runPlannerPlan(plan);
    const base = runPlan(settingOf(plan), null);
    const runs = [
      { id: 'plan', label: 'This plan', kind: 'plan' as const, style: 0, states: run.states },
      { id: 'baseline', label: 'No new policy', kind: 'baseline' as const, style: 0, states: base.states },
    ];
    for (const id of PLANNER_CHARTS) {
      const spec = plannerChartSpec(id, runs, plan.horizon);
      const first = id === 'growth' ? 1 : 0;
      expect(spec.years).toEqual(run.states.slice(first).map((s) => s.year));
      expect(spec.series[0]!.values[spec.years.length - 1]).toBeCloseTo(
        outcomeRow(run.states[plan.horizon]!)[id] * (id === 'poverty' ? 100 : 1),
        9,
      );
      expect(spec.ariaLabel.startsWith(id[0]!.toUpperCase() + id.slice(1))).toBe(true);
      expect(spec.ariaLabel).toMatch(/This plan: .* in \d{4}; No new policy: /);
      expect(plannerChartSpec(id, runs, plan.horizon, false).ariaLabel).toBe('');
      expect(plannerAriaLabel(spec)).toBe(spec.ariaLabel);
    }
  });
});
