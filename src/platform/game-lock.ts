// One writer per saved game across the browser's tabs.
//
// A tab writes a game only while it holds it: it has the game's Web Lock (where the browser has the
// Web Locks API; the browser frees it when the tab closes) and the game's owner record
// (cpl:owner:<key>) still names this tab. The record is read before every write, synchronously, so
// a tab that no longer holds a game never writes it: not after a hand-over, not when the Web Locks
// API is missing, not if its lock was stolen while it was frozen.
//
// Taking a game over from the tab that has it: ask it ("take-over", on a BroadcastChannel, or on a
// storage key's `storage` event where there is none); it writes its last state, gives the game up
// and answers ("released"); then the asking tab holds the game, so no played year is lost. A tab
// that does not answer in time (frozen) loses the game anyway (its lock stolen, the record
// rewritten), and stops writing as soon as it runs again.
// Without Web Locks, whether the recorded owner is still open is asked ("who-has", answered by a
// live holder within answerMs).

export const OWNER_PREFIX = 'cpl:owner:';
export const LOCK_PREFIX = 'cpl:lock:';
export const CHANNEL_NAME = 'cpl:games';
export const MESSAGE_KEY = 'cpl:tab-message';

export type TabMessage =
  | { type: 'who-has'; key: string; from: string }
  | { type: 'has'; key: string; from: string; to: string }
  | { type: 'take-over'; key: string; from: string }
  /** `stamp`: the savedAt of the holder's last write, so the new holder can wait to read that write. */
  | { type: 'released'; key: string; from: string; to: string; stamp?: string };

/** Messages between the tabs of this browser (a BroadcastChannel, or the storage event). */
export interface MessageBus {
  post(message: TabMessage): void;
  subscribe(listener: (message: TabMessage) => void): () => void;
}

/** The part of the Web Locks API (navigator.locks) used here. */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => unknown,
  ): Promise<unknown>;
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TabLocksOptions {
  /** This tab's id, new for every page load. */
  tabId: string;
  /** Where the owner records are kept (localStorage). */
  storage: Storage;
  locks?: LockManagerLike | null;
  bus?: MessageBus | null;
  /** Changes other tabs make to storage (the `storage` event): a rewritten owner record. */
  watchStorage?: ((listener: (key: string, value: string | null) => void) => () => void) | null;
  /** How long a live holder has to answer "who-has" (no Web Locks). */
  answerMs?: number;
  /** How long a holder has to hand a game over before it is taken anyway. */
  handOverMs?: number;
  timers?: Timers;
}

export type ClaimResult = 'held' | 'busy';

export interface TabLocks {
  readonly tabId: string;
  /** Becomes the writer of `key` if no other open tab is within `waitMs` (default: answerMs). */
  claim(key: string, options?: { waitMs?: number }): Promise<ClaimResult>;
  /** Holds a slot just created by this tab (no other tab can have it yet). */
  claimNew(key: string): void;
  /**
   * Asks the tab that has `key` to hand it over, and holds it once it has (or once it failed to
   * answer). Resolves with the stamp of the holder's last write (null when it did not say).
   */
  takeOver(key: string): Promise<string | null>;
  /** Gives `key` up (the game was closed in this tab). */
  release(key: string): void;
  /** Whether this tab holds `key` and may write it now. A lost hold is noticed here too. */
  mayWrite(key: string): boolean;
  /** Removes the owner record of a deleted game this tab holds. */
  forget(key: string): void;
  /**
   * Another tab is taking `key`: write the last state now (still allowed); it is released after.
   * The listener returns a stamp of what it wrote (its savedAt), passed on to the new holder.
   */
  onHandOver(listener: (key: string) => string | null): () => void;
  /** This tab no longer holds `key` (handed over, or taken without asking). */
  onLost(listener: (key: string) => void): () => void;
}

interface Hold {
  /** The owner record as this tab left it (its id; an older value when storage would not take the write). */
  record: string | null;
  /** Frees the Web Lock. */
  unlock: (() => void) | null;
}

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const text = (x: unknown) => typeof x === 'string' && x.length > 0 && x.length < 400;
  if (!text(m.key) || !text(m.from)) return false;
  if (m.type === 'who-has' || m.type === 'take-over') return true;
  if (m.stamp !== undefined && !text(m.stamp)) return false;
  return (m.type === 'has' || m.type === 'released') && text(m.to);
}

export function createTabLocks(options: TabLocksOptions): TabLocks {
  const { tabId, storage } = options;
  const locks = options.locks ?? null;
  const bus = options.bus ?? null;
  const timers = options.timers ?? defaultTimers;
  const answerMs = options.answerMs ?? 400;
  const handOverMs = options.handOverMs ?? 3000;
  const held = new Map<string, Hold>();
  const handOverListeners = new Set<(key: string) => string | null>();
  const lostListeners = new Set<(key: string) => void>();
  /** Replies awaited: "has" or "released" for a key. */
  const waiting = new Set<(message: TabMessage) => void>();

  const ownerKey = (key: string) => OWNER_PREFIX + key;

  function readOwner(key: string): string | null {
    try {
      return storage.getItem(ownerKey(key));
    } catch {
      return null;
    }
  }

  /** Writes this tab into the owner record; returns the record as it now stands. */
  function writeOwner(key: string): string | null {
    try {
      storage.setItem(ownerKey(key), tabId);
      return tabId;
    } catch {
      // Full storage may refuse even this: the record keeps its old value, which this hold then expects.
      return readOwner(key);
    }
  }

  function emit(listeners: Set<(key: string) => unknown>, key: string): unknown[] {
    return [...listeners].map((listener) => listener(key));
  }

  function hold(key: string, unlock: (() => void) | null): void {
    held.get(key)?.unlock?.();
    held.set(key, { record: writeOwner(key), unlock });
  }

  /** Stops holding `key`; `lost`: it was taken, tell the listeners. */
  function drop(key: string, lost: boolean): void {
    const current = held.get(key);
    if (!current) return;
    held.delete(key);
    current.unlock?.();
    if (lost) emit(lostListeners, key);
  }

  /**
   * Requests the Web Lock for `key`. Resolves with its release function once granted, or null when
   * not granted (ifAvailable and taken, or aborted). If the lock is stolen later, the hold is lost.
   */
  function requestLock(
    key: string,
    mode: { ifAvailable?: boolean; steal?: boolean; signal?: AbortSignal },
  ): Promise<(() => void) | null> {
    return new Promise((resolve) => {
      if (!locks) {
        resolve(null);
        return;
      }
      let unlock: (() => void) | null = null;
      locks
        .request(LOCK_PREFIX + key, mode, (lock) => {
          if (!lock) {
            resolve(null);
            return undefined;
          }
          return new Promise<void>((release) => {
            unlock = release;
            resolve(release);
          });
        })
        .then(
          () => undefined,
          () => {
            // Before the grant: aborted (a wait that timed out). After: stolen by another tab.
            if (!unlock) resolve(null);
            else if (held.get(key)?.unlock === unlock) drop(key, true);
          },
        );
    });
  }

  /** The first message that matches, or null after `ms`. */
  function wait(match: (message: TabMessage) => boolean, ms: number): Promise<TabMessage | null> {
    return new Promise((resolve) => {
      const listener = (message: TabMessage) => {
        if (match(message)) finish(message);
      };
      const timer = timers.setTimeout(() => finish(null), ms);
      function finish(message: TabMessage | null): void {
        if (!waiting.delete(listener)) return;
        timers.clearTimeout(timer);
        resolve(message);
      }
      waiting.add(listener);
    });
  }

  function later<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
    return new Promise((resolve) => {
      const timer = timers.setTimeout(() => resolve(fallback), ms);
      void promise.then((value) => {
        timers.clearTimeout(timer);
        resolve(value);
      });
    });
  }

  function onMessage(message: TabMessage): void {
    if (message.from === tabId) return;
    for (const listener of [...waiting]) listener(message);
    const { key } = message;
    if (!held.has(key)) return;
    if (message.type === 'who-has') {
      bus?.post({ type: 'has', key, from: tabId, to: message.from });
    } else if (message.type === 'take-over') {
      // Write the last state while still the holder, then give the game up and say so.
      const stamp = emit(handOverListeners, key).find((s): s is string => typeof s === 'string');
      drop(key, true);
      bus?.post({ type: 'released', key, from: tabId, to: message.from, ...(stamp ? { stamp } : {}) });
    }
  }

  bus?.subscribe(onMessage);
  options.watchStorage?.((storageKey, value) => {
    if (!storageKey.startsWith(OWNER_PREFIX)) return;
    const key = storageKey.slice(OWNER_PREFIX.length);
    const current = held.get(key);
    if (current && value !== current.record) drop(key, true);
  });

  return {
    tabId,

    async claim(key, claimOptions = {}) {
      if (held.has(key) && readOwner(key) === held.get(key)?.record) return 'held';
      if (locks) {
        // A short wait rather than "if available": a lock just released (this tab quit the game, or
        // the page before a reload closed) is freed asynchronously.
        const controller = new AbortController();
        const timer = timers.setTimeout(() => controller.abort(), claimOptions.waitMs ?? answerMs);
        const unlock = await requestLock(key, { signal: controller.signal });
        timers.clearTimeout(timer);
        if (!unlock) return 'busy';
        hold(key, unlock);
        return 'held';
      }
      const owner = readOwner(key);
      if (owner !== null && owner !== tabId) {
        // Is the recorded owner still open? A live holder answers.
        const answered = wait((m) => m.type === 'has' && m.key === key && m.to === tabId, claimOptions.waitMs ?? answerMs);
        bus?.post({ type: 'who-has', key, from: tabId });
        if ((await answered) !== null) return 'busy';
      }
      hold(key, null);
      return 'held';
    },

    claimNew(key) {
      hold(key, null);
      if (!locks) return;
      void requestLock(key, { ifAvailable: true }).then((unlock) => {
        const current = held.get(key);
        if (!current) unlock?.();
        else if (unlock) current.unlock = unlock;
      });
    },

    async takeOver(key) {
      const released = wait((m) => m.type === 'released' && m.key === key && m.to === tabId, handOverMs);
      bus?.post({ type: 'take-over', key, from: tabId });
      if (locks) {
        // The holder frees the lock once it has written its last state; a frozen one has it stolen.
        const controller = new AbortController();
        const timer = timers.setTimeout(() => controller.abort(), handOverMs);
        let unlock = await requestLock(key, { signal: controller.signal });
        timers.clearTimeout(timer);
        unlock ??= await requestLock(key, { steal: true });
        hold(key, unlock);
        // The holder says "released" just after freeing the lock: wait a moment for its stamp.
        const message = await later(released, 1000, null);
        return message?.type === 'released' ? (message.stamp ?? null) : null;
      }
      const message = await released;
      hold(key, null);
      return message?.type === 'released' ? (message.stamp ?? null) : null;
    },

    release(key) {
      drop(key, false);
    },

    mayWrite(key) {
      const current = held.get(key);
      if (!current) return false;
      if (readOwner(key) === current.record) return true;
      // Another tab wrote the record (its storage event not here yet): this tab has lost the game.
      drop(key, true);
      return false;
    },

    forget(key) {
      if (!held.has(key)) return;
      drop(key, false);
      try {
        storage.removeItem(ownerKey(key));
      } catch {
        // A stale record is harmless: the next tab to open the slot rewrites it.
      }
    },

    onHandOver(listener) {
      handOverListeners.add(listener);
      return () => handOverListeners.delete(listener);
    },

    onLost(listener) {
      lostListeners.add(listener);
      return () => lostListeners.delete(listener);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The browser's own parts.

/** A bus on a BroadcastChannel. */
export function broadcastBus(channel: BroadcastChannel): MessageBus {
  return {
    post: (message) => channel.postMessage(message),
    subscribe(listener) {
      const handler = (event: MessageEvent) => {
        if (isTabMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}

/** A bus on a storage key: each message written there reaches the other tabs as a `storage` event. */
export function storageBus(win: Window, storage: Storage): MessageBus {
  let sequence = 0;
  return {
    post(message) {
      try {
        // The sequence number makes each write a change, so the event fires even for a repeated message.
        storage.setItem(MESSAGE_KEY, JSON.stringify({ ...message, n: `${Date.now()}-${sequence++}` }));
      } catch {
        // Storage full or blocked: the other tab then cannot answer, and a take-over waits its time out.
      }
    },
    subscribe(listener) {
      const handler = (event: StorageEvent) => {
        if (event.key !== MESSAGE_KEY || !event.newValue) return;
        try {
          const data = JSON.parse(event.newValue) as unknown;
          if (isTabMessage(data)) listener(data);
        } catch {
          // Not one of ours.
        }
      };
      win.addEventListener('storage', handler);
      return () => win.removeEventListener('storage', handler);
    },
  };
}

/** A fresh id for this page load. */
export function newTabId(): string {
  const crypto = globalThis.crypto as Crypto | undefined;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The tab locks of this page: Web Locks and a BroadcastChannel where the browser has them. */
export function browserTabLocks(win: Window, storage: Storage): TabLocks {
  const nav = win.navigator as Navigator & { locks?: LockManagerLike };
  const Channel = (win as unknown as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  const bus = typeof Channel === 'function' ? broadcastBus(new Channel(CHANNEL_NAME)) : storageBus(win, storage);
  return createTabLocks({
    tabId: newTabId(),
    storage,
    locks: nav.locks && typeof nav.locks.request === 'function' ? nav.locks : null,
    bus,
    watchStorage(listener) {
      const handler = (event: StorageEvent) => {
        if (event.key !== null && event.storageArea === storage) listener(event.key, event.newValue);
      };
      win.addEventListener('storage', handler);
      return () => win.removeEventListener('storage', handler);
    },
  });
}
