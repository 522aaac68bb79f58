// The result code a team hands in: its session's id, its name and its decision log, packed into bits
// and written in Crockford base 32 with a check, short enough to type from a phone. The dashboard
// replays the log through the model (src/view/workshop-replay.ts), so a code carries decisions, never
// numbers, and cannot claim an outcome its decisions do not produce.
//
// Layout, version 1 (most significant bit first):
//   version        5 bits   1 (the first character; a session code's first character is 4..7)
//   check         20 bits   CRC-20 of every other bit (version, length, body, padding)
//   length         4 bits   the code's length in characters, modulo 16
//   session id    20 bits   sessionIdOf(settings)
//   team name      1 bit    0: 5-bit length − 1, then 6 bits a character from NAME_ALPHABET
//                           1: 6-bit UTF-8 byte count, then the bytes
//   years − 1      5 bits
//   each year, against the year before (year 1: the starting settings):
//     allocation   1 bit changed; then a 5-bit mask of the lines that changed, a 2-bit grid
//                  (percent, money, millionths, raw) and the changed shares on it (below)
//     tariff       1 bit changed; then a 2-bit grid and the tariff on it
//     target       1 bit changed; then 2 bits (sme, all, fdi, joint)
//     standards    1 bit
//     event        1 bit; then the event's index among the session's events and the choice's index
//                  among its choices, in as few bits as their counts need
//     prediction   1 bit; then per indicator (output, jobs, poverty) 2 bits: none, rise, same,
//                  fall; rise and fall then take a 2-bit size class: none, a whole number 0..31
//                  (5 bits), tenths 0..10000 (14 bits), or the number's 64 bits
//   padding        zeros to a whole character
//
// The grids. The game keeps shares (of the budget, and the tariff) to six decimals
// (src/view/budget.ts): sliders move in whole percent, money fields in steps of US$ 0.01 m (budgets
// up to 5 m) or 0.1 m, which are shares like 3.7 / 60 = 0.061667. Each year's changed shares go on
// the grid that holds them all exactly in the fewest bits: whole percent (7 bits), money steps of
// that year's budget (bits enough for the whole budget: 10 for US$ 60 m), millionths (20 bits), or,
// for a value off every grid (never from the game's panel), its 64 bits. The year's budget is the
// session's, changed by event choices as the log records them, so the decoder knows it too. Every
// decision the turn machine accepts is carried exactly; a slider-played year costs 7 bits a changed
// line. Predicted sizes have classes of the same kind.
import {
  hasPrediction,
  modelFor,
  PREDICTION_DIRECTIONS,
  PREDICTION_INDICATORS,
  predictionProblems,
  type LogEntry,
  type Prediction,
  type IndicatorPrediction,
} from '../flow';
import {
  applyEffects,
  decisionProblems,
  INCENTIVE_TARGETS,
  initialState,
  LEVERS,
  type ClusterState,
  type Decisions,
  type Lever,
} from '../model';
import { moneyStep } from '../view/budget';
import { msg } from '../view/report';
import {
  baseScenario,
  isCustomSession,
  sessionScenario,
  teamNameSchema,
  TERM_LIMITS,
  type SessionSettings,
} from '../view/workshop-session';
import { DIFFICULTY_PRESETS } from '../flow';
import {
  BITS_PER_CHAR,
  BitReader,
  bitsFor,
  BitWriter,
  CRC20,
  groupCode,
  headerBits,
  normaliseCode,
  openCode,
  OutOfBits,
  sealCode,
  type CodeLayout,
} from './code-bits';
import { commonProblem, diagnoseFailedCheck, refuse } from './workshop-code-error';
import {
  customScenarioRef,
  decodeSessionCode,
  SESSION_ID_BITS,
  sessionIdOf,
  sessionIdText,
} from './workshop-session-code';

export const RESULT_CODE_VERSION = 1;
const LAYOUT: CodeLayout = { versionBits: 5, check: CRC20, lengthBits: 4 };
/** Result codes are shown in groups of five characters. */
export const RESULT_GROUP_SIZE = 5;

/** Names written 6 bits a character (others go as UTF-8 bytes). */
export const NAME_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -';

/** What a result code carries. */
export interface TeamResult {
  sessionId: number;
  teamName: string;
  log: LogEntry[];
}

// ---------------------------------------------------------------------------------------------
// Shares and sizes on grids

const MICRO = 1_000_000;

/**
 * The grids a year's changed shares may go on, by their 2-bit code. `bits` is the width of one value
 * on the grid given the year's budget; a grid that cannot hold a value returns null from `index`.
 */
interface ShareGrid {
  bits(budgetUsdM: number): number;
  /** The value's index on the grid, or null when the grid does not hold it exactly. */
  index(value: number, budgetUsdM: number): number | null;
  value(index: number, budgetUsdM: number): number;
}

/** Shares the game's rounding makes: millionths (src/view/budget.ts, roundShare). */
const round6 = (x: number): number => Math.round(x * MICRO) / MICRO;

function exactly(value: number, candidate: number, decode: (i: number) => number): number | null {
  return Number.isSafeInteger(candidate) && candidate >= 0 && decode(candidate) === value && !Object.is(value, -0)
    ? candidate
    : null;
}

const PERCENT: ShareGrid = {
  bits: () => 7,
  index: (v) => exactly(v, Math.round(v * 100), (i) => (i <= 100 ? round6(i / 100) : NaN)),
  value: (i) => round6(i / 100),
};

/**
 * Money-field amounts: the panel's money step of the year's budget (moneyStep), as typed ("3.7"),
 * divided by the budget and rounded as the panel rounds (US$ 3.7 m of 60 m is 0.061667).
 */
const MONEY: ShareGrid = {
  bits: (budget) => bitsFor(moneyUnits(budget) + 1),
  index(v, budget) {
    const units = moneyUnits(budget);
    const perUsdM = Math.round(1 / moneyStep(budget));
    const decode = (i: number) => (i <= units ? round6(i / perUsdM / budget) : NaN);
    const guess = Math.round(v * budget * perUsdM);
    for (const candidate of [guess, guess - 1, guess + 1]) {
      const found = exactly(v, candidate, decode);
      if (found !== null) return found;
    }
    return null;
  },
  value: (i, budget) => round6(i / Math.round(1 / moneyStep(budget)) / budget),
};

/** Money steps in the whole budget. */
function moneyUnits(budgetUsdM: number): number {
  return Math.round(budgetUsdM / moneyStep(budgetUsdM));
}

const MILLIONTHS: ShareGrid = {
  bits: () => 20,
  index: (v) => exactly(v, Math.round(v * MICRO), (i) => (i <= MICRO ? i / MICRO : NaN)),
  value: (i) => i / MICRO,
};

/** Any double, as its 64 bits (never from the game's panel, but accepted by the turn machine). */
const RAW_GRID = 3;
const SHARE_GRIDS: readonly ShareGrid[] = [PERCENT, MONEY, MILLIONTHS];

/** The grid that holds every value exactly in the fewest bits, as its code (RAW_GRID: none does). */
function gridFor(values: readonly number[], budgetUsdM: number): number {
  let best = RAW_GRID;
  let bestBits = 64;
  SHARE_GRIDS.forEach((grid, code) => {
    const bits = grid.bits(budgetUsdM);
    if (bits < bestBits && values.every((v) => grid.index(v, budgetUsdM) !== null)) {
      best = code;
      bestBits = bits;
    }
  });
  return best;
}

function writeShare(w: BitWriter, value: number, grid: number, budgetUsdM: number): void {
  const spec = SHARE_GRIDS[grid];
  if (!spec) w.float64(value);
  else w.uint(spec.index(value, budgetUsdM) as number, spec.bits(budgetUsdM));
}

/** A share read from its grid: the same double the game's panel makes. */
function readShare(r: BitReader, grid: number, budgetUsdM: number): number {
  const spec = SHARE_GRIDS[grid];
  if (!spec) return r.float64();
  return spec.value(r.uint(spec.bits(budgetUsdM)), budgetUsdM);
}

const SIZE_NONE = 0;
const SIZE_WHOLE = 1;
const SIZE_TENTHS = 2;
const SIZE_RAW = 3;

function writeSize(w: BitWriter, size: number | undefined): void {
  if (size === undefined) w.uint(SIZE_NONE, 2);
  else if (Number.isInteger(size) && size >= 0 && size <= 31) w.uint(SIZE_WHOLE, 2).uint(size, 5);
  else if (Math.round(size * 10) / 10 === size && size >= 0 && size <= 1000)
    w.uint(SIZE_TENTHS, 2).uint(Math.round(size * 10), 14);
  else w.uint(SIZE_RAW, 2).float64(size);
}

function readSize(r: BitReader): number | undefined {
  switch (r.uint(2)) {
    case SIZE_WHOLE:
      return r.uint(5);
    case SIZE_TENTHS:
      return r.uint(14) / 10;
    case SIZE_RAW:
      return r.float64();
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Team names

function writeName(w: BitWriter, name: string): void {
  const plain = [...name].every((c) => NAME_ALPHABET.includes(c));
  w.bool(!plain);
  if (plain) {
    w.uint(name.length - 1, 5);
    for (const c of name) w.uint(NAME_ALPHABET.indexOf(c), 6);
  } else {
    const bytes = new TextEncoder().encode(name);
    w.uint(bytes.length, 6);
    for (const b of bytes) w.uint(b, 8);
  }
}

function readName(r: BitReader): string {
  if (!r.bool()) {
    const length = r.uint(5) + 1;
    let name = '';
    for (let i = 0; i < length; i++) name += NAME_ALPHABET[r.uint(6)] ?? '';
    return name;
  }
  const length = r.uint(6);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = r.uint(8);
  // fatal: bytes that are not UTF-8 are a damaged name, not a name with replacement marks.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return '\u0000';
  }
}

// ---------------------------------------------------------------------------------------------
// Years

/** The session's starting state (the machine's first state). */
function startingState(settings: SessionSettings): ClusterState {
  const scenario = sessionScenario(settings);
  return initialState(scenario, modelFor(scenario, DIFFICULTY_PRESETS[settings.difficulty]), settings.seed);
}

/** The decisions in force before year 1 of a session's game (the machine's first draft). */
export function startingDecisions(settings: SessionSettings): Decisions {
  return startingState(settings).decisions;
}

/**
 * The yearly budgets as the game's panel shows them, year by year: the session's, changed by the
 * choices made after each year (an event's budget effect applies from the next year, as in the
 * model). Only the money grid reads them, and encoder and decoder follow the same log, so they agree.
 */
class BudgetTracker {
  private readonly start: ClusterState;
  private budget: number;
  constructor(private readonly settings: SessionSettings) {
    this.start = startingState(settings);
    this.budget = this.start.budgetUsdM;
  }
  get current(): number {
    return this.budget;
  }
  /** After a year: its event choice's effects, if any, change the budget from the next year on. */
  after(entry: LogEntry): void {
    if (!entry.event) return;
    const event = sessionScenario(this.settings).events.find((e) => e.id === entry.event?.eventId);
    const effects = event?.choices.find((c) => c.id === entry.event?.choiceId)?.effects ?? [];
    if (effects.some((e) => e.target === 'budgetUsdM'))
      this.budget = applyEffects({ ...this.start, budgetUsdM: this.budget }, effects).budgetUsdM;
  }
}

const DIRECTION_CODES = ['none', ...PREDICTION_DIRECTIONS] as const;

function writeYear(
  w: BitWriter,
  entry: LogEntry,
  previous: Decisions,
  settings: SessionSettings,
  budgetUsdM: number,
): void {
  const d = entry.decisions;
  const changed = LEVERS.filter((lever) => d.allocation[lever] !== previous.allocation[lever]);
  w.bool(changed.length > 0);
  if (changed.length > 0) {
    for (const lever of LEVERS) w.bool(changed.includes(lever));
    const grid = gridFor(
      changed.map((lever) => d.allocation[lever]),
      budgetUsdM,
    );
    w.uint(grid, 2);
    for (const lever of changed) writeShare(w, d.allocation[lever], grid, budgetUsdM);
  }
  w.bool(d.tariff !== previous.tariff);
  if (d.tariff !== previous.tariff) {
    const grid = gridFor([d.tariff], budgetUsdM);
    w.uint(grid, 2);
    writeShare(w, d.tariff, grid, budgetUsdM);
  }
  w.bool(d.incentiveTarget !== previous.incentiveTarget);
  if (d.incentiveTarget !== previous.incentiveTarget) w.uint(INCENTIVE_TARGETS.indexOf(d.incentiveTarget), 2);
  w.bool(d.laborStandards);

  const events = sessionScenario(settings).events;
  w.bool(entry.event !== undefined);
  if (entry.event) {
    const { eventId, choiceId } = entry.event;
    const index = events.findIndex((e) => e.id === eventId);
    const event = events[index];
    if (!event) throw new Error(`"${eventId}" is not an event of this session`);
    const choice = event.choices.findIndex((c) => c.id === choiceId);
    if (choice < 0) throw new Error(`"${choiceId}" is not a choice of event "${eventId}"`);
    w.uint(index, bitsFor(events.length)).uint(choice, bitsFor(event.choices.length));
  }

  const prediction = hasPrediction(entry.prediction) ? entry.prediction : null;
  w.bool(prediction !== null);
  if (prediction) {
    for (const indicator of PREDICTION_INDICATORS) {
      const p = prediction[indicator];
      w.uint(DIRECTION_CODES.indexOf(p?.direction ?? 'none'), 2);
      if (p && p.direction !== 'same') writeSize(w, p.magnitude);
    }
  }
}

/** One year as the code has it; `strict` refuses what no encoder writes, naming the year. */
function readYear(
  r: BitReader,
  previous: Decisions,
  settings: SessionSettings,
  year: number,
  budgetUsdM: number,
  strict: boolean,
): LogEntry {
  const allocation = { ...previous.allocation };
  if (r.bool()) {
    const changed = LEVERS.filter(() => r.bool());
    const grid = r.uint(2);
    for (const lever of changed) allocation[lever as Lever] = readShare(r, grid, budgetUsdM);
    if (strict && changed.length === 0) damaged(year);
  }
  let tariff = previous.tariff;
  if (r.bool()) {
    const grid = r.uint(2);
    tariff = readShare(r, grid, budgetUsdM);
  }
  let incentiveTarget = previous.incentiveTarget;
  if (r.bool()) incentiveTarget = INCENTIVE_TARGETS[r.uint(2)] ?? previous.incentiveTarget;
  const laborStandards = r.bool();
  const decisions: Decisions = { allocation, tariff, incentiveTarget, laborStandards };
  if (strict) {
    const problems = decisionProblems(decisions);
    if (problems.length > 0)
      refuse(
        'invalidDecisions',
        msg('Year {k}: the decisions in the code are not valid ({problem}).', { k: year, problem: problems[0] ?? '' }),
      );
  }
  const entry: LogEntry = { decisions };

  if (r.bool()) {
    const events = sessionScenario(settings).events;
    const event = events[r.uint(bitsFor(events.length))];
    // Refused even when only diagnosing: the layout cannot go on without the event's choice count.
    if (!event)
      refuse('unknownEvent', msg('Year {k}: the code names an event this session does not have.', { k: year }));
    const choice = event.choices[r.uint(bitsFor(event.choices.length))];
    if (!choice)
      refuse(
        'unknownChoice',
        msg('Year {k}: the code names a choice event “{event}” does not have.', { k: year, event: event.title }),
      );
    entry.event = { eventId: event.id, choiceId: choice.id };
  }

  if (r.bool()) {
    const prediction: Prediction = {};
    for (const indicator of PREDICTION_INDICATORS) {
      const direction = DIRECTION_CODES[r.uint(2)] ?? 'none';
      if (direction === 'none') continue;
      const value: IndicatorPrediction = { direction };
      if (direction !== 'same') {
        const size = readSize(r);
        if (size !== undefined) value.magnitude = size;
      }
      prediction[indicator] = value;
    }
    if (strict && (!hasPrediction(prediction) || predictionProblems(prediction).length > 0))
      refuse('invalidPrediction', msg('Year {k}: the prediction in the code is not valid.', { k: year }));
    entry.prediction = prediction;
  }
  return entry;
}

function damaged(year: number): never {
  refuse(
    'invalidDecisions',
    msg('Year {k}: the decisions in the code are not valid ({problem}).', { k: year, problem: 'no line changed' }),
  );
}

// ---------------------------------------------------------------------------------------------
// The code

function writeBody(w: BitWriter, settings: SessionSettings, teamName: string, log: readonly LogEntry[]): void {
  w.uint(sessionIdOf(settings), SESSION_ID_BITS);
  writeName(w, teamName);
  w.uint(log.length - 1, 5);
  let previous = startingDecisions(settings);
  const budget = new BudgetTracker(settings);
  for (const entry of log) {
    writeYear(w, entry, previous, settings, budget.current);
    previous = entry.decisions;
    budget.after(entry);
  }
}

function readBody(r: BitReader, settings: SessionSettings, strict: boolean): TeamResult {
  const sessionId = r.uint(SESSION_ID_BITS);
  const ours = sessionIdOf(settings);
  if (strict && sessionId !== ours) {
    const ids = { theirs: sessionIdText(sessionId), ours: sessionIdText(ours) };
    // On a custom scenario, a team that played another version of it had another session code too.
    refuse(
      'foreignSession',
      isCustomSession(settings)
        ? msg(
            'This result belongs to another session ({theirs}) or to another version of “{name}”, not to this one ({ours}).',
            { ...ids, name: baseScenario(settings).name },
          )
        : msg('This result belongs to another session ({theirs}), not to this one ({ours}).', ids),
    );
  }
  const rawName = readName(r);
  const name = teamNameSchema.safeParse(rawName);
  if (strict && (!name.success || name.data !== rawName))
    refuse('invalidTeamName', msg('The team name in the code is not valid.'));
  const years = r.uint(5) + 1;
  if (strict && years > settings.termYears)
    refuse(
      'tooManyYears',
      msg('The code has {n} years, more than the session’s term of {term}.', { n: years, term: settings.termYears }),
    );
  const log: LogEntry[] = [];
  let previous = startingDecisions(settings);
  const budget = new BudgetTracker(settings);
  for (let k = 1; k <= years; k++) {
    const entry = readYear(r, previous, settings, k, budget.current, strict);
    log.push(entry);
    previous = entry.decisions;
    budget.after(entry);
  }
  return { sessionId, teamName: rawName, log };
}

/**
 * Seals a version and body bits into code characters (check, length, padding). The encoder's last
 * step; tests use it to build codes no encoder writes.
 */
export function sealResultBits(version: number, body: readonly number[]): string {
  return sealCode(LAYOUT, version, body);
}

/** The result code's characters, ungrouped. Throws (a programming error) on a log the game cannot make. */
export function resultCodeChars(settings: SessionSettings, teamName: string, log: readonly LogEntry[]): string {
  const name = teamNameSchema.parse(teamName);
  if (log.length < 1 || log.length > Math.min(settings.termYears, TERM_LIMITS.max))
    throw new RangeError(`a result has 1 to ${settings.termYears} years, not ${log.length}`);
  for (const [i, entry] of log.entries()) {
    const problems = [
      ...decisionProblems(entry.decisions),
      ...(entry.prediction ? predictionProblems(entry.prediction) : []),
    ];
    if (problems.length > 0) throw new RangeError(`year ${i + 1}: ${problems.join('; ')}`);
  }
  const body = new BitWriter();
  writeBody(body, settings, name, log);
  return sealResultBits(RESULT_CODE_VERSION, body.bits);
}

/** The result code as shown: groups of five characters joined by hyphens. */
export function encodeResultCode(settings: SessionSettings, teamName: string, log: readonly LogEntry[]): string {
  return groupCode(resultCodeChars(settings, teamName, log), RESULT_GROUP_SIZE);
}

/**
 * Reads a result code for a session. Strict: a wrong version, a failed check, missing or extra
 * characters, another session's code, a damaged name, more years than the term, or decisions the game
 * would refuse (shares over the budget, an event or choice the session does not have) each throw a
 * WorkshopCodeError with one message.
 */
export function decodeResultCode(text: string, settings: SessionSettings): TeamResult {
  const { chars, invalid } = normaliseCode(text);
  if (invalid.length > 0) commonProblem('characters', invalid);
  if (chars.length === 0) refuse('empty', msg('Type or paste a result code.'));
  if (chars.length * BITS_PER_CHAR < headerBits(LAYOUT)) commonProblem('tooShort');
  const code = openCode(LAYOUT, chars);
  if (code.version !== RESULT_CODE_VERSION) {
    if (isSessionCode(text)) refuse('wrongKind', msg('This is a session code, not a result code.'));
    if (code.version > RESULT_CODE_VERSION) commonProblem('newerVersion');
  }
  if (code.version !== RESULT_CODE_VERSION || !code.checked)
    diagnoseFailedCheck(() => {
      const lax = new BitReader(code.payload);
      readBody(lax, settings, false);
      return lax.remaining;
    }, code.lengthAgrees);
  const reader = new BitReader(code.payload);
  let result: TeamResult;
  try {
    result = readBody(reader, settings, true);
  } catch (error) {
    if (error instanceof OutOfBits) commonProblem('tooShort');
    throw error;
  }
  if (reader.remaining >= BITS_PER_CHAR || !reader.restIsZero()) commonProblem('tooLong');
  return result;
}

function isSessionCode(text: string): boolean {
  // A session code on a custom scenario is one even where its scenario is not known.
  if (customScenarioRef(text)) return true;
  try {
    decodeSessionCode(text);
    return true;
  } catch {
    return false;
  }
}
