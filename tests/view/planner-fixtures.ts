// Planner plans for the tests: fast-check arbitraries of valid plans (any horizon, seed and phases,
// shares within each phase's budget, event choices the scenario has) and a hand-made three-phase plan.
import fc from 'fast-check';
import { INCENTIVE_TARGETS, LEVERS, type Allocation } from '../../src/model';
import { scenarioById, SCENARIO_IDS } from '../../src/scenario';
import { MAX_HORIZON, MIN_HORIZON, newPlan, type Phase, type PlannerPlan } from '../../src/view/planner';

const unit = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });

/** Five shares summing to at most 1 (any doubles, not only round ones). */
export const allocationArbitrary: fc.Arbitrary<Allocation> = fc
  .tuple(fc.array(unit, { minLength: LEVERS.length, maxLength: LEVERS.length }), unit)
  .map(([weights, total]) => {
    const sum = weights.reduce((a, b) => a + b, 0);
    const shares = weights.map((w) => (sum > 0 ? (w / sum) * total * 0.999999 : 0));
    return Object.fromEntries(LEVERS.map((lever, i) => [lever, shares[i] ?? 0])) as Allocation;
  });

/** A valid plan for `scenarioId` (or any built-in scenario). */
export function plannerPlanArbitrary(scenarioId?: string): fc.Arbitrary<PlannerPlan> {
  const scenarioArb = scenarioId ? fc.constant(scenarioId) : fc.constantFrom(...SCENARIO_IDS);
  return scenarioArb.chain((id) => {
    const scenario = scenarioById(id);
    const choiceArb = fc.dictionary(
      fc.constantFrom(...scenario.events.map((e) => e.id)),
      fc.constant(''),
      { maxKeys: 2 },
    ).map((keys) => {
      const choices: Record<string, string> = {};
      for (const eventId of Object.keys(keys)) {
        const event = scenario.events.find((e) => e.id === eventId);
        const choice = event?.choices[eventId.length % event.choices.length];
        if (choice) choices[eventId] = choice.id;
      }
      return choices;
    });
    const settingsArb = fc.record({
      allocation: allocationArbitrary,
      tariff: unit,
      incentiveTarget: fc.constantFrom(...INCENTIVE_TARGETS),
      laborStandards: fc.boolean(),
      eventChoices: choiceArb,
    });
    return fc
      .record({
        horizon: fc.integer({ min: MIN_HORIZON, max: MAX_HORIZON }),
        seed: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        starts: fc.uniqueArray(fc.integer({ min: 2, max: MAX_HORIZON }), { maxLength: 6 }),
        settings: fc.array(settingsArb, { minLength: 7, maxLength: 7 }),
        budget: fc.option(fc.double({ min: 0.5, max: 500, noNaN: true }), { nil: undefined }),
      })
      .map(({ horizon, seed, starts, settings, budget }): PlannerPlan => {
        const froms = [1, ...starts.filter((s) => s <= horizon).sort((a, b) => a - b)];
        const phases = froms.map((from, i): Phase => ({ from, ...(settings[i] ?? settings[0]!) }));
        return { scenarioId: id, horizon, seed, phases, ...(budget !== undefined ? { budgetUsdM: budget } : {}) };
      });
  });
}

/**
 * Kamukunji over twelve years in three phases: skills first, then research and trade (answering the
 * relocation plan, which comes after year 4 with seed 7, by upgrading in place), then incentives.
 */
export function threePhasePlan(seed = 7): PlannerPlan {
  const base = newPlan(scenarioById('kamukunji-metalwork'), seed);
  const start = base.phases[0] as Phase;
  const phase = (from: number, allocation: Partial<Allocation>, extra: Partial<Phase> = {}): Phase => ({
    ...start,
    from,
    allocation: { ...start.allocation, ...allocation },
    eventChoices: {},
    ...extra,
  });
  return {
    ...base,
    horizon: 12,
    phases: [
      phase(1, { training: 0.35, infrastructure: 0.25 }, { laborStandards: true }),
      phase(4, { research: 0.3, trade: 0.2, training: 0.2 }, { tariff: 0.15, eventChoices: { 'relocation-plan': 'upgrade-in-place' } }),
      phase(9, { incentives: 0.4, training: 0.2 }, { incentiveTarget: 'joint' }),
    ],
  };
}
