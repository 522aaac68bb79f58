// Hand-written cluster setups for the model's tests, built in code so the tests do not depend on
// the scenario files (which other people edit). Figures are rough archetypes from model.md s.6:
// a survival cluster of many small workshops (Kamukunji / Suame-like) and a TNC cluster
// (Guadalajara-like). Both keep the default parameters except where an archetype needs otherwise.
import fc from 'fast-check';
import type { PlanYear } from '../../src/model/plan';
import { createModel, initialState, noSpending, type ClusterSetup, type Model } from '../../src/model/setup';
import type { ClusterState, Decisions, IncentiveTarget, Lever } from '../../src/model/types';
import { INCENTIVE_TARGETS, LEVERS } from '../../src/model/types';

/** Many SMEs, almost no large firms, low quality and skills, weak infrastructure, a small donor programme. */
export function survivalSetup(overrides: Partial<ClusterSetup> = {}): ClusterSetup {
  return {
    startYear: 2005,
    budgetUsdM: 5,
    incentiveTarget: 'all',
    laborStandards: false,
    initial: {
      smeFirms: 2000,
      largeFirms: 2,
      foreignFirms: 0,
      employment: 6000,
      outputUsdM: 30,
      largeOutputShare: 0.05,
      quality: 0.1,
      skills: 0.25,
      infrastructure: 0.3,
      research: 0.05,
      trust: 0.4,
      exportShare: 0.05,
      wageUsdPerDay: 3.5,
      workingConditions: 0.25,
      tariff: 0.2,
      poverty: 0.5,
      laborSurplus: 0.35,
      donorSupportUsdM: 1,
      approval: { sme: 0.5, large: 0.5, workers: 0.5, donors: 0.5 },
    },
    parameters: { costScaleUsdM: 2, importCompeting: 0.7, subsistenceWageUsdPerDay: 3 },
    events: [],
    ...overrides,
  };
}

/** Foreign plants dominate output, high export share, little cooperation, no donor programme. */
export function tncSetup(overrides: Partial<ClusterSetup> = {}): ClusterSetup {
  return {
    startYear: 2004,
    budgetUsdM: 50,
    incentiveTarget: 'fdi',
    laborStandards: false,
    initial: {
      smeFirms: 300,
      largeFirms: 40,
      foreignFirms: 25,
      employment: 80000,
      outputUsdM: 3000,
      largeOutputShare: 0.85,
      quality: 0.55,
      skills: 0.6,
      infrastructure: 0.75,
      research: 0.3,
      trust: 0.25,
      exportShare: 0.8,
      wageUsdPerDay: 9,
      workingConditions: 0.5,
      tariff: 0.05,
      poverty: 0.25,
      laborSurplus: 0.12,
      donorSupportUsdM: 0,
      approval: { sme: 0.5, large: 0.6, workers: 0.5, donors: 0.5 },
    },
    parameters: {
      costScaleUsdM: 20,
      employmentElasticity: 0.3,
      importCompeting: 0.2,
      frontierGap: 0.4,
      subsistenceWageUsdPerDay: 5,
    },
    events: [],
    ...overrides,
  };
}

export const FIXTURES = { survival: survivalSetup, tnc: tncSetup } as const;
export type FixtureName = keyof typeof FIXTURES;

export function survivalModel(parameters: ClusterSetup['parameters'] = {}): Model {
  const setup = survivalSetup();
  return createModel({ ...setup, parameters: { ...setup.parameters, ...parameters } });
}

export function tncModel(parameters: ClusterSetup['parameters'] = {}): Model {
  const setup = tncSetup();
  return createModel({ ...setup, parameters: { ...setup.parameters, ...parameters } });
}

/** The model and its year-0 state for a setup. */
export function start(setup: ClusterSetup, seed = 1): { model: Model; state: ClusterState } {
  const model = createModel(setup);
  return { model, state: initialState(setup, model, seed) };
}

/** Decisions spending the given shares of the budget; everything else as at the start of the setup. */
export function spend(
  setup: ClusterSetup,
  shares: Partial<Record<Lever, number>>,
  options: { tariff?: number; incentiveTarget?: IncentiveTarget; laborStandards?: boolean } = {},
): Decisions {
  const d = noSpending(
    options.tariff ?? setup.initial.tariff,
    options.incentiveTarget ?? setup.incentiveTarget,
    options.laborStandards ?? setup.laborStandards,
  );
  for (const lever of LEVERS) d.allocation[lever] = shares[lever] ?? 0;
  return d;
}

/** One year of a valid plan: five lever shares plus an unspent part (from `share`), normalised to sum to 1. */
export function planYearArbitrary(share: fc.Arbitrary<number>): fc.Arbitrary<PlanYear> {
  return fc
    .record({
      raw: fc.tuple(share, share, share, share, share, share),
      tariff: share,
      incentiveTarget: fc.constantFrom(...INCENTIVE_TARGETS),
      laborStandards: fc.boolean(),
    })
    .map(({ raw, tariff, incentiveTarget, laborStandards }) => {
      const sum = raw.reduce((a, b) => a + b, 0);
      const allocation = Object.fromEntries(LEVERS.map((lever, i) => [lever, sum > 0 ? (raw[i] as number) / sum : 0]));
      return { allocation, tariff, incentiveTarget, laborStandards };
    });
}
