import { describe, expect, it } from 'vitest';
import { ReplayError } from '../../src/flow';
import { decodeResultCode, encodeResultCode } from '../../src/platform/workshop-result-code';
import { replayTeam, yearsOf } from '../../src/view/workshop-replay';
import { sessionScenario } from '../../src/view/workshop-session';
import { moneyTeam, playSession, session, sliderTeam, steady } from './workshop-fixtures';

describe('a result code replayed on the dashboard', () => {
  it.each([
    ['sialkot-surgical', 'slider', 10],
    ['bangalore-it', 'money', 10],
    ['kamukunji-metalwork', 'slider', 10],
    ['guadalajara-electronics', 'slider', 4],
  ] as const)(
    'gives exactly the numbers the team saw (%s, %s team, handed in after year %i)',
    (scenarioId, kind, years) => {
      const settings = session({ difficulty: 'hard', seed: 811 }, scenarioId);
      const team = kind === 'slider' ? sliderTeam(17) : moneyTeam(true);
      const played = playSession(settings, team, years);
      const code = encodeResultCode(settings, 'Team 4', played.log);
      const result = decodeResultCode(code, settings);
      const run = replayTeam(settings, result.teamName, result.log);
      expect(run.teamName).toBe('Team 4');
      expect(yearsOf(run)).toBe(years);
      expect(run.context.history).toEqual(played.history);
      expect(run.context.log).toEqual(played.log);
      expect(run.context.endReason).toBe(played.endReason);
      expect(run.context.scenario).toBe(sessionScenario(settings));
    },
  );

  it('gives the term cut short where the team’s approval collapsed, as the team saw it', () => {
    // Tariff at 100 % every year: large firms, workers and donors turn away.
    const settings = session({ difficulty: 'hard' }, 'tnc-cluster');
    const played = playSession(settings, steady({ incentives: 100 }, { tariff: 1, incentiveTarget: 'fdi' }));
    expect(played.endReason).toBe('approval');
    expect(played.log.length).toBeLessThan(settings.termYears);
    const run = replayTeam(
      settings,
      'Hawks',
      decodeResultCode(encodeResultCode(settings, 'Hawks', played.log), settings).log,
    );
    expect(run.context.endReason).toBe('approval');
    expect(run.context.history).toEqual(played.history);
  });

  it('plays only the events the session allows, the same for every team', () => {
    const none = session({ events: 'none' });
    const played = playSession(none, sliderTeam(2));
    expect(played.log.some((e) => e.event)).toBe(false);
    expect(played.history.every((s) => s.firedEvents.length === 0)).toBe(true);
  });

  it('throws the replay’s error for a log the game cannot produce', () => {
    const settings = session();
    const played = playSession(settings, steady({ training: 50 }), 3);
    const quiet = played.log.findIndex((e) => !e.event);
    expect(quiet).toBeGreaterThanOrEqual(0);
    const forged = played.log.map((e, i) =>
      i === quiet ? { ...e, event: { eventId: 'ce-marking', choiceId: 'x' } } : e,
    );
    expect(() => replayTeam(settings, 'Forged', forged)).toThrow(ReplayError);
  });
});
