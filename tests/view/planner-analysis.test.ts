// The planner's analysis panels as data: the optimiser's plan as a planner plan (saved, played),
// a plan's years as the game's yearly budget, the tornado on one scale, the uncertainty fans on
// the charts' years, and the frontier's frame.
import { describe, expect, it } from 'vitest';
import { expandPlan, newPlan, phaseDecisions, type PlannerPlan } from '../../src/view/planner';
import { plannerPlanOfOptimised, phaseStartsOf, scatterFrame, tornadoLayout, yearlyDecisions } from '../../src/view/planner-analysis';
import { bandOf, plannerChartSpec } from '../../src/view/planner-charts';
import { runUncertainty } from '../../src/view/plan-uncertainty';
import { runOptimiser } from '../../src/view/plan-optimiser';
import { tornado, type SensitivityResult } from '../../src/view/plan-sensitivity';
import { runPlannerPlan } from '../../src/view/planner-run';
import { zeroOutcomes } from '../../src/view/plan-case';
import { DEFAULT_ASSUMPTIONS, DEFAULT_DIFFICULTY } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { threePhasePlan } from './planner-fixtures';

const caseOf = (plan: PlannerPlan) => ({
  scenario: scenarioById(plan.scenarioId),
  plan: expandPlan(plan),
  years: plan.horizon,
  difficulty: DEFAULT_DIFFICULTY,
  assumptions: { ...DEFAULT_ASSUMPTIONS },
});

describe('the optimiser’s plan in the planner', () => {
  it('keeps the plan’s scenario, horizon, seed, phases and event choices, and runs as the optimiser scored it', () => {
    const plan = threePhasePlan();
    const result = runOptimiser(caseOf(plan), { seed: plan.seed, objective: { outcome: 'poverty' }, phaseStarts: phaseStartsOf(plan), evaluations: 40, populationSize: 8, seeds: 2 });
    const found = plannerPlanOfOptimised(plan, result.phases);
    expect(found.scenarioId).toBe(plan.scenarioId);
    expect(found.horizon).toBe(plan.horizon);
    expect(found.seed).toBe(plan.seed);
    expect(found.phases.map((p) => p.from)).toEqual(plan.phases.map((p) => p.from));
    found.phases.forEach((p, i) => expect(p.eventChoices).toEqual(plan.phases[i]?.eventChoices));
    // The same years as the optimiser's own plan (event choices aside).
    const strip = (years: { eventChoices?: unknown }[]) => years.map(({ eventChoices: _, ...rest }) => rest);
    const ours = expandPlan(found).years;
    const theirs = result.plan.years;
    for (let k = 0; k < plan.horizon; k++) expect(strip([ours[k] ?? {}])).toEqual(strip([theirs[Math.min(k, theirs.length - 1)] ?? {}]));
  });

  it('gives the game one budget per year of the horizon, phase by phase', () => {
    const plan = threePhasePlan();
    const years = yearlyDecisions(plan);
    expect(years).toHaveLength(plan.horizon);
    plan.phases.forEach((phase) => expect(years[phase.from - 1]).toEqual(phaseDecisions(phase)));
    expect(yearlyDecisions(newPlan(scenarioById('kamukunji-metalwork')))).toHaveLength(10);
  });
});

describe('the tornado on one scale', () => {
  const result: SensitivityResult = {
    baseSeed: 1,
    seeds: 1,
    years: 10,
    base: zeroOutcomes(),
    variants: [
      { factor: 'training', change: 'minus', moved: -0.1, effects: { ...zeroOutcomes(), poverty: 0.02 } },
      { factor: 'training', change: 'plus', moved: 0.1, effects: { ...zeroOutcomes(), poverty: -0.03 } },
      { factor: 'tariff', change: 'plus', moved: 0.1, effects: { ...zeroOutcomes(), poverty: 0.01 } },
    ],
  };
  it('puts zero at the same place on every bar, bars within 0..100 %, largest swing first', () => {
    const bars = tornadoLayout(result, 'poverty');
    expect(bars.map((b) => b.factor)).toEqual(tornado(result, 'poverty').map((b) => b.factor));
    expect(bars[0]?.factor).toBe('training');
    for (const b of bars) {
      expect(b.zero).toBeCloseTo(60, 9);
      expect(b.start).toBeGreaterThanOrEqual(0);
      expect(b.start + b.length).toBeLessThanOrEqual(100 + 1e-9);
      expect(b.start).toBeLessThanOrEqual(b.zero + 1e-9);
    }
    expect(bars[0]?.length).toBeCloseTo(100, 9);
  });
});

describe('uncertainty fans on the planner charts', () => {
  it('line up with the charts’ years and scale, and one seed’s median is that seed’s run', () => {
    const plan = threePhasePlan();
    const r = runUncertainty(caseOf(plan), { seed: plan.seed, runs: 1 });
    const run = runPlannerPlan(plan);
    const runs = [{ id: 'plan', label: 'p', kind: 'plan' as const, style: 0, states: run.states }];
    for (const id of ['growth', 'employment', 'poverty'] as const) {
      const spec = plannerChartSpec(id, runs, plan.horizon);
      const band = bandOf(id, 'plan', r.fans.plan[id], spec.years);
      expect(band.p50).toHaveLength(spec.years.length);
      band.p50.forEach((v, i) => expect(v).toBeCloseTo(spec.series[0]?.values[i] as number, 9));
      band.p10.forEach((v, i) => expect(v).toBeLessThanOrEqual((band.p90[i] as number) + 1e-12));
    }
  });
});

describe('the frontier’s frame', () => {
  it('maps every point inside the box, y up', () => {
    const points = [
      { x: 1, y: 10 },
      { x: 3, y: 5 },
      { x: 2, y: 7 },
    ];
    const f = scatterFrame(points, { left: 10, right: 110, top: 0, bottom: 100 });
    for (const p of points) {
      expect(f.x(p.x)).toBeGreaterThan(10);
      expect(f.x(p.x)).toBeLessThan(110);
      expect(f.y(p.y)).toBeGreaterThan(0);
      expect(f.y(p.y)).toBeLessThan(100);
    }
    expect(f.y(10)).toBeLessThan(f.y(5));
    const one = scatterFrame([{ x: 2, y: 2 }], { left: 0, right: 100, top: 0, bottom: 100 });
    expect(one.x(2)).toBeCloseTo(50, 9);
  });
});
