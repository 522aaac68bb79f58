// Saves in the browser's storage: one autosave slot, written whenever the game advances, and
// damaged saves kept aside (never deleted) so the player can download them.
//
//   cpl:autosave                  the current game (a v1 save, see save-format.ts)
//   cpl:quarantine:<ISO time>     a save or imported file that could not be loaded, exactly as it was
//
// Loading is a replay of the log (src/flow/replay.ts). A save that does not parse, validate or
// replay is moved to quarantine, the autosave is cleared so a fresh game can start, and the
// player gets a message naming the problem. Storage that refuses to write (full, private mode)
// is reported once and never stops the game.
import { yearsPlayed, type GameSnapshot } from '../flow';
import { phaseOf, ReplayError, replayGame, saveFromSnapshot } from '../flow/replay';
import { MAX_SAVE_CHARS, parseSaveText, SaveFormatError, serializeSave } from './save-format';
import { translateProblems } from './problem-text';

export const AUTOSAVE_KEY = 'cpl:autosave';
export const QUARANTINE_PREFIX = 'cpl:quarantine:';

export type LoadResult = { ok: true; snapshot: GameSnapshot } | { ok: false; message: string } | null;

export interface QuarantinedSave {
  /** The storage key (or a session-only id when storage refused to keep it). */
  key: string;
  /** When it was set aside, ISO 8601. */
  keptAt: string;
  /** The data exactly as it was found. */
  text: string;
}

export interface ExportedSave {
  filename: string;
  text: string;
}

export interface SaveManagerOptions {
  /** Translates a message template with {placeholders} (the UI's t()); English by default. */
  translate?: (text: string, params?: Record<string, string | number>) => string;
  /** The clock, for savedAt and quarantine keys (tests pin it). */
  now?: () => Date;
  /** Where to log a storage problem for developers (once). Defaults to console.warn. */
  warn?: (message: string, error: unknown) => void;
}

export interface SaveManager {
  /** Writes the game when it has advanced (a new year, a new phase); not on every slider move. */
  autosave(snapshot: GameSnapshot): void;
  /** Writes the game now, the planning draft included (before quitting, when the page is hidden). */
  flush(snapshot: GameSnapshot): void;
  /** The autosaved game; null when there is none; a message when it could not be loaded. */
  loadLatest(): LoadResult;
  hasSave(): boolean;
  /** Removes the autosave (damaged saves are kept). */
  clear(): void;
  /** Saves and files that could not be loaded, oldest first. */
  quarantined(): QuarantinedSave[];
  /** The current game as a file to download; null when there is no game. */
  exportCurrent(snapshot: GameSnapshot): ExportedSave | null;
  /** Loads a save file's text; on success it becomes the autosave, on failure it is kept aside. */
  importText(text: string, source: string): Exclude<LoadResult, null>;
  /** Why saving is not working in this browser, or null. */
  storageProblem(): string | null;
  /** Called when the saves change (a save kept aside, storage failing); returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

function defaultTranslate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** "cluster-policy-lab-sialkot-2004.json": the cluster's short name and the game's current year. */
export function exportFilename(snapshot: GameSnapshot): string {
  const scenario = snapshot.context.scenario;
  if (!scenario) return 'cluster-policy-lab.json';
  const slug =
    scenario.shortName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || scenario.id;
  return `cluster-policy-lab-${slug}-${scenario.startYear + yearsPlayed(snapshot.context)}.json`;
}

/** A short reason for a load failure, without a trailing full stop. */
function problemOf(error: unknown): string {
  let text: string;
  if (error instanceof SaveFormatError || error instanceof ReplayError) text = error.message;
  else text = `the game could not be replayed (${error instanceof Error ? error.message : String(error)})`;
  return text.replace(/[.\s]+$/, '');
}

/** What decides an autosave: a write happens only when this changes. */
function progressKey(snapshot: GameSnapshot): string | null {
  const { scenario, seed, log } = snapshot.context;
  const phase = phaseOf(snapshot);
  if (!scenario || phase === 'title' || phase === 'resolving' || phase === 'briefing') return null;
  const lastEvent = log[log.length - 1]?.event;
  return [scenario.id, seed, phase, log.length, lastEvent ? `${lastEvent.eventId}/${lastEvent.choiceId}` : ''].join(
    '|',
  );
}

export function createSaveManager(storage: Storage, options: SaveManagerOptions = {}): SaveManager {
  const t = options.translate ?? defaultTranslate;
  const now = options.now ?? (() => new Date());
  const warn = options.warn ?? ((message: string, error: unknown) => console.warn(message, error));
  const listeners = new Set<() => void>();
  /** Damaged saves storage would not keep: held for this session so they can still be downloaded. */
  const heldInMemory: QuarantinedSave[] = [];
  let lastWritten: string | null = null;
  let problem: string | null = null;
  let reported = false;

  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        warn('A save listener failed', error);
      }
    }
  };

  function storageFailed(error: unknown): void {
    const name = error instanceof Error && error.name ? error.name : 'error';
    problem = t(
      'This browser is not keeping your game ({reason}: storage is full or blocked, as in private browsing). Use Export save to keep a copy as a file.',
      { reason: name },
    );
    if (!reported) {
      reported = true;
      warn('Cluster Policy Lab: browser storage failed', error);
      notify();
    }
  }

  /** storage.getItem, or null when storage cannot be read. */
  function read(key: string): string | null {
    try {
      return storage.getItem(key);
    } catch (error) {
      storageFailed(error);
      return null;
    }
  }

  function write(key: string, text: string): boolean {
    try {
      storage.setItem(key, text);
      problem = null;
      return true;
    } catch (error) {
      storageFailed(error);
      return false;
    }
  }

  function remove(key: string): void {
    try {
      storage.removeItem(key);
    } catch (error) {
      storageFailed(error);
    }
  }

  function storedKeys(): string[] {
    const keys: string[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) keys.push(key);
      }
    } catch (error) {
      storageFailed(error);
    }
    return keys;
  }

  /** A free quarantine key: the current time, moved on by a millisecond while taken. */
  function quarantineKey(): string {
    const taken = new Set([...storedKeys(), ...heldInMemory.map((q) => q.key)]);
    let time = now().getTime();
    while (taken.has(QUARANTINE_PREFIX + new Date(time).toISOString())) time += 1;
    return QUARANTINE_PREFIX + new Date(time).toISOString();
  }

  /**
   * Keeps bad data aside, exactly as it was. When it comes from the autosave it is moved: the
   * autosave is removed first (freeing the space for the copy) and put back if the copy fails.
   */
  function quarantine(text: string, fromAutosave: boolean): void {
    const key = quarantineKey();
    if (fromAutosave) remove(AUTOSAVE_KEY);
    if (!write(key, text)) {
      // Storage would not take the copy: hold it for this session (it can still be downloaded) and
      // put it back where it was, so nothing is lost if the page closes.
      heldInMemory.push({ key, keptAt: key.slice(QUARANTINE_PREFIX.length), text });
      if (fromAutosave) write(AUTOSAVE_KEY, text);
    }
    lastWritten = null;
    notify();
  }

  function writeSave(snapshot: GameSnapshot): void {
    const save = saveFromSnapshot(snapshot, now());
    if (!save) return;
    if (write(AUTOSAVE_KEY, serializeSave(save))) lastWritten = progressKey(snapshot);
  }

  function load(text: string): { ok: true; snapshot: GameSnapshot } | { ok: false; problem: string } {
    try {
      const snapshot = replayGame(parseSaveText(text));
      return { ok: true, snapshot };
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
  }

  return {
    autosave(snapshot) {
      const key = progressKey(snapshot);
      if (phaseOf(snapshot) === 'title') {
        // Quitting resets the machine to an empty title state: that is not a game to save, and the
        // game that was quit stays saved so Continue resumes it.
        lastWritten = null;
        return;
      }
      if (key === null || key === lastWritten) return;
      writeSave(snapshot);
    },

    flush(snapshot) {
      if (phaseOf(snapshot) === 'title' || phaseOf(snapshot) === 'resolving') return;
      writeSave(snapshot);
    },

    loadLatest() {
      const text = read(AUTOSAVE_KEY);
      if (text === null) return null;
      const result = load(text);
      if (result.ok) return result;
      quarantine(text, true);
      return {
        ok: false,
        message: t(
          'The saved game could not be loaded: {problem}. It was kept as a file you can download; a fresh game starts.',
          {
            problem: translateProblems(result.problem, t),
          },
        ),
      };
    },

    hasSave() {
      return read(AUTOSAVE_KEY) !== null;
    },

    clear() {
      remove(AUTOSAVE_KEY);
      lastWritten = null;
      notify();
    },

    quarantined() {
      const stored: QuarantinedSave[] = [];
      for (const key of storedKeys()) {
        if (!key.startsWith(QUARANTINE_PREFIX)) continue;
        const text = read(key);
        if (text !== null) stored.push({ key, keptAt: key.slice(QUARANTINE_PREFIX.length), text });
      }
      return [...stored, ...heldInMemory].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },

    exportCurrent(snapshot) {
      const save = saveFromSnapshot(snapshot, now());
      if (!save) return null;
      return { filename: exportFilename(snapshot), text: serializeSave(save, true) };
    },

    importText(text, source) {
      const result = load(text);
      if (result.ok) {
        writeSave(result.snapshot);
        return result;
      }
      // The player still has the file, but keep what was read so it can be looked at later; a file
      // too large for a save would only fill the storage, so that one is not copied.
      if (text.length <= MAX_SAVE_CHARS) quarantine(text, false);
      return {
        ok: false,
        message: t('"{source}" could not be loaded: {problem}. Your current game is unchanged.', {
          source,
          problem: translateProblems(result.problem, t),
        }),
      };
    },

    storageProblem() {
      return problem;
    },

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
