// History mode's view model (src/view/history.ts): the real government's path run with the game's
// luck, the extra line on every outcome chart, and "your term versus what was done" in the debrief.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DIFFICULTY, outcomeRow, simulate, type Plan } from '../../src/model';
import { historyPlan, scenarioById } from '../../src/scenario';
import { ALL_CHARTS, CHART_DEFINITIONS, chartInputsForGame, chartSpec, seriesOf } from '../../src/view/chart-specs';
import { clearHistoryCache, historyComparison, historyRun } from '../../src/view/history';
import { expandPlan, phasesFromModelPlan } from '../../src/view/planner';
import { playedContext } from './played';

const sialkot = scenarioById('sialkot-surgical');
const nothing: Plan = { name: 'nothing', years: [{}] };
const training: Plan = { name: 'training', years: [{ allocation: { training: 0.6, research: 0.2 } }] };

beforeEach(() => clearHistoryCache());

describe('the history line', () => {
  it('is on every outcome chart when the game is played against history, and on none otherwise', () => {
    const against = playedContext(sialkot, 3, training, undefined, { againstHistory: true });
    const plain = playedContext(sialkot, 3, training);
    const run = historyRun(against);
    expect(run?.states.length).toBe(11);
    const inputs = chartInputsForGame(against, { bands: false });
    for (const id of ALL_CHARTS) {
      const spec = chartSpec(id, inputs);
      const line = seriesOf(spec, 'history');
      expect(line?.label).toBe('What was done');
      const d = CHART_DEFINITIONS[id];
      // The line's values are the history run's own states, year by year.
      line?.points.forEach((p) => {
        const state = run?.states.find((s) => s.year === p.x);
        expect(p.y).toBeCloseTo(outcomeRow(state!)[d.field] * d.scale, 9);
      });
      expect(spec.ariaLabel).toContain('What was done:');
      expect(seriesOf(chartSpec(id, chartInputsForGame(plain, { bands: false })), 'history')).toBeUndefined();
    }
  });

  it('is played with the same luck as the player: the same start and the same shocks each year', () => {
    const against = playedContext(sialkot, 5, nothing, undefined, { againstHistory: true });
    const run = historyRun(against)!;
    expect(run.states[0]).toEqual(against.history[0]);
    for (let k = 1; k < run.states.length; k++) expect(run.states[k]?.shocks).toEqual(against.history[k]?.shocks);
    // The history's own shock (the US ban as lost orders, 2003) is in the player's world too.
    expect(against.history.find((s) => s.year === 2003)?.shocks.buyerExit).toBe(0.25);
  });
});

describe('your term versus what was done', () => {
  it('is even on every outcome and goal when the player does exactly what was done', () => {
    const plan = historyPlan(sialkot)!;
    const context = playedContext(sialkot, 2, plan, undefined, { againstHistory: true });
    const view = historyComparison(context);
    expect(view?.year).toBe(2011);
    expect(view?.rows.map((r) => r.better)).toEqual(['even', 'even', 'even']);
    expect(view?.rows.every((r) => r.yours === r.history)).toBe(true);
    expect(view?.goals.every((g) => g.yours === g.history)).toBe(true);
    expect(view?.summary[0]?.params).toMatchObject({ won: 0, lost: 0, total: 3 });
  });

  it('says which did better, and counts goals met by each', () => {
    const context = playedContext(sialkot, 2, nothing, undefined, { againstHistory: true });
    const view = historyComparison(context)!;
    const run = historyRun(context)!;
    const mine = context.history[10]!;
    const theirs = run.states[10]!;
    const output = view.rows.find((r) => r.metric === 'outputUsdM')!;
    expect(output.better).toBe(mine.outputUsdM > theirs.outputUsdM ? 'yours' : 'history');
    const poverty = view.rows.find((r) => r.metric === 'poverty')!;
    if (poverty.better !== 'even') expect(poverty.better).toBe(mine.poverty < theirs.poverty ? 'yours' : 'history');
    expect(view.goals).toHaveLength(sialkot.goals.length);
    expect(view.summary[1]?.params).toMatchObject({ total: sialkot.goals.length, mine: view.goals.filter((g) => g.yours).length });
  });

  it('is absent for a game not played against history, and for a scenario without one', () => {
    expect(historyComparison(playedContext(sialkot, 2, nothing))).toBeNull();
    const bangalore = scenarioById('bangalore-it');
    expect(historyComparison(playedContext(bangalore, 2, nothing, undefined, { againstHistory: true }))).toBeNull();
    expect(playedContext(bangalore, 2, nothing, undefined, { againstHistory: true }).againstHistory).toBe(false);
  });
});

describe('the planner loads what was done', () => {
  it.each(['suame-magazine', 'sialkot-surgical', 'guadalajara-electronics'])('%s: as phases that play exactly the history plan', (id) => {
    const scenario = scenarioById(id);
    const history = historyPlan(scenario)!;
    const { plan } = phasesFromModelPlan(history, scenario, 1, scenario.termYears);
    // Neighbouring years with the same settings join into one phase: fewer phases than years.
    expect(plan.phases.length).toBeLessThan(history.years.length);
    const options = { seed: 1, years: scenario.termYears, difficulty: DEFAULT_DIFFICULTY, explain: false };
    const loaded = simulate(scenario, { ...options, plan: expandPlan(plan) });
    const direct = simulate(scenario, { ...options, plan: history });
    expect(loaded.states).toEqual(direct.states);
  });
});
