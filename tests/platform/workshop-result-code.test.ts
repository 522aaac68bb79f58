import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorPrediction, LogEntry, Prediction } from '../../src/flow';
import { INCENTIVE_TARGETS, LEVERS, type Allocation, type Decisions } from '../../src/model';
import { BitWriter, CROCKFORD_ALPHABET } from '../../src/platform/code-bits';
import { WorkshopCodeError, type CodeProblem } from '../../src/platform/workshop-code-error';
import {
  decodeResultCode,
  encodeResultCode,
  RESULT_CODE_VERSION,
  resultCodeChars,
  sealResultBits,
  startingDecisions,
} from '../../src/platform/workshop-result-code';
import { encodeSessionCode, sessionIdOf, SESSION_SCENARIO_CODES } from '../../src/platform/workshop-session-code';
import { sessionScenario, type SessionSettings } from '../../src/view/workshop-session';
import { moneyTeam, playSession, session, sliderTeam } from '../view/workshop-fixtures';

function problemOf(code: string, settings: SessionSettings): CodeProblem | 'accepted' {
  try {
    decodeResultCode(code, settings);
    return 'accepted';
  } catch (error) {
    if (error instanceof WorkshopCodeError) return error.problem;
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitrary logs a game could make (every decision the turn machine accepts)

/** A share on one of the grids the game's panel makes, or any double (never from the panel). */
const shareArb = (max: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 0, max: Math.round(max * 100) }).map((q) => q / 100),
    fc.integer({ min: 0, max: Math.round(max * 1000) }).map((q) => Math.round((q / 1000) * 1e6) / 1e6),
    fc.integer({ min: 0, max: Math.round(max * 1e6) }).map((q) => q / 1e6),
    // Money-field amounts of the scenarios' budgets (steps of US$ 0.1 m, or 0.01 m up to 5 m).
    fc
      .tuple(fc.constantFrom(60, 50, 25, 20, 8, 2, 0.8), fc.nat(1000))
      .map(([budget, k]) => Math.round(((k / (budget <= 5 ? 100 : 10) / budget) % max) * 1e6) / 1e6),
    fc.double({ min: 0, max, noNaN: true }),
  );

const decisionsArb: fc.Arbitrary<Decisions> = fc.record({
  allocation: fc
    .tuple(...LEVERS.map(() => shareArb(0.2)))
    .map((shares) => Object.fromEntries(LEVERS.map((l, i) => [l, shares[i]])) as Allocation),
  tariff: shareArb(1),
  incentiveTarget: fc.constantFrom(...INCENTIVE_TARGETS),
  laborStandards: fc.boolean(),
});

const sizeArb = fc.oneof(
  fc.integer({ min: 0, max: 31 }),
  fc.integer({ min: 0, max: 10_000 }).map((t) => t / 10),
  fc.double({ min: 0, max: 1000, noNaN: true }),
);

const indicatorArb: fc.Arbitrary<IndicatorPrediction | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant({ direction: 'same' as const }),
  fc.record({ direction: fc.constantFrom('rise' as const, 'fall' as const) }),
  fc.record({ direction: fc.constantFrom('rise' as const, 'fall' as const), magnitude: sizeArb }),
);

const predictionArb: fc.Arbitrary<Prediction | undefined> = fc
  .tuple(indicatorArb, indicatorArb, indicatorArb)
  .map(([output, jobs, poverty]) => {
    const p: Prediction = {};
    if (output) p.output = output;
    if (jobs) p.jobs = jobs;
    if (poverty) p.poverty = poverty;
    return Object.keys(p).length > 0 ? p : undefined;
  });

function logArb(settings: SessionSettings): fc.Arbitrary<LogEntry[]> {
  const events = sessionScenario(settings).events;
  const eventArb =
    events.length === 0
      ? fc.constant(undefined)
      : fc.option(
          fc
            .nat(events.length - 1)
            .chain((i) =>
              fc
                .nat((events[i]?.choices.length ?? 1) - 1)
                .map((c) => ({ eventId: events[i]?.id ?? '', choiceId: events[i]?.choices[c]?.id ?? '' })),
            ),
          { nil: undefined },
        );
  // Years often keep last year's decisions (the draft starts from them), so repeat some.
  const entryArb = fc.record({
    decisions: decisionsArb,
    event: eventArb,
    prediction: predictionArb,
    repeat: fc.boolean(),
  });
  return fc.array(entryArb, { minLength: 1, maxLength: settings.termYears }).map((entries) => {
    const log: LogEntry[] = [];
    let previous = startingDecisions(settings);
    for (const { decisions, event, prediction, repeat } of entries) {
      const d = repeat ? { ...previous, allocation: { ...previous.allocation } } : decisions;
      log.push({ decisions: d, ...(event ? { event } : {}), ...(prediction ? { prediction } : {}) });
      previous = d;
    }
    return log;
  });
}

const teamNameArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 -]{0,22}[A-Za-z0-9]$/),
  fc.constantFrom('Équipe Sénégal', 'فريق القاهرة', '团队 7', 'Team ☀'),
);

const sessionArb: fc.Arbitrary<SessionSettings> = fc
  .record({
    scenarioId: fc.constantFrom(...SESSION_SCENARIO_CODES),
    termYears: fc.integer({ min: 1, max: 30 }),
    seed: fc.nat(1000),
    events: fc.constantFrom('all' as const, 'none' as const),
  })
  .map(({ scenarioId, ...rest }) => session(rest, scenarioId));

const caseArb = sessionArb.chain((settings) =>
  fc.record({ settings: fc.constant(settings), name: teamNameArb, log: logArb(settings) }),
);

describe('result codes', () => {
  it('give back the team name and the decision log exactly, for every log the game can make', () => {
    fc.assert(
      fc.property(caseArb, ({ settings, name, log }) => {
        const decoded = decodeResultCode(encodeResultCode(settings, name, log), settings);
        expect(decoded.teamName).toBe(name.normalize('NFC').replace(/\s+/gu, ' ').trim());
        expect(decoded.sessionId).toBe(sessionIdOf(settings));
        expect(decoded.log).toEqual(log);
      }),
    );
  });

  it('stay under 200 characters for a realistic ten-year game on every scenario', () => {
    const lengths: Record<string, number[]> = {};
    for (const id of SESSION_SCENARIO_CODES) {
      const settings = session({}, id);
      expect(settings.termYears).toBe(10);
      for (const team of [sliderTeam(7), sliderTeam(99), moneyTeam(), moneyTeam(true)]) {
        const context = playSession(settings, team);
        expect(context.log).toHaveLength(10);
        const chars = resultCodeChars(settings, 'Team Lagos 3', context.log);
        (lengths[id] ??= []).push(chars.length);
        expect(chars.length).toBeLessThan(200);
      }
    }
    // The slider teams move two or three lines a year, predict every year and answer every event.
    expect(Math.max(...Object.values(lengths).flat())).toBeGreaterThan(100);
  });

  it('are shown in groups of five and read back however they are typed', () => {
    const settings = session();
    const log = playSession(settings, sliderTeam(3), 4).log;
    const code = encodeResultCode(settings, 'Blue', log);
    expect(code).toMatch(/^([0-9A-Z]{5}-)*[0-9A-Z]{1,5}$/);
    const typed = code.toLowerCase().replace(/0/g, 'o').replace(/-/g, ' ');
    expect(decodeResultCode(typed, settings).log).toEqual(log);
  });

  it('refuse every proper prefix (characters missing), naming it when fewer than 16 are', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ settings, name, log }, at) => {
        const chars = resultCodeChars(settings, name, log);
        const keep = 1 + (at % (chars.length - 1));
        const problem = problemOf(chars.slice(0, keep), settings);
        expect(problem).not.toBe('accepted');
        if (chars.length - keep < 16) expect(problem).toBe('tooShort');
      }),
    );
  });

  it('refuse a code with a character mistyped, dropped, added or swapped with its neighbour', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(30), ({ settings, name, log }, at, shift) => {
        const chars = resultCodeChars(settings, name, log);
        const i = at % chars.length;
        const typo = CROCKFORD_ALPHABET[(CROCKFORD_ALPHABET.indexOf(chars[i] as string) + 1 + shift) % 32] as string;
        const mistyped = problemOf(chars.slice(0, i) + typo + chars.slice(i + 1), settings);
        expect(mistyped).not.toBe('accepted');
        // Past the version and the length field (characters 0 and 5), a typo is named as one.
        if (i !== 0 && i !== 5) expect(mistyped).toBe('mistyped');
        if (i > 0) expect(problemOf(chars.slice(0, i) + chars.slice(i + 1), settings)).not.toBe('accepted');
        expect(problemOf(chars.slice(0, i) + typo + chars.slice(i), settings)).not.toBe('accepted');
        if (i + 1 < chars.length && chars[i] !== chars[i + 1])
          expect(problemOf(chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2), settings)).not.toBe(
            'accepted',
          );
      }),
    );
  });

  it('from another session are refused as foreign, naming both sessions', () => {
    const ours = session({ seed: 1 });
    const theirs = session({ seed: 2 });
    const code = encodeResultCode(theirs, 'Red', playSession(theirs, sliderTeam(1), 2).log);
    expect(problemOf(code, ours)).toBe('foreignSession');
    expect(() => decodeResultCode(code, ours)).toThrow(
      /another session \([0-9A-Z]{4}\), not to this one \([0-9A-Z]{4}\)/,
    );
  });

  it('say which problem it is, in one message', () => {
    const settings = session();
    const code = encodeResultCode(settings, 'Green', playSession(settings, sliderTeam(5), 3).log);
    const cases: [string, CodeProblem, RegExp][] = [
      ['  ', 'empty', /type or paste a result code/i],
      [`${code}!`, 'characters', /“!”/],
      [encodeSessionCode(settings), 'wrongKind', /session code, not a result code/],
      [`${CROCKFORD_ALPHABET[RESULT_CODE_VERSION + 1]}${code.slice(1)}`, 'newerVersion', /newer version/],
      [code.slice(0, -3), 'tooShort', /too short/],
      [`${code}A`, 'tooLong', /too long/],
    ];
    for (const [text, problem, message] of cases) {
      let caught: unknown = null;
      try {
        decodeResultCode(text, settings);
      } catch (error) {
        caught = error;
      }
      expect(caught, text).toBeInstanceOf(WorkshopCodeError);
      expect((caught as WorkshopCodeError).problem, text).toBe(problem);
      expect((caught as WorkshopCodeError).message, text).toMatch(message);
    }
  });
});

describe('result codes with a valid check but decisions no game makes', () => {
  const settings = session();
  const events = sessionScenario(settings).events;

  /** A one-year body as the layout has it, with a hook to write the year. */
  function oneYear(writeYear: (w: BitWriter) => void, options: { name?: string; years?: number } = {}): string {
    const w = new BitWriter().uint(sessionIdOf(settings), 20);
    const name = options.name ?? 'Red';
    w.bool(false).uint(name.length - 1, 5);
    for (const c of name) w.uint('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'.indexOf(c), 6);
    w.uint((options.years ?? 1) - 1, 5);
    for (let k = 0; k < (options.years ?? 1); k++) writeYear(w);
    return sealResultBits(RESULT_CODE_VERSION, w.bits);
  }
  /** Allocation: the given lines (mask) at whole percent; nothing else changed; no event, no prediction. */
  const allocationYear = (percents: number[]) => (w: BitWriter) => {
    w.bool(true);
    for (const _ of LEVERS) w.bool(true);
    w.uint(0, 2);
    for (const p of percents) w.uint(p, 7);
    w.bool(false).bool(false).bool(false).bool(false).bool(false);
  };

  it('accept the layout written by hand (the test writes it right)', () => {
    const decoded = decodeResultCode(oneYear(allocationYear([20, 20, 20, 20, 20])), settings);
    expect(decoded.log[0]?.decisions.allocation).toEqual({
      infrastructure: 0.2,
      training: 0.2,
      research: 0.2,
      incentives: 0.2,
      trade: 0.2,
    });
  });

  it('refuse shares over the budget', () => {
    expect(problemOf(oneYear(allocationYear([30, 30, 30, 10, 1])), settings)).toBe('invalidDecisions');
    expect(() => decodeResultCode(oneYear(allocationYear([30, 30, 30, 10, 1])), settings)).toThrow(
      /Year 1: .*more than the whole budget/,
    );
    expect(problemOf(oneYear(allocationYear([127, 0, 0, 0, 0])), settings)).toBe('invalidDecisions');
  });

  it('refuse an event or a choice the session does not have', () => {
    const withEvent = (index: number, choice: number) => (w: BitWriter) => {
      w.bool(false).bool(false).bool(false).bool(false);
      const choices = events[index]?.choices.length ?? 0;
      w.bool(true)
        .uint(index, 3)
        .uint(choice, Math.ceil(Math.log2(choices)));
      w.bool(false);
    };
    expect(events.length).toBe(8);
    const threeChoices = events.findIndex((e) => e.choices.length === 3);
    expect(decodeResultCode(oneYear(withEvent(threeChoices, 2)), settings).log[0]?.event).toEqual({
      eventId: events[threeChoices]?.id,
      choiceId: events[threeChoices]?.choices[2]?.id,
    });
    expect(problemOf(oneYear(withEvent(threeChoices, 3)), settings)).toBe('unknownChoice');
    const fewer = session({ events: events.slice(0, 5).map((e) => e.id) });
    const code = (() => {
      const w = new BitWriter().uint(sessionIdOf(fewer), 20).bool(false).uint(0, 5).uint(0, 6).uint(0, 5);
      w.bool(false).bool(false).bool(false).bool(false).bool(true).uint(6, 3).uint(0, 1).bool(false);
      return sealResultBits(RESULT_CODE_VERSION, w.bits);
    })();
    expect(problemOf(code, fewer)).toBe('unknownEvent');
  });

  it('refuse more years than the term, and a damaged name', () => {
    const short = session({ termYears: 2 });
    const keep = (w: BitWriter) => w.bool(false).bool(false).bool(false).bool(false).bool(false).bool(false);
    const w = new BitWriter().uint(sessionIdOf(short), 20).bool(false).uint(0, 5).uint(0, 6).uint(2, 5);
    for (let k = 0; k < 3; k++) keep(w);
    expect(problemOf(sealResultBits(RESULT_CODE_VERSION, w.bits), short)).toBe('tooManyYears');
    // A name of spaces only, and UTF-8 that is not UTF-8.
    expect(problemOf(oneYear(keep, { name: '   ' }), settings)).toBe('invalidTeamName');
    const bad = new BitWriter()
      .uint(sessionIdOf(settings), 20)
      .bool(true)
      .uint(2, 6)
      .uint(0xc3, 8)
      .uint(0x28, 8)
      .uint(0, 5);
    keep(bad);
    expect(problemOf(sealResultBits(RESULT_CODE_VERSION, bad.bits), settings)).toBe('invalidTeamName');
  });

  it('refuse a prediction that says nothing or is out of range', () => {
    const empty = (w: BitWriter) => {
      w.bool(false).bool(false).bool(false).bool(false).bool(false);
      w.bool(true).uint(0, 2).uint(0, 2).uint(0, 2);
    };
    expect(problemOf(oneYear(empty), settings)).toBe('invalidPrediction');
    const huge = (w: BitWriter) => {
      w.bool(false).bool(false).bool(false).bool(false).bool(false);
      w.bool(true).uint(1, 2).uint(2, 2).uint(10_001, 14).uint(0, 2).uint(0, 2);
    };
    expect(problemOf(oneYear(huge), settings)).toBe('invalidPrediction');
  });
});
