// A one-page memo per team, as data: where the team ended against no new policy, its place in the
// session, the scenario's goals, how it spent the budget, the events it met and what it chose, how
// its predictions held up, which limitations bit, how its roles' constituencies feel, and where it
// differed most from the other teams. The screen prints it (one team per page). Pure; no DOM.
import { LEVERS, type ClusterState, type EndReason, type Lever } from '../model';
import { termSpending } from './debrief';
import { formatCount, formatNumber, formatPct, formatShare, formatUsdM } from './format';
import { evaluateGoal, type GoalRow } from './goals';
import { LEVER_LABELS, LIMITATION_LABELS } from './labels';
import { index100, msg, type Msg } from './report';
import {
  averageShares,
  baselineAt,
  rankTeams,
  RANKING_LABELS,
  teamAllocations,
  teamCalibration,
  type RankingCriterion,
  type RankingRow,
  type TeamCalibration,
} from './workshop-dashboard';
import { limitationBites } from './workshop-debrief';
import type { TeamRun } from './workshop-replay';
import { selectRoleMoods, type RoleMood } from './workshop-roles';
import { sessionScenario, type SessionSettings } from './workshop-session';

export interface MemoOutcome {
  id: RankingCriterion;
  label: Msg;
  yours: string;
  baseline: string;
  /** Place among the session's teams on this criterion (1 = best). */
  place: number;
}

export interface MemoSpending {
  lever: Lever;
  label: string;
  /** Average share of the budget over the years played. */
  share: number;
  /** US$ million spent over the years played (before leakage). */
  usdM: number;
}

export interface TeamMemo {
  teamName: string;
  scenarioName: string;
  yearsPlayed: number;
  termYears: number;
  endReason: EndReason | null;
  /** "Served the full term: 2002 to 2011" or where support collapsed. */
  endText: Msg;
  /** Place by balanced score among `teams` teams, and the score. */
  place: number;
  teams: number;
  balanced: number;
  outcomes: MemoOutcome[];
  goals: GoalRow[];
  spending: MemoSpending[];
  unspentShare: number;
  events: { year: number; title: string; choice: string }[];
  calibration: TeamCalibration;
  /** The limitations that bit this team, by label. */
  limitations: string[];
  /** The roles' constituencies at the end (empty without roles). */
  roles: RoleMood[];
  /** Where the team's budget differed most from the other teams' average (at most two lines). */
  distinctive: Msg[];
}

function placeOf(rows: readonly RankingRow[], criterion: RankingCriterion, teamName: string): number {
  return rankTeams(rows, criterion).findIndex((r) => r.teamName === teamName) + 1;
}

/** The memo of one team, among the session's `rows` (rankingRow of every team) and `runs`. */
export function teamMemo(
  settings: SessionSettings,
  run: TeamRun,
  runs: readonly TeamRun[],
  rows: readonly RankingRow[],
): TeamMemo {
  const scenario = sessionScenario(settings);
  const { context } = run;
  const n = context.history.length - 1;
  const start = context.history[0] as ClusterState;
  const end = context.history[n] as ClusterState;
  const base = baselineAt(settings, n);
  const row = rows.find((r) => r.teamName === run.teamName);
  if (!row) throw new Error(`no ranking row for team "${run.teamName}"`);

  const outcome = (id: RankingCriterion, yours: string, baseline: string): MemoOutcome => ({
    id,
    label: RANKING_LABELS[id],
    yours,
    baseline,
    place: placeOf(rows, id, run.teamName),
  });
  const growth = (s: ClusterState) => formatPct(n > 0 ? ((s.outputUsdM / start.outputUsdM) ** (1 / n) - 1) * 100 : 0);
  const outcomes: MemoOutcome[] = [
    outcome(
      'output',
      `${formatUsdM(end.outputUsdM)} (${growth(end)})`,
      `${formatUsdM(base.outputUsdM)} (${growth(base)})`,
    ),
    outcome('jobs', formatCount(end.employment), formatCount(base.employment)),
    outcome('poverty', formatShare(end.poverty), formatShare(base.poverty)),
    outcome('conditions', index100(end.workingConditions), index100(base.workingConditions)),
    outcome('trust', index100(end.trust), index100(base.trust)),
    outcome(
      'approval',
      index100(row.values.approval),
      index100((base.approval.sme + base.approval.large + base.approval.workers + base.approval.donors) / 4),
    ),
  ];

  const spending = termSpending(context);
  const mine = averageShares(teamAllocations(run));
  const others = runs.filter((r) => r.teamName !== run.teamName).map((r) => averageShares(teamAllocations(r)));
  const distinctive =
    others.length === 0
      ? []
      : LEVERS.map((lever) => ({ lever, gap: mine[lever] - others.reduce((s, o) => s + o[lever], 0) / others.length }))
          .filter((d) => Math.abs(d.gap) >= 0.05)
          .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
          .slice(0, 2)
          .map((d) =>
            msg(
              d.gap > 0
                ? 'You put {points} points more of the budget into {line} than the other teams did on average.'
                : 'You put {points} points less of the budget into {line} than the other teams did on average.',
              {
                points: formatNumber(Math.abs(d.gap) * 100, { digits: 0 }),
                line: msg(LEVER_LABELS[d.lever]),
              },
            ),
          );

  const bites = limitationBites(settings, run);
  return {
    teamName: run.teamName,
    scenarioName: scenario.name,
    yearsPlayed: n,
    termYears: settings.termYears,
    endReason: context.endReason,
    endText:
      context.endReason === 'approval'
        ? msg('The term ended early: stakeholder approval collapsed in year {k} ({year}).', {
            k: n,
            year: String(end.year),
          })
        : n < settings.termYears
          ? msg('Handed in after year {k} of {term} ({year}).', {
              k: n,
              term: settings.termYears,
              year: String(end.year),
            })
          : msg('You served the full term: {n} years, {from} to {to}.', {
              n,
              from: String(start.year + 1),
              to: String(end.year),
            }),
    place: placeOf(rows, 'balanced', run.teamName),
    teams: rows.length,
    balanced: row.scores.balanced,
    outcomes,
    goals: scenario.goals.map((goal) => evaluateGoal(goal, end, base)),
    spending: LEVERS.map((lever) => ({
      lever,
      label: LEVER_LABELS[lever],
      share: mine[lever],
      usdM: spending.byLever[lever],
    })),
    unspentShare: mine.unspent,
    events: context.log.flatMap((entry, i) => {
      if (!entry.event) return [];
      const event = scenario.events.find((e) => e.id === entry.event?.eventId);
      const choice = event?.choices.find((c) => c.id === entry.event?.choiceId);
      return event && choice
        ? [{ year: (context.history[i + 1] as ClusterState).year, title: event.title, choice: choice.label }]
        : [];
    }),
    calibration: teamCalibration(run),
    limitations: Object.entries(bites)
      .filter(([, b]) => b.bit)
      .map(([l]) => LIMITATION_LABELS[l as keyof typeof LIMITATION_LABELS]),
    roles: settings.roles ? selectRoleMoods(context) : [],
    distinctive,
  };
}
