// A team's result replayed: its decision log driven through a fresh turn machine under the session's
// settings (src/flow/replay.ts, the loader of saves), so every number the dashboard shows comes out
// of the model again, exactly as the team saw it. A log that does not fit the game (an event that
// did not fire, years after the term ended) throws the replay's ReplayError. Pure; no DOM.
import { version as APP_VERSION } from '../../package.json';
import { replayGame, SAVE_FORMAT, SAVE_VERSION, type GameContext, type LogEntry, type SaveData } from '../flow';
import { DIFFICULTY_PRESETS } from '../flow';
import { sessionScenario, type SessionSettings } from './workshop-session';

export interface TeamRun {
  teamName: string;
  /** The replayed game: the context the team's own screens read, at the report of its last year. */
  context: GameContext;
}

/** The save a result amounts to: the session's game and the team's log, at the last year's report. */
export function resultSave(settings: SessionSettings, log: readonly LogEntry[]): SaveData {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    savedAt: new Date(0).toISOString(),
    app: APP_VERSION,
    scenario: sessionScenario(settings),
    seed: settings.seed,
    difficulty: { ...DIFFICULTY_PRESETS[settings.difficulty] },
    termYears: settings.termYears,
    log: [...log],
    // A team hands in from a year's report (or the debrief, whose game is the same): the replay stops
    // at the last year's report, where the term's end, if it came, is already known.
    phase: 'report',
  };
}

/** Replays a team's log under the session's settings. Throws ReplayError when the log does not fit. */
export function replayTeam(settings: SessionSettings, teamName: string, log: readonly LogEntry[]): TeamRun {
  return { teamName, context: replayGame(resultSave(settings, log)).context };
}

/** Years the team played. */
export function yearsOf(run: TeamRun): number {
  return run.context.history.length - 1;
}
