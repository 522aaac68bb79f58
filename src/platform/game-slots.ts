// Saved games in the browser's storage: each game in its own slot, and a small index for the list.
//
//   cpl:game:<id>           one game: a save (save-format.ts), exactly as serializeSave wrote it; or a
//                           refused import kept aside for download
//   cpl:games               the index (GAMES_INDEX_FORMAT, v1): for each slot its size, the cluster, the
//                           year reached, when it was last played, and why it does not load once known
//   cpl:quarantine:<time>   a save or file earlier versions could not load, as it was: listed as damaged
//   cpl:autosave            the single save of earlier versions: moved into a slot on first load
//
// The slots are the truth and the index only a summary of them: a missing or damaged index, or an
// entry whose size differs from its slot (changed elsewhere), is rebuilt from the slot's text, so
// nothing depends on the index being right. Nothing here replaces a game: a new game, a copy and an
// import each get a new slot, and a slot goes only when the player deletes it. At most
// MAX_SAVED_GAMES are kept; adding one more is refused (the player chooses what to delete), never
// pruned. A write the storage refuses (full, blocked) is reported to the caller, which keeps the
// game in memory.
import { z } from 'zod';
import type { GameSnapshot } from '../flow';
import { ReplayError, replayGame, SAVE_PHASES, type SaveData } from '../flow/replay';
import { escapeControl } from '../scenario/errors';
import { parseSaveText, SaveFormatError, serializeSave } from './save-format';

export const GAME_PREFIX = 'cpl:game:';
export const INDEX_KEY = 'cpl:games';
export const QUARANTINE_PREFIX = 'cpl:quarantine:';
export const LEGACY_AUTOSAVE_KEY = 'cpl:autosave';
export const GAMES_INDEX_FORMAT = 'cluster-policy-lab/games';
export const GAMES_INDEX_VERSION = 1;
/** The most saved games (damaged ones included) this browser keeps; past that the player deletes one. */
export const MAX_SAVED_GAMES = 20;

/** What the list shows of a game, read from its save (no replay). */
export interface GameSummary {
  /** The cluster's short name ("Sialkot"). */
  cluster: string;
  scenarioId: string;
  startYear: number;
  /** The year on screen, as the HUD shows it: the one being planned, or the one just played. */
  year: number;
  /** That year's place in the term (1 = the first year). */
  termYear: number;
  yearsPlayed: number;
  termYears: number;
  phase: (typeof SAVE_PHASES)[number];
  /** A workshop team's game: its session code and team name (for the list of teams on this device). */
  workshop?: { sessionCode: string; teamName: string };
}

export interface SavedGame {
  kind: 'game';
  /** The storage key: also the game's id for locks and the tab's memory. */
  key: string;
  /** When it was last written, ISO 8601. */
  lastPlayed: string;
  chars: number;
  summary: GameSummary;
}

export interface DamagedSave {
  kind: 'damaged';
  key: string;
  /** When it was last written or kept aside, ISO 8601, when known. */
  keptAt: string | null;
  chars: number;
  /** Why it does not load, one line without a final full stop. */
  reason: string;
  /** The cluster named inside it, when it can still be read. */
  cluster: string | null;
  /** The file it was imported from, for a refused import. */
  source: string | null;
}

export type SavedEntry = SavedGame | DamagedSave;

/** Why an add or a write did not happen: too many games, storage full, or storage blocked. */
export type StoreProblem = 'limit' | 'full' | 'blocked';

export type AddResult = { ok: true; key: string } | { ok: false; problem: StoreProblem; error?: unknown };
export type WriteResult = { ok: true } | { ok: false; problem: Exclude<StoreProblem, 'limit'>; error: unknown };
export type SlotLoad = { ok: true; snapshot: GameSnapshot; save: SaveData } | { ok: false; reason: string };

export interface GameStoreOptions {
  /** The clock, for ids and times (tests pin it). */
  now?: () => Date;
  /** A new random id part (tests pin it). */
  randomId?: () => string;
  /** The most entries kept (tests lower it). */
  maxGames?: number;
}

export interface GameStore {
  /** Every saved game and damaged save, the most recently played first. */
  list(): SavedEntry[];
  /** The game played last (not a damaged one), or null. */
  mostRecent(): SavedGame | null;
  /** The stored text of a slot, exactly as it is; null when it is gone. */
  text(key: string): string | null;
  /** Reads and replays a slot. A slot that fails is marked damaged with the reason (and kept). */
  load(key: string): SlotLoad;
  /** Adds a new game in a new slot. */
  add(save: SaveData): AddResult;
  /** Writes an existing slot (the caller holds it). */
  write(key: string, save: SaveData): WriteResult;
  /** Keeps a file that could not be loaded, in a new slot, for download. */
  keepDamaged(text: string, reason: string, source: string): AddResult;
  /** A new slot holding the same game as `key` (Open a copy). */
  copy(key: string): AddResult;
  /** Deletes a slot (game or damaged). */
  remove(key: string): void;
  /** Whether one more entry may be added (MAX_SAVED_GAMES). */
  hasRoom(): boolean;
  /** Bytes the saves take in storage (UTF-16: two per character, keys included). */
  usageBytes(): number;
  readonly maxGames: number;
}

/** Raised by the Storage when it cannot write; split into "full" and everything else (blocked). */
export function storageProblemOf(error: unknown): Exclude<StoreProblem, 'limit'> {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const code = (error as { code?: unknown } | null)?.code;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
    ? 'full'
    : 'blocked';
}

/** A short reason for a load failure, without a trailing full stop. */
export function loadProblemOf(error: unknown): string {
  let text: string;
  if (error instanceof SaveFormatError || error instanceof ReplayError) text = error.message;
  else text = `the game could not be replayed (${error instanceof Error ? error.message : String(error)})`;
  return escapeControl(text).replace(/[.\s]+$/, '');
}

export function isSaveKey(key: string): boolean {
  return key.startsWith(GAME_PREFIX) || key.startsWith(QUARANTINE_PREFIX) || key === LEGACY_AUTOSAVE_KEY;
}

export function summaryOf(save: SaveData): GameSummary {
  const played = save.log.length;
  // As the HUD counts (src/view/hud.ts): in planning, the year about to be played.
  const termYear = save.phase === 'planning' || save.phase === 'briefing' ? played + 1 : played;
  return {
    cluster: save.scenario.shortName,
    scenarioId: save.scenario.id,
    startYear: save.scenario.startYear,
    year: save.scenario.startYear + termYear,
    termYear,
    yearsPlayed: played,
    termYears: save.termYears,
    phase: save.phase,
    ...(save.workshop
      ? { workshop: { sessionCode: save.workshop.sessionCode, teamName: save.workshop.teamName } }
      : {}),
  };
}

const isoTime = z.iso.datetime({ offset: true });
const shortText = z.string().max(500);

const summarySchema = z.strictObject({
  cluster: z.string().max(200),
  scenarioId: z.string().max(200),
  startYear: z.number().int(),
  year: z.number().int(),
  termYear: z.number().int().min(0),
  yearsPlayed: z.number().int().min(0),
  termYears: z.number().int().min(1),
  phase: z.enum(SAVE_PHASES),
  workshop: z.strictObject({ sessionCode: z.string().max(100), teamName: z.string().max(100) }).optional(),
});

const indexEntrySchema = z.strictObject({
  key: z.string().max(300),
  chars: z.number().int().min(0),
  lastPlayed: isoTime.optional(),
  summary: summarySchema.optional(),
  damaged: shortText.optional(),
  cluster: shortText.optional(),
  source: shortText.optional(),
});

const indexSchema = z.strictObject({
  format: z.literal(GAMES_INDEX_FORMAT),
  version: z.literal(GAMES_INDEX_VERSION),
  entries: z.array(indexEntrySchema).max(10_000),
});

type IndexEntry = z.infer<typeof indexEntrySchema>;

/** What the index knows of a slot's text, worked out from the text itself (a parse, no replay). */
function describeText(key: string, text: string, known: IndexEntry | undefined): IndexEntry {
  const base: IndexEntry = { key, chars: text.length, ...(known?.source ? { source: known.source } : {}) };
  try {
    const save = parseSaveText(text);
    return { ...base, lastPlayed: save.savedAt, summary: summaryOf(save) };
  } catch (error) {
    const cluster = clusterNamedIn(text);
    return {
      ...base,
      damaged: loadProblemOf(error),
      ...(cluster ? { cluster } : {}),
      ...(keptAtOf(key) ? { lastPlayed: keptAtOf(key)! } : {}),
    };
  }
}

/** The cluster a damaged save names, when its JSON still reads ("Sialkot"), made safe to show. */
function clusterNamedIn(text: string): string | null {
  try {
    const data = JSON.parse(text) as { scenario?: { shortName?: unknown } } | null;
    const name = data?.scenario?.shortName;
    return typeof name === 'string' && name.trim() ? escapeControl(name.trim()).slice(0, 80) : null;
  } catch {
    return null;
  }
}

/** The time in a quarantine key ("cpl:quarantine:2025-01-01T00:00:00.000Z"), when it is one. */
function keptAtOf(key: string): string | null {
  if (!key.startsWith(QUARANTINE_PREFIX)) return null;
  const time = key.slice(QUARANTINE_PREFIX.length);
  return isoTime.safeParse(time).success ? time : null;
}

function byRecentFirst(a: SavedEntry, b: SavedEntry): number {
  const time = (e: SavedEntry) => (e.kind === 'game' ? e.lastPlayed : (e.keptAt ?? ''));
  const ta = time(a);
  const tb = time(b);
  if (ta !== tb) return ta < tb ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function defaultRandomId(): string {
  return Math.random().toString(36).slice(2, 8).padEnd(6, '0');
}

export function createGameStore(storage: Storage, options: GameStoreOptions = {}): GameStore {
  const now = options.now ?? (() => new Date());
  const randomId = options.randomId ?? defaultRandomId;
  const maxGames = options.maxGames ?? MAX_SAVED_GAMES;

  function read(key: string): string | null {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  }

  function write(key: string, text: string): WriteResult {
    try {
      storage.setItem(key, text);
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: storageProblemOf(error), error };
    }
  }

  function storedKeys(): string[] {
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
    } catch {
      // Storage that cannot be read holds no saves we can list.
    }
    return keys;
  }

  function readIndex(): Map<string, IndexEntry> {
    const text = read(INDEX_KEY);
    if (text === null) return new Map();
    try {
      const parsed = indexSchema.safeParse(JSON.parse(text));
      if (parsed.success) return new Map(parsed.data.entries.map((entry) => [entry.key, entry]));
    } catch {
      // A damaged index is rebuilt from the slots.
    }
    return new Map();
  }

  /** Writes the index; a failure is harmless (the next list rebuilds what it lacks). */
  function writeIndex(entries: Map<string, IndexEntry>): void {
    const index = { format: GAMES_INDEX_FORMAT, version: GAMES_INDEX_VERSION, entries: [...entries.values()] };
    write(INDEX_KEY, JSON.stringify(index));
  }

  function updateIndex(change: (entries: Map<string, IndexEntry>) => void): void {
    const entries = readIndex();
    change(entries);
    writeIndex(entries);
  }

  /** A key no slot uses yet: the time and a random part. */
  function newKey(): string {
    const taken = new Set(storedKeys());
    for (;;) {
      const key = `${GAME_PREFIX}${now().getTime().toString(36)}-${randomId()}`;
      if (!taken.has(key)) return key;
    }
  }

  /** Every save key with its text and index entry, the index brought up to date with the slots. */
  function scan(): { key: string; text: string; entry: IndexEntry }[] {
    const index = readIndex();
    const found: { key: string; text: string; entry: IndexEntry }[] = [];
    let changed = false;
    for (const key of storedKeys()) {
      if (!isSaveKey(key)) continue;
      const text = read(key);
      if (text === null) continue;
      let entry = index.get(key);
      if (!entry || entry.chars !== text.length) {
        entry = describeText(key, text, entry);
        changed = true;
      }
      found.push({ key, text, entry });
    }
    if (changed || index.size !== found.length) writeIndex(new Map(found.map((f) => [f.key, f.entry])));
    return found;
  }

  function entryOf(key: string, entry: IndexEntry): SavedEntry {
    if (entry.summary && entry.damaged === undefined && entry.lastPlayed) {
      return { kind: 'game', key, lastPlayed: entry.lastPlayed, chars: entry.chars, summary: entry.summary };
    }
    return {
      kind: 'damaged',
      key,
      keptAt: entry.lastPlayed ?? null,
      chars: entry.chars,
      reason: entry.damaged ?? 'the save could not be read',
      cluster: entry.cluster ?? entry.summary?.cluster ?? null,
      source: entry.source ?? null,
    };
  }

  function list(): SavedEntry[] {
    return scan()
      .map(({ key, entry }) => entryOf(key, entry))
      .sort(byRecentFirst);
  }

  function hasRoom(): boolean {
    return storedKeys().filter(isSaveKey).length < maxGames;
  }

  function addText(text: string, entry: Omit<IndexEntry, 'key' | 'chars'>): AddResult {
    if (!hasRoom()) return { ok: false, problem: 'limit' };
    const key = newKey();
    const result = write(key, text);
    if (!result.ok) return result;
    updateIndex((entries) => entries.set(key, { key, chars: text.length, ...entry }));
    return { ok: true, key };
  }

  /** Moves the single save of earlier versions into a slot; left where it is if storage will not take the copy. */
  function migrateLegacyAutosave(): void {
    const text = read(LEGACY_AUTOSAVE_KEY);
    if (text === null) return;
    const key = newKey();
    if (!write(key, text).ok) return;
    const entry = describeText(key, text, undefined);
    try {
      storage.removeItem(LEGACY_AUTOSAVE_KEY);
    } catch {
      // Both copies stay: the list shows the slot and the old key; nothing is lost.
    }
    updateIndex((entries) => {
      entries.delete(LEGACY_AUTOSAVE_KEY);
      entries.set(key, entry);
    });
  }

  migrateLegacyAutosave();

  return {
    maxGames,
    list,

    mostRecent() {
      return list().find((entry): entry is SavedGame => entry.kind === 'game') ?? null;
    },

    text: read,

    load(key) {
      const text = read(key);
      if (text === null) return { ok: false, reason: 'the saved game is no longer in this browser' };
      try {
        const save = parseSaveText(text);
        const snapshot = replayGame(save);
        // A slot once marked damaged that loads now (a newer version reads it) is a game again.
        if (readIndex().get(key)?.damaged !== undefined) {
          updateIndex((entries) => entries.set(key, describeText(key, text, undefined)));
        }
        return { ok: true, save, snapshot };
      } catch (error) {
        const reason = loadProblemOf(error);
        updateIndex((entries) => {
          const known = entries.get(key) ?? describeText(key, text, undefined);
          entries.set(key, { ...known, chars: text.length, damaged: reason });
        });
        return { ok: false, reason };
      }
    },

    add(save) {
      return addText(serializeSave(save), { lastPlayed: save.savedAt, summary: summaryOf(save) });
    },

    write(key, save) {
      const text = serializeSave(save);
      const result = write(key, text);
      if (result.ok) {
        updateIndex((entries) =>
          entries.set(key, { key, chars: text.length, lastPlayed: save.savedAt, summary: summaryOf(save) }),
        );
      }
      return result;
    },

    keepDamaged(text, reason, source) {
      const cluster = clusterNamedIn(text);
      return addText(text, {
        lastPlayed: now().toISOString(),
        damaged: reason,
        source: escapeControl(source).slice(0, 200),
        ...(cluster ? { cluster } : {}),
      });
    },

    copy(key) {
      const text = read(key);
      if (text === null) return { ok: false, problem: 'blocked' };
      const { lastPlayed, summary, damaged, cluster, source } = describeText(key, text, undefined);
      return addText(text, { lastPlayed, summary, damaged, cluster, source });
    },

    remove(key) {
      try {
        storage.removeItem(key);
      } catch {
        // Storage that cannot be written cannot be cleaned either; the entry stays listed.
      }
      updateIndex((entries) => entries.delete(key));
    },

    hasRoom,

    usageBytes() {
      let chars = 0;
      for (const key of storedKeys()) {
        if (!isSaveKey(key) && key !== INDEX_KEY) continue;
        chars += key.length + (read(key)?.length ?? 0);
      }
      return chars * 2;
    },
  };
}
