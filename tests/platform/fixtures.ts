// Shared by the save and replay tests: a Map-backed Storage, and games played through the turn
// machine the way a player plays them (varied decisions, non-default event choices).
import { createActor, type Actor } from 'xstate';
import { currentState, gameMachine, modelFor, type GameSnapshot } from '../../src/flow';
import { findEvent, LEVERS } from '../../src/model';
import { scenarioById, type Scenario } from '../../src/scenario';

export interface MemoryStorageOptions {
  /** Makes setItem throw a QuotaExceededError (all keys, or those the function picks). */
  failWrites?: boolean | ((key: string) => boolean);
  /** Makes every read throw a SecurityError (storage blocked). */
  failReads?: boolean;
}

/** An in-memory Storage (the Web Storage interface, backed by a Map), with failure switches. */
export class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly items = new Map<string, string>();
  /** Every successful setItem, in order (key only). */
  readonly writes: string[] = [];
  options: MemoryStorageOptions;

  constructor(options: MemoryStorageOptions = {}) {
    this.options = options;
  }

  get length(): number {
    this.checkRead();
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    this.checkRead();
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    this.checkRead();
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    const fail = this.options.failWrites;
    if (fail === true || (typeof fail === 'function' && fail(key))) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, String(value));
    this.writes.push(key);
  }

  /** Keys starting with a prefix. */
  keysStartingWith(prefix: string): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix));
  }

  private checkRead(): void {
    if (this.options.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

export type GameActor = Actor<typeof gameMachine>;

export const SIALKOT: Scenario = scenarioById('sialkot-surgical');

/** Starts a game and begins it (planning, year 1). */
export function begin(scenario: Scenario = SIALKOT, seed = 3, termYears?: number): GameActor {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario, seed, ...(termYears !== undefined ? { termYears } : {}) });
  actor.send({ type: 'BEGIN' });
  return actor;
}

/** A different, valid allocation each year, so the log is not just the defaults. */
export function decisionsFor(year: number) {
  const shares = LEVERS.map((_, i) => ((year + i) % 4) * 0.05);
  return {
    allocation: Object.fromEntries(LEVERS.map((lever, i) => [lever, shares[i] ?? 0])),
    tariff: 0.1 + (year % 3) * 0.05,
    incentiveTarget: year % 2 === 0 ? ('sme' as const) : ('joint' as const),
    laborStandards: year % 2 === 1,
  };
}

/** The event waiting for a choice and its choices; null when none waits. */
export function waitingEvent(snapshot: GameSnapshot) {
  if (!snapshot.matches('event') || !snapshot.context.scenario) return null;
  const eventId = currentState(snapshot.context).activeEvent;
  const spec = eventId
    ? findEvent(modelFor(snapshot.context.scenario, snapshot.context.difficulty), eventId)
    : undefined;
  return spec ?? null;
}

/** Plays one year: decisions, End year, the event's last (usually not the default) choice. Stops in the report. */
export function playYear(actor: GameActor): void {
  const year = actor.getSnapshot().context.history.length;
  actor.send({ type: 'SET_DECISIONS', decisions: decisionsFor(year) });
  actor.send({ type: 'END_YEAR' });
  const event = waitingEvent(actor.getSnapshot());
  if (event) actor.send({ type: 'CHOOSE', choiceId: event.choices[event.choices.length - 1]?.id ?? '' });
}

/** Plays `years` years and moves on to the next year's planning (or the debrief). */
export function playYears(actor: GameActor, years: number): GameActor {
  for (let k = 0; k < years; k++) {
    playYear(actor);
    actor.send({ type: 'NEXT' });
  }
  return actor;
}

/** Plays until an event waits for a choice (at most the whole term); null when none fires. */
export function playUntilEvent(actor: GameActor): GameActor | null {
  for (let k = 0; k < 30 && actor.getSnapshot().matches('planning'); k++) {
    const year = actor.getSnapshot().context.history.length;
    actor.send({ type: 'SET_DECISIONS', decisions: decisionsFor(year) });
    actor.send({ type: 'END_YEAR' });
    if (actor.getSnapshot().matches('event')) return actor;
    actor.send({ type: 'NEXT' });
  }
  return null;
}

/** The parts of a snapshot a save must reproduce. */
export function gameOf(snapshot: GameSnapshot) {
  const { history, log, draft, attributions, seed, difficulty, termYears, endReason } = snapshot.context;
  return { phase: snapshot.value, history, log, draft, attributions, seed, difficulty, termYears, endReason };
}
