// The whole session as data files: a CSV with one row per team and year (decisions, the model's
// outcomes with the CLI's rounding, no new policy's in the same year, the predictions judged) and a
// JSON file with the settings, every team's result code, plan and results. Pure; no DOM.
import { version as APP_VERSION } from '../../package.json';
import {
  LEVERS,
  meanApproval,
  outcomeRow,
  OUTCOME_FIELDS,
  STAKEHOLDERS,
  type ClusterState,
  type OutcomeRow,
} from '../model';
import { round6, toCsv, type Cell, type Scenario } from '../scenario';
import { PREDICTION_INDICATORS } from '../flow';
import { planFromLog, PREDICTION_CSV_COLUMNS, runPredictions, type PlanFile, type RunPrediction } from './export';
import { baselineAt, rankingRow, sessionBaseline } from './workshop-dashboard';
import type { TeamRun } from './workshop-replay';
import { baseScenario, isCustomSession, sessionScenario, type SessionSettings } from './workshop-session';

/** A team's replayed game and the code it handed in. */
export interface HandedIn {
  run: TeamRun;
  code: string;
}

export const SESSION_CSV_COLUMNS: readonly string[] = [
  'session',
  'team',
  'term_year',
  ...OUTCOME_FIELDS,
  ...STAKEHOLDERS.map((g) => `approval_${g}`),
  'approval_mean',
  'budget_usd_m',
  ...LEVERS.map((l) => `share_${l}`),
  'incentive_target',
  'labor_standards',
  'event',
  'choice',
  'baseline_output',
  'baseline_employment',
  'baseline_poverty',
  ...PREDICTION_CSV_COLUMNS,
];

const rounded = (s: ClusterState): OutcomeRow => {
  const row = outcomeRow(s);
  for (const f of OUTCOME_FIELDS) row[f] = round6(row[f]);
  return row;
};

/** One row per team and year played (CRLF line ends, as spreadsheets expect). */
export function sessionCsv(settings: SessionSettings, sessionCode: string, teams: readonly HandedIn[]): string {
  const rows: Cell[][] = [];
  for (const { run } of teams) {
    const { history, log } = run.context;
    const predictions = new Map(runPredictions(history, log).map((p) => [p.termYear, p]));
    history.slice(1).forEach((s, i) => {
      const k = i + 1;
      const entry = log[i];
      const base = baselineAt(settings, k);
      const baseRow = outcomeRow(base);
      const mine = rounded(s);
      const predicted = predictions.get(k);
      rows.push([
        sessionCode,
        run.teamName,
        k,
        ...OUTCOME_FIELDS.map((f) => mine[f]),
        ...STAKEHOLDERS.map((g) => round6(s.approval[g])),
        round6(meanApproval(s.approval)),
        round6(s.budgetUsdM),
        ...LEVERS.map((l) => s.decisions.allocation[l]),
        s.decisions.incentiveTarget,
        s.decisions.laborStandards ? 1 : 0,
        entry?.event?.eventId ?? null,
        entry?.event?.choiceId ?? null,
        // The baseline's own year, or its last when its term ended sooner (blank then for clarity).
        base.t === k ? round6(baseRow.output) : null,
        base.t === k ? round6(baseRow.employment) : null,
        base.t === k ? round6(baseRow.poverty) : null,
        ...PREDICTION_INDICATORS.flatMap((ind) => {
          const p = predicted?.[ind];
          return p ? [p.predicted, p.size ?? null, p.right ? 1 : 0] : [null, null, null];
        }),
      ]);
    });
  }
  return toCsv(SESSION_CSV_COLUMNS, rows, '\r\n');
}

export const SESSION_FILE_FORMAT = 'cluster-policy-lab/workshop-session';

export interface SessionFile {
  format: typeof SESSION_FILE_FORMAT;
  version: 1;
  app: string;
  sessionCode: string;
  settings: SessionSettings;
  scenarioName: string;
  /** A session on a scenario made in the editor: that scenario, as its file, so the export stands on its own. */
  scenario?: Scenario;
  /** No new policy on the session's luck. */
  baseline: OutcomeRow[];
  teams: {
    team: string;
    resultCode: string;
    yearsPlayed: number;
    endReason: string | null;
    balancedScore: number;
    /** The team's decisions as a plan file (the CLI's format). */
    plan: PlanFile;
    predictions: RunPrediction[];
    results: OutcomeRow[];
  }[];
}

export function sessionFile(settings: SessionSettings, sessionCode: string, teams: readonly HandedIn[]): SessionFile {
  const scenario = sessionScenario(settings);
  return {
    format: SESSION_FILE_FORMAT,
    version: 1,
    app: APP_VERSION,
    sessionCode,
    settings,
    scenarioName: scenario.name,
    ...(isCustomSession(settings) ? { scenario: baseScenario(settings) } : {}),
    baseline: sessionBaseline(settings).states.map(rounded),
    teams: teams.map(({ run, code }) => ({
      team: run.teamName,
      resultCode: code,
      yearsPlayed: run.context.history.length - 1,
      endReason: run.context.endReason,
      balancedScore: round6(rankingRow(settings, run).scores.balanced),
      plan: planFromLog(run.context.log, run.teamName, settings.budgetUsdM),
      predictions: runPredictions(run.context.history, run.context.log),
      results: run.context.history.map(rounded),
    })),
  };
}

export function sessionJson(settings: SessionSettings, sessionCode: string, teams: readonly HandedIn[]): string {
  return `${JSON.stringify(sessionFile(settings, sessionCode, teams), null, 2)}\n`;
}

/** "cluster-policy-lab_workshop_sialkot-surgical_6XHG-J4J3-RJ0" */
export function sessionFileStem(settings: SessionSettings, sessionCode: string): string {
  return `cluster-policy-lab_workshop_${settings.scenarioId}_${sessionCode}`;
}
