// Plan cases for the planner engines' tests: built-in scenarios (the planner runs them), plans of
// every kind, default or changed assumptions.
import fc from 'fast-check';
import { DEFAULT_ASSUMPTIONS, DEFAULT_DIFFICULTY, type Assumptions, type Plan, type PlanYear } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import type { PlanCase } from '../../src/view/plan-case';
import { planYearArbitrary } from '../model/fixtures';

export const BALANCED: Plan = {
  name: 'balanced',
  years: [{ allocation: { infrastructure: 0.2, training: 0.2, research: 0.2, incentives: 0.2, trade: 0.2 }, incentiveTarget: 'sme' }],
};

/** Two phases with partly filled years (missing fields carry over), standards switched on later, an event choice. */
export const PHASED: Plan = {
  name: 'phased',
  years: [
    { allocation: { infrastructure: 0.4, training: 0.3 }, tariff: 0.15, incentiveTarget: 'sme' },
    {},
    { allocation: { infrastructure: 0.1, training: 0.3, research: 0.1, incentives: 0.3, trade: 0.1 }, laborStandards: true, incentiveTarget: 'joint' },
  ],
};

export function planCase(id: string, plan: Plan, years: number, assumptions: Partial<Assumptions> = {}): PlanCase {
  return { scenario: scenarioById(id), plan, years, difficulty: DEFAULT_DIFFICULTY, assumptions: { ...DEFAULT_ASSUMPTIONS, ...assumptions } };
}

/** Scenarios of each kind: survival (with events), mass producers, TNC. */
export const SCENARIO_SAMPLE = ['kamukunji-metalwork', 'sialkot-surgical', 'guadalajara-electronics', 'survival-cluster'] as const;

const share = fc.double({ min: 0, max: 1, noNaN: true });

export const planArbitrary: fc.Arbitrary<Plan> = fc
  .array(fc.oneof(planYearArbitrary(share), fc.constant<PlanYear>({})), { minLength: 1, maxLength: 4 })
  .map((years) => ({ name: 'random', years }));

export const caseArbitrary: fc.Arbitrary<PlanCase> = fc
  .record({
    id: fc.constantFrom(...SCENARIO_SAMPLE),
    plan: planArbitrary,
    years: fc.integer({ min: 5, max: 10 }),
    worldDemandGrowth: fc.constantFrom(0, -0.03, 0.04),
    governance: fc.constantFrom(1, 0.5, 1.5),
    shockIntensity: fc.constantFrom(1, 0, 2),
  })
  .map(({ id, plan, years, ...assumptions }) => planCase(id, plan, years, assumptions));
