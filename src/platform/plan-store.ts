// The planner's plans in browser storage, v1:
//
//   cpl:plans                  { format: "cluster-policy-lab/plans", version: 1,
//                                saved: [{ name, savedAt, plan }], current?: plan }
//   cpl:plans:damaged:<time>   what could not be read, exactly as it was found (never deleted)
//
// `plan` is a planner plan (src/view/planner.ts), checked with checkPlannerPlan. Reading is strict
// and versioned, like saves (save-format.ts): a store from a newer version or one that is not
// readable is kept aside whole and the planner starts without it; a single bad plan is left out
// (the whole text is kept aside too) and the others load. Nothing is deleted, and a store that
// could not be kept aside is never written over. Storage that refuses to write (full, private mode)
// keeps the plans for the visit and says so.
// A plan for a scenario made in the scenario editor that this browser does not have (deleted, or
// not valid now) is held as it was: not shown, not a problem, written back with the others, and
// shown again once the scenario is back (imported in the editor); unknownScenarios() names them,
// and misfits() those whose scenario came back changed so that they no longer fit it.
// To add version 2: keep a v1 schema and a migration v1 -> v2 here, and raise PLAN_STORE_VERSION.
import { z } from 'zod';
import { describeIssues, findScenario } from '../scenario';
import { checkPlannerPlan, samePlan, type PlannerPlan } from '../view/planner';

export const PLAN_STORE_KEY = 'cpl:plans';
export const PLAN_STORE_DAMAGED_PREFIX = 'cpl:plans:damaged:';
export const PLAN_STORE_FORMAT = 'cluster-policy-lab/plans';
export const PLAN_STORE_VERSION = 1;
/** Saved plans per cluster: the charts draw up to four beside the plan and the baseline. */
export const MAX_SAVED_PER_SCENARIO = 4;
export const MAX_PLAN_NAME = 60;
/** Text longer than this is not a plan store (four plans per cluster of 30 phases each is ~200 KB). */
const MAX_STORE_CHARS = 2_000_000;

export interface SavedPlan {
  name: string;
  /** When it was saved, ISO 8601. */
  savedAt: string;
  plan: PlannerPlan;
}

export interface PlanStoreProblem {
  /** `unreadable`: not a plan store at all; `newer`: from a newer version; `entries`: some plans left out. */
  kind: 'unreadable' | 'newer' | 'entries';
  /** What is wrong, one line each, naming the plan and the field. */
  details: string[];
  /** Where the text was kept aside (null when storage refused: then the store is left as it was). */
  keptKey: string | null;
}

export type SaveOutcome =
  /** `persisted` is false when storage refused to write: the plan is kept for this visit only. */
  | { ok: true; replaced: boolean; persisted: boolean }
  | { ok: false; reason: 'name' | 'limit' };

export interface PlanStore {
  /** Saved plans of every cluster this browser has, oldest first. */
  saved(): SavedPlan[];
  /** Scenarios that held plans (or the plan last worked on) name and this browser does not have. */
  unknownScenarios(): HeldScenario[];
  /** Held plans whose scenario is back but changed so that they no longer fit it (kept as they were). */
  misfits(): MisfitPlan[];
  /** Saved plans of one cluster, oldest first. */
  savedFor(scenarioId: string): SavedPlan[];
  /** The plan last worked on (kept between visits), if any. */
  current(): PlannerPlan | null;
  /** What went wrong reading the store when it was opened, or null. */
  problem(): PlanStoreProblem | null;
  /** Whether writing to storage failed (the plans then last for this visit only). */
  storageFailed(): boolean;
  /** Saves a plan under a name (a plan of the same cluster with that name is replaced). */
  save(name: string, plan: PlannerPlan): SaveOutcome;
  remove(scenarioId: string, name: string): void;
  setCurrent(plan: PlannerPlan): void;
}

const entrySchema = z.strictObject({
  name: z.string().trim().min(1).max(MAX_PLAN_NAME),
  savedAt: z.iso.datetime({ offset: true }),
  plan: z.unknown(),
});

const envelopeSchema = z.strictObject({
  format: z.literal(PLAN_STORE_FORMAT),
  version: z.literal(PLAN_STORE_VERSION),
  saved: z.array(z.unknown()).max(500),
  current: z.unknown().optional(),
});

/** A scenario that held plans name, and how many (`current`: the plan last worked on is one of them). */
export interface HeldScenario {
  scenarioId: string;
  plans: number;
  current: boolean;
}

/** A held plan (`name` empty: the plan last worked on) and why it does not fit its scenario as it is now. */
export interface MisfitPlan {
  scenarioId: string;
  name: string;
  problems: string[];
}

/** A stored plan whose scenario this browser does not have, kept exactly as it was read. */
export interface HeldPlan {
  scenarioId: string;
  name: string;
  raw: unknown;
}

export interface ReadStore {
  /** In the stored order: plans that were read, and held ones (for a scenario this browser lacks). */
  entries: (SavedPlan | HeldPlan)[];
  saved: SavedPlan[];
  current: PlannerPlan | null;
  /** The plan last worked on, held: its scenario is not in this browser. */
  heldCurrent: HeldPlan | null;
  problem: Omit<PlanStoreProblem, 'keptKey'> | null;
}

const isHeld = (entry: SavedPlan | HeldPlan): entry is HeldPlan => 'raw' in entry;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a store's text: the plans that are valid, and what is wrong with the rest. Never throws. */
export function readPlanStore(text: string | null): ReadStore {
  const empty: ReadStore = { entries: [], saved: [], current: null, heldCurrent: null, problem: null };
  if (text === null) return empty;
  const unreadable = (detail: string): ReadStore => ({ ...empty, problem: { kind: 'unreadable', details: [detail] } });
  if (text.length > MAX_STORE_CHARS) return unreadable('the stored plans are too large to be plans');
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch (error) {
    return unreadable(`the stored plans are not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data) || data.format !== PLAN_STORE_FORMAT)
    return unreadable(`the stored plans are not Cluster Policy Lab plans (no "format": "${PLAN_STORE_FORMAT}")`);
  if (typeof data.version === 'number' && Number.isInteger(data.version) && data.version > PLAN_STORE_VERSION)
    return {
      ...empty,
      problem: {
        kind: 'newer',
        details: [`the plans were saved by a newer version (v${data.version}); this version reads plans up to v${PLAN_STORE_VERSION}`],
      },
    };
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return unreadable(describeIssues(envelope.error.issues).slice(0, 4).join('; '));

  const entries: (SavedPlan | HeldPlan)[] = [];
  const details: string[] = [];
  envelope.data.saved.forEach((raw, i) => {
    const label = isRecord(raw) && typeof raw.name === 'string' ? `saved plan ${i + 1} ("${raw.name.slice(0, MAX_PLAN_NAME)}")` : `saved plan ${i + 1}`;
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) {
      details.push(`${label}: ${describeIssues(entry.error.issues).slice(0, 2).join('; ')}`);
      return;
    }
    const checked = checkPlannerPlan(entry.data.plan);
    if (!checked.ok && checked.unknownScenario !== undefined) {
      entries.push({ scenarioId: checked.unknownScenario, name: entry.data.name, raw });
      return;
    }
    if (!checked.ok) {
      details.push(`${label}: plan.${checked.problems.slice(0, 2).join('; plan.')}`);
      return;
    }
    entries.push({ name: entry.data.name, savedAt: entry.data.savedAt, plan: checked.plan });
  });
  let current: PlannerPlan | null = null;
  let heldCurrent: HeldPlan | null = null;
  if (envelope.data.current !== undefined) {
    const checked = checkPlannerPlan(envelope.data.current);
    if (checked.ok) current = checked.plan;
    else if (checked.unknownScenario !== undefined) heldCurrent = { scenarioId: checked.unknownScenario, name: '', raw: envelope.data.current };
    else details.push(`the plan last worked on: ${checked.problems.slice(0, 2).join('; ')}`);
  }
  const saved = entries.filter((e): e is SavedPlan => !isHeld(e));
  return { entries, saved, current, heldCurrent, problem: details.length > 0 ? { kind: 'entries', details } : null };
}

/** The store's text; held plans (and a held plan last worked on, when there is no other) as they were read. */
export function serializePlanStore(saved: readonly (SavedPlan | HeldPlan)[], current: PlannerPlan | HeldPlan | null): string {
  const raw = <T>(entry: T | HeldPlan): unknown => (entry !== null && typeof entry === 'object' && 'raw' in entry ? entry.raw : entry);
  return JSON.stringify({
    format: PLAN_STORE_FORMAT,
    version: PLAN_STORE_VERSION,
    saved: saved.map(raw),
    ...(current ? { current: raw(current) } : {}),
  });
}

/** A plan name as stored: trimmed, control characters dropped, at most MAX_PLAN_NAME characters. */
export function cleanPlanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim().slice(0, MAX_PLAN_NAME).trim();
}

export interface PlanStoreOptions {
  now?: () => Date;
}

/** Opens the store in `storage` (null: storage unavailable; plans then last for the visit). */
export function openPlanStore(storage: Storage | null, options: PlanStoreOptions = {}): PlanStore {
  const now = options.now ?? (() => new Date());
  let failed = false;
  let text: string | null = null;
  try {
    text = storage?.getItem(PLAN_STORE_KEY) ?? null;
  } catch {
    failed = true;
  }
  const read = readPlanStore(text);
  let entries = read.entries;
  let current = read.current;
  let heldCurrent = read.heldCurrent;
  let problem: PlanStoreProblem | null = null;
  // A store that could not be kept aside is never written over (it would be lost).
  let writable = true;
  if (read.problem && text !== null) {
    const key = `${PLAN_STORE_DAMAGED_PREFIX}${now().toISOString()}`;
    let keptKey: string | null;
    try {
      storage?.setItem(key, text);
      keptKey = storage ? key : null;
    } catch {
      keptKey = null;
    }
    if (keptKey === null) writable = false;
    problem = { ...read.problem, keptKey };
  }

  function write(): boolean {
    if (!storage || !writable) {
      failed = true;
      return false;
    }
    try {
      storage.setItem(PLAN_STORE_KEY, serializePlanStore(entries, current ?? heldCurrent));
      return true;
    } catch {
      failed = true;
      return false;
    }
  }

  /** Held plans whose scenario is back (imported in the editor since) are read again. */
  function revive(): SavedPlan[] {
    if (entries.some(isHeld))
      entries = entries.map((entry) => {
        if (!isHeld(entry) || !findScenario(entry.scenarioId)) return entry;
        const again = readPlanStore(serializePlanStore([entry], null)).saved[0];
        return again ?? entry;
      });
    if (heldCurrent && findScenario(heldCurrent.scenarioId)) {
      const checked = checkPlannerPlan(heldCurrent.raw);
      if (checked.ok) {
        current ??= checked.plan;
        heldCurrent = null;
      }
    }
    return entries.filter((e): e is SavedPlan => !isHeld(e));
  }

  return {
    saved: () => revive(),
    savedFor: (scenarioId) => revive().filter((s) => s.plan.scenarioId === scenarioId),
    unknownScenarios() {
      revive();
      const held = new Map<string, HeldScenario>();
      for (const entry of entries) {
        if (!isHeld(entry)) continue;
        const at = held.get(entry.scenarioId) ?? { scenarioId: entry.scenarioId, plans: 0, current: false };
        at.plans += 1;
        held.set(entry.scenarioId, at);
      }
      if (heldCurrent) {
        const at = held.get(heldCurrent.scenarioId) ?? { scenarioId: heldCurrent.scenarioId, plans: 0, current: false };
        at.current = true;
        held.set(heldCurrent.scenarioId, at);
      }
      // A scenario that is back but whose plans no longer fit it is not "unknown": those stay held.
      return [...held.values()].filter((h) => !findScenario(h.scenarioId));
    },
    misfits() {
      revive();
      const held = [...entries.filter(isHeld), ...(heldCurrent ? [heldCurrent] : [])];
      return held
        .filter((entry) => findScenario(entry.scenarioId))
        .map((entry) => {
          const raw = isRecord(entry.raw) && 'plan' in entry.raw ? entry.raw.plan : entry.raw;
          const checked = checkPlannerPlan(raw);
          return { scenarioId: entry.scenarioId, name: entry.name, problems: checked.ok ? [] : checked.problems };
        });
    },
    current: () => {
      revive();
      return current;
    },
    problem: () => problem,
    storageFailed: () => failed,
    save(rawName, plan) {
      const name = cleanPlanName(rawName);
      if (!name) return { ok: false, reason: 'name' };
      const saved = revive();
      const same = (s: SavedPlan) => s.plan.scenarioId === plan.scenarioId && s.name === name;
      const replaced = saved.some(same);
      if (!replaced && saved.filter((s) => s.plan.scenarioId === plan.scenarioId).length >= MAX_SAVED_PER_SCENARIO)
        return { ok: false, reason: 'limit' };
      const entry: SavedPlan = { name, savedAt: now().toISOString(), plan };
      entries = replaced ? entries.map((s) => (!isHeld(s) && same(s) ? entry : s)) : [...entries, entry];
      return { ok: true, replaced, persisted: write() };
    },
    remove(scenarioId, name) {
      entries = entries.filter((s) => isHeld(s) || !(s.plan.scenarioId === scenarioId && s.name === name));
      write();
    },
    setCurrent(plan) {
      if (current && samePlan(current, plan)) return;
      current = plan;
      heldCurrent = null;
      write();
    },
  };
}
