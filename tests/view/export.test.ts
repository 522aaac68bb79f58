// Exports: the CSV's player columns are the CLI's numbers for the same decisions and seed (checked
// against the real CLI), and the run JSON carries a plan the CLI and simulate replay exactly.
import { afterAll, describe, expect, it } from 'vitest';
import { GROUP_COLUMNS, groupColumnValues, groupsOf, outcomeRow, OUTCOME_FIELDS, simulate, type ClusterState } from '../../src/model';
import { parsePlan, scenarioById, startingDecisions } from '../../src/scenario';
import { createActor } from 'xstate';
import { gameMachine, modelFor, type GameContext } from '../../src/flow';
import { historyStatesForGame } from '../../src/view/history';
import {
  GROUPS_CSV_COLUMNS,
  HISTORY_CSV_COLUMNS,
  planFromLog,
  PREDICTION_CSV_COLUMNS,
  RUN_CSV_COLUMNS,
  runCsv,
  runCsvColumns,
  runExtras,
  runFile,
  runJson,
} from '../../src/view/export';
import { round6 } from '../../src/scenario';
import { sim, tempFiles } from '../cli/run-cli';
import { playGame } from './charts-fixture';

/** RFC 4180 parsing of the simple files here (no quoted fields): rows of cells. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/\r\n$/, '')
    .replace(/\n$/, '')
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

const game = playGame({ years: 10 }); // the whole term: through the debrief
const baseline = simulate(game.scenario, { seed: game.seed, years: game.termYears }).states;
const files = tempFiles();
afterAll(() => files.remove());

describe('the run CSV', () => {
  const text = runCsv(game.history, baseline);
  const rows = parseCsv(text);

  it('has a header of the CLI fields, baseline_<field>, then the predictions, one CRLF-terminated row per year', () => {
    expect(rows[0]).toEqual([
      ...OUTCOME_FIELDS,
      ...OUTCOME_FIELDS.map((f) => `baseline_${f}`),
      'predicted_output',
      'predicted_output_size_pct',
      'predicted_output_right',
      'predicted_jobs',
      'predicted_jobs_size_pct',
      'predicted_jobs_right',
      'predicted_poverty',
      'predicted_poverty_size_points',
      'predicted_poverty_right',
    ]);
    expect(rows[0]).toEqual(RUN_CSV_COLUMNS);
    expect(rows).toHaveLength(game.history.length + 1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(game.history.length + 2);
    const numbers = RUN_CSV_COLUMNS.length - PREDICTION_CSV_COLUMNS.length;
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(RUN_CSV_COLUMNS.length);
      for (const cell of row.slice(0, numbers)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
      // No prediction was made in this game: the prediction columns are blank.
      expect(row.slice(numbers).every((cell) => cell === '')).toBe(true);
    }
  });

  it("gives the player's columns exactly as the CLI prints them for the same decisions and seed", async () => {
    expect(game.log.some((entry) => entry.event)).toBe(true);
    const plan = files.file('plan.json', planFromLog(game.log, 'from the game'));
    const ran = await sim(
      '--scenario',
      game.scenario.id,
      '--plan',
      plan,
      '--seed',
      String(game.seed),
      '--format',
      'csv',
    );
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    const cli = parseCsv(ran.stdout);
    const header = cli[0] ?? [];
    const cols = OUTCOME_FIELDS.map((f) => header.indexOf(f));
    expect(cols.every((c) => c >= 0)).toBe(true);
    expect(cli).toHaveLength(rows.length);
    const mine = rows.slice(1).map((row) => row.slice(0, OUTCOME_FIELDS.length));
    const theirs = cli.slice(1).map((row) => cols.map((c) => row[c]));
    expect(mine).toEqual(theirs);
  }, 60_000);

  it('gives the baseline columns as the no-plan run, and leaves them blank after a baseline that ended early', () => {
    const base = rows.slice(1).map((row) => row.slice(OUTCOME_FIELDS.length, 2 * OUTCOME_FIELDS.length).map(Number));
    base.forEach((row, k) =>
      expect(row).toEqual(OUTCOME_FIELDS.map((f) => round6(outcomeRow(baseline[k] as ClusterState)[f]))),
    );
    const short = parseCsv(runCsv(game.history, baseline.slice(0, 4)));
    expect(short[6]?.slice(OUTCOME_FIELDS.length, 2 * OUTCOME_FIELDS.length).every((cell) => cell === '')).toBe(true);
  });
});

describe('the run JSON', () => {
  it('holds a plan in the CLI format that replays to the same results with simulate', () => {
    const file = JSON.parse(runJson(game, baseline)) as ReturnType<typeof runFile>;
    expect(file.scenario).toBe('sialkot-surgical');
    expect(file.seed).toBe(game.seed);
    expect(file.difficulty).toBe('normal');
    expect(file.years).toBe(10);
    expect(file.plan.budget).toBeUndefined();
    expect(file.plan.years).toHaveLength(10);
    expect(file.replay).toContain(`--scenario sialkot-surgical --plan plan.json --seed ${game.seed}`);
    const plan = parsePlan(file.plan, startingDecisions(game.scenario));
    const replay = simulate(scenarioById(file.scenario), { seed: file.seed, years: file.years, plan });
    expect(replay.states.map(outcomeRow).map((row) => OUTCOME_FIELDS.map((f) => round6(row[f])))).toEqual(
      file.results.years.map((row) => OUTCOME_FIELDS.map((f) => row[f])),
    );
    expect(replay.events.map((e) => [e.eventId, e.choiceId])).toEqual(
      game.log.flatMap((entry) => (entry.event ? [[entry.event.eventId, entry.event.choiceId]] : [])),
    );
    expect(file.results.baseline).toHaveLength(11);
    expect(file.results.baseline[10]?.output).toBe(round6(baseline[10]?.outputUsdM ?? NaN));
  });

  it('records a changed budget in the plan and a non-normal difficulty by name, and still replays part of a term', () => {
    const hard = playGame({ years: 4, budgetUsdM: 12, difficulty: { leakage: 1.5, shocks: 1.5 } });
    const file = runFile(hard, []);
    expect(file.plan.budget).toBe(12);
    expect(file.difficulty).toBe('hard');
    expect(file.years).toBe(4);
    expect(file.replay).toContain('--years 4');
    const plan = parsePlan(file.plan, startingDecisions(hard.scenario));
    // The catalogue's scenario (its own budget): the plan's budget must carry the change.
    const replay = simulate(scenarioById(file.scenario), {
      seed: file.seed,
      years: file.years,
      plan,
      difficulty: { leakage: 1.5, shocks: 1.5 },
    });
    expect(replay.states.map((s) => round6(s.outputUsdM))).toEqual(file.results.years.map((row) => row.output));
  });
});

describe('predictions in the exports', () => {
  // Two years: output predicted to rise by 3 % in year 1 (and poverty to stay about the same), nothing in year 2.
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: game.scenario, seed: 3, termYears: 2 });
  actor.send({ type: 'BEGIN' });
  actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: 0.4 } } });
  actor.send({ type: 'SET_PREDICTION', prediction: { output: { direction: 'rise', magnitude: 3 }, poverty: { direction: 'same' } } });
  actor.send({ type: 'END_YEAR' });
  if (actor.getSnapshot().matches('event')) {
    const id = actor.getSnapshot().context.history.at(-1)?.activeEvent;
    actor.send({ type: 'CHOOSE', choiceId: game.scenario.events.find((e) => e.id === id)?.choices[0]?.id ?? '' });
  }
  actor.send({ type: 'NEXT' });
  actor.send({ type: 'END_YEAR' });
  const played = actor.getSnapshot().context;
  if (played.history.length !== 3) throw new Error('expected two years played');
  const change = ((played.history[1]!.outputUsdM - played.history[0]!.outputUsdM) / played.history[0]!.outputUsdM) * 100;
  const povertyPoints = (played.history[1]!.poverty - played.history[0]!.poverty) * 100;

  it('fills the prediction columns of the year predicted, judged, and leaves the others blank', () => {
    const csv = parseCsv(runCsv(played.history, baseline, played.log));
    const at = (row: number, column: string) => csv[row]?.[RUN_CSV_COLUMNS.indexOf(column)];
    expect(csv).toHaveLength(4);
    expect(at(2, 'predicted_output')).toBe('rise');
    expect(at(2, 'predicted_output_size_pct')).toBe('3');
    expect(at(2, 'predicted_output_right')).toBe(change >= 1.05 ? '1' : '0');
    expect(at(2, 'predicted_jobs')).toBe('');
    expect(at(2, 'predicted_poverty')).toBe('same');
    expect(at(2, 'predicted_poverty_size_points')).toBe('');
    expect(at(2, 'predicted_poverty_right')).toBe(Math.abs(povertyPoints) <= 0.5 ? '1' : '0');
    for (const row of [1, 3]) expect(csv[row]?.slice(-PREDICTION_CSV_COLUMNS.length).every((cell) => cell === '')).toBe(true);
  });

  it('lists them in the run JSON with what happened, one entry per year with a prediction', () => {
    const file = JSON.parse(runJson(played, baseline)) as ReturnType<typeof runFile>;
    expect(file.predictions).toEqual([
      {
        year: played.history[1]!.year,
        termYear: 1,
        output: {
          predicted: 'rise',
          size: 3,
          actual: change >= 1.05 ? 'rise' : change <= -1.05 ? 'fall' : 'same',
          change: round6(change),
          right: change >= 1.05,
        },
        poverty: {
          predicted: 'same',
          actual: Math.abs(povertyPoints) <= 0.5 ? 'same' : povertyPoints > 0 ? 'rise' : 'fall',
          change: round6(povertyPoints),
          right: Math.abs(povertyPoints) <= 0.5,
        },
      },
    ]);
    // The plan stays the CLI's: predictions are not part of it.
    expect(JSON.stringify(file.plan)).not.toContain('predict');
    expect(runFile(game, baseline).predictions).toEqual([]);
  });
});

describe('who gains, who loses, and the history\'s line in the exports', () => {
  const extras = runExtras(game);
  const rows = parseCsv(runCsv(game.history, baseline, game.log, extras));
  const column = (table: string[][], name: string): string[] => {
    const at = (table[0] ?? []).indexOf(name);
    expect(at, name).toBeGreaterThanOrEqual(0);
    return table.slice(1).map((row) => row[at] ?? '');
  };

  it('adds the groups after every other column, the CLI\'s groups_<group>_<figure> then the baseline\'s, and nothing else to a game without history', () => {
    expect(extras.history).toBeNull();
    expect(rows[0]).toEqual([...RUN_CSV_COLUMNS, ...GROUP_COLUMNS, ...GROUP_COLUMNS.map((c) => `baseline_${c}`)]);
    expect(rows[0]).toEqual(runCsvColumns(extras));
    expect(GROUPS_CSV_COLUMNS.slice(0, 3)).toEqual(['groups_smeOwners_people', 'groups_smeOwners_incomeUsdPerDay', 'groups_smeOwners_poverty']);
    // Without the extras the file is as it was (what older readers parse).
    expect(parseCsv(runCsv(game.history, baseline, game.log))[0]).toEqual(RUN_CSV_COLUMNS);
    const model = modelFor(game.scenario, game.difficulty);
    game.history.forEach((s, k) => {
      const values = GROUP_COLUMNS.map((c) => Number(column(rows, c)[k]));
      expect(values).toEqual(groupColumnValues(groupsOf(model, s)).map(round6));
      expect(GROUP_COLUMNS.map((c) => Number(column(rows, `baseline_${c}`)[k]))).toEqual(groupColumnValues(groupsOf(model, baseline[k]!)).map(round6));
    });
  });

  it('gives the groups exactly as the CLI prints them for the same decisions and seed, in the CSV and the run JSON', async () => {
    const plan = files.file('plan-groups.json', planFromLog(game.log, 'from the game'));
    const ran = await sim('--scenario', game.scenario.id, '--plan', plan, '--seed', String(game.seed), '--format', 'csv');
    expect(ran.status).toBe(0);
    const cli = parseCsv(ran.stdout);
    expect((cli[0] ?? []).filter((name) => name.startsWith('groups_'))).toEqual([...GROUP_COLUMNS]);
    for (const name of GROUP_COLUMNS) expect(column(rows, name), name).toEqual(column(cli, name));
    // The run JSON: each year's groups, as the CLI's JSON writes them (its years[k].groups).
    const file = runFile(game, baseline);
    file.results.years.forEach((year, k) => expect(groupColumnValues(year.groups!).map(String)).toEqual(GROUP_COLUMNS.map((c) => column(cli, c)[k])));
    expect(file.results.baseline[0]?.groups).toEqual(file.results.years[0]?.groups);
    expect(file.results.history).toBeUndefined();
    expect(file.againstHistory).toBeUndefined();
  }, 60_000);

  it('adds the history\'s line (what was done) as history_<field> and results.history in a game played against history', () => {
    const scenario = scenarioById('sialkot-surgical');
    expect(scenario.history).toBeDefined();
    const actor = createActor(gameMachine).start();
    actor.send({ type: 'START', scenario, seed: 4 });
    actor.send({ type: 'BEGIN', againstHistory: true });
    for (let k = 0; k < 3; k++) {
      actor.send({ type: 'END_YEAR' });
      if (actor.getSnapshot().matches('event')) {
        const id = actor.getSnapshot().context.history.at(-1)?.activeEvent;
        actor.send({ type: 'CHOOSE', choiceId: scenario.events.find((e) => e.id === id)?.choices[0]?.id ?? '' });
      }
      if (k < 2) actor.send({ type: 'NEXT' });
    }
    const played: GameContext = actor.getSnapshot().context;
    actor.stop();
    expect(played.againstHistory).toBe(true);
    const history = historyStatesForGame(played);
    expect(history?.length).toBeGreaterThan(3);
    const extra = runExtras(played);
    const csv = parseCsv(runCsv(played.history, baseline, played.log, extra));
    expect(csv[0]).toEqual([...RUN_CSV_COLUMNS, ...HISTORY_CSV_COLUMNS, ...GROUPS_CSV_COLUMNS]);
    expect(HISTORY_CSV_COLUMNS[0]).toBe(`history_${OUTCOME_FIELDS[0]}`);
    played.history.forEach((s, k) => {
      const line = outcomeRow(history![k]!);
      expect(OUTCOME_FIELDS.map((f) => Number(column(csv, `history_${f}`)[k]))).toEqual(OUTCOME_FIELDS.map((f) => round6(line[f])));
      expect(history![k]!.year).toBe(s.year);
    });
    const file = runFile(played, baseline);
    expect(file.againstHistory).toBe(true);
    expect(file.results.history).toHaveLength(played.history.length);
    expect(file.results.history?.[1]?.output).toBe(round6(history![1]!.outputUsdM));
    // The history's line is not the player's.
    expect(file.results.history?.map((r) => r.output)).not.toEqual(file.results.years.map((r) => r.output));
  });
});

