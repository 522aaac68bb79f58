// The session code: everything a team needs to join a workshop session, with no server, in a short
// typeable code (Crockford base 32, grouped K7QF-2M9D-…), and the join link that carries it
// (#workshop&join=<code>).
//
// Layout, version 1 (most significant bit first):
//   version       3 bits   1
//   check        10 bits   CRC-10 of every other bit (version, length, settings, padding)
//   length        3 bits   the code's length in characters, modulo 8
//   scenario      5 bits   index in SESSION_SCENARIO_CODES
//   teams − 1     5 bits   0..29
//   term − 1      5 bits   0..29
//   budget        1 bit    0: the scenario's own; 1: followed by exponent (3 bits) and mantissa − 100
//                          (10 bits), the budget being mantissa × 10^(exponent − 4) US$ million
//   difficulty    2 bits   easy, normal, hard
//   events        2 bits   all, none, chosen; chosen is followed by one bit per scenario event
//   timer         1 bit    1: followed by minutes − 1 (5 bits)
//   roles         1 bit
//   seed         17 bits
//   padding       zeros to a whole character
// A session with the scenario's budget, every event and no timer takes 55 bits: 11 characters
// (XXXX-XXXX-XXX); a timer adds one, a custom budget three, a chosen event list one or two (17 at
// most). Eight characters cannot hold it: the seed takes more than three, the check two.
//
// Version 2, a session on a scenario made in the scenario editor: the same, but the 5-bit scenario
// index gives way to
//   tag            9 bits   scenarioTag(id): which scenario, so a device with another version names it
//   fingerprint   20 bits   scenarioFingerprint(scenario): which version of it
// The code only names the scenario (16 characters for the usual session, 22 at most): a device
// needs the scenario itself, from the join link (which carries it, compressed as the editor's share
// links are) or from the scenario file. Version 1 codes are written and read exactly as before, so
// codes already handed out keep their meaning and their session ids.
import { readEditorHash, editorShareHash, type EditorLink } from '../view/editor-share';
import { msg } from '../view/report';
import {
  baseScenario,
  canonicalSettings,
  findSessionScenario,
  SCENARIO_FINGERPRINT_BITS,
  SCENARIO_TAG_BITS,
  scenarioTag,
  type CustomScenarioRef,
  budgetFromParts,
  budgetGridParts,
  sessionSettingsSchema,
  type SessionSettings,
  SESSION_SEED_BITS,
} from '../view/workshop-session';
import { DIFFICULTY_LEVELS } from '../flow';
import {
  BITS_PER_CHAR,
  BitReader,
  bitsToBase32,
  BitWriter,
  CRC10,
  fnv1a32,
  groupCode,
  headerBits,
  normaliseCode,
  openCode,
  OutOfBits,
  sealCode,
  type CodeLayout,
} from './code-bits';
import { commonProblem, diagnoseFailedCheck, refuse } from './workshop-code-error';

/** The layout of a session on a built-in scenario. */
export const SESSION_CODE_VERSION = 1;
/** The layout of a session on a scenario made in the editor. */
export const CUSTOM_SESSION_CODE_VERSION = 2;
/** The newest layout this version reads: a code with a higher version was made by a newer app. */
export const LATEST_SESSION_CODE_VERSION = CUSTOM_SESSION_CODE_VERSION;
const LAYOUT: CodeLayout = { versionBits: 3, check: CRC10, lengthBits: 3 };

/**
 * The scenarios a session code can name, by position. Append new scenarios at the end and never
 * reorder or remove one: codes already handed out name scenarios by their position here.
 */
export const SESSION_SCENARIO_CODES: readonly string[] = [
  'bangalore-it',
  'sialkot-surgical',
  'guadalajara-electronics',
  'sinos-valley-footwear',
  'kamukunji-metalwork',
  'suame-magazine',
  'survival-cluster',
  'mass-producers',
  'tnc-cluster',
];
const SCENARIO_BITS = 5;

/** Longer than this, a "session code" is something else (a result code is 40 characters or more). */
const MAX_SESSION_CHARS = 24;

const EVENT_MODES = ['all', 'none', 'chosen'] as const;

function writeSettings(w: BitWriter, s: SessionSettings): void {
  const scenario = baseScenario(s);
  if (s.scenarioFingerprint === undefined) w.uint(SESSION_SCENARIO_CODES.indexOf(s.scenarioId), SCENARIO_BITS);
  else w.uint(scenarioTag(s.scenarioId), SCENARIO_TAG_BITS).uint(s.scenarioFingerprint, SCENARIO_FINGERPRINT_BITS);
  w.uint(s.teams - 1, 5);
  w.uint(s.termYears - 1, 5);
  const ownBudget = s.budgetUsdM === scenario.budgetUsdM;
  w.bool(!ownBudget);
  if (!ownBudget) {
    const parts = budgetGridParts(s.budgetUsdM);
    if (!parts) throw new Error(`budget ${s.budgetUsdM} is not on the session grid`);
    w.uint(parts.exponent, 3).uint(parts.mantissa - 100, 10);
  }
  w.uint(DIFFICULTY_LEVELS.indexOf(s.difficulty), 2);
  const mode = Array.isArray(s.events) ? 'chosen' : s.events;
  w.uint(EVENT_MODES.indexOf(mode), 2);
  if (Array.isArray(s.events)) {
    const chosen = new Set(s.events);
    for (const event of scenario.events) w.bool(chosen.has(event.id));
  }
  w.bool(s.timerMinutes !== null);
  if (s.timerMinutes !== null) w.uint(s.timerMinutes - 1, 5);
  w.bool(s.roles);
  w.uint(s.seed, SESSION_SEED_BITS);
}

/** The scenario a version 2 code names, when this device knows it; refused with what to do otherwise. */
function customScenario(ref: CustomScenarioRef): { scenarioId: string; scenarioFingerprint: number } {
  const found = findSessionScenario(ref);
  if (found.scenario) return { scenarioId: found.scenario.id, scenarioFingerprint: ref.fingerprint };
  const other = found.otherVersions[0];
  if (other)
    refuse(
      'otherScenarioVersion',
      msg(
        'This device has another version of “{name}” than the one this session plays. Open the join link the facilitator shares, or open the session’s scenario file.',
        { name: other.name },
      ),
    );
  return refuse(
    'missingScenario',
    msg(
      'This session plays a scenario made in the scenario editor, and this device does not have it. Open the join link the facilitator shares, or open the session’s scenario file.',
    ),
  );
}

/**
 * Reads the settings. With `strict`, a value no encoder writes is refused with its message; without,
 * only the layout is followed (to tell a short code from a mistyped one).
 */
function readSettings(r: BitReader, version: number, strict: boolean): SessionSettings {
  let named: { scenarioId: string; scenarioFingerprint?: number };
  if (version === CUSTOM_SESSION_CODE_VERSION) {
    const tag = r.uint(SCENARIO_TAG_BITS);
    named = customScenario({ tag, fingerprint: r.uint(SCENARIO_FINGERPRINT_BITS) });
  } else {
    const scenarioId = SESSION_SCENARIO_CODES[r.uint(SCENARIO_BITS)];
    if (scenarioId === undefined)
      refuse('unknownScenario', msg('The code names a scenario this version of Cluster Policy Lab does not have.'));
    named = { scenarioId };
  }
  const scenario = baseScenario(named);
  const scenarioId = named.scenarioId;
  const teams = r.uint(5) + 1;
  const termYears = r.uint(5) + 1;
  let budgetUsdM = scenario.budgetUsdM;
  if (r.bool()) {
    const exponent = r.uint(3);
    const mantissa = r.uint(10) + 100;
    budgetUsdM = budgetFromParts(mantissa, exponent);
  }
  const difficulty = DIFFICULTY_LEVELS[r.uint(2)];
  const mode = EVENT_MODES[r.uint(2)];
  let events: SessionSettings['events'] = mode === 'chosen' ? [] : (mode ?? 'all');
  if (mode === 'chosen') {
    const ids: string[] = [];
    for (const event of scenario.events) if (r.bool()) ids.push(event.id);
    events = ids;
  }
  const timerMinutes = r.bool() ? r.uint(5) + 1 : null;
  const roles = r.bool();
  const seed = r.uint(SESSION_SEED_BITS);
  const settings = {
    scenarioId,
    ...(named.scenarioFingerprint === undefined ? {} : { scenarioFingerprint: named.scenarioFingerprint }),
    teams,
    termYears,
    budgetUsdM,
    difficulty,
    events,
    timerMinutes,
    roles,
    seed,
  };
  if (strict) {
    const parsed = sessionSettingsSchema.safeParse(settings);
    if (!difficulty || !mode || !parsed.success) {
      const issue = parsed.success ? null : parsed.error.issues[0];
      const problem = issue ? `${issue.path.join('.')}: ${issue.message}` : 'difficulty or events';
      refuse('invalidSettings', msg('The code holds settings this version cannot use ({problem}).', { problem }));
    }
    return parsed.data;
  }
  return settings as SessionSettings;
}

/**
 * Seals a version and payload bits into code characters (check, length, padding). The encoder's last
 * step; tests use it to build codes no encoder writes.
 */
export function sealSessionBits(version: number, payload: readonly number[]): string {
  return sealCode(LAYOUT, version, payload);
}

/** The session code's characters, ungrouped ("K7QF2M9DX3A"). */
export function sessionCodeChars(settings: SessionSettings): string {
  const valid = sessionSettingsSchema.parse(settings);
  const payload = new BitWriter();
  writeSettings(payload, canonicalSettings(valid));
  const version = valid.scenarioFingerprint === undefined ? SESSION_CODE_VERSION : CUSTOM_SESSION_CODE_VERSION;
  return sealSessionBits(version, payload.bits);
}

/** The session code as shown and typed: groups of four joined by hyphens ("K7QF-2M9D-X3A"). */
export function encodeSessionCode(settings: SessionSettings): string {
  return groupCode(sessionCodeChars(settings));
}

/**
 * The session's id, as result codes carry it: 20 bits of a fingerprint of the session code. Two
 * sessions share one id once in a million.
 */
export const SESSION_ID_BITS = 20;
export function sessionIdOf(settings: SessionSettings): number {
  return fnv1a32(sessionCodeChars(settings)) % 2 ** SESSION_ID_BITS;
}

/** A session id in four code characters, for messages ("session 7QF2"). */
export function sessionIdText(id: number): string {
  return bitsToBase32(new BitWriter().uint(id, SESSION_ID_BITS).bits);
}

/** Reads a session code. Throws a WorkshopCodeError with one message when it cannot. */
export function decodeSessionCode(text: string): SessionSettings {
  const { chars, invalid } = normaliseCode(text);
  if (invalid.length > 0) commonProblem('characters', invalid);
  if (chars.length === 0) refuse('empty', msg('Type or paste the session code.'));
  if (chars.length > MAX_SESSION_CHARS)
    refuse('wrongKind', msg('This is a result code, not a session code: add it on the dashboard.'));
  if (chars.length * BITS_PER_CHAR < headerBits(LAYOUT) + BITS_PER_CHAR) commonProblem('tooShort');
  const code = openCode(LAYOUT, chars);
  if (code.version > LATEST_SESSION_CODE_VERSION) commonProblem('newerVersion');
  if (code.version === 0 || !code.checked)
    diagnoseFailedCheck(() => {
      const lax = new BitReader(code.payload);
      readSettings(lax, code.version, false);
      return lax.remaining;
    }, code.lengthAgrees);
  const reader = new BitReader(code.payload);
  let settings: SessionSettings;
  try {
    settings = readSettings(reader, code.version, true);
  } catch (error) {
    if (error instanceof OutOfBits) commonProblem('tooShort');
    throw error;
  }
  if (reader.remaining >= BITS_PER_CHAR || !reader.restIsZero()) commonProblem('tooLong');
  return settings;
}

/**
 * The custom scenario a session code names (its tag and fingerprint), read without the scenario: null
 * when the code is not an intact session code on a custom scenario. What a scenario file or a join
 * link's scenario is checked against.
 */
export function customScenarioRef(text: string): CustomScenarioRef | null {
  const { chars, invalid } = normaliseCode(text);
  if (invalid.length > 0 || chars.length > MAX_SESSION_CHARS) return null;
  if (chars.length * BITS_PER_CHAR < headerBits(LAYOUT) + SCENARIO_TAG_BITS + SCENARIO_FINGERPRINT_BITS) return null;
  const code = openCode(LAYOUT, chars);
  if (code.version !== CUSTOM_SESSION_CODE_VERSION || !code.checked || !code.lengthAgrees) return null;
  const reader = new BitReader(code.payload);
  const tag = reader.uint(SCENARIO_TAG_BITS);
  return { tag, fingerprint: reader.uint(SCENARIO_FINGERPRINT_BITS) };
}

// ---------------------------------------------------------------------------------------------
// The join link

/** The location hash that opens the join screen with the code filled in. */
export function joinHash(settings: SessionSettings): string {
  return `#workshop&join=${encodeSessionCode(settings)}`;
}

/** The join link for a page address (any hash it has is replaced). */
export function joinLink(pageUrl: string, settings: SessionSettings): string {
  return `${pageUrl.replace(/#.*$/s, '')}${joinHash(settings)}`;
}

const SCENARIO_PARAMS = /^(scenario-data|check)=/;

/**
 * The join link that carries the session's custom scenario too (as the editor's share links carry a
 * scenario: compressed, with a check), so a device without it can join; null when the scenario is too
 * big for a link (the scenario file is then the way). For a built-in scenario, the join link.
 */
export function scenarioJoinLink(pageUrl: string, settings: SessionSettings): string | null {
  if (settings.scenarioFingerprint === undefined) return joinLink(pageUrl, settings);
  const shared = editorShareHash(baseScenario(settings));
  if (!shared.ok) return null;
  const params = shared.hash.split('&').filter((part) => SCENARIO_PARAMS.test(part));
  return [joinLink(pageUrl, settings), ...params].join('&');
}

/**
 * The scenario a join link carries, read and checked as the editor reads a share link (never
 * throws): kind "none" when it carries none.
 */
export function joinScenarioFromHash(hash: string): EditorLink {
  const parts = hash.replace(/^#/, '').split('&');
  if (parts[0] !== 'workshop') return { kind: 'none' };
  const params = parts.slice(1).filter((part) => SCENARIO_PARAMS.test(part));
  if (!params.some((part) => part.startsWith('scenario-data='))) return { kind: 'none' };
  return readEditorHash(`#editor&${params.join('&')}`);
}

/** The code in a join link's hash ("#workshop&join=K7QF-…"), not yet decoded; null when the hash is no join link. */
export function joinCodeFromHash(hash: string): string | null {
  const parts = hash.replace(/^#/, '').split('&');
  if (parts[0] !== 'workshop') return null;
  const params = new URLSearchParams(parts.slice(1).join('&'));
  const code = params.get('join');
  return code === null ? null : code.trim();
}
