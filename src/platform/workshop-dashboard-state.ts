// The facilitator dashboard's state: the session code and the result codes accepted so far, kept in
// the browser (localStorage) so the dashboard survives a reload. Only codes are kept; the teams'
// games are replayed from them (src/view/workshop-replay.ts). Adding a code checks it (decoding is
// strict) and replays it; a code that fails changes nothing and says why in one message.
import { z } from 'zod';
import { ReplayError } from '../flow';
import { msg } from '../view/report';
import { replayTeam, yearsOf, type TeamRun } from '../view/workshop-replay';
import type { SessionSettings } from '../view/workshop-session';
import { groupCode, normaliseCode } from './code-bits';
import { refuse, WorkshopCodeError } from './workshop-code-error';
import { decodeResultCode, RESULT_GROUP_SIZE } from './workshop-result-code';
import { decodeSessionCode, encodeSessionCode } from './workshop-session-code';

export const DASHBOARD_FORMAT = 'cluster-policy-lab/workshop-dashboard';
export const DASHBOARD_VERSION = 1;
/** Far more than thirty teams handing in every year. */
const MAX_RESULTS = 1000;

export const dashboardStateSchema = z.strictObject({
  format: z.literal(DASHBOARD_FORMAT),
  version: z.literal(DASHBOARD_VERSION),
  sessionCode: z.string().min(1).max(64),
  results: z
    .array(
      z.strictObject({
        code: z.string().min(1).max(4000),
        /** When it was added, ISO 8601. */
        addedAt: z.iso.datetime({ offset: true }),
      }),
    )
    .max(MAX_RESULTS),
  /** Large type and high contrast, for a projector. */
  projector: z.boolean(),
});

export type DashboardState = z.infer<typeof dashboardStateSchema>;

export function newDashboardState(settings: SessionSettings): DashboardState {
  return {
    format: DASHBOARD_FORMAT,
    version: DASHBOARD_VERSION,
    sessionCode: encodeSessionCode(settings),
    results: [],
    projector: false,
  };
}

/** Where a session's dashboard is kept: one key per session. */
export function dashboardStorageKey(sessionCode: string): string {
  return `cluster-policy-lab/workshop/${normaliseCode(sessionCode).chars}`;
}

export function serializeDashboardState(state: DashboardState): string {
  return JSON.stringify(state);
}

/** Reads a stored dashboard; null when the text is not one (a damaged entry is then left alone, not used). */
export function parseDashboardState(text: string | null): DashboardState | null {
  if (!text) return null;
  try {
    const parsed = dashboardStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A team on the dashboard: its code and its replayed game. */
export interface AcceptedResult {
  code: string;
  run: TeamRun;
}

/** A result code decoded and replayed, or the one reason it cannot be. */
export function acceptResultCode(text: string, settings: SessionSettings): AcceptedResult {
  const result = decodeResultCode(text, settings);
  let run: TeamRun;
  try {
    run = replayTeam(settings, result.teamName, result.log);
  } catch (error) {
    if (error instanceof ReplayError)
      refuse(
        'replay',
        msg('The decisions in this code do not replay in this session ({problem}).', { problem: error.message }),
      );
    throw error;
  }
  return { code: groupCode(normaliseCode(text).chars, RESULT_GROUP_SIZE), run };
}

const sameTeam = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

export type AddOutcome =
  | { kind: 'added'; teamName: string; years: number }
  /** The team had handed in before: its newer code takes the place of the older. */
  | { kind: 'replaced'; teamName: string; years: number; previousYears: number }
  | { kind: 'duplicate'; teamName: string; years: number };

/**
 * Adds a result code to the dashboard: checked and replayed first, so a bad code throws a
 * WorkshopCodeError and the state is untouched. A team that hands in again (same name, any case)
 * has its earlier code replaced. Returns a new state; the old one is never changed.
 */
export function addResult(
  state: DashboardState,
  accepted: readonly AcceptedResult[],
  text: string,
  settings: SessionSettings,
  now: Date = new Date(),
): { state: DashboardState; accepted: AcceptedResult[]; outcome: AddOutcome } {
  const result = acceptResultCode(text, settings);
  const { teamName } = result.run;
  const years = yearsOf(result.run);
  const same = accepted.findIndex((a) => sameTeam(a.run.teamName, teamName));
  const previous = accepted[same];
  if (previous && previous.code === result.code)
    return { state, accepted: [...accepted], outcome: { kind: 'duplicate', teamName, years } };
  const entry = { code: result.code, addedAt: now.toISOString() };
  if (previous) {
    const results = state.results.filter((r) => r.code !== previous.code);
    return {
      state: { ...state, results: [...results, entry] },
      accepted: accepted.map((a, i) => (i === same ? result : a)),
      outcome: { kind: 'replaced', teamName, years, previousYears: yearsOf(previous.run) },
    };
  }
  return {
    state: { ...state, results: [...state.results, entry] },
    accepted: [...accepted, result],
    outcome: { kind: 'added', teamName, years },
  };
}

/** Removes a team's result (the facilitator's undo). */
export function removeResult(state: DashboardState, code: string): DashboardState {
  return { ...state, results: state.results.filter((r) => r.code !== code) };
}

/**
 * A stored dashboard brought back: the session's settings and every stored code replayed. A code
 * that no longer reads (made by a later version, say) is kept in the state but left off, with its
 * message, so nothing the facilitator collected is lost.
 */
export function restoreDashboard(state: DashboardState): {
  settings: SessionSettings;
  accepted: AcceptedResult[];
  problems: { code: string; error: WorkshopCodeError }[];
} {
  const settings = decodeSessionCode(state.sessionCode);
  const accepted: AcceptedResult[] = [];
  const problems: { code: string; error: WorkshopCodeError }[] = [];
  for (const { code } of state.results) {
    try {
      const result = acceptResultCode(code, settings);
      const same = accepted.findIndex((a) => sameTeam(a.run.teamName, result.run.teamName));
      if (same >= 0) accepted[same] = result;
      else accepted.push(result);
    } catch (error) {
      if (!(error instanceof WorkshopCodeError)) throw error;
      problems.push({ code, error });
    }
  }
  return { settings, accepted, problems };
}

/** The stored dashboard of a session, or null (none yet, or an entry that is not a dashboard). */
export function loadDashboard(storage: Pick<Storage, 'getItem'>, sessionCode: string): DashboardState | null {
  try {
    return parseDashboardState(storage.getItem(dashboardStorageKey(sessionCode)));
  } catch {
    return null;
  }
}

/** Keeps the dashboard; false when the browser refused (storage full or blocked). */
export function storeDashboard(storage: Pick<Storage, 'setItem'>, state: DashboardState): boolean {
  try {
    storage.setItem(dashboardStorageKey(state.sessionCode), serializeDashboardState(state));
    return true;
  } catch {
    return false;
  }
}
