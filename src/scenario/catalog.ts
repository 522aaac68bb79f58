// The built-in scenarios, bundled as JSON imports (work the same in the browser build and in Node).
import bangaloreIt from '../../scenarios/bangalore-it.json';
import sialkotSurgical from '../../scenarios/sialkot-surgical.json';
import guadalajaraElectronics from '../../scenarios/guadalajara-electronics.json';
import sinosValleyFootwear from '../../scenarios/sinos-valley-footwear.json';
import kamukunjiMetalwork from '../../scenarios/kamukunji-metalwork.json';
import suameMagazine from '../../scenarios/suame-magazine.json';
import survivalCluster from '../../scenarios/survival-cluster.json';
import massProducers from '../../scenarios/mass-producers.json';
import tncCluster from '../../scenarios/tnc-cluster.json';
import type { Scenario } from './schema';
import { parseScenario } from './parse';

const FILES: Record<string, unknown> = {
  'bangalore-it': bangaloreIt,
  'sialkot-surgical': sialkotSurgical,
  'guadalajara-electronics': guadalajaraElectronics,
  'sinos-valley-footwear': sinosValleyFootwear,
  'kamukunji-metalwork': kamukunjiMetalwork,
  'suame-magazine': suameMagazine,
  'survival-cluster': survivalCluster,
  'mass-producers': massProducers,
  'tnc-cluster': tncCluster,
};

export const SCENARIO_IDS: readonly string[] = Object.keys(FILES);

const parsed = new Map<string, Scenario>();

/** Whether `id` names a built-in scenario (own names only: "constructor" or "__proto__" name none). */
export function isScenarioId(id: string): boolean {
  return Object.hasOwn(FILES, id);
}

/**
 * Scenarios made in the scenario editor, known by id for this page's life so screens that look a
 * cluster up by id (the planner) can open one. Built-in ids stay the built-in scenarios', and
 * isScenarioId still names built-in ones only (links and files name those).
 */
const custom = new Map<string, Scenario>();

/** Makes a custom scenario (already validated) known to scenarioById; a built-in id is refused. */
export function registerCustomScenario(scenario: Scenario): void {
  if (isScenarioId(scenario.id)) throw new Error(`"${scenario.id}" is a built-in scenario's id`);
  custom.set(scenario.id, scenario);
}

/** A built-in scenario by id, validated on first use (or a registered custom one). */
export function scenarioById(id: string): Scenario {
  const cached = parsed.get(id);
  if (cached) return cached;
  const own = isScenarioId(id) ? undefined : custom.get(id);
  if (own) return own;
  if (!isScenarioId(id)) throw new Error(`unknown scenario "${id}"; known scenarios: ${SCENARIO_IDS.join(', ')}`);
  const scenario = parseScenario(FILES[id], `scenarios/${id}.json`);
  parsed.set(id, scenario);
  return scenario;
}

export function allScenarios(): Scenario[] {
  return SCENARIO_IDS.map(scenarioById);
}
