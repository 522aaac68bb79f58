// What a run exports: the CSV of every series (the player's columns are the CLI's numbers for the
// same decisions and seed, from the same outcomeRow and the same rounding), and the run as JSON (the
// CLI's plan format plus the results), so `npm run sim -- --scenario <id> --plan <plan> --seed <seed>`
// reproduces it. Pure; no DOM (the buttons and the download live in src/ui/charts).
import { difficultyLevelOf, type GameContext, type LogEntry } from '../flow';
import {
  outcomeRow,
  OUTCOME_FIELDS,
  type ClusterState,
  type Decisions,
  type Difficulty,
  type OutcomeRow,
} from '../model';
import { isScenarioId, round6, scenarioById, toCsv, type Scenario } from '../scenario';

/** The columns of the run CSV: the CLI's fields for the player's run, then `baseline_<field>`. */
export const RUN_CSV_COLUMNS: readonly string[] = [...OUTCOME_FIELDS, ...OUTCOME_FIELDS.map((f) => `baseline_${f}`)];

/**
 * Every series of a run, one row per year of the player's run ([0] the start): the player's
 * OUTCOME_FIELDS (rounded to 6 significant digits, as the CLI prints them) and the baseline's
 * (blank where the baseline ended early).
 */
export function runCsv(player: readonly ClusterState[], baseline: readonly ClusterState[]): string {
  const byYear = new Map(baseline.map((s) => [s.year, s]));
  const rows = player.map((s) => {
    const mine = outcomeRow(s);
    const other = byYear.get(s.year);
    const base = other ? outcomeRow(other) : null;
    return [...OUTCOME_FIELDS.map((f) => round6(mine[f])), ...OUTCOME_FIELDS.map((f) => (base ? round6(base[f]) : null))];
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
