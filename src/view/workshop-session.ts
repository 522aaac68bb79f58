// A workshop session's settings: what every team plays under (scenario, term, budget, difficulty,
// which events may fire, the seed, so all teams face the same luck and differences come from their
// decisions), plus what the facilitator set for the room (number of teams, a timer per year, roles).
// The settings travel in the session code (src/platform/workshop-session-code.ts); this module
// validates them and turns them into the turn machine's START, the one way a workshop game starts,
// for the teams and for the dashboard's replay alike. Pure; no DOM.
import { z } from 'zod';
import { DIFFICULTY_LEVELS, DIFFICULTY_PRESETS, type DifficultyLevel, type StartOptions } from '../flow';
import { isScenarioId, scenarioById, SCENARIO_IDS, type Scenario } from '../scenario';

/** Teams in a session: one (a demonstration) to thirty (a large class). */
export const MAX_TEAMS = 30;
/** Term lengths a session may set, years. */
export const TERM_LIMITS = { min: 1, max: 30 } as const;
/** A timer per year, minutes. */
export const TIMER_LIMITS = { min: 1, max: 30 } as const;
/** Session seeds are 0 .. 2^17 − 1: plenty of different luck, in under four characters of the code. */
export const SESSION_SEED_BITS = 17;
export const MAX_SESSION_SEED = 2 ** SESSION_SEED_BITS - 1;

/**
 * Budgets a session may set, US$ million: three significant digits (12.5, 0.8, 2,400), from 0.01 to
 * 999,000. The session code carries them exactly (src/platform/workshop-session-code.ts).
 */
export const SESSION_BUDGET_LIMITS = { min: 0.01, max: 999_000 } as const;

/** Team names: what the dashboard, the ranking and the memo show. */
export const TEAM_NAME_MAX_CHARS = 24;
/** The result code keeps a name's UTF-8 bytes with a 6-bit length. */
export const TEAM_NAME_MAX_BYTES = 63;

/** The budget as three significant digits: mantissa 100..999 times a power of ten. */
export function budgetGridParts(budgetUsdM: number): { mantissa: number; exponent: number } | null {
  for (let exponent = 0; exponent <= 7; exponent++) {
    const mantissa = Math.round(budgetUsdM / budgetFromParts(1, exponent));
    if (mantissa >= 100 && mantissa <= 999 && budgetFromParts(mantissa, exponent) === budgetUsdM)
      return { mantissa, exponent };
  }
  return null;
}

/** mantissa × 10^(exponent − 4), computed so that each budget has one exact floating-point value. */
export function budgetFromParts(mantissa: number, exponent: number): number {
  const power = exponent - 4;
  return power >= 0 ? mantissa * 10 ** power : mantissa / 10 ** -power;
}

/** Which scenario events may fire: all of them, none, or the ones listed (by id). */
export type EventSelection = 'all' | 'none' | string[];

const eventSelectionSchema = z.union([z.literal('all'), z.literal('none'), z.array(z.string().min(1)).max(64)]);

export const sessionSettingsSchema = z
  .strictObject({
    scenarioId: z.string().refine(isScenarioId, { message: `must be one of ${SCENARIO_IDS.join(', ')}` }),
    teams: z.number().int().min(1).max(MAX_TEAMS),
    termYears: z.number().int().min(TERM_LIMITS.min).max(TERM_LIMITS.max),
    budgetUsdM: z
      .number()
      .min(SESSION_BUDGET_LIMITS.min)
      .max(SESSION_BUDGET_LIMITS.max)
      .refine((b) => budgetGridParts(b) !== null, {
        message: 'must have at most three significant digits (e.g. 12.5 or 2400)',
      }),
    difficulty: z.enum(DIFFICULTY_LEVELS),
    events: eventSelectionSchema,
    /** Minutes per year, or null for no timer. */
    timerMinutes: z.number().int().min(TIMER_LIMITS.min).max(TIMER_LIMITS.max).nullable(),
    roles: z.boolean(),
    seed: z.number().int().min(0).max(MAX_SESSION_SEED),
  })
  .superRefine((s, ctx) => {
    if (!isScenarioId(s.scenarioId) || !Array.isArray(s.events)) return;
    const known = new Set(scenarioById(s.scenarioId).events.map((e) => e.id));
    const seen = new Set<string>();
    s.events.forEach((id, i) => {
      if (!known.has(id))
        ctx.addIssue({ code: 'custom', path: ['events', i], message: `"${id}" is not an event of ${s.scenarioId}` });
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['events', i], message: `"${id}" is listed twice` });
      seen.add(id);
    });
  });

export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

/** The settings a new session starts from: the scenario's own term and budget, every event, normal difficulty. */
export function defaultSessionSettings(scenarioId: string, seed: number): SessionSettings {
  const scenario = scenarioById(scenarioId);
  return {
    scenarioId,
    teams: 5,
    termYears: Math.min(TERM_LIMITS.max, scenario.termYears),
    budgetUsdM: scenario.budgetUsdM,
    difficulty: 'normal',
    events: 'all',
    timerMinutes: null,
    roles: false,
    seed: seed & MAX_SESSION_SEED,
  };
}

/** The ids of the events allowed to fire, in the scenario's order. */
export function allowedEventIds(settings: Pick<SessionSettings, 'scenarioId' | 'events'>): string[] {
  const all = scenarioById(settings.scenarioId).events.map((e) => e.id);
  if (settings.events === 'all') return all;
  if (settings.events === 'none') return [];
  const chosen = new Set(settings.events);
  return all.filter((id) => chosen.has(id));
}

/** The same settings written one way (chosen events in the scenario's order; all or none by name). */
export function canonicalSettings(settings: SessionSettings): SessionSettings {
  const total = scenarioById(settings.scenarioId).events.length;
  const allowed = allowedEventIds(settings);
  const events: EventSelection = allowed.length === total ? 'all' : allowed.length === 0 ? 'none' : allowed;
  return { ...settings, events };
}

/** A string naming everything that shapes the game (not the room's settings: teams, timer, roles). */
export function gameSettingsKey(settings: SessionSettings): string {
  const s = canonicalSettings(settings);
  const events = Array.isArray(s.events) ? s.events.join(',') : s.events;
  return `${s.scenarioId}|${s.termYears}|${s.budgetUsdM}|${s.difficulty}|${events}|${s.seed}`;
}

const sessionScenarios = new Map<string, Scenario>();

/**
 * The scenario the session plays: the built-in one with the session's budget and only the allowed
 * events. The same object for the same settings, so the turn machine's model cache is shared by every
 * team replayed on the dashboard.
 */
export function sessionScenario(settings: SessionSettings): Scenario {
  const key = gameSettingsKey(settings);
  const cached = sessionScenarios.get(key);
  if (cached) return cached;
  const base = scenarioById(settings.scenarioId);
  const allowed = new Set(allowedEventIds(settings));
  const scenario: Scenario = {
    ...base,
    budgetUsdM: settings.budgetUsdM,
    events: base.events.filter((e) => allowed.has(e.id)),
  };
  sessionScenarios.set(key, scenario);
  return scenario;
}

/** The START the turn machine gets for a workshop game: every team's, and the dashboard's replay. */
export function sessionStart(settings: SessionSettings): StartOptions {
  return {
    scenario: sessionScenario(settings),
    seed: settings.seed,
    difficulty: DIFFICULTY_PRESETS[settings.difficulty as DifficultyLevel],
    termYears: settings.termYears,
    explain: true,
  };
}

/** Control characters and the like have no place in a name shown on a projector. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** A team name as kept: NFC, inner runs of spaces made one, trimmed. */
export function normaliseTeamName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export const teamNameSchema = z
  .string()
  .transform(normaliseTeamName)
  .pipe(
    z
      .string()
      .min(1, 'a team needs a name')
      .max(TEAM_NAME_MAX_CHARS, `at most ${TEAM_NAME_MAX_CHARS} characters`)
      .refine((n) => !UNPRINTABLE.test(n), { message: 'only letters, digits, spaces and punctuation' })
      .refine((n) => new TextEncoder().encode(n).length <= TEAM_NAME_MAX_BYTES, {
        message: 'too long for a result code (use fewer non-Latin characters)',
      }),
  );
