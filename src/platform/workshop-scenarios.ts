// The custom scenarios workshop sessions play (scenarios made in the scenario editor), found on this
// device so a session code that names one (by tag and fingerprint, workshop-session-code.ts) reads:
//
//   cpl:workshop-scenarios   { format: "cluster-policy-lab/workshop-scenarios", version: 1,
//                              scenarios: [{ usedAt, data }] }   the last used first, MAX_KEPT at most
//
// What is kept here is the exact version a session plays: the facilitator's choice when the session is
// created (a later edit in the editor does not change the session under the dashboard), and what a
// team received with the join link or the scenario file (so its game, its hand-in and another team on
// the same device still read the code after a reload). The facilitator's saved scenarios
// (scenario-store.ts, read only) are looked at too. Whatever is read is validated again before use;
// an entry that does not validate is skipped, never trusted.
import { z } from 'zod';
import { isScenarioId, parseJsonText, ValidationError, type Scenario } from '../scenario';
import { checkDraft } from '../view/editor-form';
import { addSessionScenario, scenarioFingerprint, scenarioTag, type CustomScenarioRef } from '../view/workshop-session';
import { msg, type Msg } from '../view/report';
import { readFileText } from './files';
import { openScenarioStore, SCENARIO_STORE_KEY } from './scenario-store';
import { customScenarioRef } from './workshop-session-code';

export const WORKSHOP_SCENARIOS_KEY = 'cpl:workshop-scenarios';
export const WORKSHOP_SCENARIOS_FORMAT = 'cluster-policy-lab/workshop-scenarios';
/** Scenarios kept at most (about 30 KB each): a few sessions' worth. */
export const MAX_KEPT = 8;
/** The longest scenario file read (a whole scenario is about 30 KB). */
export const MAX_SCENARIO_FILE_CHARS = 1_000_000;

const keptSchema = z.strictObject({
  format: z.literal(WORKSHOP_SCENARIOS_FORMAT),
  version: z.literal(1),
  scenarios: z.array(z.strictObject({ usedAt: z.string(), data: z.unknown() })).max(MAX_KEPT * 4),
});
type Kept = z.infer<typeof keptSchema>;

type ReadStorage = Pick<Storage, 'getItem'>;

/** The kept entries; `newer`: kept by a newer version of the app (read as none, and never written over). */
function readKept(storage: ReadStorage | null): { raw: string | null; kept: Kept['scenarios']; newer: boolean } {
  let raw: string | null;
  try {
    raw = storage?.getItem(WORKSHOP_SCENARIOS_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return { raw, kept: [], newer: false };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { raw, kept: [], newer: false };
  }
  const parsed = keptSchema.safeParse(data);
  if (parsed.success) return { raw, kept: parsed.data.scenarios, newer: false };
  const version = (data as { format?: unknown; version?: unknown } | null)?.version;
  const format = (data as { format?: unknown } | null)?.format;
  return { raw, kept: [], newer: format === WORKSHOP_SCENARIOS_FORMAT && typeof version === 'number' && version > 1 };
}

/** A validated custom scenario from data found somewhere (storage, a file, a link), or null. */
function validScenario(data: unknown): Scenario | null {
  const checked = checkDraft(data);
  return checked.ok ? checked.scenario : null;
}

/** The kept entries last read, so unchanged ones are not validated again. */
const seen: { kept: string | null | undefined } = { kept: undefined };

/** Makes the scenarios kept for sessions on this device known to the session code. Cheap when none changed. */
export function loadKeptScenarios(storage: ReadStorage | null): void {
  const { raw, kept } = readKept(storage);
  if (raw === seen.kept) return;
  seen.kept = raw;
  for (const entry of kept) {
    const scenario = validScenario(entry.data);
    if (scenario) addSessionScenario(scenario);
  }
}

/**
 * Makes every custom scenario this device has known to the session code (the kept ones and the
 * facilitator's valid saved ones). Cheap when nothing changed since the last call.
 */
export function loadSessionScenarios(storage: Storage | null): void {
  loadKeptScenarios(storage);
  for (const { scenario } of savedCustomScenarios(storage)) addSessionScenario(scenario);
}

/**
 * A team game's own scenario (its save carries it) made known when it is the one its session code
 * names: a game whose session keeps the scenario's budget and every event plays the scenario as it
 * is, so its hand-in still works on a device that has lost the kept copy.
 */
export function adoptGameScenario(sessionCode: string, scenario: Scenario): void {
  const ref = customScenarioRef(sessionCode);
  if (ref && !isScenarioId(scenario.id) && matchesRef(scenario, ref)) addSessionScenario(scenario);
}

let storeCache: { raw: string | null; list: SavedCustomScenario[] } | null = null;

export interface SavedCustomScenario {
  /** The saved entry's id and name, as the editor lists them. */
  id: string;
  name: string;
  scenario: Scenario;
}

/** The facilitator's saved custom scenarios that are valid (a draft with problems cannot make a session). */
export function savedCustomScenarios(storage: Storage | null): SavedCustomScenario[] {
  let raw: string | null;
  try {
    raw = storage?.getItem(SCENARIO_STORE_KEY) ?? null;
  } catch {
    raw = null;
  }
  if (storeCache && storeCache.raw === raw) return storeCache.list;
  const list: SavedCustomScenario[] = [];
  if (raw !== null)
    for (const entry of openScenarioStore(storage).list()) {
      const scenario = validScenario(entry.data);
      if (scenario) list.push({ id: entry.id, name: entry.name, scenario });
    }
  storeCache = { raw, list };
  return list;
}

/**
 * Keeps the exact version of a session's custom scenario on this device (the last used first; the
 * oldest beyond MAX_KEPT go) and makes it known to the session code. False when the browser would not
 * keep it (it is then known for this page's life only).
 */
export function keepSessionScenario(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  scenario: Scenario,
  now: Date = new Date(),
): boolean {
  const fingerprint = addSessionScenario(scenario);
  // Those kept before are known first: once written, the new text is taken as read.
  loadKeptScenarios(storage);
  const { kept, newer } = readKept(storage);
  if (newer) return false;
  const others = kept.filter((entry) => {
    const other = entry.data as Partial<Scenario> | null;
    // A cheap look before validating: only the same id can be the same version.
    if (other?.id !== scenario.id) return true;
    const valid = validScenario(entry.data);
    return !valid || scenarioFingerprint(valid) !== fingerprint;
  });
  const scenarios = [{ usedAt: now.toISOString(), data: scenario as unknown }, ...others].slice(0, MAX_KEPT);
  try {
    if (!storage) return false;
    const text = JSON.stringify({ format: WORKSHOP_SCENARIOS_FORMAT, version: 1, scenarios });
    storage.setItem(WORKSHOP_SCENARIOS_KEY, text);
    seen.kept = text;
    return true;
  } catch {
    return false;
  }
}

/** Whether a scenario is the one a session code names. */
export function matchesRef(scenario: Scenario, ref: CustomScenarioRef): boolean {
  return scenarioTag(scenario.id) === ref.tag && scenarioFingerprint(scenario) === ref.fingerprint;
}

export type ScenarioFileOutcome =
  { ok: true; scenario: Scenario } | { ok: false; reason: 'too-big' | 'unreadable' | 'invalid'; problems: string[] };

/** A scenario file's text read and validated as the editor reads one (never throws; the text stays text). */
export function readScenarioFile(text: string, fileName: string): ScenarioFileOutcome {
  if (text.length > MAX_SCENARIO_FILE_CHARS) return { ok: false, reason: 'too-big', problems: [] };
  let data: unknown;
  try {
    data = parseJsonText(text, fileName);
  } catch (error) {
    return { ok: false, reason: 'unreadable', problems: error instanceof ValidationError ? error.problems : [] };
  }
  const checked = checkDraft(data);
  if (!checked.ok) return { ok: false, reason: 'invalid', problems: checked.problems.map((p) => p.message) };
  return { ok: true, scenario: checked.scenario };
}

/**
 * Takes a scenario that came with a join link or in a file for the session a code names: kept on this
 * device when it is that session's scenario; otherwise the reason, naming the scenario received.
 */
export function takeSessionScenario(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  scenario: Scenario,
  ref: CustomScenarioRef | null,
): Msg | null {
  if (!ref || !matchesRef(scenario, ref))
    return msg(
      'This is not the scenario the session code names (“{name}” in another version, or another scenario). Ask the facilitator for the session’s join link or file.',
      { name: scenario.name },
    );
  keepSessionScenario(storage, scenario);
  return null;
}

/** Reads a scenario file chosen for a session (see takeSessionScenario): the scenario, or the one reason it is refused. */
export async function takeScenarioFile(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  file: File,
  ref: CustomScenarioRef | null,
): Promise<{ scenario: Scenario } | { problem: Msg }> {
  let text: string;
  try {
    text = await readFileText(file);
  } catch {
    return { problem: msg('The file could not be read.') };
  }
  const read = readScenarioFile(text, file.name);
  if (!read.ok) {
    const problem = read.problems[0] ?? (read.reason === 'too-big' ? msg('too big') : msg('not a scenario file'));
    return { problem: msg('This file is not a scenario that can be played ({problem}).', { problem }) };
  }
  const refused = takeSessionScenario(storage, read.scenario, ref);
  return refused ? { problem: refused } : { scenario: read.scenario };
}

/** The scenario file to hand out: the scenario's JSON, as the editor writes a scenario file. */
export function scenarioFileText(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** "workshop-scenario-my-textile-town.json". */
export function scenarioFileName(scenario: Scenario): string {
  return `workshop-scenario-${scenario.id}.json`;
}
