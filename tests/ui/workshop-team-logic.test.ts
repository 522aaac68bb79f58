import { describe, expect, it } from 'vitest';
import type { SavedGame } from '../../src/platform/game-slots';
import {
  findTeamGame,
  formatCountdown,
  resultFileName,
  sameSessionCode,
  timerKey,
  yearDeadline,
} from '../../src/ui/workshop-team-logic';

function game(key: string, sessionCode: string, teamName: string): SavedGame {
  return {
    kind: 'game',
    key,
    lastPlayed: '2026-01-01T00:00:00.000Z',
    chars: 10,
    summary: {
      cluster: 'Sialkot',
      scenarioId: 'sialkot-surgical',
      startYear: 2004,
      year: 2005,
      termYear: 1,
      yearsPlayed: 0,
      termYears: 10,
      phase: 'planning',
      workshop: { sessionCode, teamName },
    },
  };
}

describe('a workshop team on this device', () => {
  it('is found by its session and name, whatever the grouping, case and spaces', () => {
    const games = [
      game('a', 'K7QF-2M9D-X3A', 'Red team'),
      game('b', 'K7QF-2M9D-X3A', 'Blue'),
      game('c', 'ZZZZ-2M9D-X3A', 'Red team'),
    ];
    expect(sameSessionCode('k7qf 2m9d x3a', 'K7QF-2M9D-X3A')).toBe(true);
    expect(findTeamGame(games, 'k7qf2m9dx3a', '  red   TEAM ')?.key).toBe('a');
    expect(findTeamGame(games, 'ZZZZ-2M9D-X3A', 'Red team')?.key).toBe('c');
    expect(findTeamGame(games, 'K7QF-2M9D-X3A', 'Green')).toBeNull();
  });
});

describe('the timer per year', () => {
  class Memory {
    items = new Map<string, string>();
    getItem(k: string) {
      return this.items.get(k) ?? null;
    }
    setItem(k: string, v: string) {
      this.items.set(k, v);
    }
  }

  it('keeps each team’s deadline for the year, so a reload or a switch does not restart it', () => {
    const storage = new Memory();
    const key = timerKey('K7QF-2M9D', 'Red team', 2);
    expect(timerKey('k7qf2m9d', ' Red  team', 2)).toBe(key);
    expect(timerKey('K7QF-2M9D', 'Blue', 2)).not.toBe(key);
    const deadline = yearDeadline(storage, key, 8, 1_000_000);
    expect(deadline).toBe(1_000_000 + 8 * 60_000);
    expect(yearDeadline(storage, key, 8, 1_200_000)).toBe(deadline);
    // A deadline later than the timer allows (a changed clock, a damaged value) starts afresh.
    storage.setItem(key, String(9e15));
    expect(yearDeadline(storage, key, 8, 1_200_000)).toBe(1_200_000 + 8 * 60_000);
    expect(yearDeadline(null, key, 1, 0)).toBe(60_000);
  });

  it('counts down in minutes and seconds, never below zero', () => {
    expect(formatCountdown(8 * 60_000)).toBe('8:00');
    expect(formatCountdown(245_001)).toBe('4:06');
    expect(formatCountdown(9_000)).toBe('0:09');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('the result file', () => {
  it('is named by the team and the year', () => {
    expect(resultFileName('Équipe Rouge!', 2006)).toBe('result-equipe-rouge-2006.txt');
    expect(resultFileName('فريق', 2006)).toBe('result-team-2006.txt');
  });
});
