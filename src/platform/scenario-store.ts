// Scenarios made in the scenario editor, kept in browser storage, v1:
//
//   cpl:custom-scenarios              { format: "cluster-policy-lab/custom-scenarios", version: 1,
//                                       scenarios: [{ id, name, savedAt, data }] }
//   cpl:custom-scenarios:damaged:<t>  what could not be read, exactly as it was found (never deleted)
//
// `data` is the editor's draft as it was saved: a scenario file's JSON, valid or still being
// written (a draft with problems is kept too, so nothing typed is lost; the editor shows its
// problems when it is opened again). Saving under an id already saved replaces that entry. A store
// that is not readable, or from a newer version, is kept aside whole and the editor starts without
// it (plan-store.ts does the same). Storage that refuses to write keeps the list for the visit.
import { z } from 'zod';
import { storedScenariosChanged } from '../scenario/catalog';

export const SCENARIO_STORE_KEY = 'cpl:custom-scenarios';
export const SCENARIO_STORE_DAMAGED_PREFIX = 'cpl:custom-scenarios:damaged:';
export const SCENARIO_STORE_FORMAT = 'cluster-policy-lab/custom-scenarios';
export const SCENARIO_STORE_VERSION = 1;
/** Scenarios kept at most (a whole scenario is about 30 KB; storage holds about 5 MB). */
export const MAX_SAVED_SCENARIOS = 30;

export interface SavedScenario {
  id: string;
  name: string;
  /** When it was saved, ISO 8601. */
  savedAt: string;
  data: unknown;
}

const entrySchema = z.strictObject({ id: z.string().min(1).max(200), name: z.string().max(500), savedAt: z.string(), data: z.unknown() });
const storeSchema = z.strictObject({
  format: z.literal(SCENARIO_STORE_FORMAT),
  version: z.number().int(),
  scenarios: z.array(z.unknown()),
});

export type ScenarioSaveOutcome = { ok: true; replaced: boolean; persisted: boolean } | { ok: false; reason: 'limit' };

export interface ScenarioStore {
  /** Saved scenarios, the last saved first. */
  list(): SavedScenario[];
  get(id: string): SavedScenario | undefined;
  save(data: unknown, now?: Date): ScenarioSaveOutcome;
  remove(id: string): void;
  /** What went wrong reading the store when it was opened (kept aside under `keptKey`), or null. */
  problem(): { keptKey: string | null } | null;
}

/** The id and name a draft is saved under (a draft without them still saves). */
export function savedNames(data: unknown): { id: string; name: string } {
  const object = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const id = typeof object.id === 'string' && object.id.trim() !== '' ? object.id.trim().slice(0, 200) : 'untitled';
  const name = typeof object.name === 'string' && object.name.trim() !== '' ? object.name.trim().slice(0, 500) : id;
  return { id, name };
}

/**
 * Reads the saved entries without changing storage (nothing is kept aside): the app's lookup of
 * custom scenarios by id (setStoredScenarioSource in src/scenario/catalog.ts) reads this way. A store
 * that cannot be read, or is from a newer version, reads as `problem: true` with the entries that could be.
 */
export function readStoredScenarios(storage: Storage | null): { entries: SavedScenario[]; raw: string | null; problem: boolean } {
  let raw: string | null;
  try {
    raw = storage?.getItem(SCENARIO_STORE_KEY) ?? null;
  } catch {
    raw = null;
  }
  const entries: SavedScenario[] = [];
  if (raw === null) return { entries, raw, problem: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw) as unknown;
  } catch {
    parsed = null;
  }
  const store = storeSchema.safeParse(parsed);
  if (!store.success || store.data.version !== SCENARIO_STORE_VERSION) return { entries, raw, problem: true };
  for (const entry of store.data.scenarios) {
    const read = entrySchema.safeParse(entry);
    if (read.success) entries.push(read.data as SavedScenario);
  }
  return { entries, raw, problem: entries.length !== store.data.scenarios.length };
}

export function openScenarioStore(storage: Storage | null): ScenarioStore {
  const read = readStoredScenarios(storage);
  let entries: SavedScenario[] = read.entries;
  const problem: { keptKey: string | null } | null = read.problem && read.raw !== null ? keepAside(read.raw) : null;

  function keepAside(text: string): { keptKey: string | null } {
    const key = `${SCENARIO_STORE_DAMAGED_PREFIX}${Date.now()}`;
    try {
      storage?.setItem(key, text);
      return { keptKey: key };
    } catch {
      return { keptKey: null };
    }
  }

  function write(): boolean {
    // A store that could not be kept aside is never written over.
    if (problem && problem.keptKey === null) return false;
    try {
      if (!storage) return false;
      storage.setItem(
        SCENARIO_STORE_KEY,
        JSON.stringify({ format: SCENARIO_STORE_FORMAT, version: SCENARIO_STORE_VERSION, scenarios: entries }),
      );
      return true;
    } catch {
      return false;
    }
  }

  return {
    list: () => entries.slice(),
    get: (id) => entries.find((e) => e.id === id),
    save(data, now = new Date()) {
      const { id, name } = savedNames(data);
      const replaced = entries.some((e) => e.id === id);
      if (!replaced && entries.length >= MAX_SAVED_SCENARIOS) return { ok: false, reason: 'limit' };
      // A deep copy: later edits of the draft do not reach what was saved.
      const entry: SavedScenario = { id, name, savedAt: now.toISOString(), data: structuredClone(data) };
      entries = [entry, ...entries.filter((e) => e.id !== id)];
      const persisted = write();
      storedScenariosChanged(id);
      return { ok: true, replaced, persisted };
    },
    remove(id) {
      entries = entries.filter((e) => e.id !== id);
      write();
      storedScenariosChanged();
    },
    problem: () => problem,
  };
}
