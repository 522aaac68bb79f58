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
import { ValidationError } from './errors';

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
 * Scenarios made in the scenario editor. Two ways in, both by id and never over a built-in id
 * (isScenarioId still names built-in ones only):
 * - registered: the editor's Play and Plan register the scenario they take, for the page's life;
 * - stored: the scenarios saved in the browser (src/platform/scenario-store.ts), read through a
 *   source the app shell sets, only when an id that is not built-in or registered is asked for, and
 *   validated one at a time (the title's first paint reads and validates none of them).
 * A registered scenario wins over a stored one with the same id (it is what the editor last took),
 * until a valid version is saved under that id: the newest saved version is then the one used.
 * A workshop's scenario is pinned: the session needs its exact version, whatever is saved after.
 */
const custom = new Map<string, { scenario: Scenario; pinned: boolean }>();

/** A scenario as the browser keeps it: `data` is the editor's draft, valid or not. */
export interface StoredScenarioEntry {
  id: string;
  name: string;
  savedAt: string;
  data: unknown;
}

/** Where stored scenarios are read from: the entries, the last saved first (read when asked). */
export type StoredScenarioSource = () => readonly StoredScenarioEntry[];

let source: StoredScenarioSource | null = null;
/** The source's entries as last read (null: not read since the store last changed). */
let storedEntries: readonly StoredScenarioEntry[] | null = null;
/** Validated stored scenarios, by id, with the entry they were read from (a new save has a new savedAt). */
const storedParsed = new Map<string, { entry: StoredScenarioEntry; result: StoredCheck }>();
type StoredCheck = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** Sets (or with null, clears) where scenarios saved in the browser are read from. */
export function setStoredScenarioSource(next: StoredScenarioSource | null): void {
  source = next;
  storedScenariosChanged();
}

/**
 * The store was written (a save, a removal): the next lookup reads it again. `savedId`: a version
 * was saved under this id; when it is valid it replaces the editor's registered one (not a pinned one).
 */
export function storedScenariosChanged(savedId?: string): void {
  storedEntries = null;
  const own = savedId === undefined ? undefined : custom.get(savedId);
  if (!own || own.pinned) return;
  const entry = stored().find((e) => e.id === savedId);
  if (entry && checkStored(entry).ok) custom.delete(savedId!);
}

function stored(): readonly StoredScenarioEntry[] {
  if (storedEntries === null) {
    try {
      storedEntries = source?.() ?? [];
    } catch {
      storedEntries = [];
    }
  }
  return storedEntries;
}

function checkStored(entry: StoredScenarioEntry): StoredCheck {
  const cached = storedParsed.get(entry.id);
  // The same save keeps the same scenario object (runs and models are cached by identity).
  if (cached && (cached.entry.data === entry.data || cached.entry.savedAt === entry.savedAt)) return cached.result;
  let result: StoredCheck;
  try {
    const scenario = parseScenario(entry.data, entry.name);
    // A draft saved under one id but naming another is not that id's scenario.
    result = scenario.id === entry.id ? { ok: true, scenario } : { ok: false, problems: [`id: "${scenario.id}" is not "${entry.id}"`] };
  } catch (error) {
    result = { ok: false, problems: error instanceof ValidationError ? error.problems : [String(error)] };
  }
  storedParsed.set(entry.id, { entry, result });
  return result;
}

/**
 * Makes a custom scenario (already validated) known to scenarioById; a built-in id is refused.
 * `pinned`: a workshop session's exact version, which a later save under the same id does not replace.
 */
export function registerCustomScenario(scenario: Scenario, options: { pinned?: boolean } = {}): void {
  if (isScenarioId(scenario.id)) throw new Error(`"${scenario.id}" is a built-in scenario's id`);
  custom.set(scenario.id, { scenario, pinned: options.pinned === true });
}

/**
 * What an id names: a built-in scenario, a custom one (registered, or stored and valid), a stored
 * one that is not valid (its saved name and problems), or nothing this browser has. Never throws.
 */
export type ScenarioLookup =
  | { kind: 'built-in'; scenario: Scenario }
  | { kind: 'custom'; scenario: Scenario }
  | { kind: 'invalid'; id: string; name: string; problems: string[] }
  | { kind: 'missing'; id: string };

export function lookUpScenario(id: string): ScenarioLookup {
  if (isScenarioId(id)) return { kind: 'built-in', scenario: scenarioById(id) };
  const own = custom.get(id)?.scenario;
  // A registered scenario needs no read of the store (the planner asks for it at every draw).
  if (own) return { kind: 'custom', scenario: own };
  const entry = stored().find((e) => e.id === id);
  if (!entry) return { kind: 'missing', id };
  const checked = checkStored(entry);
  return checked.ok
    ? { kind: 'custom', scenario: checked.scenario }
    : { kind: 'invalid', id, name: entry.name, problems: checked.problems };
}

/** Whether the browser keeps a scenario under `id` (reads the store if it was not read since it changed). */
export function isStoredScenario(id: string): boolean {
  return !isScenarioId(id) && stored().some((e) => e.id === id);
}

/** The scenario an id names (built-in, registered or stored and valid), or undefined. Never throws. */
export function findScenario(id: string): Scenario | undefined {
  const found = lookUpScenario(id);
  return found.kind === 'built-in' || found.kind === 'custom' ? found.scenario : undefined;
}

/**
 * The valid scenarios saved in the browser (built-in ids left out), by name. Reads and validates
 * every stored one: for screens that list them (the planner's picker), not for the first paint.
 */
export function storedScenarios(): Scenario[] {
  const list: Scenario[] = [];
  for (const entry of stored()) {
    if (isScenarioId(entry.id) || list.some((s) => s.id === entry.id)) continue;
    const own = custom.get(entry.id)?.scenario;
    const checked = checkStored(entry);
    if (own) list.push(own);
    else if (checked.ok) list.push(checked.scenario);
  }
  return list.sort((a, b) => a.shortName.localeCompare(b.shortName) || a.id.localeCompare(b.id));
}

/** A scenario by id: a built-in one (validated on first use), a registered one or a valid stored one. */
export function scenarioById(id: string): Scenario {
  const cached = parsed.get(id);
  if (cached) return cached;
  if (!isScenarioId(id)) {
    const own = findScenario(id);
    if (own) return own;
    throw new Error(`unknown scenario "${id}"; known scenarios: ${SCENARIO_IDS.join(', ')}`);
  }
  const scenario = parseScenario(FILES[id], `scenarios/${id}.json`);
  parsed.set(id, scenario);
  return scenario;
}

export function allScenarios(): Scenario[] {
  return SCENARIO_IDS.map(scenarioById);
}
