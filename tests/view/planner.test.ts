import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVERS, planYear, resolveDecisions, type Lever } from '../../src/model';
import { scenarioById, startingDecisions } from '../../src/scenario';
import {
  addPhase,
  canAddPhase,
  checkPlannerPlan,
  expandPlan,
  newPlan,
  phaseEnd,
  phaseIndexOfYear,
  phasesFromModelPlan,
  removePhase,
  samePlan,
  setHorizon,
  setPhaseEnd,
  setPhaseEventChoice,
  setPhaseShare,
  setPhaseStart,
  setPhaseTariff,
  type PlannerPlan,
} from '../../src/view/planner';
import { plannerPlanArbitrary, threePhasePlan } from './planner-fixtures';

const kamukunji = scenarioById('kamukunji-metalwork');

/** Phases start in year 1, follow each other and stay within the horizon. */
function expectCoversHorizon(plan: PlannerPlan): void {
  expect(plan.phases[0]?.from).toBe(1);
  plan.phases.forEach((phase, i) => {
    const next = plan.phases[i + 1];
    if (next) expect(next.from).toBeGreaterThan(phase.from);
    expect(phase.from).toBeLessThanOrEqual(plan.horizon);
  });
  expect(phaseEnd(plan, plan.phases.length - 1)).toBe(plan.horizon);
}

describe('planner plans by phases', () => {
  it('starts with one phase of no new policy over the scenario term', () => {
    const plan = newPlan(kamukunji, 5);
    expect(plan.horizon).toBe(kamukunji.termYears);
    expect(plan.seed).toBe(5);
    expect(plan.phases).toHaveLength(1);
    const start = startingDecisions(kamukunji);
    expect(plan.phases[0]).toMatchObject({ from: 1, allocation: start.allocation, tariff: start.tariff, eventChoices: {} });
  });

  it('adds a phase by splitting the last one at its middle, with the same settings', () => {
    let plan = setPhaseShare(newPlan(kamukunji), 0, 'training', 0.3);
    plan = addPhase(plan);
    expect(plan.phases.map((p) => p.from)).toEqual([1, 6]);
    expect(plan.phases[1]?.allocation.training).toBe(0.3);
    plan = addPhase(plan);
    expect(plan.phases.map((p) => p.from)).toEqual([1, 6, 9]);
    expectCoversHorizon(plan);
  });

  it('splits the longest phase when the last one is a single year, and stops when every phase is one year', () => {
    let plan = setHorizon(newPlan(kamukunji), 5);
    plan = setPhaseStart(addPhase(plan), 1, 5);
    expect(plan.phases.map((p) => p.from)).toEqual([1, 5]);
    plan = addPhase(plan);
    expect(plan.phases.map((p) => p.from)).toEqual([1, 3, 5]);
    while (canAddPhase(plan)) plan = addPhase(plan);
    expect(plan.phases.map((p) => p.from)).toEqual([1, 2, 3, 4, 5]);
    expect(addPhase(plan)).toBe(plan);
  });

  it('removes a phase into the one before it, or the first into the next', () => {
    const plan = threePhasePlan();
    const middle = removePhase(plan, 1);
    expect(middle.phases.map((p) => p.from)).toEqual([1, 9]);
    expect(middle.phases[0]?.allocation.training).toBe(0.35);
    const first = removePhase(plan, 0);
    expect(first.phases.map((p) => p.from)).toEqual([1, 9]);
    expect(first.phases[0]?.allocation.research).toBe(0.3);
    expect(removePhase(newPlan(kamukunji), 0).phases).toHaveLength(1);
  });

  it('moves phase boundaries, keeping every phase at least one year', () => {
    const plan = threePhasePlan();
    expect(setPhaseStart(plan, 1, 2).phases.map((p) => p.from)).toEqual([1, 2, 9]);
    expect(setPhaseStart(plan, 1, 1).phases.map((p) => p.from)).toEqual([1, 2, 9]);
    expect(setPhaseStart(plan, 1, 20).phases.map((p) => p.from)).toEqual([1, 8, 9]);
    expect(setPhaseEnd(plan, 1, 10).phases.map((p) => p.from)).toEqual([1, 4, 11]);
    expect(setPhaseEnd(plan, 2, 5)).toBe(plan);
    expect(setPhaseStart(plan, 0, 3)).toBe(plan);
  });

  it('cuts phases that start past a shorter horizon and stretches the last to a longer one', () => {
    const plan = threePhasePlan();
    const short = setHorizon(plan, 6);
    expect(short.horizon).toBe(6);
    expect(short.phases.map((p) => p.from)).toEqual([1, 4]);
    expect(setHorizon(plan, 2).horizon).toBe(5);
    expect(setHorizon(plan, 99).horizon).toBe(30);
    expect(phaseEnd(setHorizon(plan, 30), 2)).toBe(30);
  });

  it("keeps a phase's spending within its budget", () => {
    let plan = setPhaseShare(newPlan(kamukunji), 0, 'training', 0.7);
    plan = setPhaseShare(plan, 0, 'research', 0.6);
    expect(plan.phases[0]?.allocation.research).toBeCloseTo(0.3, 9);
    expect(setPhaseTariff(plan, 0, 3).phases[0]?.tariff).toBe(1);
  });

  it('any sequence of edits keeps the phases covering the horizon without gaps', () => {
    const edit = fc.oneof(
      fc.constant((p: PlannerPlan) => addPhase(p)),
      fc.nat(10).map((i) => (p: PlannerPlan) => removePhase(p, i)),
      fc.tuple(fc.nat(10), fc.integer({ min: -5, max: 40 })).map(([i, y]) => (p: PlannerPlan) => setPhaseStart(p, i, y)),
      fc.tuple(fc.nat(10), fc.integer({ min: -5, max: 40 })).map(([i, y]) => (p: PlannerPlan) => setPhaseEnd(p, i, y)),
      fc.integer({ min: 0, max: 40 }).map((h) => (p: PlannerPlan) => setHorizon(p, h)),
      fc.tuple(fc.nat(10), fc.constantFrom(...LEVERS), fc.double({ min: -1, max: 2, noNaN: true })).map(
        ([i, lever, share]) => (p: PlannerPlan) => setPhaseShare(p, i, lever as Lever, share),
      ),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const plan = edits.reduce((p, e) => e(p), newPlan(kamukunji));
        expectCoversHorizon(plan);
        expect(checkPlannerPlan(plan)).toEqual({ ok: true, plan });
      }),
    );
  });
});

describe('expanding phases into the model plan', () => {
  it('gives one entry per year of the horizon, each with its phase settings', () => {
    fc.assert(
      fc.property(plannerPlanArbitrary(), (plan) => {
        const model = expandPlan(plan, 'p');
        expect(model.years).toHaveLength(plan.horizon);
        expect(model.budgetUsdM).toBe(plan.budgetUsdM);
        for (let k = 1; k <= plan.horizon; k++) {
          const phase = plan.phases[phaseIndexOfYear(plan, k)]!;
          const year = planYear(model, k);
          expect(year.allocation).toEqual(phase.allocation);
          expect(year.tariff).toBe(phase.tariff);
          expect(year.incentiveTarget).toBe(phase.incentiveTarget);
          expect(year.laborStandards).toBe(phase.laborStandards);
          expect(year.eventChoices ?? {}).toEqual(phase.eventChoices);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads an expanded plan back into the same phases', () => {
    fc.assert(
      fc.property(plannerPlanArbitrary(), (plan) => {
        // Neighbouring phases with equal settings would join into one: make each phase differ.
        const distinct = { ...plan, phases: plan.phases.map((p, i) => ({ ...p, tariff: (i + 1) / 100 })) };
        const { plan: back, yearsCut } = phasesFromModelPlan(expandPlan(distinct), scenarioById(plan.scenarioId), plan.seed, 10);
        expect(yearsCut).toBe(0);
        expect(samePlan(back, distinct)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a CLI plan file that leaves fields out: filled from the year before, a short plan repeating its last year', () => {
    const model = {
      name: 'short',
      years: [{ allocation: { training: 0.3 }, tariff: 0.1 }, { allocation: { research: 0.2 } }, { allocation: { research: 0.2 } }],
    };
    const { plan } = phasesFromModelPlan(model, kamukunji, 3, 8);
    expect(plan.horizon).toBe(8);
    expect(plan.phases.map((p) => p.from)).toEqual([1, 2]);
    const second = resolveDecisions(model.years[1]!, resolveDecisions(model.years[0]!, startingDecisions(kamukunji)));
    expect(plan.phases[1]).toMatchObject({ allocation: second.allocation, tariff: 0.1 });
    const long = phasesFromModelPlan({ name: 'long', years: Array.from({ length: 40 }, () => ({})) }, kamukunji, 3, 8);
    expect(long.plan.horizon).toBe(30);
    expect(long.yearsCut).toBe(10);
  });
});

describe('checking plans from outside', () => {
  it('names what is wrong: gaps, overspent phases, unknown events and clusters', () => {
    const plan = threePhasePlan();
    const broken = {
      ...plan,
      phases: [
        { ...plan.phases[0]!, from: 2 },
        { ...plan.phases[1]!, allocation: { ...plan.phases[1]!.allocation, infrastructure: 0.9 } },
        { ...plan.phases[2]!, from: 13 },
      ],
    };
    const check = checkPlannerPlan(broken);
    expect(check.ok).toBe(false);
    const problems = check.ok ? [] : check.problems.join('\n');
    expect(problems).toMatch(/phases\[0\]\.from: the first phase starts in year 1/);
    expect(problems).toMatch(/phases\[1\]: allocation shares sum to 1\.600/);
    expect(problems).toMatch(/phases\[2\]\.from: year 13 is past the horizon/);
    expect(checkPlannerPlan(setPhaseEventChoice(plan, 0, 'no-such-event', 'x'))).toMatchObject({ ok: false });
    expect(checkPlannerPlan(setPhaseEventChoice(plan, 0, 'cheap-imports', 'no-such-choice'))).toMatchObject({ ok: false });
    expect(checkPlannerPlan({ ...plan, scenarioId: 'atlantis' })).toMatchObject({ ok: false, unknownScenario: 'atlantis' });
    expect(checkPlannerPlan({ ...plan, horizon: 31 })).toMatchObject({ ok: false });
    expect(checkPlannerPlan(plan)).toEqual({ ok: true, plan });
  });
});
