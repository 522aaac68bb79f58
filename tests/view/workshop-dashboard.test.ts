import { beforeAll, describe, expect, it } from 'vitest';
import { LEVERS, meanApproval, outcomeRow, type ClusterState } from '../../src/model';
import { decodeResultCode, encodeResultCode } from '../../src/platform/workshop-result-code';
import { round6 } from '../../src/scenario';
import { selectCalibration } from '../../src/view/prediction';
import { renderMsg } from '../../src/view/report';
import {
  baselineAt,
  rankingRow,
  rankTeams,
  RANKING_CRITERIA,
  selectDashboard,
  sessionBaseline,
  teamCalibration,
  type RankingRow,
} from '../../src/view/workshop-dashboard';
import { bestTeamsView, limitationBites, selectWorkshopDebrief, teamHabits } from '../../src/view/workshop-debrief';
import { SESSION_CSV_COLUMNS, sessionCsv, sessionFile } from '../../src/view/workshop-export';
import { teamMemo } from '../../src/view/workshop-memo';
import { replayTeam, type TeamRun } from '../../src/view/workshop-replay';
import { sessionScenario, type SessionSettings } from '../../src/view/workshop-session';
import { playSession, session, sliderTeam, steady, type Strategy } from './workshop-fixtures';

const settings: SessionSettings = session({ teams: 4, roles: true, seed: 2024 });

/** Events answered with their defaults, as the baseline answers them. */
function defaults(strategy: Strategy): Strategy {
  const events = sessionScenario(settings).events;
  return {
    ...strategy,
    choose: (_k, ids) => {
      const event = events.find((e) => e.choices.length === ids.length && e.choices.every((c, i) => c.id === ids[i]));
      return event?.choices.find((c) => c.default)?.id ?? ids[0] ?? '';
    },
  };
}

const TEAMS: [string, Strategy, number?][] = [
  [
    'Builders',
    steady({ training: 40, infrastructure: 40, incentives: 20 }, { incentiveTarget: 'joint', laborStandards: true }),
  ],
  ['Subsidisers', steady({ incentives: 100 }, { incentiveTarget: 'all' })],
  ['Savers', defaults(steady({}))],
  ['Sliders', sliderTeam(7), 6],
];

let runs: TeamRun[];
let codes: string[];
let rows: RankingRow[];

beforeAll(() => {
  codes = TEAMS.map(([name, strategy, years]) =>
    encodeResultCode(settings, name, playSession(settings, strategy, years).log),
  );
  runs = codes.map((code) => {
    const result = decodeResultCode(code, settings);
    return replayTeam(settings, result.teamName, result.log);
  });
  rows = runs.map((run) => rankingRow(settings, run));
});

const runOf = (name: string) => runs.find((r) => r.teamName === name) as TeamRun;

describe('the dashboard', () => {
  it("overlays every team's trajectory on the baseline's, year by year", () => {
    const view = selectDashboard(settings, runs);
    expect(view.teamsIn).toBe(4);
    expect(view.teamsExpected).toBe(4);
    expect(view.trajectories.years).toHaveLength(settings.termYears + 1);
    expect(view.trajectories.baseline.points.map((p) => p.poverty)).toEqual(
      sessionBaseline(settings).states.map((s) => s.poverty),
    );
    for (const t of view.trajectories.teams) {
      const history = runOf(t.teamName as string).context.history;
      expect(t.points).toHaveLength(history.length);
      expect(t.points.map((p) => [p.growthPct, p.employment, p.poverty])).toEqual(
        history.map((s) => [s.growthPct, s.employment, s.poverty]),
      );
    }
    expect(view.trajectories.teams.find((t) => t.teamName === 'Sliders')?.points).toHaveLength(7);
  });

  it('gives each team its allocation per year, in shares and money of the budget in force', () => {
    const view = selectDashboard(settings, runs);
    const builders = view.allocations.find((a) => a.teamName === 'Builders');
    expect(builders?.years).toHaveLength(10);
    for (const y of builders?.years ?? []) {
      expect(y.shares.training).toBe(0.4);
      for (const lever of LEVERS) expect(y.usdM[lever]).toBeCloseTo(y.shares[lever] * y.budgetUsdM, 12);
      expect(y.unspentShare).toBeCloseTo(0, 12);
    }
    const savers = view.allocations.find((a) => a.teamName === 'Savers');
    expect(savers?.years.every((y) => y.unspentShare === 1)).toBe(true);
  });

  it("judges each team's predictions as the team's own debrief did", () => {
    for (const run of runs) {
      const mine = teamCalibration(run);
      const theirs = selectCalibration(run.context);
      expect(mine.made).toBe(theirs?.made);
      expect(mine.right).toBe(theirs?.right);
      expect(mine.yearsPredicted).toBe(theirs?.yearsPredicted);
    }
    const sliders = teamCalibration(runOf('Sliders'));
    expect(sliders.made).toBe(18);
    expect(sliders.rightShare).toBeCloseTo(sliders.right / 18, 12);
    expect(sliders.made - sliders.right).toBe(sliders.hopeful + sliders.gloomy);
    expect(teamCalibration(runOf('Savers')).rightShare).toBeNull();
  });

  it('ranks teams by each criterion against no new policy at the same year', () => {
    const savers = rows.find((r) => r.teamName === 'Savers') as RankingRow;
    // No spending, defaults for events: the baseline itself.
    for (const criterion of RANKING_CRITERIA.filter((c) => c !== 'balanced'))
      expect(savers.scores[criterion]).toBeCloseTo(0, 9);
    const sliders = rows.find((r) => r.teamName === 'Sliders') as RankingRow;
    const base = baselineAt(settings, 6);
    expect(sliders.scores.poverty).toBeCloseTo((sliders.values.poverty - base.poverty) * 100, 12);
    expect(sliders.scores.approval).toBeCloseTo((sliders.values.approval - meanApproval(base.approval)) * 100, 12);
    for (const criterion of RANKING_CRITERIA) {
      const ranked = rankTeams(rows, criterion);
      expect(ranked).toHaveLength(4);
      const scores = ranked.map((r) => r.scores[criterion]);
      const sorted = [...scores].sort((a, b) => (criterion === 'poverty' ? a - b : b - a));
      expect(scores).toEqual(sorted);
    }
  });

  it('gives a balanced score from 0 to 100: the mean of six percentiles among the plans tried', () => {
    for (const row of rows) {
      expect(row.scores.balanced).toBeGreaterThanOrEqual(0);
      expect(row.scores.balanced).toBeLessThanOrEqual(100);
      const mean = Object.values(row.percentiles).reduce((a, b) => a + b, 0) / 6;
      expect(row.scores.balanced).toBeCloseTo(mean, 12);
    }
    // Spending on skills and roads with joint projects beats spending nothing.
    const score = (name: string) => rows.find((r) => r.teamName === name)?.scores.balanced ?? NaN;
    expect(score('Builders')).toBeGreaterThan(score('Savers'));
  });

  it('ranks a term cut short by collapsing support after every full one, by balanced score only', () => {
    const cut = {
      ...(rows[0] as RankingRow),
      teamName: 'Cut',
      endReason: 'approval' as const,
      scores: { ...(rows[0] as RankingRow).scores, balanced: 99, jobs: 1e9 },
    };
    expect(rankTeams([...rows, cut], 'balanced').at(-1)?.teamName).toBe('Cut');
    expect(rankTeams([...rows, cut], 'jobs')[0]?.teamName).toBe('Cut');
  });
});

describe('the generated debrief', () => {
  it('compares the best third with the bottom third, largest differences first', () => {
    const best = bestTeamsView(rows, runs);
    expect(best).not.toBeNull();
    const ranked = rankTeams(rows, 'balanced');
    expect(best?.top).toEqual([ranked[0]?.teamName]);
    expect(best?.bottom).toEqual([ranked[3]?.teamName]);
    const top = teamHabits(runOf(best?.top[0] as string));
    const bottom = teamHabits(runOf(best?.bottom[0] as string));
    for (const d of best?.differences ?? []) {
      if (d.topic === 'tariff') expect(d.top).toBeCloseTo(top.tariff, 12);
      else if (d.topic === 'standards') expect(d.top).toBeCloseTo(top.standards, 12);
      else {
        expect(d.top).toBeCloseTo(top.shares[d.topic], 12);
        expect(d.bottom).toBeCloseTo(bottom.shares[d.topic], 12);
        expect(Math.abs(d.top - d.bottom)).toBeGreaterThanOrEqual(0.05);
      }
    }
    expect(best?.differences.length).toBeGreaterThan(0);
    expect(renderMsg(best?.summary ?? { text: '' })).toContain(best?.top[0] as string);
    expect(bestTeamsView(rows.slice(0, 1), runs.slice(0, 1))).toBeNull();
  });

  it('says which limitations bit, from each team’s state, and asks the questions', () => {
    const view = selectWorkshopDebrief(settings, runs, rows);
    expect(view.limitations).toHaveLength(6);
    for (const l of view.limitations) {
      expect(l.bit).toBe(l.teams.length * 2 >= runs.length);
      for (const run of runs)
        expect(l.teams.includes(run.teamName)).toBe(limitationBites(settings, run)[l.limitation].bit);
    }
    // The trust rule, checked by hand for one team.
    const builders = runOf('Builders').context.history;
    const trustDown = (builders.at(-1) as ClusterState).trust - (builders[0] as ClusterState).trust <= -0.02;
    expect(limitationBites(settings, runOf('Builders')).erodingTrust.bit).toBe(trustDown);
    // Limitations that bit come first, and each one that bit has its question.
    const bitten = view.limitations.filter((l) => l.bit).length;
    expect(view.limitations.slice(0, bitten).every((l) => l.bit)).toBe(true);
    expect(view.questions.length).toBeGreaterThanOrEqual(bitten);
    expect(view.learningGoals).toEqual(sessionScenario(settings).learningGoals);
  });
});

describe('the memo of a team', () => {
  it('holds its place, outcomes against no new policy, goals, spending, events, calibration and roles', () => {
    const run = runOf('Builders');
    const memo = teamMemo(settings, run, runs, rows);
    expect(memo.place).toBe(rankTeams(rows, 'balanced').findIndex((r) => r.teamName === 'Builders') + 1);
    expect(memo.teams).toBe(4);
    expect(memo.outcomes.map((o) => o.id)).toEqual(['output', 'jobs', 'poverty', 'conditions', 'trust', 'approval']);
    expect(memo.goals).toHaveLength(sessionScenario(settings).goals.length);
    expect(memo.spending.find((s) => s.lever === 'training')?.share).toBeCloseTo(0.4, 12);
    expect(memo.events).toHaveLength(run.context.log.filter((e) => e.event).length);
    expect(memo.calibration.made).toBe(0);
    expect(memo.roles.map((r) => r.role)).toEqual(['industry', 'finance', 'labor', 'sme', 'tnc']);
    expect(renderMsg(memo.endText)).toMatch(/full term: 10 years/);
    expect(memo.distinctive.length).toBeGreaterThan(0);
    expect(renderMsg(teamMemo(settings, runOf('Sliders'), runs, rows).endText)).toMatch(/after year 6 of 10/);
  });
});

describe('the session export', () => {
  it('writes one CSV row per team and year, with the model’s numbers and the baseline beside them', () => {
    const csv = sessionCsv(
      settings,
      'CODE',
      runs.map((run, i) => ({ run, code: codes[i] as string })),
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]?.split(',')).toEqual([...SESSION_CSV_COLUMNS]);
    expect(lines).toHaveLength(1 + 10 + 10 + 10 + 6);
    const header = lines[0]?.split(',') ?? [];
    const sliders = lines.filter((l) => l.startsWith('CODE,Sliders,'));
    expect(sliders).toHaveLength(6);
    const third = sliders[2]?.split(',') ?? [];
    const state = runOf('Sliders').context.history[3] as ClusterState;
    expect(Number(third[header.indexOf('output')])).toBe(round6(outcomeRow(state).output));
    expect(Number(third[header.indexOf('share_training')])).toBe(state.decisions.allocation.training);
    expect(Number(third[header.indexOf('baseline_poverty')])).toBe(round6(outcomeRow(baselineAt(settings, 3)).poverty));
    expect(third[header.indexOf('predicted_output')]).toMatch(/^(rise|same|fall)$/);
  });

  it('writes the session as JSON whose result codes replay to the same teams', () => {
    const file = sessionFile(
      settings,
      'CODE',
      runs.map((run, i) => ({ run, code: codes[i] as string })),
    );
    const parsed = JSON.parse(JSON.stringify(file)) as typeof file;
    expect(parsed.teams).toHaveLength(4);
    for (const team of parsed.teams) {
      const run = runOf(team.team);
      expect(decodeResultCode(team.resultCode, parsed.settings).log).toEqual(run.context.log);
      expect(team.results).toHaveLength(run.context.history.length);
      expect(team.plan.years).toHaveLength(run.context.log.length);
    }
    expect(parsed.baseline).toHaveLength(settings.termYears + 1);
  });
});
