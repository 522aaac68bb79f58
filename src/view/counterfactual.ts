// Counterfactual runs: the model run again for the game being played with one thing changed: a
// plan in place of the player's decisions, or no new policy at all (the baseline). Same scenario,
// seed, difficulty and term, so the same shocks (common random numbers): a difference between two
// such runs is the policy's doing, not luck's. The view's "what if" questions (the baseline, the
// sample of plans the scorecard grades against) all run through here. Synchronous and pure; no DOM.
import type { GameContext, LogEntry } from '../flow';
import { openRun, planYear, simulate, type OpenRun, type Plan, type PlanYear, type RunResult } from '../model';
import type { Scenario } from '../scenario';

/** What names a game for a counterfactual: the same key gives the same runs. */
export type GameKey = Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'termYears'>;
export type Game = GameKey & { scenario: Scenario };

/** The game's settings as a string (the scenario object is compared by identity, not in here). */
export function gameKey(game: GameKey): string {
  return `${game.seed}/${game.difficulty.leakage}/${game.difficulty.shocks}/${game.termYears}`;
}

export interface CounterfactualOptions {
  /** Whether each year's change is explained (attribution). */
  explain?: boolean;
  /** How many years to run (default: the whole term). */
  years?: number;
  /** Whether the run ends where approval collapses, as the game does (default true). */
  stopOnCollapse?: boolean;
}

/** The model run again for the game with `plan`; null runs no new policy (the baseline). */
export function runCounterfactual(game: Game, plan: Plan | null, options: CounterfactualOptions = {}): RunResult {
  return simulate(game.scenario, {
    seed: game.seed,
    years: options.years ?? game.termYears,
    difficulty: game.difficulty,
    explain: options.explain ?? false,
    stopOnCollapse: options.stopOnCollapse ?? true,
    ...(plan ? { plan } : {}),
  });
}

/** A counterfactual run of the game kept open, to go on a year at a time with model extendRun (policy-credit.ts). */
export function openCounterfactual(game: Game): OpenRun {
  return openRun(game.scenario, { seed: game.seed, difficulty: game.difficulty });
}

/** The choice the player made for each event that fired (the first, if one fired twice). */
export function eventChoicesOf(log: readonly LogEntry[]): Record<string, string> {
  // A Map, then own properties: an event may be called "constructor" or "__proto__".
  const choices = new Map<string, string>();
  for (const entry of log) {
    if (entry.event && !choices.has(entry.event.eventId)) choices.set(entry.event.eventId, entry.event.choiceId);
  }
  return Object.fromEntries(choices);
}

/**
 * The plan spelled out year by year over the term, each year answering events as the player did:
 * the choice made after that same year first, else the player's choice for that event in another
 * year. An event the player never saw takes its default (simulate's rule).
 */
export function withEventChoices(plan: Plan, log: readonly LogEntry[], termYears: number): Plan {
  const anyYear = eventChoicesOf(log);
  const years: PlanYear[] = [];
  for (let k = 1; k <= termYears; k++) {
    const own = log[k - 1]?.event;
    const eventChoices = own ? { ...anyYear, [own.eventId]: own.choiceId } : anyYear;
    years.push({ ...planYear(plan, k), eventChoices });
  }
  return { ...plan, years };
}

/** The player's own decisions and event choices as a plan: run again, it gives the game's history. */
export function planOfLog(log: readonly LogEntry[], termYears: number): Plan {
  return withEventChoices(
    {
      name: 'yours',
      years: log.map((entry) => ({ ...entry.decisions, allocation: { ...entry.decisions.allocation } })),
    },
    log,
    termYears,
  );
}

/**
 * One cached value for the game in play (and a sub-key, such as the player's event choices): a new
 * game, or another sub-key, recomputes it. One slot is enough: a screen shows one game at a time.
 */
export function perGameCache<T>(): {
  get(game: Game, subKey: string, compute: () => T): T;
  clear(): void;
} {
  let slot: { scenario: Scenario; key: string; value: T } | null = null;
  return {
    get(game, subKey, compute) {
      const key = `${gameKey(game)}|${subKey}`;
      if (slot && slot.scenario === game.scenario && slot.key === key) return slot.value;
      const value = compute();
      slot = { scenario: game.scenario, key, value };
      return value;
    },
    clear() {
      slot = null;
    },
  };
}
