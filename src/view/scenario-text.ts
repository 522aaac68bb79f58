// Which texts of a scenario the screens show: the scenario's own (English) unless the UI sets a
// localizer for the chosen language (src/ui/scenario-texts.ts, by way of src/scenario/localize.ts).
// Views read names, goal labels, limitation notes and event titles through shownScenario() and keep
// using the game's own scenario for every number and every run, so caches keyed on the scenario
// stay warm and the numbers are the same in every language. Pure apart from the setting.
import type { Scenario } from '../scenario';

export type ScenarioLocalizer = (scenario: Scenario) => Scenario;

const asWritten: ScenarioLocalizer = (scenario) => scenario;
let localizer: ScenarioLocalizer = asWritten;

/** How views get a scenario's texts in the current language (null: back to the scenario's own). */
export function setScenarioLocalizer(fn: ScenarioLocalizer | null): void {
  localizer = fn ?? asWritten;
}

/** The scenario with its texts in the current language; its numbers are the scenario's own. */
export function shownScenario(scenario: Scenario): Scenario {
  return localizer(scenario);
}
