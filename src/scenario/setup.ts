// From a scenario file to what the model needs, and the starting decisions.
import { noSpending, type Decisions } from '../model';
import type { Scenario } from './schema';

/** The settings in force at the start: nothing spent, the scenario's tariff, target and standards. */
export function startingDecisions(scenario: Scenario): Decisions {
  return noSpending(scenario.initial.tariff, scenario.incentiveTarget, scenario.laborStandards);
}
