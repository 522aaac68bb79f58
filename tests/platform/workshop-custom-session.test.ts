// Workshop sessions on a scenario made in the editor: the session code's version 2 (the scenario's tag
// and fingerprint), codes already handed out read as before, a device without the scenario (or with
// another version of it) is told what to do, the join link carries the scenario, and result codes and
// the dashboard work for such a session. A "device" without the scenario is a fresh copy of the
// modules (vi.resetModules): nothing registered, nothing kept.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BitReader, BitWriter, normaliseCode, openCode } from '../../src/platform/code-bits';
import { WorkshopCodeError } from '../../src/platform/workshop-code-error';
import { decodeResultCode, encodeResultCode } from '../../src/platform/workshop-result-code';
import {
  CUSTOM_SESSION_CODE_VERSION,
  customScenarioRef,
  decodeSessionCode,
  encodeSessionCode,
  joinScenarioFromHash,
  scenarioJoinLink,
  sealSessionBits,
  sessionCodeChars,
  sessionIdOf,
} from '../../src/platform/workshop-session-code';
import { scenarioById, type Scenario } from '../../src/scenario';
import { checkDraft, draftFrom } from '../../src/view/editor-form';
import {
  budgetFromParts,
  canonicalSettings,
  defaultSessionSettings,
  MAX_SESSION_SEED,
  SCENARIO_FINGERPRINT_BITS,
  scenarioFingerprint,
  scenarioTag,
  sessionScenario,
  type SessionSettings,
} from '../../src/view/workshop-session';
import { sessionFile } from '../../src/view/workshop-export';
import { playSession, sliderTeam } from '../view/workshop-fixtures';
import { MemoryStorage } from './fixtures';

/** A scenario as the editor saves one: a built-in one under an id of its own, renamed, with changes. */
function customScenario(changes: Record<string, unknown> = {}, from = 'kamukunji-metalwork'): Scenario {
  const draft = { ...draftFrom(scenarioById(from)), name: 'Textile Town', shortName: 'Textile Town', ...changes };
  const checked = checkDraft(draft);
  if (!checked.ok) throw new Error(checked.problems.map((p) => p.message).join('; '));
  return checked.scenario;
}

const TOWN = customScenario();
/** The same scenario in another version: one figure changed. */
const TOWN_V2 = customScenario({ budgetUsdM: TOWN.budgetUsdM + 1 });

/** Codes made before sessions could play a custom scenario, with what they stood for. */
const OLD_CODES: { code: string; id: number; settings: SessionSettings }[] = [
  {
    code: '6XHG-J4J3-RJ0',
    id: 965177,
    settings: {
      scenarioId: 'sialkot-surgical',
      teams: 5,
      termYears: 10,
      budgetUsdM: 20,
      difficulty: 'normal',
      events: 'all',
      timerMinutes: null,
      roles: false,
      seed: 123456,
    },
  },
  {
    code: '5V20-EYMA-W001',
    id: 175472,
    settings: {
      scenarioId: 'bangalore-it',
      teams: 30,
      termYears: 30,
      budgetUsdM: 60,
      difficulty: 'hard',
      events: 'all',
      timerMinutes: 12,
      roles: true,
      seed: 1,
    },
  },
  {
    code: '4834-24V0-S2FZ-ZW',
    id: 640772,
    settings: {
      scenarioId: 'tnc-cluster',
      teams: 5,
      termYears: 10,
      budgetUsdM: 12.5,
      difficulty: 'easy',
      events: 'none',
      timerMinutes: null,
      roles: false,
      seed: 131071,
    },
  },
  {
    code: '472J-013C-0062-8',
    id: 356391,
    settings: {
      scenarioId: 'kamukunji-metalwork',
      teams: 1,
      termYears: 3,
      budgetUsdM: 2,
      difficulty: 'normal',
      events: ['grid-connection-offer', 'cheap-imports'],
      timerMinutes: null,
      roles: false,
      seed: 777,
    },
  },
];

/** A result code handed in before (team "Red team", three years of sliderTeam(7) in the first session). */
const OLD_RESULT = '1BA81-DTX3J-7NH0F-WK201-GBJ4C-618SE-95G68-CX3TH-E00BC-0MK80-3XJ4';

/** The modules as a device that has never seen the custom scenario loads them. */
async function freshDevice() {
  vi.resetModules();
  const [code, session, scenarios, errors, results, dashboard] = await Promise.all([
    import('../../src/platform/workshop-session-code'),
    import('../../src/view/workshop-session'),
    import('../../src/platform/workshop-scenarios'),
    import('../../src/platform/workshop-code-error'),
    import('../../src/platform/workshop-result-code'),
    import('../../src/platform/workshop-dashboard-state'),
  ]);
  return { code, session, scenarios, errors, results, dashboard };
}

type Device = Awaited<ReturnType<typeof freshDevice>>;

function refusal(device: Device, run: () => unknown): { problem: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof device.errors.WorkshopCodeError) return { problem: error.problem, message: error.message };
    throw error;
  }
  throw new Error('accepted');
}

const customSettingsArb: fc.Arbitrary<SessionSettings> = fc
  .record({
    teams: fc.integer({ min: 1, max: 30 }),
    termYears: fc.integer({ min: 1, max: 30 }),
    budget: fc.option(
      fc.record({ mantissa: fc.integer({ min: 100, max: 999 }), exponent: fc.integer({ min: 0, max: 7 }) }),
    ),
    difficulty: fc.constantFrom('easy', 'normal', 'hard' as const),
    events: fc.oneof(
      fc.constant('all' as const),
      fc.constant('none' as const),
      fc.array(fc.boolean(), { minLength: TOWN.events.length, maxLength: TOWN.events.length }),
    ),
    timerMinutes: fc.option(fc.integer({ min: 1, max: 30 })),
    roles: fc.boolean(),
    seed: fc.integer({ min: 0, max: MAX_SESSION_SEED }),
  })
  .map(({ budget, events, ...rest }) => ({
    ...defaultSessionSettings(TOWN, 0),
    ...rest,
    budgetUsdM: budget ? budgetFromParts(budget.mantissa, budget.exponent) : TOWN.budgetUsdM,
    events: Array.isArray(events) ? TOWN.events.filter((_, i) => events[i]).map((e) => e.id) : events,
  }));

describe('session codes made before custom scenarios', () => {
  it('read exactly as they did, and are written the same again', () => {
    for (const { code, id, settings } of OLD_CODES) {
      expect(decodeSessionCode(code)).toEqual(settings);
      expect(encodeSessionCode(settings)).toBe(code);
      expect(sessionIdOf(settings)).toBe(id);
      expect(customScenarioRef(code)).toBeNull();
    }
  });

  it('still take the result codes handed in for them', () => {
    const settings = decodeSessionCode('6XHG-J4J3-RJ0');
    const result = decodeResultCode(OLD_RESULT, settings);
    expect(result.teamName).toBe('Red team');
    expect(result.log).toEqual(playSession(settings, sliderTeam(7), 3).log);
    expect(encodeResultCode(settings, 'Red team', result.log)).toBe(OLD_RESULT);
  });
});

describe('session codes on a custom scenario', () => {
  it('give back their settings, and name the scenario by tag and fingerprint', () => {
    fc.assert(
      fc.property(customSettingsArb, (settings) => {
        const code = encodeSessionCode(settings);
        expect(decodeSessionCode(code)).toEqual(canonicalSettings(settings));
        expect(customScenarioRef(code)).toEqual({ tag: scenarioTag(TOWN.id), fingerprint: scenarioFingerprint(TOWN) });
        expect(sessionCodeChars(settings).length).toBeLessThanOrEqual(22);
      }),
    );
  });

  it('stay short: 16 characters for the usual session, in version 2', () => {
    const usual = defaultSessionSettings(TOWN, 4242);
    const chars = sessionCodeChars(usual);
    expect(chars).toHaveLength(16);
    expect(
      openCode({ versionBits: 3, check: { width: 10, poly: 0x233, init: 0x3ff }, lengthBits: 3 }, chars).version,
    ).toBe(CUSTOM_SESSION_CODE_VERSION);
    expect(encodeSessionCode(usual)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  it('give two versions of a scenario different codes and session ids', () => {
    const one = defaultSessionSettings(TOWN, 9);
    const two = { ...defaultSessionSettings(TOWN_V2, 9), budgetUsdM: TOWN.budgetUsdM };
    expect(encodeSessionCode(one)).not.toBe(encodeSessionCode(two));
    expect(sessionIdOf(one)).not.toBe(sessionIdOf(two));
  });

  it('refuse a wrong fingerprint rather than play another scenario', () => {
    const settings = defaultSessionSettings(TOWN, 77);
    const bits = new BitReader(
      openCode(
        { versionBits: 3, check: { width: 10, poly: 0x233, init: 0x3ff }, lengthBits: 3 },
        normaliseCode(encodeSessionCode(settings)).chars,
      ).payload,
    );
    const tag = bits.uint(9);
    const fingerprint = bits.uint(SCENARIO_FINGERPRINT_BITS);
    const rest: number[] = [];
    while (bits.remaining > 0) rest.push(bits.uint(1));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** SCENARIO_FINGERPRINT_BITS - 1 }), (other) => {
        fc.pre(other !== fingerprint);
        const payload = new BitWriter().uint(tag, 9).uint(other, SCENARIO_FINGERPRINT_BITS);
        payload.bits.push(...rest);
        // Sealed properly: the check holds, only the fingerprint is another one.
        const forged = sealSessionBits(CUSTOM_SESSION_CODE_VERSION, payload.bits);
        let problem = 'accepted';
        try {
          decodeSessionCode(forged);
        } catch (error) {
          if (!(error instanceof WorkshopCodeError)) throw error;
          problem = error.problem;
        }
        // This device knows the scenario by that tag in another version: refused by its name.
        expect(problem).toBe('otherScenarioVersion');
      }),
      { numRuns: 50 },
    );
  });

  it('catch every mistyped character, as built-in codes do', () => {
    const code = sessionCodeChars(defaultSessionSettings(TOWN, 1234));
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < code.length; i++)
      for (const c of alphabet) {
        if (c === code[i]) continue;
        const typo = code.slice(0, i) + c + code.slice(i + 1);
        expect(() => decodeSessionCode(typo), typo).toThrow(WorkshopCodeError);
      }
  });
});

describe('a device without the session’s scenario', () => {
  let code: string;
  let link: string;
  beforeEach(() => {
    const settings = { ...defaultSessionSettings(TOWN, 31), timerMinutes: 8 };
    code = encodeSessionCode(settings);
    link = scenarioJoinLink('https://example.org/lab/', settings) ?? '';
  });

  it('is told to open the join link or the scenario file', async () => {
    const device = await freshDevice();
    const refused = refusal(device, () => device.code.decodeSessionCode(code));
    expect(refused.problem).toBe('missingScenario');
    expect(refused.message).toMatch(/does not have it\. Open the join link .* or open the session’s scenario file/);
    // The code still says which scenario it wants.
    expect(device.code.customScenarioRef(code)).toEqual({
      tag: scenarioTag(TOWN.id),
      fingerprint: scenarioFingerprint(TOWN),
    });
  });

  it('with another version of it is refused by the scenario’s name', async () => {
    const device = await freshDevice();
    device.session.addSessionScenario(customScenario({ budgetUsdM: 3, name: 'Textile Town (my copy)' }));
    const refused = refusal(device, () => device.code.decodeSessionCode(code));
    expect(refused.problem).toBe('otherScenarioVersion');
    expect(refused.message).toContain('“Textile Town (my copy)”');
  });

  it('gets the scenario from the join link, the same version, and then reads the code', async () => {
    expect(link.length).toBeLessThan(20_100);
    const device = await freshDevice();
    const taken = device.code.joinScenarioFromHash(new URL(link).hash);
    expect(taken.kind).toBe('scenario');
    if (taken.kind !== 'scenario') return;
    expect(device.scenarios.takeSessionScenario(null, taken.scenario, device.code.customScenarioRef(code))).toBeNull();
    const settings = device.code.decodeSessionCode(code);
    expect(settings).toMatchObject({
      scenarioId: TOWN.id,
      scenarioFingerprint: scenarioFingerprint(TOWN),
      timerMinutes: 8,
    });
    expect(device.session.sessionScenario(settings)).toEqual(sessionScenario(decodeSessionCode(code)));
  });

  it('refuses a join link cut short, and a link or file with another scenario', async () => {
    const device = await freshDevice();
    expect(device.code.joinScenarioFromHash(new URL(link).hash.slice(0, -40)).kind).toBe('problem');
    expect(device.code.joinScenarioFromHash('#workshop&join=ABCD').kind).toBe('none');
    const refused = device.scenarios.takeSessionScenario(null, TOWN_V2, device.code.customScenarioRef(code));
    expect(refused?.text).toMatch(/not the scenario the session code names/);
    expect(refused?.params?.name).toBe('Textile Town');
    // Nothing refused is taken.
    expect(refusal(device, () => device.code.decodeSessionCode(code)).problem).toBe('missingScenario');
  });

  it('gets it from the scenario file a facilitator hands out', async () => {
    const device = await freshDevice();
    const text = device.scenarios.scenarioFileText(TOWN);
    const file = new File([text], device.scenarios.scenarioFileName(TOWN), { type: 'application/json' });
    const storage = new MemoryStorage();
    const taken = await device.scenarios.takeScenarioFile(storage, file, device.code.customScenarioRef(code));
    expect('scenario' in taken).toBe(true);
    expect(device.code.decodeSessionCode(code).scenarioId).toBe(TOWN.id);
    const junk = await device.scenarios.takeScenarioFile(storage, new File(['{"id":'], 'x.json'), null);
    expect('problem' in junk && junk.problem.text).toMatch(/not a scenario that can be played/);
  });

  it('keeps it: after a reload the code still reads', async () => {
    const storage = new MemoryStorage();
    const first = await freshDevice();
    first.scenarios.keepSessionScenario(storage, TOWN);
    const reloaded = await freshDevice();
    expect(refusal(reloaded, () => reloaded.code.decodeSessionCode(code)).problem).toBe('missingScenario');
    reloaded.scenarios.loadKeptScenarios(storage);
    expect(reloaded.code.decodeSessionCode(code).scenarioId).toBe(TOWN.id);
  });
});

describe('a team game on a custom scenario, its kept copy lost', () => {
  it('reads its code again from the game’s own scenario when the session plays the scenario as it is', async () => {
    const usual = defaultSessionSettings(TOWN, 5);
    const changed = { ...usual, budgetUsdM: 3 };
    // The scenario as the game's save carries it (JSON).
    const saved = (settings: SessionSettings) => JSON.parse(JSON.stringify(sessionScenario(settings))) as Scenario;
    const device = await freshDevice();
    device.scenarios.adoptGameScenario(encodeSessionCode(changed), saved(changed));
    expect(refusal(device, () => device.code.decodeSessionCode(encodeSessionCode(changed))).problem).toBe(
      'missingScenario',
    );
    device.scenarios.adoptGameScenario(encodeSessionCode(usual), saved(usual));
    expect(device.code.decodeSessionCode(encodeSessionCode(usual))).toEqual(canonicalSettings(usual));
  });
});

describe('the scenarios kept for sessions', () => {
  it('hold the last few, the last used first, each version once', async () => {
    const device = await freshDevice();
    const storage = new MemoryStorage();
    const versions = Array.from({ length: device.scenarios.MAX_KEPT + 2 }, (_, i) =>
      customScenario({ budgetUsdM: 10 + i }),
    );
    for (const v of versions) device.scenarios.keepSessionScenario(storage, v);
    device.scenarios.keepSessionScenario(storage, versions.at(-1) as Scenario);
    const kept = JSON.parse(storage.getItem(device.scenarios.WORKSHOP_SCENARIOS_KEY) ?? '{}') as {
      scenarios: { data: Scenario }[];
    };
    expect(kept.scenarios.map((s) => s.data.budgetUsdM)).toEqual(
      versions
        .slice(2)
        .reverse()
        .map((v) => v.budgetUsdM),
    );
  });

  it('are all known once one more is kept, and what a newer version kept is left alone', async () => {
    const storage = new MemoryStorage();
    const first = await freshDevice();
    first.scenarios.keepSessionScenario(storage, TOWN);
    const reloaded = await freshDevice();
    reloaded.scenarios.keepSessionScenario(storage, TOWN_V2);
    expect(reloaded.code.decodeSessionCode(encodeSessionCode(defaultSessionSettings(TOWN, 3))).scenarioId).toBe(
      TOWN.id,
    );

    const newer = JSON.stringify({ format: first.scenarios.WORKSHOP_SCENARIOS_FORMAT, version: 2, entries: [] });
    storage.setItem(first.scenarios.WORKSHOP_SCENARIOS_KEY, newer);
    expect(reloaded.scenarios.keepSessionScenario(storage, TOWN)).toBe(false);
    expect(storage.getItem(first.scenarios.WORKSHOP_SCENARIOS_KEY)).toBe(newer);
  });

  it('skip what does not validate, and survive a damaged entry', async () => {
    const device = await freshDevice();
    const storage = new MemoryStorage();
    storage.setItem(
      device.scenarios.WORKSHOP_SCENARIOS_KEY,
      JSON.stringify({
        format: device.scenarios.WORKSHOP_SCENARIOS_FORMAT,
        version: 1,
        scenarios: [
          { usedAt: 'x', data: { id: 'broken' } },
          { usedAt: 'y', data: TOWN },
        ],
      }),
    );
    device.scenarios.loadKeptScenarios(storage);
    expect(
      device.session.findSessionScenario({ tag: scenarioTag(TOWN.id), fingerprint: scenarioFingerprint(TOWN) }).scenario
        ?.id,
    ).toBe(TOWN.id);
    const damaged = new MemoryStorage();
    damaged.setItem(device.scenarios.WORKSHOP_SCENARIOS_KEY, '{not json');
    expect(() => device.scenarios.loadKeptScenarios(damaged)).not.toThrow();
  });
});

describe('scenario fingerprints', () => {
  it('do not depend on key order or the file’s $schema pointer, and survive the join link', () => {
    const reordered = Object.fromEntries(Object.entries(TOWN).reverse()) as Scenario;
    expect(scenarioFingerprint(reordered)).toBe(scenarioFingerprint(TOWN));
    expect(scenarioFingerprint({ ...TOWN, $schema: 'x' } as Scenario)).toBe(scenarioFingerprint(TOWN));
    const link = scenarioJoinLink('https://example.org/', defaultSessionSettings(TOWN, 1)) ?? '';
    const carried = joinScenarioFromHash(new URL(link).hash);
    expect(carried.kind === 'scenario' && scenarioFingerprint(carried.scenario)).toBe(scenarioFingerprint(TOWN));
  });

  it('change with any figure of the scenario', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), (budget) => {
        fc.pre(budget !== TOWN.budgetUsdM);
        expect(scenarioFingerprint({ ...TOWN, budgetUsdM: budget })).not.toBe(scenarioFingerprint(TOWN));
      }),
      { numRuns: 50 },
    );
  });
});

describe('result codes of a session on a custom scenario', () => {
  it('carry the team’s decisions to the dashboard, which replays them with the same scenario', async () => {
    const settings = { ...defaultSessionSettings(TOWN, 4242), termYears: 4 };
    const log = playSession(settings, sliderTeam(3), 3).log;
    const result = encodeResultCode(settings, 'Blue', log);
    expect(decodeResultCode(result, settings).log).toEqual(log);

    // The facilitator's dashboard, after a reload: the kept scenario, then the code.
    const storage = new MemoryStorage();
    const facilitator = await freshDevice();
    facilitator.scenarios.keepSessionScenario(storage, TOWN);
    const reloaded = await freshDevice();
    reloaded.scenarios.loadKeptScenarios(storage);
    const state = reloaded.dashboard.newDashboardState(reloaded.code.decodeSessionCode(encodeSessionCode(settings)));
    const restored = reloaded.dashboard.restoreDashboard({
      ...state,
      results: [{ code: result, addedAt: '2026-12-03T09:00:00Z' }],
    });
    expect(restored.problems).toEqual([]);
    expect(restored.accepted[0]?.run.teamName).toBe('Blue');
    expect(restored.accepted[0]?.run.context.history.length).toBe(4);
    // The export carries the scenario, so it stands without the facilitator's browser.
    const file = sessionFile(restored.settings, state.sessionCode, restored.accepted);
    expect(file.scenario?.name).toBe('Textile Town');
    expect(file.teams[0]?.team).toBe('Blue');
  });

  it('are told from the session code, even where its scenario is not known', async () => {
    const device = await freshDevice();
    const sessionCode = encodeSessionCode(defaultSessionSettings(TOWN, 8));
    const refused = refusal(device, () => device.results.decodeResultCode(sessionCode, OLD_CODES[0]!.settings));
    expect(refused.problem).toBe('wrongKind');
  });

  it('made against another version of the scenario are refused, naming it', () => {
    const mine = defaultSessionSettings(TOWN, 4242);
    const theirs = { ...defaultSessionSettings(TOWN_V2, 4242), budgetUsdM: TOWN.budgetUsdM };
    const code = encodeResultCode(theirs, 'Green', playSession(theirs, sliderTeam(1), 2).log);
    let caught: unknown;
    try {
      decodeResultCode(code, mine);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WorkshopCodeError);
    expect((caught as WorkshopCodeError).problem).toBe('foreignSession');
    expect((caught as WorkshopCodeError).message).toMatch(/another version of “Textile Town”/);
  });
});
