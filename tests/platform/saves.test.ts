import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine, type GameSnapshot } from '../../src/flow';
import { saveFromSnapshot } from '../../src/flow/replay';
import { GAME_PREFIX, INDEX_KEY, LEGACY_AUTOSAVE_KEY } from '../../src/platform/game-slots';
import { createSaveManager, TAB_GAME_KEY, type SaveManager } from '../../src/platform/saves';
import { begin, gameOf, MemoryStorage, playYear, playYears, SIALKOT, type GameActor } from './fixtures';

const quiet = { warn: () => undefined };

/** What the app shell does: one actor, every snapshot handed to autosave. */
function shell(storage: Storage, seed = 3, options = {}): { actor: GameActor; saves: SaveManager } {
  const saves = createSaveManager(storage, { ...quiet, ...options });
  const actor = createActor(gameMachine);
  actor.subscribe((snapshot) => saves.autosave(snapshot));
  actor.start();
  actor.send({ type: 'START', scenario: SIALKOT, seed });
  actor.send({ type: 'BEGIN' });
  return { actor, saves };
}

/** A new page on the same storage (a reload). */
function reload(storage: Storage, options = {}): SaveManager {
  return createSaveManager(storage, { ...quiet, ...options });
}

/** Continue: the game played last, opened. */
function loaded(saves: SaveManager): GameSnapshot {
  const latest = saves.mostRecent();
  if (!latest) throw new Error('expected a saved game');
  const result = saves.open(latest.key);
  if (!result.ok) throw new Error(result.message);
  return result.snapshot;
}

function expectSameGame(a: GameSnapshot, b: GameSnapshot): void {
  expect(a.value).toBe(b.value);
  expect(a.context.history).toEqual(b.context.history);
  expect(a.context.log).toEqual(b.context.log);
  expect(gameOf(a)).toEqual(gameOf(b));
}

/** The one slot in `storage` (fails when there is not exactly one). */
function onlySlot(storage: MemoryStorage): string {
  const slots = storage.keysStartingWith(GAME_PREFIX);
  expect(slots).toHaveLength(1);
  return slots[0]!;
}

/** A storage holding `text` as a saved game (in a slot of its own). */
function storageWith(text: string): { storage: MemoryStorage; key: string } {
  const storage = new MemoryStorage();
  storage.setItem(`${GAME_PREFIX}test`, text);
  return { storage, key: `${GAME_PREFIX}test` };
}

function validSaveText(years = 4): string {
  return JSON.stringify(saveFromSnapshot(playYears(begin(), years).getSnapshot()));
}

/** A bad save is listed as damaged with its reason, kept as it was, refused with a message, and deletable. */
function expectRefusedAndKept(text: string, problem: RegExp): string {
  const { storage, key } = storageWith(text);
  const saves = reload(storage);
  const [entry] = saves.list();
  const result = saves.open(key);
  expect(result.ok).toBe(false);
  const message = result.ok ? '' : result.message;
  expect(message).toMatch(/^This saved game could not be loaded: /);
  expect(message).toMatch(problem);
  expect(message).toMatch(/It stays in the list of saved games, where you can download or delete it\.$/);
  // Listed as damaged with the same reason (before or after the attempt), exactly as it was.
  const after = saves.list();
  const reason = new RegExp(problem.source.replace(/\\\.$/, ''));
  expect(after).toEqual([expect.objectContaining({ kind: 'damaged', key, reason: expect.stringMatching(reason) })]);
  expect(entry?.kind === 'damaged' || after[0]?.kind === 'damaged').toBe(true);
  expect(storage.getItem(key)).toBe(text);
  expect(saves.mostRecent()).toBeNull();
  expect(saves.exportEntry(key)?.text).toBe(text);
  // A fresh game gets its own slot, and the damaged save is still there.
  const fresh = createActor(gameMachine).start();
  fresh.send({ type: 'START', scenario: SIALKOT, seed: 9 });
  fresh.send({ type: 'BEGIN' });
  saves.autosave(fresh.getSnapshot());
  expect(saves.mostRecent()).not.toBeNull();
  expect(storage.getItem(key)).toBe(text);
  // And it can be deleted.
  saves.remove(key);
  expect(storage.getItem(key)).toBeNull();
  expect(saves.list().map((e) => e.kind)).toEqual(['game']);
  return message;
}

describe('autosave and Continue', () => {
  it('Continue after a reload gives back the game as played', () => {
    const storage = new MemoryStorage();
    const { actor } = shell(storage);
    playYears(actor, 3);
    playYear(actor); // in the report of year 4
    const snapshot = loaded(reload(storage));
    expectSameGame(snapshot, actor.getSnapshot());
    // The restored game goes on exactly as the original does.
    const resumed = createActor(gameMachine, { snapshot }).start();
    for (const a of [resumed, actor]) {
      a.send({ type: 'NEXT' });
      playYears(a, 2);
    }
    expectSameGame(resumed.getSnapshot(), actor.getSnapshot());
  });

  it('writes when the game advances, not on every slider move', () => {
    const storage = new MemoryStorage();
    const { actor } = shell(storage);
    const slotWrites = () => storage.writes.filter((key) => key.startsWith(GAME_PREFIX)).length;
    expect(slotWrites()).toBe(1); // entering planning
    for (let k = 1; k <= 20; k++)
      actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: k / 100 } } });
    expect(slotWrites()).toBe(1);
    actor.send({ type: 'END_YEAR' });
    expect(slotWrites()).toBe(2);
    expect(JSON.parse(storage.getItem(onlySlot(storage)) ?? '{}').log[0].decisions.allocation.training).toBe(0.2);
  });

  it('saves each step of a year: event, report, next planning, and the debrief', () => {
    const storage = new MemoryStorage();
    const saves = createSaveManager(storage, quiet);
    const stored: string[] = [];
    const actor = createActor(gameMachine);
    actor.subscribe((snapshot) => {
      saves.autosave(snapshot);
      const key = storage.keysStartingWith(GAME_PREFIX)[0];
      const save = JSON.parse((key && storage.getItem(key)) || 'null') as { phase: string; log: unknown[] } | null;
      const step = save ? `${save.phase}:${save.log.length}` : 'none';
      if (stored.at(-1) !== step) stored.push(step);
    });
    actor.start();
    actor.send({ type: 'START', scenario: SIALKOT, seed: 35, termYears: 3 });
    actor.send({ type: 'BEGIN' });
    playYears(actor, 3);
    expect(actor.getSnapshot().value).toBe('debrief');
    // Seed 35: an accident after year 1, CE marking after year 2; the last year's event takes its default.
    expect(stored).toEqual([
      'none',
      'planning:0',
      'event:1',
      'report:1',
      'planning:1',
      'event:2',
      'report:2',
      'planning:2',
      'report:3',
      'debrief:3',
    ]);
    expect(storage.keysStartingWith(GAME_PREFIX)).toHaveLength(1);
    expectSameGame(loaded(reload(storage)), actor.getSnapshot());
  });

  it('keeps the planning draft when the game is written on leaving (flush)', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 1);
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { research: 0.3 }, laborStandards: true } });
    saves.flush(actor.getSnapshot());
    const snapshot = loaded(reload(storage));
    expect(snapshot.value).toBe('planning');
    expect(snapshot.context.draft).toEqual(actor.getSnapshot().context.draft);
  });
});

describe('nothing replaces a saved game', () => {
  it('a new game gets a new slot when it begins; the one quit stays as it was', () => {
    const storage = new MemoryStorage();
    // A clock that moves on each save: on a fast machine the quit and the new game share a millisecond.
    let ms = Date.parse('2026-01-01T00:00:00Z');
    const { actor, saves } = shell(storage, 3, { now: () => new Date(++ms) });
    playYears(actor, 2);
    const first = onlySlot(storage);
    const before = storage.getItem(first);
    actor.send({ type: 'QUIT' });
    actor.send({ type: 'START', scenario: SIALKOT, seed: 77 });
    expect(storage.keysStartingWith(GAME_PREFIX)).toEqual([first]);
    actor.send({ type: 'BEGIN' });
    const slots = storage.keysStartingWith(GAME_PREFIX);
    expect(slots).toHaveLength(2);
    expect(storage.getItem(first)).toBe(before);
    const second = slots.find((key) => key !== first)!;
    expect(JSON.parse(storage.getItem(second) ?? '{}').seed).toBe(77);
    expect(saves.mostRecent()?.key).toBe(second);
    expect(saves.list().map((e) => e.key).sort()).toEqual([first, second].sort());
  });

  it('the same link twice (same scenario and seed) makes two games', () => {
    const storage = new MemoryStorage();
    const { actor } = shell(storage, 7);
    playYears(actor, 1);
    actor.send({ type: 'QUIT' });
    actor.send({ type: 'START', scenario: SIALKOT, seed: 7 });
    actor.send({ type: 'BEGIN' });
    expect(storage.keysStartingWith(GAME_PREFIX)).toHaveLength(2);
  });

  it('a continued game is written to its own slot, not to a new one', async () => {
    const storage = new MemoryStorage();
    const { actor } = shell(storage);
    playYears(actor, 2);
    const key = onlySlot(storage);
    const saves = reload(storage);
    const snapshot = loaded(saves);
    // What Continue does: hold the game, then attach it.
    expect(await saves.locks.claim(key)).toBe('held');
    saves.attach(key, snapshot);
    const resumed = createActor(gameMachine, { snapshot });
    resumed.subscribe((s) => saves.autosave(s));
    resumed.start();
    playYears(resumed, 2);
    expect(onlySlot(storage)).toBe(key);
    expect(JSON.parse(storage.getItem(key) ?? '{}').log).toHaveLength(4);
  });

  it('the tab remembers the game it has open (for a reload), and forgets it on quitting', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const { actor, saves } = shell(storage, 3, { session });
    expect(session.getItem(TAB_GAME_KEY)).toBe(onlySlot(storage));
    expect(reload(storage, { session }).tabGame()).toBe(onlySlot(storage));
    playYears(actor, 1);
    actor.send({ type: 'QUIT' });
    expect(session.getItem(TAB_GAME_KEY)).toBeNull();
    expect(saves.state()).toEqual({ kind: 'none' });
  });
});

describe('quitting to the title', () => {
  it('does not erase the unfinished game: Continue resumes the same year', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 2);
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { infrastructure: 0.25 } } });
    const beforeQuit = actor.getSnapshot();
    // What the game menu does: write the game (draft included), then QUIT.
    saves.flush(beforeQuit);
    actor.send({ type: 'QUIT' });
    expect(actor.getSnapshot().value).toBe('title');
    expect(saves.mostRecent()).not.toBeNull();
    const snapshot = loaded(reload(storage));
    expectSameGame(snapshot, beforeQuit);
    expect(snapshot.context.history).toHaveLength(3);
  });

  it('keeps the save even when QUIT arrives without a flush first', () => {
    const storage = new MemoryStorage();
    const { actor } = shell(storage);
    playYears(actor, 3);
    const beforeQuit = actor.getSnapshot();
    actor.send({ type: 'QUIT' });
    expectSameGame(loaded(reload(storage)), beforeQuit);
  });
});

describe('the single save of earlier versions', () => {
  it('is in the list after the update, and Continue resumes it', () => {
    const storage = new MemoryStorage();
    const actor = playYears(begin(), 3);
    storage.setItem(LEGACY_AUTOSAVE_KEY, JSON.stringify(saveFromSnapshot(actor.getSnapshot())));
    const saves = reload(storage);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
    expect(saves.list()).toHaveLength(1);
    expectSameGame(loaded(saves), actor.getSnapshot());
  });
});

describe('a save that cannot be loaded is listed as damaged, kept as it was, and deletable', () => {
  it('corrupt JSON, with a message that says where, not the engine\'s raw text', () => {
    const message = expectRefusedAndKept(validSaveText().slice(0, 500), /the file is not valid JSON: it ends too early/);
    expect(message).not.toMatch(/Unterminated|Unexpected/);
  });

  it('a foreign file: an empty object, a plan file', () => {
    expectRefusedAndKept(
      '{}',
      /this is not a Cluster Policy Lab save \(it has no "format": "cluster-policy-lab\/save"\)\./,
    );
    expectRefusedAndKept('{"name": "Skills first", "years": []}', /this is a plan file, not a saved game\./);
  });

  it('a save from a newer version', () => {
    const save = JSON.parse(validSaveText());
    save.version = 2;
    expectRefusedAndKept(JSON.stringify(save), /this save was made by a newer version \(v2\) of Cluster Policy Lab/);
  });

  it('a save with an invalid field, named', () => {
    const save = JSON.parse(validSaveText());
    save.log[3].decisions.allocation.training = 1.5;
    const message = expectRefusedAndKept(
      JSON.stringify(save),
      /log\[3\]\.decisions\.allocation\.training: must be at most 1\./,
    );
    expect(message).toBe(
      'This saved game could not be loaded: log[3].decisions.allocation.training: must be at most 1. It stays in the list of saved games, where you can download or delete it.',
    );
  });

  it('a save whose log does not replay (an unknown event choice)', () => {
    const save = JSON.parse(validSaveText());
    save.log[1].event.choiceId = 'look-away';
    expectRefusedAndKept(
      JSON.stringify(save),
      /log\[1\]\.event\.choiceId: "look-away" is not a choice of event "ce-marking"/,
    );
  });
});

describe('export and import', () => {
  it('an exported save imports back to the same game, in a new slot beside the one it came from', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 3);
    const exported = saves.exportCurrent(actor.getSnapshot());
    expect(exported?.filename).toBe('cluster-policy-lab-sialkot-2004.json');
    expect(JSON.parse(exported?.text ?? '{}').format).toBe('cluster-policy-lab/save');
    expect(saves.exportEntry(onlySlot(storage))?.filename).toBe('cluster-policy-lab-sialkot-2004.json');

    const result = saves.importText(exported?.text ?? '', exported?.filename ?? '');
    if (!result.ok) throw new Error(result.message);
    expectSameGame(result.snapshot, actor.getSnapshot());
    expect(storage.keysStartingWith(GAME_PREFIX)).toHaveLength(2);
    const elsewhere = new MemoryStorage();
    const other = createSaveManager(elsewhere, quiet);
    const there = other.importText(exported?.text ?? '', 'game.json');
    if (!there.ok) throw new Error(there.message);
    expectSameGame(loaded(reload(elsewhere)), actor.getSnapshot());
    expect(saves.exportCurrent(createActor(gameMachine).start().getSnapshot())).toBeNull();
  });

  it('a bad file is refused with the problem named, kept as a damaged save with its name, and the saved games are unchanged', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 1);
    const key = onlySlot(storage);
    const current = storage.getItem(key);
    const result = saves.importText('{"name": "Skills first", "years": []}', 'skills-first.json');
    expect(result).toEqual({
      ok: false,
      message:
        '"skills-first.json" could not be loaded: this is a plan file, not a saved game. Your saved games are unchanged.',
    });
    expect(storage.getItem(key)).toBe(current);
    expect(saves.list().filter((e) => e.kind === 'damaged')).toEqual([
      expect.objectContaining({ source: 'skills-first.json', reason: 'this is a plan file, not a saved game' }),
    ]);
  });

  it('a file too large to be a save is refused and not copied into storage', () => {
    const storage = new MemoryStorage();
    const saves = reload(storage);
    const result = saves.importText(`{"x": "${'a'.repeat(2_000_001)}"}`, 'huge.json');
    expect(result.ok).toBe(false);
    expect(saves.list()).toEqual([]);
  });

  it('with the most games kept, an import is refused with a message and nothing is pruned', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage, 3, { store: { maxGames: 1 } });
    playYears(actor, 1);
    const text = saves.exportCurrent(actor.getSnapshot())?.text ?? '';
    const result = saves.importText(text, 'game.json');
    expect(result).toEqual({
      ok: false,
      message: 'There are already 1 saved games in this browser, the most it keeps. Delete one you no longer need, then import "game.json" again.',
    });
    expect(storage.keysStartingWith(GAME_PREFIX)).toHaveLength(1);
  });
});

describe('storage that refuses to work', () => {
  it('a full storage does not stop the game: it is kept in memory, the player is told, and Export works', () => {
    const storage = new MemoryStorage({ failWrites: true });
    const warn = vi.fn();
    const saves = createSaveManager(storage, { warn });
    const onChange = vi.fn();
    saves.onChange(onChange);
    const actor = createActor(gameMachine);
    actor.subscribe((snapshot) => saves.autosave(snapshot));
    actor.start();
    actor.send({ type: 'START', scenario: SIALKOT, seed: 3 });
    actor.send({ type: 'BEGIN' });
    expect(() => playYears(actor, 3)).not.toThrow();
    expect(() => saves.flush(actor.getSnapshot())).not.toThrow();
    expect(actor.getSnapshot().context.log).toHaveLength(3);
    expect(saves.list()).toEqual([]);
    expect(saves.state()).toEqual({ kind: 'unsaved', key: null, problem: 'full' });
    expect(saves.lastProblem()).toBe('full');
    expect(saves.storageProblem()).toMatch(/^Storage in this browser is full, so this game is not being saved\..*Export save/);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(saves.exportCurrent(actor.getSnapshot())?.text).toContain('"cluster-policy-lab/save"');

    // Room again (the player deleted something): the next advance saves the whole game.
    storage.options.failWrites = false;
    playYears(actor, 1);
    expect(saves.state().kind).toBe('saving');
    expect(saves.storageProblem()).toBeNull();
    expect(JSON.parse(storage.getItem(onlySlot(storage)) ?? '{}').log).toHaveLength(4);
  });

  it('a full storage while a saved game goes on keeps its last saved year in the slot', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 2);
    const key = onlySlot(storage);
    storage.options.failWrites = (k) => k.startsWith(GAME_PREFIX);
    playYears(actor, 1);
    expect(saves.state()).toEqual({ kind: 'unsaved', key, problem: 'full' });
    expect(JSON.parse(storage.getItem(key) ?? '{}').log).toHaveLength(2);
    storage.options.failWrites = false;
    playYears(actor, 1);
    expect(saves.state()).toEqual({ kind: 'saving', key });
    expect(JSON.parse(storage.getItem(key) ?? '{}').log).toHaveLength(4);
  });

  it('with the most games kept, a new game is played unsaved with a message, and saved once there is room', () => {
    const storage = new MemoryStorage();
    const first = shell(storage, 3, { store: { maxGames: 1 } });
    playYears(first.actor, 1);
    first.actor.send({ type: 'QUIT' });
    const { actor, saves } = shell(storage, 4, { store: { maxGames: 1 } });
    expect(saves.state()).toEqual({ kind: 'unsaved', key: null, problem: 'limit' });
    expect(saves.storageProblem()).toMatch(/^There are already 1 saved games in this browser, the most it keeps, so this game is not being saved/);
    expect(storage.keysStartingWith(GAME_PREFIX)).toHaveLength(1);
    saves.remove(onlySlot(storage));
    playYears(actor, 1);
    expect(saves.state().kind).toBe('saving');
    expect(JSON.parse(storage.getItem(onlySlot(storage)) ?? '{}').seed).toBe(4);
  });

  it('a storage that cannot be read gives no saves and no crash', () => {
    const storage = new MemoryStorage({ failReads: true });
    const saves = reload(storage);
    expect(saves.list()).toEqual([]);
    expect(saves.mostRecent()).toBeNull();
    expect(saves.usageBytes()).toBe(0);
  });

  it('the index is only a summary: losing it loses no game', () => {
    const storage = new MemoryStorage();
    const { actor } = shell(storage);
    playYears(actor, 2);
    storage.removeItem(INDEX_KEY);
    expectSameGame(loaded(reload(storage)), actor.getSnapshot());
  });
});
