// The game this tab plays and where it is saved: one slot per game (game-slots.ts), written when
// the game advances, only while this tab holds it (game-lock.ts).
//
// A game gets its slot when it first reaches a saved phase (the first year's planning): a new game
// from the map, a link or an import always gets a new slot, so nothing replaces a saved game. A
// game continued from the list is attached to its slot by the caller, once it holds it. When
// storage refuses a write (full, blocked) or there are already MAX_SAVED_GAMES games, the game goes
// on in memory, the player is told why and can export it, and the next advance tries again. When
// another tab takes the game over, this one stops writing it (state "moved").
//
// sessionStorage remembers the slot this tab has open (TAB_GAME_KEY), so a reload resumes it.
import { yearsPlayed, type GameSnapshot } from '../flow';
import { phaseOf, replayGame, saveFromSnapshot, type SaveData } from '../flow/replay';
import {
  createGameStore,
  loadProblemOf,
  type GameStore,
  type GameStoreOptions,
  type SavedEntry,
  type SavedGame,
  type StoreProblem,
} from './game-slots';
import { createTabLocks, type TabLocks } from './game-lock';
import { MAX_SAVE_CHARS, parseSaveText, serializeSave } from './save-format';
import { translateProblems } from './problem-text';

export const TAB_GAME_KEY = 'cpl:tab-game';

export type SaveState =
  /** No game in this tab. */
  | { kind: 'none' }
  /** This tab writes the game to `key`. */
  | { kind: 'saving'; key: string }
  /** The game is kept in memory only (`key` null: it has no slot yet). */
  | { kind: 'unsaved'; key: string | null; problem: StoreProblem }
  /** Another tab took the game over: this one no longer writes it. */
  | { kind: 'moved'; key: string };

export interface ExportedSave {
  filename: string;
  text: string;
}

export type OpenResult = { ok: true; snapshot: GameSnapshot } | { ok: false; message: string };
export type ImportResult =
  | { ok: true; snapshot: GameSnapshot; key: string | null; message: string | null }
  | { ok: false; message: string };

export interface SaveManagerOptions {
  /** Translates a message template with {placeholders} (the UI's t()); English by default. */
  translate?: (text: string, params?: Record<string, string | number>) => string;
  /** The clock, for savedAt and ids (tests pin it). */
  now?: () => Date;
  /** Where to log a storage problem for developers (once). Defaults to console.warn. */
  warn?: (message: string, error: unknown) => void;
  /** Which tab may write which game; by default this tab alone (no other tab is asked). */
  locks?: TabLocks;
  /** This tab's memory (sessionStorage), for the game it has open. */
  session?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  store?: Omit<GameStoreOptions, 'now'>;
}

export interface SaveManager {
  readonly store: GameStore;
  readonly locks: TabLocks;
  /** Saved games and damaged saves, the most recently played first. */
  list(): SavedEntry[];
  /** The game played last (what Continue resumes), or null. */
  mostRecent(): SavedGame | null;
  state(): SaveState;
  /** The slot this tab had open before a reload, if any. */
  tabGame(): string | null;
  /** Reads and replays a slot, with a message for the player when it cannot be loaded. */
  open(key: string): OpenResult;
  /** This tab now plays the game in `key` (it holds it); `snapshot` is the game as loaded. */
  attach(key: string, snapshot: GameSnapshot): void;
  /** Plays an imported or restored game that storage could not keep (in memory only). */
  attachUnsaved(problem: StoreProblem): void;
  /** The game in this tab is closed: the slot is given up and the next game gets a new one. */
  detach(): void;
  /** Writes the game when it has advanced (a new year, a new phase); not on every slider move. */
  autosave(snapshot: GameSnapshot): void;
  /** Writes the game now, the planning draft included (before quitting, when the page is hidden). */
  flush(snapshot: GameSnapshot): void;
  /** The current game as a file to download; null when there is no game. */
  exportCurrent(snapshot: GameSnapshot): ExportedSave | null;
  /** A saved game (indented) or a damaged save (as it is) as a file to download. */
  exportEntry(key: string): ExportedSave | null;
  /** Loads a save file's text into a new slot; a file that cannot be loaded is kept aside. */
  importText(text: string, source: string): ImportResult;
  /** Deletes a saved game or a damaged save (the caller made sure no other tab plays it). */
  remove(key: string): void;
  /** Whether a new game can get a slot (fewer than the most games kept). */
  hasRoom(): boolean;
  usageBytes(): number;
  /** Why this game is not being saved, or null. */
  storageProblem(): string | null;
  /** Why the last write failed ('full', 'blocked', 'limit'), until a write succeeds or a save is deleted. */
  lastProblem(): StoreProblem | null;
  /** Called when the saves or the state change; returns an unsubscribe. */
  onChange(listener: () => void): () => void;
}

function defaultTranslate(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function slugOf(name: string, fallback: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || fallback
  );
}

/** "cluster-policy-lab-sialkot-2004.json": the cluster's short name and the game's current year. */
export function exportFilename(snapshot: GameSnapshot): string {
  const scenario = snapshot.context.scenario;
  if (!scenario) return 'cluster-policy-lab.json';
  return `cluster-policy-lab-${slugOf(scenario.shortName, scenario.id)}-${scenario.startYear + yearsPlayed(snapshot.context)}.json`;
}

/** "cluster-policy-lab-damaged-2025-01-01T10-00-00-000Z.json" (or the key's id when the time is unknown). */
export function damagedFilename(key: string, keptAt: string | null): string {
  const stamp = (keptAt ?? key.replace(/^cpl:(game|quarantine):/, '')).replace(/[^0-9A-Za-z]+/g, '-').replace(/-+$/, '');
  return `cluster-policy-lab-damaged-${stamp}.json`;
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
  const locks = options.locks ?? createTabLocks({ tabId: 'this-tab', storage });
  const session = options.session ?? null;
  const store = createGameStore(storage, { ...options.store, now });
  const listeners = new Set<() => void>();
  let state: SaveState = { kind: 'none' };
  let lastWritten: string | null = null;
  /** The newest snapshot seen, written when another tab takes the game over. */
  let latest: GameSnapshot | null = null;
  /** The savedAt of this tab's last write, handed to a tab that takes the game over. */
  let lastSavedAt: string | null = null;
  let warned = false;
  let lastProblem: StoreProblem | null = null;

  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        warn('A save listener failed', error);
      }
    }
  };

  function remember(key: string | null): void {
    try {
      if (key === null) session?.removeItem(TAB_GAME_KEY);
      else session?.setItem(TAB_GAME_KEY, key);
    } catch {
      // Without sessionStorage a reload shows the title; the game is still in the list.
    }
  }

  function setState(next: SaveState): void {
    const before = JSON.stringify(state);
    state = next;
    remember(next.kind === 'saving' || (next.kind === 'unsaved' && next.key) ? next.key : null);
    if (JSON.stringify(next) !== before) notify();
  }

  function failed(key: string | null, problem: StoreProblem, error: unknown): void {
    if (!warned && problem !== 'limit') {
      warned = true;
      warn('Cluster Policy Lab: browser storage failed', error);
    }
    lastProblem = problem;
    setState({ kind: 'unsaved', key, problem });
  }

  function writeSnapshot(snapshot: GameSnapshot): void {
    if (state.kind === 'moved') return;
    const save = saveFromSnapshot(snapshot, now());
    if (!save) return;
    const key = state.kind === 'saving' || state.kind === 'unsaved' ? state.key : null;
    if (key === null) {
      const added = store.add(save);
      if (!added.ok) {
        failed(null, added.problem, added.error);
        return;
      }
      locks.claimNew(added.key);
      lastSavedAt = save.savedAt;
      lastProblem = null;
      lastWritten = progressKey(snapshot);
      setState({ kind: 'saving', key: added.key });
      return;
    }
    if (!locks.mayWrite(key)) {
      setState({ kind: 'moved', key });
      return;
    }
    const written = store.write(key, save);
    if (!written.ok) {
      failed(key, written.problem, written.error);
      return;
    }
    lastSavedAt = save.savedAt;
    lastProblem = null;
    lastWritten = progressKey(snapshot);
    setState({ kind: 'saving', key });
  }

  locks.onHandOver((key) => {
    // Another tab is taking this game: write the last state (the draft too) before letting it go.
    if ((state.kind === 'saving' || state.kind === 'unsaved') && state.key === key) {
      if (latest) writeSnapshot(latest);
      return lastSavedAt;
    }
    return null;
  });
  locks.onLost((key) => {
    if ((state.kind === 'saving' || state.kind === 'unsaved') && state.key === key) setState({ kind: 'moved', key });
  });

  function problemMessage(problem: StoreProblem): string {
    switch (problem) {
      case 'full':
        return t(
          'Storage in this browser is full, so this game is not being saved. It stays open in this tab: use Export save to keep it as a file, and delete saved games you no longer need.',
        );
      case 'limit':
        return t(
          'There are already {max} saved games in this browser, the most it keeps, so this game is not being saved. Use Export save to keep it as a file, and delete a saved game you no longer need.',
          { max: store.maxGames },
        );
      default:
        return t(
          'This browser is not keeping your game (storage is blocked, as in private browsing). Use Export save to keep a copy as a file.',
        );
    }
  }

  function detach(): void {
    if (state.kind === 'none') {
      remember(null);
      return;
    }
    if (state.kind !== 'moved' && state.key) locks.release(state.key);
    latest = null;
    lastWritten = null;
    setState({ kind: 'none' });
  }

  function toFile(save: SaveData): string {
    return serializeSave(save, true);
  }

  return {
    store,
    locks,
    list: () => store.list(),
    mostRecent: () => store.mostRecent(),
    state: () => state,

    tabGame() {
      try {
        return session?.getItem(TAB_GAME_KEY) ?? null;
      } catch {
        return null;
      }
    },

    open(key) {
      const result = store.load(key);
      notify();
      if (result.ok) return { ok: true, snapshot: result.snapshot };
      return {
        ok: false,
        message: t(
          'This saved game could not be loaded: {problem}. It stays in the list of saved games, where you can download or delete it.',
          { problem: translateProblems(result.reason, t) },
        ),
      };
    },

    attach(key, snapshot) {
      latest = snapshot;
      lastSavedAt = null;
      lastWritten = progressKey(snapshot);
      setState({ kind: 'saving', key });
    },

    attachUnsaved(problem) {
      lastWritten = null;
      setState({ kind: 'unsaved', key: null, problem });
    },

    detach,

    autosave(snapshot) {
      if (phaseOf(snapshot) === 'title') {
        // Quitting resets the machine to an empty title state: the game that was quit stays saved,
        // and the next game gets a slot of its own.
        detach();
        return;
      }
      latest = snapshot;
      const key = progressKey(snapshot);
      if (key === null || key === lastWritten) return;
      writeSnapshot(snapshot);
    },

    flush(snapshot) {
      const phase = phaseOf(snapshot);
      if (phase === 'title' || phase === 'resolving' || phase === 'briefing') return;
      latest = snapshot;
      writeSnapshot(snapshot);
    },

    exportCurrent(snapshot) {
      const save = saveFromSnapshot(snapshot, now());
      if (!save) return null;
      return { filename: exportFilename(snapshot), text: toFile(save) };
    },

    exportEntry(key) {
      const entry = store.list().find((e) => e.key === key);
      const text = store.text(key);
      if (!entry || text === null) return null;
      if (entry.kind === 'damaged') return { filename: damagedFilename(key, entry.keptAt), text };
      try {
        const save = parseSaveText(text);
        const { cluster, scenarioId, startYear, yearsPlayed: played } = entry.summary;
        // Named like Export save names the running game (exportFilename).
        return { filename: `cluster-policy-lab-${slugOf(cluster, scenarioId)}-${startYear + played}.json`, text: toFile(save) };
      } catch {
        return { filename: damagedFilename(key, entry.lastPlayed), text };
      }
    },

    importText(text, source) {
      let snapshot: GameSnapshot;
      try {
        snapshot = replayGame(parseSaveText(text));
      } catch (error) {
        const problem = loadProblemOf(error);
        // The player still has the file; a copy is kept for the list unless it is too large to be a save.
        if (text.length <= MAX_SAVE_CHARS && store.hasRoom()) store.keepDamaged(text, problem, source);
        notify();
        return {
          ok: false,
          message: t('"{source}" could not be loaded: {problem}. Your saved games are unchanged.', { source, problem: translateProblems(problem, t) }),
        };
      }
      if (!store.hasRoom()) {
        return {
          ok: false,
          message: t(
            'There are already {max} saved games in this browser, the most it keeps. Delete one you no longer need, then import "{source}" again.',
            { max: store.maxGames, source },
          ),
        };
      }
      const save = saveFromSnapshot(snapshot, now());
      const added = save ? store.add(save) : null;
      if (!added?.ok) {
        // Storage will not keep it: play it anyway, in memory, and say so.
        const problem: StoreProblem = added && !added.ok ? added.problem : 'blocked';
        lastProblem = problem;
        return { ok: true, snapshot, key: null, message: problemMessage(problem) };
      }
      locks.claimNew(added.key);
      notify();
      return { ok: true, snapshot, key: added.key, message: null };
    },

    remove(key) {
      store.remove(key);
      locks.forget(key);
      // Space was freed: whether the next write fits is for that write to tell.
      lastProblem = null;
      notify();
    },

    hasRoom: () => store.hasRoom(),
    usageBytes: () => store.usageBytes(),

    storageProblem() {
      return state.kind === 'unsaved' ? problemMessage(state.problem) : null;
    },

    lastProblem: () => lastProblem,

    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
