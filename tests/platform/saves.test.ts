import { describe, expect, it, vi } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine, type GameSnapshot } from '../../src/flow';
import { saveFromSnapshot } from '../../src/flow/replay';
import { AUTOSAVE_KEY, createSaveManager, QUARANTINE_PREFIX, type SaveManager } from '../../src/platform/saves';
import { begin, gameOf, MemoryStorage, playYear, playYears, SIALKOT, type GameActor } from './fixtures';

const quiet = { warn: () => undefined };

/** What the app shell does: one actor, every snapshot handed to autosave. */
function shell(storage: Storage, seed = 3): { actor: GameActor; saves: SaveManager } {
  const saves = createSaveManager(storage, quiet);
  const actor = createActor(gameMachine);
  actor.subscribe((snapshot) => saves.autosave(snapshot));
  actor.start();
  actor.send({ type: 'START', scenario: SIALKOT, seed });
  actor.send({ type: 'BEGIN' });
  return { actor, saves };
}

/** Continue after a reload: a new save manager on the same storage. */
function reload(storage: Storage): SaveManager {
  return createSaveManager(storage, quiet);
}

function loaded(saves: SaveManager): GameSnapshot {
  const result = saves.loadLatest();
  if (!result?.ok) throw new Error(`expected a game, got ${JSON.stringify(result)}`);
  return result.snapshot;
}

function expectSameGame(a: GameSnapshot, b: GameSnapshot): void {
  expect(a.value).toBe(b.value);
  expect(a.context.history).toEqual(b.context.history);
  expect(a.context.log).toEqual(b.context.log);
  expect(gameOf(a)).toEqual(gameOf(b));
}

/** A storage holding `text` as the autosave. */
function storageWith(text: string): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(AUTOSAVE_KEY, text);
  return storage;
}

function validSaveText(years = 4): string {
  return JSON.stringify(saveFromSnapshot(playYears(begin(), years).getSnapshot()));
}

/** Loads a bad autosave and checks the player is told, the data is kept, and a fresh start is possible. */
function expectRefusedAndKept(text: string, problem: RegExp): string {
  const storage = storageWith(text);
  const saves = reload(storage);
  const onChange = vi.fn();
  saves.onChange(onChange);
  const result = saves.loadLatest();
  expect(result?.ok).toBe(false);
  const message = result && !result.ok ? result.message : '';
  expect(message).toMatch(/^The saved game could not be loaded: /);
  expect(message).toMatch(problem);
  expect(message).toMatch(/It was kept as a file you can download; a fresh game starts\.$/);
  // Kept, exactly as it was, under a quarantine key; the autosave slot is free.
  const kept = storage.keysStartingWith(QUARANTINE_PREFIX);
  expect(kept).toHaveLength(1);
  expect(kept[0]).toMatch(/^cpl:quarantine:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  expect(storage.getItem(kept[0]!)).toBe(text);
  expect(saves.quarantined()).toEqual([{ key: kept[0], keptAt: kept[0]!.slice(QUARANTINE_PREFIX.length), text }]);
  expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  expect(saves.hasSave()).toBe(false);
  expect(saves.loadLatest()).toBeNull();
  expect(onChange).toHaveBeenCalled();
  // A fresh game saves over the empty slot, and the damaged save is still there.
  const fresh = createActor(gameMachine).start();
  fresh.send({ type: 'START', scenario: SIALKOT, seed: 9 });
  fresh.send({ type: 'BEGIN' });
  saves.autosave(fresh.getSnapshot());
  expect(saves.hasSave()).toBe(true);
  expect(storage.getItem(kept[0]!)).toBe(text);
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
    const writesAtStart = storage.writes.length;
    expect(writesAtStart).toBe(1); // entering planning
    for (let k = 1; k <= 20; k++)
      actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: k / 100 } } });
    expect(storage.writes.length).toBe(writesAtStart);
    actor.send({ type: 'END_YEAR' });
    expect(storage.writes.length).toBe(writesAtStart + 1);
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? '{}').log[0].decisions.allocation.training).toBe(0.2);
  });

  it('saves each step of a year: event, report, next planning, and the debrief', () => {
    const storage = new MemoryStorage();
    const saves = createSaveManager(storage, quiet);
    const stored: string[] = [];
    const actor = createActor(gameMachine);
    actor.subscribe((snapshot) => {
      saves.autosave(snapshot);
      const save = JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? 'null') as { phase: string; log: unknown[] } | null;
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

  it('a new game does not replace the saved one until it begins', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 2);
    const before = storage.getItem(AUTOSAVE_KEY);
    actor.send({ type: 'QUIT' });
    actor.send({ type: 'START', scenario: SIALKOT, seed: 77 });
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(before);
    actor.send({ type: 'BEGIN' });
    expect(JSON.parse(storage.getItem(AUTOSAVE_KEY) ?? '{}').seed).toBe(77);
    expect(saves.hasSave()).toBe(true);
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
    expect(saves.hasSave()).toBe(true);
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

describe('a save that cannot be loaded is kept aside, and the game starts fresh', () => {
  it('corrupt JSON', () => {
    expectRefusedAndKept(validSaveText().slice(0, 500), /the file is not valid JSON/);
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
      'The saved game could not be loaded: log[3].decisions.allocation.training: must be at most 1. It was kept as a file you can download; a fresh game starts.',
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

  it('two damaged saves in the same millisecond get their own keys', () => {
    const storage = new MemoryStorage();
    const saves = createSaveManager(storage, { ...quiet, now: () => new Date('2025-01-01T00:00:00.000Z') });
    storage.setItem(AUTOSAVE_KEY, 'first');
    saves.loadLatest();
    storage.setItem(AUTOSAVE_KEY, 'second');
    saves.loadLatest();
    expect(saves.quarantined().map((q) => [q.keptAt, q.text])).toEqual([
      ['2025-01-01T00:00:00.000Z', 'first'],
      ['2025-01-01T00:00:00.001Z', 'second'],
    ]);
  });
});

describe('export and import', () => {
  it('an exported save imports back to the same game and becomes the autosave', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 3);
    const exported = saves.exportCurrent(actor.getSnapshot());
    expect(exported?.filename).toBe('cluster-policy-lab-sialkot-2004.json');
    expect(JSON.parse(exported?.text ?? '{}').format).toBe('cluster-policy-lab/save');

    const elsewhere = new MemoryStorage();
    const other = createSaveManager(elsewhere, quiet);
    const result = other.importText(exported?.text ?? '', exported?.filename ?? '');
    if (!result.ok) throw new Error(result.message);
    expectSameGame(result.snapshot, actor.getSnapshot());
    expectSameGame(loaded(reload(elsewhere)), actor.getSnapshot());
    expect(saves.exportCurrent(createActor(gameMachine).start().getSnapshot())).toBeNull();
  });

  it('a bad file is refused with the problem named, kept aside, and the current game stays saved', () => {
    const storage = new MemoryStorage();
    const { actor, saves } = shell(storage);
    playYears(actor, 1);
    const current = storage.getItem(AUTOSAVE_KEY);
    const result = saves.importText('{"name": "Skills first", "years": []}', 'skills-first.json');
    expect(result).toEqual({
      ok: false,
      message:
        '"skills-first.json" could not be loaded: this is a plan file, not a saved game. Your current game is unchanged.',
    });
    expect(storage.getItem(AUTOSAVE_KEY)).toBe(current);
    expect(saves.quarantined().map((q) => q.text)).toEqual(['{"name": "Skills first", "years": []}']);
  });
});

describe('storage that refuses to work', () => {
  it('a storage that throws on setItem does not crash the game, and is reported once', () => {
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
    expect(saves.hasSave()).toBe(false);
    expect(saves.storageProblem()).toMatch(
      /^This browser is not keeping your game \(QuotaExceededError: .*Use Export save/,
    );
    expect(warn).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    // Export still works, so the game can be kept as a file.
    expect(saves.exportCurrent(actor.getSnapshot())?.text).toContain('"cluster-policy-lab/save"');
  });

  it('a damaged save that storage will not copy is held for download and left where it was', () => {
    const storage = storageWith('{"oops"');
    storage.options.failWrites = (key) => key.startsWith(QUARANTINE_PREFIX);
    const saves = createSaveManager(storage, quiet);
    const result = saves.loadLatest();
    expect(result?.ok).toBe(false);
    expect(saves.quarantined().map((q) => q.text)).toEqual(['{"oops"']);
    expect(storage.getItem(AUTOSAVE_KEY)).toBe('{"oops"');
  });

  it('a storage that cannot be read gives no save and no crash', () => {
    const storage = new MemoryStorage({ failReads: true });
    const saves = createSaveManager(storage, quiet);
    expect(saves.hasSave()).toBe(false);
    expect(saves.loadLatest()).toBeNull();
    expect(saves.quarantined()).toEqual([]);
    expect(saves.storageProblem()).toMatch(/SecurityError/);
  });
});
