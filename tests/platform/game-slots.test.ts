// The slot store: one slot per game, the index, the old single save moved into a slot, damaged
// saves listed with their reason, full storage and the most games kept (never pruned).
import { describe, expect, it } from 'vitest';
import { saveFromSnapshot, type SaveData } from '../../src/flow/replay';
import {
  createGameStore,
  GAME_PREFIX,
  GAMES_INDEX_FORMAT,
  INDEX_KEY,
  LEGACY_AUTOSAVE_KEY,
  QUARANTINE_PREFIX,
  type SavedEntry,
} from '../../src/platform/game-slots';
import { begin, MemoryStorage, playYears, SIALKOT } from './fixtures';
import { scenarioById } from '../../src/scenario';

function saveAfter(years: number, seed = 3, scenario = SIALKOT, at = '2025-03-01T10:00:00.000Z'): SaveData {
  const save = saveFromSnapshot(playYears(begin(scenario, seed), years).getSnapshot(), new Date(at));
  if (!save) throw new Error('expected a save');
  return save;
}

const games = (entries: SavedEntry[]) => entries.filter((e) => e.kind === 'game');
const damaged = (entries: SavedEntry[]) => entries.filter((e) => e.kind === 'damaged');

let counter = 0;
const pinned = { now: () => new Date('2025-03-02T09:00:00.000Z'), randomId: () => `id${++counter}` };

describe('slots and the index', () => {
  it('each added game gets its own slot, listed with its cluster, year and last played time, newest first', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const first = store.add(saveAfter(2, 3, SIALKOT, '2025-03-01T10:00:00.000Z'));
    const second = store.add(saveAfter(4, 5, scenarioById('kamukunji-metalwork'), '2025-03-01T11:00:00.000Z'));
    if (!first.ok || !second.ok) throw new Error('expected both added');
    expect(first.key).not.toBe(second.key);
    expect(storage.keysStartingWith(GAME_PREFIX).sort()).toEqual([first.key, second.key].sort());
    const list = store.list();
    expect(list.map((e) => e.key)).toEqual([second.key, first.key]);
    expect(list[1]).toMatchObject({
      kind: 'game',
      lastPlayed: '2025-03-01T10:00:00.000Z',
      // In planning after two years, the year on screen is the third (as the HUD shows it).
      summary: { cluster: 'Sialkot', scenarioId: 'sialkot-surgical', year: SIALKOT.startYear + 3, termYear: 3, yearsPlayed: 2, phase: 'planning' },
    });
    expect(store.mostRecent()?.key).toBe(second.key);
    // The index is a versioned summary of the slots.
    const index = JSON.parse(storage.getItem(INDEX_KEY) ?? '{}');
    expect(index.format).toBe(GAMES_INDEX_FORMAT);
    expect(index.version).toBe(1);
    expect(index.entries.map((e: { key: string }) => e.key).sort()).toEqual([first.key, second.key].sort());
  });

  it('writing a slot updates that game only', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const a = store.add(saveAfter(1));
    const b = store.add(saveAfter(1, 9));
    if (!a.ok || !b.ok) throw new Error('expected both added');
    const before = storage.getItem(b.key);
    expect(store.write(a.key, saveAfter(3, 3, SIALKOT, '2025-03-05T10:00:00.000Z'))).toEqual({ ok: true });
    expect(storage.getItem(b.key)).toBe(before);
    expect(store.list()[0]).toMatchObject({ key: a.key, lastPlayed: '2025-03-05T10:00:00.000Z', summary: { yearsPlayed: 3 } });
  });

  it('the list reads from the index without parsing a slot whose size it knows', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const added = store.add(saveAfter(2));
    if (!added.ok) throw new Error('expected added');
    // A different text of the same size: the index is trusted (no parse), so the summary stays.
    const text = storage.getItem(added.key)!;
    storage.items.set(added.key, 'x'.repeat(text.length));
    expect(store.list()[0]).toMatchObject({ kind: 'game', summary: { yearsPlayed: 2 } });
    // A slot changed elsewhere (another size) is read again, and found damaged.
    storage.items.set(added.key, '{"format": "cluster-policy-lab/save"');
    expect(store.list()[0]).toMatchObject({ kind: 'damaged', reason: expect.stringMatching(/not valid JSON/) });
  });

  it('a missing or damaged index is rebuilt from the slots, and entries of deleted slots are dropped', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const a = store.add(saveAfter(2));
    const b = store.add(saveAfter(3, 8));
    if (!a.ok || !b.ok) throw new Error('expected both added');
    for (const broken of ['{not json', JSON.stringify({ format: GAMES_INDEX_FORMAT, version: 99, entries: [] }), null]) {
      if (broken === null) storage.removeItem(INDEX_KEY);
      else storage.items.set(INDEX_KEY, broken);
      const list = createGameStore(storage, pinned).list();
      expect(games(list).map((e) => e.key).sort()).toEqual([a.key, b.key].sort());
      expect(JSON.parse(storage.getItem(INDEX_KEY)!).version).toBe(1);
    }
    storage.removeItem(a.key);
    expect(store.list().map((e) => e.key)).toEqual([b.key]);
    expect(JSON.parse(storage.getItem(INDEX_KEY)!).entries.map((e: { key: string }) => e.key)).toEqual([b.key]);
  });

  it('counts the bytes the saves use (two per character, keys included)', () => {
    const storage = new MemoryStorage();
    storage.setItem('cpl:locale', 'fr');
    const store = createGameStore(storage, pinned);
    expect(store.usageBytes()).toBe(0);
    const added = store.add(saveAfter(1));
    if (!added.ok) throw new Error('expected added');
    const expected = [added.key, INDEX_KEY].reduce((sum, key) => sum + (key.length + storage.getItem(key)!.length) * 2, 0);
    expect(store.usageBytes()).toBe(expected);
  });
});

describe('the single save of earlier versions', () => {
  it('is moved into a slot on first load, exactly as it was', () => {
    const storage = new MemoryStorage();
    const text = JSON.stringify(saveAfter(4));
    storage.setItem(LEGACY_AUTOSAVE_KEY, text);
    const store = createGameStore(storage, pinned);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBeNull();
    const slots = storage.keysStartingWith(GAME_PREFIX);
    expect(slots).toHaveLength(1);
    expect(storage.getItem(slots[0]!)).toBe(text);
    expect(store.list()).toEqual([
      expect.objectContaining({ kind: 'game', key: slots[0], summary: expect.objectContaining({ yearsPlayed: 4 }) }),
    ]);
    const loaded = store.load(slots[0]!);
    expect(loaded.ok && loaded.snapshot.context.log).toHaveLength(4);
    // A second load finds nothing more to move.
    createGameStore(storage, pinned);
    expect(storage.keysStartingWith(GAME_PREFIX)).toHaveLength(1);
  });

  it('a damaged one is moved too, and listed with its reason', () => {
    const storage = new MemoryStorage();
    storage.setItem(LEGACY_AUTOSAVE_KEY, '{"format":"cluster-policy-lab/save","version":1,"log":[');
    const store = createGameStore(storage, pinned);
    const [entry] = store.list();
    expect(entry).toMatchObject({ kind: 'damaged', reason: 'the file is not valid JSON: it ends too early, as if it was cut off' });
    expect(storage.getItem(entry!.key)).toBe('{"format":"cluster-policy-lab/save","version":1,"log":[');
  });

  it('stays where it is when storage will not take the copy, and is still listed and loadable', () => {
    const storage = new MemoryStorage();
    const text = JSON.stringify(saveAfter(2));
    storage.setItem(LEGACY_AUTOSAVE_KEY, text);
    storage.options.failWrites = true;
    const store = createGameStore(storage, pinned);
    expect(storage.getItem(LEGACY_AUTOSAVE_KEY)).toBe(text);
    expect(store.list()).toEqual([expect.objectContaining({ kind: 'game', key: LEGACY_AUTOSAVE_KEY })]);
    expect(store.load(LEGACY_AUTOSAVE_KEY).ok).toBe(true);
  });
});

describe('damaged saves', () => {
  it('saves kept aside by earlier versions are listed with their reason and time, and can be deleted', () => {
    const storage = new MemoryStorage();
    storage.setItem(`${QUARANTINE_PREFIX}2025-01-01T00:00:00.000Z`, '{"oops"');
    storage.setItem(`${QUARANTINE_PREFIX}2025-01-02T00:00:00.000Z`, '{"name": "Skills first", "years": []}');
    const store = createGameStore(storage, pinned);
    expect(damaged(store.list())).toEqual([
      expect.objectContaining({ keptAt: '2025-01-02T00:00:00.000Z', reason: 'this is a plan file, not a saved game' }),
      expect.objectContaining({ keptAt: '2025-01-01T00:00:00.000Z', reason: expect.stringMatching(/^the file is not valid JSON/) }),
    ]);
    store.remove(`${QUARANTINE_PREFIX}2025-01-01T00:00:00.000Z`);
    expect(store.list()).toHaveLength(1);
    expect(storage.getItem(`${QUARANTINE_PREFIX}2025-01-01T00:00:00.000Z`)).toBeNull();
  });

  it('a slot that parses but does not replay is marked damaged when it is loaded, and kept as it was', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const save = saveAfter(3);
    const event = save.log.find((entry) => entry.event)?.event;
    if (!event) throw new Error('expected an event in three years');
    event.choiceId = 'look-away';
    const added = store.add(save);
    if (!added.ok) throw new Error('expected added');
    const text = storage.getItem(added.key);
    expect(store.list()[0]?.kind).toBe('game');
    const loaded = store.load(added.key);
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.reason).toMatch(/"look-away" is not a choice of event/);
    expect(store.list()[0]).toMatchObject({ kind: 'damaged', reason: expect.stringMatching(/look-away/), cluster: 'Sialkot' });
    expect(store.mostRecent()).toBeNull();
    expect(storage.getItem(added.key)).toBe(text);
  });

  it('a refused import is kept with its file name and reason, control characters escaped', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const kept = store.keepDamaged('{}', 'this is not a Cluster Policy Lab save', 'evil\u001b[31m.json');
    if (!kept.ok) throw new Error('expected kept');
    expect(store.list()).toEqual([
      expect.objectContaining({ kind: 'damaged', source: 'evil\\u001b[31m.json', reason: 'this is not a Cluster Policy Lab save' }),
    ]);
    expect(storage.getItem(kept.key)).toBe('{}');
  });
});

describe('storage that refuses and the most games kept', () => {
  it('a full storage is reported as "full", a blocked one as "blocked", and nothing is listed that was not written', () => {
    const full = new MemoryStorage({ failWrites: true });
    expect(createGameStore(full, pinned).add(saveAfter(1))).toMatchObject({ ok: false, problem: 'full' });
    expect(createGameStore(full, pinned).list()).toEqual([]);
    const blocked = new MemoryStorage();
    blocked.setItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(createGameStore(blocked, pinned).add(saveAfter(1))).toMatchObject({ ok: false, problem: 'blocked' });
  });

  it('a write that storage refuses leaves the slot as it was', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const added = store.add(saveAfter(1));
    if (!added.ok) throw new Error('expected added');
    const before = storage.getItem(added.key);
    storage.options.failWrites = true;
    expect(store.write(added.key, saveAfter(3))).toMatchObject({ ok: false, problem: 'full' });
    expect(storage.getItem(added.key)).toBe(before);
  });

  it('past the most games kept, adding is refused and nothing is pruned; deleting one makes room', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, { ...pinned, maxGames: 3 });
    const keys: string[] = [];
    for (let k = 0; k < 3; k++) {
      const added = store.add(saveAfter(1, k));
      if (!added.ok) throw new Error('expected added');
      keys.push(added.key);
    }
    expect(store.hasRoom()).toBe(false);
    expect(store.add(saveAfter(2))).toEqual({ ok: false, problem: 'limit' });
    expect(store.copy(keys[0]!)).toEqual({ ok: false, problem: 'limit' });
    expect(store.keepDamaged('{}', 'x', 'x.json')).toEqual({ ok: false, problem: 'limit' });
    expect(store.list().map((e) => e.key).sort()).toEqual([...keys].sort());
    store.remove(keys[1]!);
    expect(store.hasRoom()).toBe(true);
    expect(store.add(saveAfter(2)).ok).toBe(true);
  });

  it('a copy is a new slot with the same game', () => {
    const storage = new MemoryStorage();
    const store = createGameStore(storage, pinned);
    const added = store.add(saveAfter(2));
    if (!added.ok) throw new Error('expected added');
    const copy = store.copy(added.key);
    if (!copy.ok) throw new Error('expected a copy');
    expect(copy.key).not.toBe(added.key);
    expect(storage.getItem(copy.key)).toBe(storage.getItem(added.key));
    expect(games(store.list())).toHaveLength(2);
  });
});
