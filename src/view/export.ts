// What a run exports: the CSV of every series (the player's columns are the CLI's numbers for the
// same decisions and seed, from the same outcomeRow and the same rounding), and the run as JSON (the
// CLI's plan format plus the results), so `npm run sim -- --scenario <id> --plan <plan> --seed <seed>`
// reproduces it. Both carry the player's predictions, judged against what happened (prediction.ts).
// Pure; no DOM (the buttons and the download live in src/ui/charts).
import {
  difficultyLevelOf,
  hasPrediction,
  PREDICTION_INDICATORS,
  type GameContext,
  type LogEntry,
  type PredictionDirection,
  type PredictionIndicator,
} from '../flow';
import {
  outcomeRow,
  OUTCOME_FIELDS,
  type ClusterState,
  type Decisions,
  type Difficulty,
  type OutcomeRow,
} from '../model';
import { isScenarioId, round6, scenarioById, toCsv, type Scenario } from '../scenario';
import { judge, observedChange, PREDICTION_UNITS } from './prediction';

/** The unit of a predicted size, as a column name ends: `_pct` or `_points`. */
const sizeSuffix = (indicator: PredictionIndicator): string => (PREDICTION_UNITS[indicator] === 'percent' ? 'pct' : 'points');

/**
 * The prediction columns: per indicator what was predicted (rise, same, fall), the size given (% or
 * points) and whether it was right (1 or 0); blank where nothing was predicted.
 */
export const PREDICTION_CSV_COLUMNS: readonly string[] = PREDICTION_INDICATORS.flatMap((i) => [
  `predicted_${i}`,
  `predicted_${i}_size_${sizeSuffix(i)}`,
  `predicted_${i}_right`,
]);

/** The columns of the run CSV: the CLI's fields for the player's run, `baseline_<field>`, then the predictions. */
export const RUN_CSV_COLUMNS: readonly string[] = [
  ...OUTCOME_FIELDS,
  ...OUTCOME_FIELDS.map((f) => `baseline_${f}`),
  ...PREDICTION_CSV_COLUMNS,
];

/** One indicator's prediction for a year, judged: what the run file says. */
export interface JudgedPrediction {
  predicted: PredictionDirection;
  /** The size given (% for output and jobs, points for poverty). */
  size?: number;
  actual: PredictionDirection;
  /** The change in the same unit, rounded to 6 significant digits. */
  change: number;
  right: boolean;
}

export type RunPrediction = { year: number; termYear: number } & Partial<Record<PredictionIndicator, JudgedPrediction>>;

/** The predictions of a run, judged: one entry per year with a prediction. */
export function runPredictions(
  history: readonly ClusterState[],
  log: readonly Pick<LogEntry, 'prediction'>[],
): RunPrediction[] {
  const out: RunPrediction[] = [];
  log.forEach((entry, i) => {
    const before = history[i];
    const now = history[i + 1];
    if (!hasPrediction(entry.prediction) || !before || !now) return;
    const year: RunPrediction = { year: now.year, termYear: i + 1 };
    for (const indicator of PREDICTION_INDICATORS) {
      const predicted = entry.prediction[indicator];
      if (!predicted) continue;
      const change = observedChange(indicator, before, now);
      const judged = judge(indicator, predicted, change);
      year[indicator] = {
        predicted: predicted.direction,
        ...(predicted.magnitude !== undefined ? { size: predicted.magnitude } : {}),
        actual: judged.actual,
        change: round6(change),
        right: judged.judgement === 'right',
      };
    }
    out.push(year);
  });
  return out;
}

/**
 * Every series of a run, one row per year of the player's run ([0] the start): the player's
 * OUTCOME_FIELDS (rounded to 6 significant digits, as the CLI prints them), the baseline's
 * (blank where the baseline ended early), and the prediction made for that year (blank without one).
 */
export function runCsv(
  player: readonly ClusterState[],
  baseline: readonly ClusterState[],
  log: readonly Pick<LogEntry, 'prediction'>[] = [],
): string {
  const byYear = new Map(baseline.map((s) => [s.year, s]));
  const predictions = new Map(runPredictions(player, log).map((p) => [p.termYear, p]));
  const rows = player.map((s, k) => {
    const mine = outcomeRow(s);
    const other = byYear.get(s.year);
    const base = other ? outcomeRow(other) : null;
    const predicted = predictions.get(k);
    return [
      ...OUTCOME_FIELDS.map((f) => round6(mine[f])),
      ...OUTCOME_FIELDS.map((f) => (base ? round6(base[f]) : null)),
      ...PREDICTION_INDICATORS.flatMap((i) => {
        const p = predicted?.[i];
        return p ? [p.predicted, p.size ?? null, p.right ? 1 : 0] : [null, null, null];
      }),
    ];
  });
  // CRLF, as RFC 4180 and spreadsheet programs expect.
  return toCsv(RUN_CSV_COLUMNS, rows, '\r\n');
}

// --- The run as JSON.

/** A year of a plan file (the CLI contract); every field is written out, so the plan replays exactly. */
export interface PlanFileYear {
  allocation: Decisions['allocation'];
  tariff: number;
  incentiveTarget: Decisions['incentiveTarget'];
  laborStandards: boolean;
  eventChoices?: Record<string, string>;
}

export interface PlanFile {
  name: string;
  /** US$ million per year, when the game's budget differs from the scenario file's. */
  budget?: number;
  years: PlanFileYear[];
}

export interface RunFile {
  plan: PlanFile;
  scenario: string;
  seed: number;
  /** "normal" replays with the CLI as it is; other levels record what the game used. */
  difficulty: string | Difficulty;
  /** Years played (the CLI's --years). */
  years: number;
  /** How to replay it with the headless simulator. */
  replay: string;
  results: { years: OutcomeRow[]; baseline: OutcomeRow[] };
  /** The player's predictions, judged against what happened (years without one are left out). */
  predictions: RunPrediction[];
}

/** The plan file for a decision log: one entry per year played, with the event choices made after it. */
export function planFromLog(
  log: readonly Pick<LogEntry, 'decisions' | 'event'>[],
  name: string,
  budget?: number,
): PlanFile {
  return {
    name,
    ...(budget !== undefined ? { budget } : {}),
    years: log.map(({ decisions, event }) => ({
      allocation: { ...decisions.allocation },
      tariff: decisions.tariff,
      incentiveTarget: decisions.incentiveTarget,
      laborStandards: decisions.laborStandards,
      ...(event ? { eventChoices: { [event.eventId]: event.choiceId } } : {}),
    })),
  };
}

/** The budget to write into the plan: only when the game's differs from the scenario file's (or the scenario is not built in). */
function budgetOverride(scenario: Scenario): number | undefined {
  if (!isScenarioId(scenario.id)) return scenario.budgetUsdM;
  return scenarioById(scenario.id).budgetUsdM === scenario.budgetUsdM ? undefined : scenario.budgetUsdM;
}

const roundedRow = (s: ClusterState): OutcomeRow => {
  const row = outcomeRow(s);
  for (const f of OUTCOME_FIELDS) row[f] = round6(row[f]);
  return row;
};

/** The whole run: the plan that replays it, where it was played, and its results beside the baseline's. */
export function runFile(
  context: Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'log' | 'history'>,
  baseline: readonly ClusterState[],
  name?: string,
): RunFile {
  const scenario = context.scenario;
  if (!scenario) throw new Error('no game to export');
  const years = context.history.length - 1;
  const plan = planFromLog(
    context.log,
    name ?? `${scenario.shortName}, seed ${context.seed}`,
    budgetOverride(scenario),
  );
  const level = difficultyLevelOf(context.difficulty);
  return {
    plan,
    scenario: scenario.id,
    seed: context.seed,
    difficulty: level ?? { ...context.difficulty },
    years,
    replay: `Save "plan" as plan.json, then: npm run --silent sim -- --scenario ${scenario.id} --plan plan.json --seed ${context.seed} --years ${years}`,
    results: {
      years: context.history.map(roundedRow),
      baseline: baseline.slice(0, context.history.length).map(roundedRow),
    },
    predictions: runPredictions(context.history, context.log),
  };
}

export function runJson(
  context: Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'log' | 'history'>,
  baseline: readonly ClusterState[],
  name?: string,
): string {
  return JSON.stringify(runFile(context, baseline, name), null, 2) + '\n';
}

/** A file name stem for a run's downloads: "cluster-policy-lab_sialkot-surgical_seed-3". */
export function exportFileStem(context: Pick<GameContext, 'scenario' | 'seed'>): string {
  return `cluster-policy-lab_${context.scenario?.id ?? 'run'}_seed-${context.seed}`;
}
