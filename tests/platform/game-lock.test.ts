// One writer per game across tabs: the lock and take-over protocol, with fakes for the browser's
// parts (a message hub for BroadcastChannel, a Web Locks manager, the storage event), and two save
// managers playing one game in two "tabs" on one storage.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/flow';
import {
  createTabLocks,
  isTabMessage,
  OWNER_PREFIX,
  type LockManagerLike,
  type MessageBus,
  type TabLocks,
  type TabMessage,
} from '../../src/platform/game-lock';
import { createSaveManager, type SaveManager } from '../../src/platform/saves';
import { GAME_PREFIX } from '../../src/platform/game-slots';
import { MemoryStorage, playYears, SIALKOT, type GameActor } from './fixtures';

/** A BroadcastChannel between fake tabs: messages arrive asynchronously, never to the sender. */
class Hub {
  private readonly tabs = new Set<(m: TabMessage) => void>();
  /** Tabs that receive nothing (frozen). */
  readonly deaf = new Set<string>();
  readonly sent: TabMessage[] = [];

  bus(tab: string): MessageBus {
    return {
      post: (message) => {
        this.sent.push(message);
        for (const deliver of [...this.tabs]) queueMicrotask(() => deliver(message));
      },
      subscribe: (listener) => {
        const deliver = (m: TabMessage) => {
          if (!this.deaf.has(tab)) listener(m);
        };
        this.tabs.add(deliver);
        return () => this.tabs.delete(deliver);
      },
    };
  }
}

interface Holder {
  abort: () => void;
}

/** The Web Locks API for fake tabs: exclusive locks, ifAvailable, steal and an abort signal. */
class FakeLocks implements LockManagerLike {
  private readonly holders = new Map<string, Holder>();
  private readonly queues = new Map<string, (() => void)[]>();

  isHeld(name: string): boolean {
    return this.holders.has(name);
  }

  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const grant = () => {
        const holder: Holder = { abort: () => reject(new DOMException('The lock was stolen.', 'AbortError')) };
        this.holders.set(name, holder);
        void Promise.resolve(callback({ name })).then((value) => {
          if (this.holders.get(name) !== holder) return;
          this.holders.delete(name);
          resolve(value);
          this.queues.get(name)?.shift()?.();
        });
      };
      if (options.steal) {
        const current = this.holders.get(name);
        this.holders.delete(name);
        current?.abort();
        grant();
      } else if (!this.holders.has(name)) {
        grant();
      } else if (options.ifAvailable) {
        void Promise.resolve(callback(null)).then(resolve, reject);
      } else {
        const queue = this.queues.get(name) ?? [];
        this.queues.set(name, queue);
        const waiter = () => grant();
        queue.push(waiter);
        options.signal?.addEventListener('abort', () => {
          const at = queue.indexOf(waiter);
          if (at === -1) return;
          queue.splice(at, 1);
          reject(new DOMException('The request was aborted.', 'AbortError'));
        });
      }
    });
  }
}

/** The storage event: other tabs hear of each owner record written. */
class StorageEvents {
  private readonly listeners = new Map<string, (key: string, value: string | null) => void>();

  watch(tab: string) {
    return (listener: (key: string, value: string | null) => void) => {
      this.listeners.set(tab, listener);
      return () => this.listeners.delete(tab);
    };
  }

  /** A storage whose writes other tabs hear about. */
  wrap(storage: MemoryStorage, tab: string): Storage {
    const { listeners } = this;
    return new Proxy(storage, {
      get(target, property) {
        if (property === 'setItem') {
          return (key: string, value: string) => {
            target.setItem(key, value);
            for (const [other, listener] of listeners) if (other !== tab) queueMicrotask(() => listener(key, value));
          };
        }
        const value = Reflect.get(target, property, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }
}

interface World {
  storage: MemoryStorage;
  hub: Hub;
  webLocks: FakeLocks | null;
  events: StorageEvents;
  tab(id: string): TabLocks;
}

function world(options: { webLocks: boolean }): World {
  const storage = new MemoryStorage();
  const hub = new Hub();
  const webLocks = options.webLocks ? new FakeLocks() : null;
  const events = new StorageEvents();
  return {
    storage,
    hub,
    webLocks,
    events,
    tab: (id) =>
      createTabLocks({
        tabId: id,
        storage: events.wrap(storage, id),
        locks: webLocks,
        bus: hub.bus(id),
        watchStorage: events.watch(id),
        answerMs: 30,
        handOverMs: 60,
      }),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.each([
  { webLocks: true, name: 'with Web Locks' },
  { webLocks: false, name: 'without Web Locks (owner record and who-has)' },
])('the lock protocol, $name', ({ webLocks }) => {
  it('a game held by one tab is busy for another; released, it can be claimed', async () => {
    const w = world({ webLocks });
    const a = w.tab('A');
    const b = w.tab('B');
    expect(await a.claim('cpl:game:1')).toBe('held');
    expect(a.mayWrite('cpl:game:1')).toBe(true);
    expect(await b.claim('cpl:game:1')).toBe('busy');
    expect(b.mayWrite('cpl:game:1')).toBe(false);
    a.release('cpl:game:1');
    expect(a.mayWrite('cpl:game:1')).toBe(false);
    expect(await b.claim('cpl:game:1')).toBe('held');
    expect(w.storage.getItem(`${OWNER_PREFIX}cpl:game:1`)).toBe('B');
  });

  it('taking over: the holder writes its last state, stops, hears it lost the game, and the new tab gets its stamp', async () => {
    const w = world({ webLocks });
    const a = w.tab('A');
    const b = w.tab('B');
    await a.claim('cpl:game:1');
    const order: string[] = [];
    a.onHandOver((key) => {
      order.push(`hand-over ${key} (may write: ${String(a.mayWrite(key))})`);
      return '2025-03-01T10:00:00.000Z';
    });
    a.onLost((key) => order.push(`lost ${key}`));
    const stamp = await b.takeOver('cpl:game:1');
    expect(order).toEqual(['hand-over cpl:game:1 (may write: true)', 'lost cpl:game:1']);
    expect(stamp).toBe('2025-03-01T10:00:00.000Z');
    expect(a.mayWrite('cpl:game:1')).toBe(false);
    expect(b.mayWrite('cpl:game:1')).toBe(true);
    expect(await a.claim('cpl:game:1')).toBe('busy');
  });

  it('a holder that does not answer (frozen) loses the game anyway, and cannot write it when it runs again', async () => {
    const w = world({ webLocks });
    const a = w.tab('A');
    const b = w.tab('B');
    await a.claim('cpl:game:1');
    w.hub.deaf.add('A');
    const lost: string[] = [];
    a.onLost((key) => lost.push(key));
    expect(await b.takeOver('cpl:game:1')).toBeNull();
    expect(b.mayWrite('cpl:game:1')).toBe(true);
    // Its lock was stolen or its record rewritten: either way it no longer writes.
    expect(a.mayWrite('cpl:game:1')).toBe(false);
    await settle();
    expect(lost).toEqual(['cpl:game:1']);
  });

  it('a new slot is held at once by the tab that made it', async () => {
    const w = world({ webLocks });
    const a = w.tab('A');
    const b = w.tab('B');
    a.claimNew('cpl:game:new');
    expect(a.mayWrite('cpl:game:new')).toBe(true);
    await settle();
    expect(await b.claim('cpl:game:new')).toBe('busy');
  });

  it('forgetting a deleted game removes its owner record', async () => {
    const w = world({ webLocks });
    const a = w.tab('A');
    await a.claim('cpl:game:1');
    a.forget('cpl:game:1');
    expect(w.storage.getItem(`${OWNER_PREFIX}cpl:game:1`)).toBeNull();
    expect(await w.tab('B').claim('cpl:game:1')).toBe('held');
  });
});

describe('the lock protocol: details', () => {
  it('without Web Locks, the owner record of a closed tab (no answer) does not block the game', async () => {
    const w = world({ webLocks: false });
    w.storage.setItem(`${OWNER_PREFIX}cpl:game:1`, 'a tab closed long ago');
    const b = w.tab('B');
    expect(await b.claim('cpl:game:1')).toBe('held');
    expect(w.hub.sent).toContainEqual({ type: 'who-has', key: 'cpl:game:1', from: 'B' });
  });

  it('a tab whose owner record another tab rewrote stops writing at once, even before the storage event', () => {
    const storage = new MemoryStorage();
    const a = createTabLocks({ tabId: 'A', storage });
    a.claimNew('cpl:game:1');
    const lost: string[] = [];
    a.onLost((key) => lost.push(key));
    storage.setItem(`${OWNER_PREFIX}cpl:game:1`, 'B');
    expect(a.mayWrite('cpl:game:1')).toBe(false);
    expect(lost).toEqual(['cpl:game:1']);
  });

  it('the storage event of a rewritten owner record tells the holder it lost the game', async () => {
    const w = world({ webLocks: false });
    const a = w.tab('A');
    await a.claim('cpl:game:1');
    const lost: string[] = [];
    a.onLost((key) => lost.push(key));
    w.events.wrap(w.storage, 'B').setItem(`${OWNER_PREFIX}cpl:game:1`, 'B');
    await settle();
    expect(lost).toEqual(['cpl:game:1']);
  });

  it('after a reload, a game the old page still held a moment ago is claimed by waiting for it', async () => {
    const w = world({ webLocks: true });
    const old = w.tab('old page');
    await old.claim('cpl:game:1');
    const reloaded = w.tab('new page');
    const claim = reloaded.claim('cpl:game:1', { waitMs: 500 });
    setTimeout(() => old.release('cpl:game:1'), 20);
    expect(await claim).toBe('held');
  });

  it('a storage that will not take the owner record (full) does not stop the holder from writing', () => {
    const storage = new MemoryStorage({ failWrites: true });
    const a = createTabLocks({ tabId: 'A', storage });
    a.claimNew('cpl:game:1');
    expect(a.mayWrite('cpl:game:1')).toBe(true);
  });

  it('messages from other tabs are checked before use', () => {
    expect(isTabMessage({ type: 'take-over', key: 'cpl:game:1', from: 'B' })).toBe(true);
    expect(isTabMessage({ type: 'released', key: 'cpl:game:1', from: 'A' })).toBe(false);
    expect(isTabMessage({ type: 'take-over', key: '', from: 'B' })).toBe(false);
    expect(isTabMessage({ type: 'explode', key: 'k', from: 'B' })).toBe(false);
    expect(isTabMessage(null)).toBe(false);
  });
});

describe('two tabs playing one saved game', () => {
  function tab(w: World, id: string): SaveManager {
    return createSaveManager(w.storage, { locks: w.tab(id), warn: () => undefined });
  }

  /** A game played in a tab, every snapshot handed to autosave (what the app shell does). */
  function play(saves: SaveManager, seed = 3): GameActor {
    const actor = createActor(gameMachine);
    actor.subscribe((snapshot) => saves.autosave(snapshot));
    actor.start();
    actor.send({ type: 'START', scenario: SIALKOT, seed });
    actor.send({ type: 'BEGIN' });
    return actor;
  }

  it.each([true, false])('taking over (Web Locks: %s) loses no year, and the first tab writes no more', async (webLocks) => {
    const w = world({ webLocks });
    const savesA = tab(w, 'A');
    const gameA = play(savesA);
    playYears(gameA, 2);
    gameA.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: 0.3 } } });
    const key = savesA.state().kind === 'saving' ? (savesA.state() as { key: string }).key : '';
    expect(key.startsWith(GAME_PREFIX)).toBe(true);

    const savesB = tab(w, 'B');
    expect(await savesB.locks.claim(key)).toBe('busy');
    await savesB.locks.takeOver(key);
    expect(savesA.state()).toEqual({ kind: 'moved', key });
    const opened = savesB.open(key);
    if (!opened.ok) throw new Error(opened.message);
    // Both years and the draft made in A just before the take-over are there.
    expect(opened.snapshot.context.log).toHaveLength(2);
    expect(opened.snapshot.context.draft?.allocation.training).toBe(0.3);
    savesB.attach(key, opened.snapshot);
    const gameB = createActor(gameMachine, { snapshot: opened.snapshot });
    gameB.subscribe((snapshot) => savesB.autosave(snapshot));
    gameB.start();
    playYears(gameB, 1);
    const afterB = w.storage.getItem(key);
    expect(JSON.parse(afterB ?? '{}').log).toHaveLength(3);

    // Tab A goes on (its dialog ignored): nothing it does reaches the slot, and no new slot appears.
    playYears(gameA, 2);
    savesA.flush(gameA.getSnapshot());
    expect(w.storage.getItem(key)).toBe(afterB);
    expect(w.storage.keysStartingWith(GAME_PREFIX)).toEqual([key]);
  });

  it('a new game in each tab gets its own slot', () => {
    const w = world({ webLocks: true });
    const a = play(tab(w, 'A'), 3);
    const b = play(tab(w, 'B'), 4);
    playYears(a, 1);
    playYears(b, 1);
    expect(w.storage.keysStartingWith(GAME_PREFIX)).toHaveLength(2);
  });
});
