// A scenario's history (issue 13): the policy path the real government took, as a plan the model
// and the CLI read, and the world it was taken in (the scenario with the history's own shocks
// scheduled). History mode plays every run of the game (the player's, the baseline, the history's)
// in that world, so the runs differ by policy only (common random numbers). Pure.
import type { Plan } from '../model';
import type { Scenario } from './schema';

/** The history's plan under one name, on the CLI's JSON and in the planner: "what-was-done". */
export const HISTORY_PLAN_NAME = 'what-was-done';

/** The path the real government took as a plan (null for a scenario without history). */
export function historyPlan(scenario: Scenario): Plan | null {
  if (!scenario.history) return null;
  return { name: HISTORY_PLAN_NAME, years: scenario.history.plan.years.map((year) => structuredClone(year)) };
}

const worlds = new WeakMap<Scenario, Scenario>();
const isWorld = new WeakSet<Scenario>();

/**
 * The scenario with its history's shocks scheduled (a history shock replaces the scenario's of the
 * same kind and year). The same object for the same scenario (runs are cached by scenario), and a
 * world is its own world. A scenario without history shocks is returned as it is.
 */
export function historyWorld(scenario: Scenario): Scenario {
  const shocks = scenario.history?.scheduled ?? [];
  if (shocks.length === 0 || isWorld.has(scenario)) return scenario;
  let world = worlds.get(scenario);
  if (!world) {
    const key = (e: { year: number; shock: string }) => `${e.year}:${e.shock}`;
    const replaced = new Set(shocks.map(key));
    world = {
      ...scenario,
      scheduled: [...(scenario.scheduled ?? []).filter((e) => !replaced.has(key(e))), ...shocks].sort((a, b) => a.year - b.year),
    };
    worlds.set(scenario, world);
    isWorld.add(world);
  }
  return world;
}
