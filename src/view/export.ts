// What a run exports: the CSV of every series (the player's columns are the CLI's numbers for the
// same decisions and seed, from the same outcomeRow and the same rounding), and the run as JSON (the
// CLI's plan format plus the results), so `npm run sim -- --scenario <id> --plan <plan> --seed <seed>`
// reproduces it. Both carry the player's predictions, judged against what happened (prediction.ts);
// who gains, who loses (the groups' figures, named as the CLI names them: the model's GROUP_COLUMNS);
// and, in a game played against history, the history's line (what was done) beside the player's.
// Pure; no DOM (the buttons and the download live in src/ui/charts).
import {
  difficultyLevelOf,
  hasPrediction,
  modelFor,
  PREDICTION_INDICATORS,
  type GameContext,
  type LogEntry,
  type PredictionDirection,
  type PredictionIndicator,
} from '../flow';
import {
  GROUP_COLUMNS,
  groupColumnValues,
  groupsOf,
  outcomeRow,
  OUTCOME_FIELDS,
  type ClusterState,
  type Decisions,
  type Difficulty,
  type Groups,
  type Model,
  type OutcomeRow,
} from '../model';
import { isScenarioId, round6, scenarioById, toCsv, type Scenario } from '../scenario';
import { historyStatesForGame } from './history';
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

/** The history's line in the run CSV (a game played against history): what was done, `history_<field>`. */
export const HISTORY_CSV_COLUMNS: readonly string[] = OUTCOME_FIELDS.map((f) => `history_${f}`);

/** The groups' columns of the run CSV: the player's as the CLI names them (groups_<group>_<figure>), then the baseline's. */
export const GROUPS_CSV_COLUMNS: readonly string[] = [...GROUP_COLUMNS, ...GROUP_COLUMNS.map((c) => `baseline_${c}`)];

/** What a game adds to its exports beyond the runs' outcomes. */
export interface RunExtras {
  /** The game's model: each year's groups (who gains, who loses), the player's and the baseline's. */
  model?: Model | null;
  /** The history's states, in a game played against history: its line (what was done). */
  history?: readonly ClusterState[] | null;
}

/** A game's extras: its model, and the history's states when it is played against history. */
export function runExtras(context: Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'termYears' | 'againstHistory'>): RunExtras {
  if (!context.scenario) return {};
  return { model: modelFor(context.scenario, context.difficulty), history: historyStatesForGame(context) };
}

/** The columns of a run CSV with these extras: RUN_CSV_COLUMNS, the history's line when there is one, then the groups (last, as the CLI puts them). */
export function runCsvColumns(extras: RunExtras = {}): string[] {
  return [...RUN_CSV_COLUMNS, ...(extras.history ? HISTORY_CSV_COLUMNS : []), ...(extras.model ? GROUPS_CSV_COLUMNS : [])];
}

/** The groups' figures of a state, rounded as the CLI prints them. */
function roundedGroups(model: Model, s: ClusterState): Groups {
  const groups = groupsOf(model, s);
  for (const figures of Object.values(groups)) for (const key of Object.keys(figures) as (keyof typeof figures)[]) figures[key] = round6(figures[key]);
  return groups;
}

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
 * (blank where the baseline ended early), and the prediction made for that year (blank without one);
 * with the extras (runExtras), the history's line (`history_<field>`, blank where it ended early)
 * and the groups' figures, the player's (`groups_<group>_<figure>`, the CLI's columns) and the baseline's.
 */
export function runCsv(
  player: readonly ClusterState[],
  baseline: readonly ClusterState[],
  log: readonly Pick<LogEntry, 'prediction'>[] = [],
  extras: RunExtras = {},
): string {
  const { model, history } = extras;
  const byYear = new Map(baseline.map((s) => [s.year, s]));
  const historyByYear = new Map((history ?? []).map((s) => [s.year, s]));
  const groupCells = (s: ClusterState | undefined): (number | null)[] =>
    model && s ? groupColumnValues(roundedGroups(model, s)) : GROUP_COLUMNS.map(() => null);
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
      ...(history ? outcomeCells(historyByYear.get(s.year)) : []),
      ...(model ? [...groupCells(s), ...groupCells(other)] : []),
    ];
  });
  // CRLF, as RFC 4180 and spreadsheet programs expect.
  return toCsv(runCsvColumns(extras), rows, '\r\n');
}

/** A state's OUTCOME_FIELDS, rounded as the CLI prints them (blank where there is no state). */
function outcomeCells(s: ClusterState | undefined): (number | null)[] {
  const row = s ? outcomeRow(s) : null;
  return OUTCOME_FIELDS.map((f) => (row ? round6(row[f]) : null));
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

/** A year of a run's results: the CLI's outcome fields and, like the CLI's years, the groups' figures. */
export type ResultRow = OutcomeRow & { groups?: Groups };

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
  /**
   * Each year's outcomes (with `groups`, who gains, who loses, as the CLI's JSON writes them), the
   * baseline's, and in a game played against history the history's line (`history`: what was done).
   */
  results: { years: ResultRow[]; baseline: ResultRow[]; history?: OutcomeRow[] };
  /** Whether the game was played against history (its line is then in results.history). */
  againstHistory?: true;
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

/** What runFile reads of a game (termYears and againstHistory: the history's line, when played against it). */
export type RunContext = Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'log' | 'history'> &
  Partial<Pick<GameContext, 'termYears' | 'againstHistory'>>;

/** The whole run: the plan that replays it, where it was played, and its results beside the baseline's (and the history's). */
export function runFile(context: RunContext, baseline: readonly ClusterState[], name?: string): RunFile {
  const scenario = context.scenario;
  if (!scenario) throw new Error('no game to export');
  const model = modelFor(scenario, context.difficulty);
  const history = context.againstHistory ? historyStatesForGame({ ...context, termYears: context.termYears ?? scenario.termYears }) : null;
  const withGroups = (s: ClusterState): ResultRow => ({ ...roundedRow(s), groups: roundedGroups(model, s) });
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
      years: context.history.map(withGroups),
      baseline: baseline.slice(0, context.history.length).map(withGroups),
      ...(history ? { history: history.slice(0, context.history.length).map(roundedRow) } : {}),
    },
    ...(history ? { againstHistory: true as const } : {}),
    predictions: runPredictions(context.history, context.log),
  };
}

export function runJson(context: RunContext, baseline: readonly ClusterState[], name?: string): string {
  return JSON.stringify(runFile(context, baseline, name), null, 2) + '\n';
}

/** A file name stem for a run's downloads: "cluster-policy-lab_sialkot-surgical_seed-3". */
export function exportFileStem(context: Pick<GameContext, 'scenario' | 'seed'>): string {
  return `cluster-policy-lab_${context.scenario?.id ?? 'run'}_seed-${context.seed}`;
}
