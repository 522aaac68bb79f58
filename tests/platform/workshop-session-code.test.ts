import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitWriter, CROCKFORD_ALPHABET, normaliseCode } from '../../src/platform/code-bits';
import { WorkshopCodeError, type CodeProblem } from '../../src/platform/workshop-code-error';
import {
  decodeSessionCode,
  encodeSessionCode,
  joinCodeFromHash,
  joinHash,
  joinLink,
  LATEST_SESSION_CODE_VERSION,
  sealSessionBits,
  SESSION_CODE_VERSION,
  SESSION_SCENARIO_CODES,
  sessionCodeChars,
  sessionIdOf,
} from '../../src/platform/workshop-session-code';
import { SCENARIO_IDS, scenarioById } from '../../src/scenario';
import {
  budgetFromParts,
  canonicalSettings,
  defaultSessionSettings,
  MAX_SESSION_SEED,
  type SessionSettings,
} from '../../src/view/workshop-session';

function problemOf(code: string): CodeProblem | 'accepted' {
  try {
    decodeSessionCode(code);
    return 'accepted';
  } catch (error) {
    if (error instanceof WorkshopCodeError) return error.problem;
    throw error;
  }
}

const settingsArb: fc.Arbitrary<SessionSettings> = fc
  .record({
    scenarioId: fc.constantFrom(...SESSION_SCENARIO_CODES),
    teams: fc.integer({ min: 1, max: 30 }),
    termYears: fc.integer({ min: 1, max: 30 }),
    budget: fc.option(
      fc.record({ mantissa: fc.integer({ min: 100, max: 999 }), exponent: fc.integer({ min: 0, max: 7 }) }),
    ),
    difficulty: fc.constantFrom('easy', 'normal', 'hard' as const),
    events: fc.oneof(
      fc.constant('all' as const),
      fc.constant('none' as const),
      fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    ),
    timerMinutes: fc.option(fc.integer({ min: 1, max: 30 })),
    roles: fc.boolean(),
    seed: fc.integer({ min: 0, max: MAX_SESSION_SEED }),
  })
  .map(({ budget, events, ...rest }) => {
    const scenario = scenarioById(rest.scenarioId);
    const budgetUsdM = budget ? budgetFromParts(budget.mantissa, budget.exponent) : scenario.budgetUsdM;
    const chosen = Array.isArray(events) ? scenario.events.filter((_, i) => events[i]).map((e) => e.id) : events;
    return { ...rest, budgetUsdM, events: chosen };
  });

describe('session codes', () => {
  it('give back the settings they were made from (in their one canonical form)', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(decodeSessionCode(encodeSessionCode(settings))).toEqual(canonicalSettings(settings));
      }),
    );
  });

  it('are 11 characters for the usual session and at most 17 with every option', () => {
    const usual = defaultSessionSettings('sialkot-surgical', 123_456);
    expect(sessionCodeChars(usual)).toHaveLength(11);
    expect(encodeSessionCode(usual)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}$/);
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(sessionCodeChars(settings).length).toBeLessThanOrEqual(17);
      }),
    );
  });

  it('are read case-insensitively, with O for 0, I or L for 1, and any spacing', () => {
    const settings = defaultSessionSettings('kamukunji-metalwork', 1);
    const code = encodeSessionCode(settings);
    const sloppy = ` ${code.toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l').replace(/-/g, ' – ')} `;
    expect(decodeSessionCode(sloppy)).toEqual(settings);
    expect(normaliseCode('k7qf-2m9d').chars).toBe('K7QF2M9D');
  });

  it('name every built-in scenario, in a fixed order that only grows', () => {
    expect([...SESSION_SCENARIO_CODES].sort()).toEqual([...SCENARIO_IDS].sort());
    expect(SESSION_SCENARIO_CODES.slice(0, 2)).toEqual(['bangalore-it', 'sialkot-surgical']);
  });

  it('refuse a code cut short, one character too many, and every single mistyped or swapped character, naming the problem', () => {
    fc.assert(
      fc.property(settingsArb, fc.nat(), fc.nat(31), (settings, at, offset) => {
        const chars = sessionCodeChars(settings);
        const i = at % chars.length;
        // The length field counts characters modulo 8: up to 7 missing are named as missing.
        const cut = problemOf(chars.slice(0, Math.max(1, i)));
        expect(cut).not.toBe('accepted');
        if (chars.length - Math.max(1, i) < 8) expect(cut).toBe('tooShort');
        expect(problemOf(chars + CROCKFORD_ALPHABET[offset])).toBe('tooLong');
        const typo = CROCKFORD_ALPHABET[
          (CROCKFORD_ALPHABET.indexOf(chars[i] as string) + 1 + (offset % 31)) % 32
        ] as string;
        const mistyped = problemOf(chars.slice(0, i) + typo + chars.slice(i + 1));
        expect(mistyped).not.toBe('accepted');
        // Past the version and the length field, the problem is named for what it is.
        if (i >= 4) expect(mistyped).toBe('mistyped');
        const j = i % (chars.length - 1);
        if (chars[j] !== chars[j + 1]) {
          const swapped = chars.slice(0, j) + chars[j + 1] + chars[j] + chars.slice(j + 2);
          expect(problemOf(swapped)).not.toBe('accepted');
        }
      }),
    );
  });

  it('say which problem it is, in one message', () => {
    const code = encodeSessionCode(defaultSessionSettings('sialkot-surgical', 77));
    const chars = code.replace(/-/g, '');
    const mistyped = chars.slice(0, 5) + (chars[5] === 'Z' ? 'Y' : 'Z') + chars.slice(6);
    const cases: [string, CodeProblem, RegExp][] = [
      ['', 'empty', /type or paste the session code/i],
      ['K7QF-2M9U', 'characters', /characters that codes never use: “U”/],
      [chars.slice(0, -2), 'tooShort', /too short: a character is missing/],
      [`${chars}Q`, 'tooLong', /too long/],
      [mistyped, 'mistyped', /a character is mistyped/i],
      [`${'A'.repeat(40)}`, 'wrongKind', /result code, not a session code/],
    ];
    for (const [text, problem, message] of cases) {
      let caught: unknown = null;
      try {
        decodeSessionCode(text);
      } catch (error) {
        caught = error;
      }
      expect(caught, text).toBeInstanceOf(WorkshopCodeError);
      expect((caught as WorkshopCodeError).problem, text).toBe(problem);
      expect((caught as WorkshopCodeError).message, text).toMatch(message);
    }
  });

  it('from a newer version are refused as such, before their check is read', () => {
    // The version is the first character's top three bits (version 2 is a session on a custom scenario).
    const code = `${CROCKFORD_ALPHABET[(LATEST_SESSION_CODE_VERSION + 1) * 4]}ZZZZZZZZZZ`;
    expect(problemOf(code)).toBe('newerVersion');
  });

  it('naming a scenario this version does not have are refused as such', () => {
    const payload = new BitWriter().uint(SESSION_SCENARIO_CODES.length, 5);
    // The rest of a usual session: teams, term, own budget, difficulty, all events, no timer, no roles, seed.
    payload.uint(4, 5).uint(9, 5).bool(false).uint(1, 2).uint(0, 2).bool(false).bool(false).uint(5, 17);
    expect(problemOf(sealSessionBits(SESSION_CODE_VERSION, payload.bits))).toBe('unknownScenario');
    // The same with a known scenario is a valid session.
    const known = new BitWriter()
      .uint(1, 5)
      .uint(4, 5)
      .uint(9, 5)
      .bool(false)
      .uint(1, 2)
      .uint(0, 2)
      .bool(false)
      .bool(false)
      .uint(5, 17);
    expect(decodeSessionCode(sealSessionBits(SESSION_CODE_VERSION, known.bits))).toMatchObject({
      scenarioId: 'sialkot-surgical',
      teams: 5,
      termYears: 10,
      seed: 5,
    });
  });

  it('holding settings no encoder writes are refused as invalid settings', () => {
    // 31 teams: the field holds 32 values, the session allows 30.
    const payload = new BitWriter()
      .uint(1, 5)
      .uint(30, 5)
      .uint(9, 5)
      .bool(false)
      .uint(1, 2)
      .uint(0, 2)
      .bool(false)
      .bool(false)
      .uint(5, 17);
    expect(problemOf(sealSessionBits(SESSION_CODE_VERSION, payload.bits))).toBe('invalidSettings');
    // Difficulty 3 does not exist.
    const level = new BitWriter()
      .uint(1, 5)
      .uint(4, 5)
      .uint(9, 5)
      .bool(false)
      .uint(3, 2)
      .uint(0, 2)
      .bool(false)
      .bool(false)
      .uint(5, 17);
    expect(problemOf(sealSessionBits(SESSION_CODE_VERSION, level.bits))).toBe('invalidSettings');
  });

  it('give sessions that differ in anything a different id', () => {
    const base = defaultSessionSettings('sialkot-surgical', 9);
    const ids = new Set(
      [base, { ...base, seed: 10 }, { ...base, teams: 6 }, { ...base, difficulty: 'hard' as const }].map(sessionIdOf),
    );
    expect(ids.size).toBe(4);
  });
});

describe('join links', () => {
  it('carry the session code in the hash', () => {
    const settings = defaultSessionSettings('tnc-cluster', 31);
    const code = encodeSessionCode(settings);
    expect(joinHash(settings)).toBe(`#workshop&join=${code}`);
    const link = joinLink('https://example.org/lab/index.html#scenario=x', settings);
    expect(link).toBe(`https://example.org/lab/index.html#workshop&join=${code}`);
    const hash = new URL(link).hash;
    expect(decodeSessionCode(joinCodeFromHash(hash) ?? '')).toEqual(settings);
  });

  it('are told from other hashes', () => {
    expect(joinCodeFromHash('#scenario=sialkot-surgical')).toBeNull();
    expect(joinCodeFromHash('#workshop')).toBeNull();
    expect(joinCodeFromHash('#workshop&join=%20ab-cd%20')).toBe('ab-cd');
  });
});
