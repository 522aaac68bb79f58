import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIFFICULTY_PRESETS } from '../../src/flow';
import { scenarioById, SCENARIO_IDS } from '../../src/scenario';
import {
  allowedEventIds,
  budgetFromParts,
  budgetGridParts,
  canonicalSettings,
  defaultSessionSettings,
  sessionScenario,
  sessionSettingsSchema,
  sessionStart,
  teamNameSchema,
} from '../../src/view/workshop-session';

describe('session settings', () => {
  it('start from the scenario’s own term and budget, every event, no timer', () => {
    for (const id of SCENARIO_IDS) {
      const settings = defaultSessionSettings(id, 12_345_678);
      expect(sessionSettingsSchema.parse(settings)).toEqual(settings);
      expect(settings.termYears).toBe(scenarioById(id).termYears);
      expect(settings.budgetUsdM).toBe(scenarioById(id).budgetUsdM);
      expect(settings.seed).toBeLessThan(2 ** 17);
    }
  });

  it('refuse what a session cannot hold, naming the field', () => {
    const base = defaultSessionSettings('sialkot-surgical', 1);
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ teams: 31 }, /teams/],
      [{ teams: 0 }, /teams/],
      [{ termYears: 31 }, /termYears/],
      [{ budgetUsdM: 12.345 }, /three significant digits/],
      [{ budgetUsdM: 2_000_000 }, /budgetUsdM/],
      [{ scenarioId: 'atlantis' }, /must be one of/],
      [{ events: ['ce-marking', 'no-such-event'] }, /not an event of sialkot-surgical/],
      [{ events: ['ce-marking', 'ce-marking'] }, /listed twice/],
      [{ timerMinutes: 0 }, /timerMinutes/],
      [{ seed: 2 ** 17 }, /seed/],
    ];
    for (const [change, message] of bad) {
      const result = sessionSettingsSchema.safeParse({ ...base, ...change });
      expect(result.success, JSON.stringify(change)).toBe(false);
      expect(JSON.stringify(result.error?.issues), JSON.stringify(change)).toMatch(message);
    }
  });

  it('keep budgets to three significant digits, each with one exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 999 }), fc.integer({ min: 0, max: 7 }), (mantissa, exponent) => {
        const budget = budgetFromParts(mantissa, exponent);
        const parts = budgetGridParts(budget);
        expect(parts).not.toBeNull();
        expect(budgetFromParts(parts?.mantissa ?? 0, parts?.exponent ?? 0)).toBe(budget);
      }),
    );
    expect(budgetGridParts(12.5)).toEqual({ mantissa: 125, exponent: 3 });
    expect(budgetGridParts(0.8)).not.toBeNull();
    expect(budgetGridParts(12.34)).toBeNull();
  });

  it('fix the game every team plays: budget, allowed events, seed, difficulty and term', () => {
    const settings = {
      ...defaultSessionSettings('sialkot-surgical', 9),
      budgetUsdM: 12.5,
      events: ['load-shedding', 'ce-marking'],
      difficulty: 'hard' as const,
      termYears: 6,
    };
    const scenario = sessionScenario(settings);
    expect(scenario.budgetUsdM).toBe(12.5);
    expect(scenario.events.map((e) => e.id)).toEqual(['ce-marking', 'load-shedding']);
    expect(sessionScenario({ ...settings })).toBe(scenario);
    expect(sessionScenario({ ...settings, teams: 12, timerMinutes: 5, roles: true })).toBe(scenario);
    expect(sessionScenario({ ...settings, seed: 10 })).not.toBe(scenario);
    expect(sessionStart(settings)).toEqual({
      scenario,
      seed: 9,
      difficulty: DIFFICULTY_PRESETS.hard,
      termYears: 6,
      explain: true,
    });
    expect(allowedEventIds({ ...settings, events: 'none' })).toEqual([]);
    expect(
      canonicalSettings({ ...settings, events: scenarioById('sialkot-surgical').events.map((e) => e.id) }).events,
    ).toBe('all');
    expect(canonicalSettings({ ...settings, events: [] }).events).toBe('none');
  });
});

describe('team names', () => {
  it('are trimmed, with inner spaces made one, in any script', () => {
    expect(teamNameSchema.parse('  Team   Lagos ')).toBe('Team Lagos');
    expect(teamNameSchema.parse('فريق القاهرة')).toBe('فريق القاهرة');
    expect(teamNameSchema.parse('Équipe')).toBe('Équipe'.normalize('NFC'));
  });

  it('are refused empty, too long, or with control characters', () => {
    for (const bad of ['', '   ', 'x'.repeat(25), 'Team\u0000', 'Team\u202Eevil', '这'.repeat(22)])
      expect(teamNameSchema.safeParse(bad).success, bad).toBe(false);
  });
});
