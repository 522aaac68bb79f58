// A workshop session's settings: what every team plays under (scenario, term, budget, difficulty,
// which events may fire, the seed, so all teams face the same luck and differences come from their
// decisions), plus what the facilitator set for the room (number of teams, a timer per year, roles).
// The settings travel in the session code (src/platform/workshop-session-code.ts); this module
// validates them and turns them into the turn machine's START, the one way a workshop game starts,
// for the teams and for the dashboard's replay alike. Pure; no DOM.
//
// A session may play a scenario made in the scenario editor (a "custom" scenario). Its settings then
// carry the scenario's fingerprint beside its id, and the scenario itself must be known here
// (addSessionScenario: from the facilitator's saved scenarios, a join link or a scenario file), so
// the session plays exactly the version the facilitator chose, whatever else the page has loaded.
import { z } from 'zod';
import { DIFFICULTY_LEVELS, DIFFICULTY_PRESETS, type DifficultyLevel, type StartOptions } from '../flow';
import { isScenarioId, scenarioById, SCENARIO_IDS, type Scenario } from '../scenario';
import { fnv1a } from './plan-link';

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

// ---------------------------------------------------------------------------------------------
// Custom scenarios

/** A custom scenario's fingerprint: 20 bits of a hash of its whole content (two versions differ but once in a million). */
export const SCENARIO_FINGERPRINT_BITS = 20;
/** A short tag of a custom scenario's id: what lets a device name the scenario it has in another version. */
export const SCENARIO_TAG_BITS = 9;

/** JSON with every object's keys sorted: the same text for the same content, whatever the key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const fingerprints = new WeakMap<Scenario, number>();

/**
 * The fingerprint of a scenario's content (its file's pointer to the JSON Schema left out): the 32-bit
 * FNV-1a of its canonical JSON, folded to 20 bits. Not a secret: it tells versions apart.
 */
export function scenarioFingerprint(scenario: Scenario): number {
  const known = fingerprints.get(scenario);
  if (known !== undefined) return known;
  const { $schema: _schema, ...content } = scenario as Scenario & { $schema?: unknown };
  const hash = Number.parseInt(fnv1a(canonicalJson(content)), 16);
  const fingerprint = (hash >>> SCENARIO_FINGERPRINT_BITS) ^ (hash & (2 ** SCENARIO_FINGERPRINT_BITS - 1));
  fingerprints.set(scenario, fingerprint);
  return fingerprint;
}

/** The tag of a scenario id (9 bits of its hash). */
export function scenarioTag(id: string): number {
  return Number.parseInt(fnv1a(id), 16) % 2 ** SCENARIO_TAG_BITS;
}

/** What a session code says of its custom scenario: the id's tag and the content's fingerprint. */
export interface CustomScenarioRef {
  tag: number;
  fingerprint: number;
}

/** The custom scenarios sessions may play, by fingerprint and id (several versions of one id may be known). */
const customScenarios = new Map<string, Scenario>();
const customKey = (id: string, fingerprint: number) => `${fingerprint}:${id}`;

/**
 * Makes a custom scenario (already validated) playable in sessions; returns its fingerprint. A
 * built-in scenario's id is refused: sessions name those by their place in the code.
 */
export function addSessionScenario(scenario: Scenario): number {
  if (isScenarioId(scenario.id)) throw new Error(`"${scenario.id}" is a built-in scenario's id`);
  const fingerprint = scenarioFingerprint(scenario);
  const key = customKey(scenario.id, fingerprint);
  if (!customScenarios.has(key)) customScenarios.set(key, scenario);
  return fingerprint;
}

/** The known custom scenario a code names, and the known ones that share its id's tag in another version. */
export function findSessionScenario(ref: CustomScenarioRef): { scenario: Scenario | null; otherVersions: Scenario[] } {
  let scenario: Scenario | null = null;
  const otherVersions: Scenario[] = [];
  for (const candidate of customScenarios.values()) {
    if (scenarioTag(candidate.id) !== ref.tag) continue;
    if (scenarioFingerprint(candidate) === ref.fingerprint) scenario ??= candidate;
    else otherVersions.push(candidate);
  }
  return { scenario, otherVersions };
}

/** Whether the settings play a scenario made in the editor. */
export function isCustomSession(settings: Pick<SessionSettings, 'scenarioFingerprint'>): boolean {
  return settings.scenarioFingerprint !== undefined;
}

/** The scenario a session's settings name, before the session's budget and events: built-in, or a known custom one. */
export function baseScenario(settings: Pick<SessionSettings, 'scenarioId' | 'scenarioFingerprint'>): Scenario {
  if (settings.scenarioFingerprint === undefined) return scenarioById(settings.scenarioId);
  const scenario = customScenarios.get(customKey(settings.scenarioId, settings.scenarioFingerprint));
  if (!scenario) throw new Error(`the custom scenario "${settings.scenarioId}" of this session is not known here`);
  return scenario;
}

/** Whether the settings name a scenario this page can play (built-in, or a known custom one). */
function knownScenario(s: { scenarioId: string; scenarioFingerprint?: number | undefined }): boolean {
  return s.scenarioFingerprint === undefined
    ? isScenarioId(s.scenarioId)
    : customScenarios.has(customKey(s.scenarioId, s.scenarioFingerprint));
}

export const sessionSettingsSchema = z
  .strictObject({
    scenarioId: z.string().min(1),
    /** Only for a custom scenario: its fingerprint (scenarioFingerprint). */
    scenarioFingerprint: z
      .number()
      .int()
      .min(0)
      .max(2 ** SCENARIO_FINGERPRINT_BITS - 1)
      .optional(),
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
    if (!knownScenario(s)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scenarioId'],
        message:
          s.scenarioFingerprint === undefined
            ? `must be one of ${SCENARIO_IDS.join(', ')}`
            : `no scenario "${s.scenarioId}" in the session's version is known here`,
      });
      return;
    }
    if (!Array.isArray(s.events)) return;
    const known = new Set(baseScenario(s).events.map((e) => e.id));
    const seen = new Set<string>();
    s.events.forEach((id, i) => {
      if (!known.has(id))
        ctx.addIssue({ code: 'custom', path: ['events', i], message: `"${id}" is not an event of ${s.scenarioId}` });
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path: ['events', i], message: `"${id}" is listed twice` });
      seen.add(id);
    });
  });

export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

/**
 * The settings a new session starts from: the scenario's own term and budget, every event, normal
 * difficulty. A built-in scenario by id; a custom one as the scenario itself (made known here).
 */
export function defaultSessionSettings(chosen: string | Scenario, seed: number): SessionSettings {
  const scenario = typeof chosen === 'string' ? scenarioById(chosen) : chosen;
  const custom = !isScenarioId(scenario.id);
  return {
    scenarioId: scenario.id,
    ...(custom ? { scenarioFingerprint: addSessionScenario(scenario) } : {}),
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
export function allowedEventIds(
  settings: Pick<SessionSettings, 'scenarioId' | 'scenarioFingerprint' | 'events'>,
): string[] {
  const all = baseScenario(settings).events.map((e) => e.id);
  if (settings.events === 'all') return all;
  if (settings.events === 'none') return [];
  const chosen = new Set(settings.events);
  return all.filter((id) => chosen.has(id));
}

/** The same settings written one way (chosen events in the scenario's order; all or none by name). */
export function canonicalSettings(settings: SessionSettings): SessionSettings {
  const total = baseScenario(settings).events.length;
  const allowed = allowedEventIds(settings);
  const events: EventSelection = allowed.length === total ? 'all' : allowed.length === 0 ? 'none' : allowed;
  return { ...settings, events };
}

/** A string naming everything that shapes the game (not the room's settings: teams, timer, roles). */
export function gameSettingsKey(settings: SessionSettings): string {
  const s = canonicalSettings(settings);
  const events = Array.isArray(s.events) ? s.events.join(',') : s.events;
  const scenario = s.scenarioFingerprint === undefined ? s.scenarioId : `${s.scenarioId}#${s.scenarioFingerprint}`;
  return `${scenario}|${s.termYears}|${s.budgetUsdM}|${s.difficulty}|${events}|${s.seed}`;
}

const sessionScenarios = new Map<string, Scenario>();

/**
 * The scenario the session plays: the built-in (or custom) one with the session's budget and only the allowed
 * events. The same object for the same settings, so the turn machine's model cache is shared by every
 * team replayed on the dashboard.
 */
export function sessionScenario(settings: SessionSettings): Scenario {
  const key = gameSettingsKey(settings);
  const cached = sessionScenarios.get(key);
  if (cached) return cached;
  const base = baseScenario(settings);
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
