// The pure part of a workshop team's screens (issue 11): which saved game is a team's, the timer per
// year, the names of the files a team hands in. No DOM; unit-tested in tests/ui/workshop-team-logic.test.ts.
import type { SavedGame } from '../platform/game-slots';
import { normaliseTeamName } from '../view/workshop-session';

/** How two session codes compare: the same characters, whatever the grouping and case. */
export function sameSessionCode(a: string, b: string): boolean {
  const plain = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');
  return plain(a) === plain(b);
}

/** How two team names compare: the same name once normalised, ignoring case. */
export function sameTeamName(a: string, b: string): boolean {
  return normaliseTeamName(a).toLocaleLowerCase() === normaliseTeamName(b).toLocaleLowerCase();
}

/** The saved game of a team in a session on this device, if it already plays there. */
export function findTeamGame(games: readonly SavedGame[], sessionCode: string, teamName: string): SavedGame | null {
  return (
    games.find(
      (g) =>
        g.summary.workshop !== undefined &&
        sameSessionCode(g.summary.workshop.sessionCode, sessionCode) &&
        sameTeamName(g.summary.workshop.teamName, teamName),
    ) ?? null
  );
}

/** Where a year's deadline is kept: per session, team and year, so switching teams keeps each one's clock. */
export const TIMER_PREFIX = 'cpl:workshop-timer:';

export function timerKey(sessionCode: string, teamName: string, year: number): string {
  return `${TIMER_PREFIX}${sessionCode.toUpperCase().replace(/[^0-9A-Z]/g, '')}|${normaliseTeamName(teamName)}|${year}`;
}

type TimerStorage = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * The moment a year's time runs out (ms since the epoch): set the first time the team plans the year,
 * then read back, so a reload or a switch to another team and back does not restart the clock.
 */
export function yearDeadline(storage: TimerStorage | null, key: string, minutes: number, now: number): number {
  try {
    const kept = Number(storage?.getItem(key) ?? NaN);
    if (Number.isFinite(kept) && kept > 0 && kept <= now + minutes * 60_000) return kept;
    const deadline = now + minutes * 60_000;
    storage?.setItem(key, String(deadline));
    return deadline;
  } catch {
    return now + minutes * 60_000;
  }
}

/** "4:05", "0:09", "12:00": minutes and seconds left, rounded up to the second, never below zero. */
export function formatCountdown(msLeft: number): string {
  const seconds = Math.max(0, Math.ceil(msLeft / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "result-red-team-2006.txt": the team's name (ASCII letters and digits) and the year handed in. */
export function resultFileName(teamName: string, year: number): string {
  const slug = normaliseTeamName(teamName)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `result-${slug || 'team'}-${year}.txt`;
}
