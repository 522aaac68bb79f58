import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine, type GameContext } from '../../src/flow';
import { createModel, initialState, LIMITATIONS, type ClusterState, type Decisions } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { GRADE_MEANINGS, GRADES, selectDebrief, termSpending, type DebriefView, type Grade } from '../../src/view/debrief';
import { evaluateGoal, formatMetric, type Goal } from '../../src/view/goals';
import { formatNumber, formatShare } from '../../src/view/format';
import { index100, renderMsg } from '../../src/view/report';

type DecisionChange = Partial<Omit<Decisions, 'allocation'>> & { allocation?: Partial<Decisions['allocation']> };

/** Plays a whole term (or until it ends early) with decisions per year; events take their default choice. */
function playTerm(id: string, seed: number, decide: (k: number) => DecisionChange): GameContext {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(id), seed });
  actor.send({ type: 'BEGIN' });
  for (let k = 1; k <= 40 && actor.getSnapshot().matches('planning'); k++) {
    actor.send({ type: 'SET_DECISIONS', decisions: decide(k) });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    actor.send({ type: 'END_YEAR' });
    const snap = actor.getSnapshot();
    if (snap.matches('event')) {
      const eventId = snap.context.history.at(-1)?.activeEvent;
      const event = snap.context.scenario?.events.find((e) => e.id === eventId);
      const choice = event?.choices.find((c) => c.default) ?? event?.choices[0];
      actor.send({ type: 'CHOOSE', choiceId: choice?.id ?? '' });
    }
    actor.send({ type: 'NEXT' });
  }
  expect(actor.getSnapshot().value).toBe('debrief');
  const context = actor.getSnapshot().context;
  actor.stop();
  return context;
}

const BALANCED: DecisionChange = {
  allocation: { infrastructure: 0.25, training: 0.3, research: 0.05, incentives: 0.3, trade: 0.1 },
  incentiveTarget: 'joint',
  laborStandards: true,
};
const TARIFF_CUT_ONLY: DecisionChange = { tariff: 0 };

const points = (g: Grade) => 4 - GRADES.indexOf(g);
const grade = (view: DebriefView, id: string) => view.scorecard.find((r) => r.id === id)?.grade;
const percentile = (view: DebriefView, id: string) => view.scorecard.find((r) => r.id === id)!.percentile;
const text = (view: DebriefView, limitation: string) =>
  view.limitations
    .find((l) => l.limitation === limitation)!
    .answer.map((m) => renderMsg(m))
    .join(' ');
const idx = index100;

describe('the debrief', () => {
  const balanced = playTerm('survival-cluster', 3, () => BALANCED);
  const tariffCut = playTerm('survival-cluster', 3, () => TARIFF_CUT_ONLY);
  const good = selectDebrief(balanced)!;
  const bad = selectDebrief(tariffCut)!;

  it('grades each line by its percentile among the plans tried, and a tariff cut alone below a balanced plan', () => {
    for (const view of [good, bad]) {
      expect(view.plansTried).toBeGreaterThanOrEqual(40);
      for (const row of view.scorecard) {
        expect(row.percentile).toBeGreaterThanOrEqual(0);
        expect(row.percentile).toBeLessThanOrEqual(100);
      }
    }
    // Cutting the tariff alone spends nothing and exposes the workshops to imports.
    for (const id of ['growth', 'jobs', 'poverty']) {
      expect(percentile(bad, id)).toBeLessThan(percentile(good, id));
      expect(points(grade(bad, id)!)).toBeLessThanOrEqual(points(grade(good, id)!));
    }
    expect(bad.overallPercentile).toBeLessThan(good.overallPercentile);
    expect(points(bad.overall)).toBeLessThanOrEqual(points(good.overall));
  });

  it('says where each line stands in plain words: better than what share of how many plans, and the best reached', () => {
    for (const row of good.scorecard) {
      const words = renderMsg(row.scale);
      expect(words).toMatch(new RegExp(`^Better than ${formatShare(row.percentile / 100, { digits: 0 })} of the ${good.plansTried} plans tried on the same luck; the best reached .+`));
    }
    expect(renderMsg(good.scorecard.find((r) => r.id === 'jobs')!.scale)).toMatch(/the best reached [\d,]+ jobs$/);
    expect(good.standing.map((m) => renderMsg(m))).toEqual([
      `Better than ${formatShare(good.overallPercentile / 100, { digits: 0 })} of the ${good.plansTried} plans tried on the same luck, on all 6 measures taken together.`,
    ]);
  });

  it('grades spending nothing by what it achieved, not by a share spent: no budget line, no "much worse than no new policy"', () => {
    const nothing = selectDebrief(playTerm('survival-cluster', 3, () => ({})))!;
    expect(nothing.scorecard.map((r) => r.id)).not.toContain('budget');
    expect(nothing.scorecard.map((r) => r.label).join(' ')).not.toMatch(/budget/i);
    expect(Object.values(GRADE_MEANINGS).join(' ')).not.toMatch(/no new policy/);
    // Same luck and the same default answers to events: its results are no new policy's own.
    for (const row of nothing.scorecard) expect(row.baseline).toBe(row.yours);
  });

  it('shows both sides of each comparison with units', () => {
    const jobs = good.scorecard.find((r) => r.id === 'jobs')!;
    expect(jobs.yours).toMatch(/^[\d,]+ jobs$/);
    expect(jobs.baseline).toMatch(/^[\d,]+ jobs$/);
    expect(jobs.difference).toMatch(/^[+−][\d,]+ \([+−][\d.]+ %\)$/);
    expect(good.scorecard.find((r) => r.id === 'poverty')!.difference).toMatch(/^−[\d.]+ points$/);
    expect(good.scorecard.map((r) => r.id)).toEqual(['growth', 'jobs', 'poverty', 'conditions', 'trust', 'support']);
  });

  it('evaluates goals: above and below a value, and beating the baseline (less poverty is better)', () => {
    const end = balanced.history.at(-1)!;
    const base = { ...end, poverty: end.poverty + 0.05, employment: end.employment + 100 } as ClusterState;
    const goal = (g: Partial<Goal>): Goal => ({ metric: 'trust', comparison: 'above', value: 0.5, label: 'x', ...g }) as Goal;
    expect(evaluateGoal(goal({ value: end.trust - 0.01 }), end, base).met).toBe(true);
    expect(evaluateGoal(goal({ value: end.trust + 0.01 }), end, base).met).toBe(false);
    expect(evaluateGoal(goal({ comparison: 'below', value: end.trust + 0.01 }), end, base).met).toBe(true);
    expect(evaluateGoal(goal({ metric: 'poverty', comparison: 'beatBaseline', value: undefined }), end, base).met).toBe(true);
    expect(evaluateGoal(goal({ metric: 'employment', comparison: 'beatBaseline', value: undefined }), end, base).met).toBe(false);
    const row = evaluateGoal(goal({ metric: 'poverty', comparison: 'beatBaseline', value: undefined }), end, base);
    expect(row.yours).toBe(formatShare(end.poverty));
    expect(renderMsg(row.target)).toBe(`below no new policy (${formatShare(base.poverty)})`);

    // The scenario's own goals, in order: poverty beats the baseline with the balanced plan, not with the tariff cut.
    expect(good.goals.map((g) => g.label)).toEqual(scenarioById('survival-cluster').goals.map((g) => g.label));
    expect(good.goals[0]?.met).toBe(true);
    expect(bad.goals[0]?.met).toBe(false);
    expect(good.goalsMet).toBe(good.goals.filter((g) => g.met).length);
  });

  it('answers each of the six limitations with real numbers from the game', () => {
    expect(good.limitations.map((l) => l.limitation).sort()).toEqual([...LIMITATIONS].sort());
    const start = balanced.history[0]!;
    const end = balanced.history.at(-1)!;
    const spending = termSpending(balanced);

    expect(text(good, 'smeDominance')).toContain(`Small firms went from ${formatNumber(start.smeFirms)} to ${formatNumber(end.smeFirms)}`);
    expect(text(good, 'smeDominance')).toMatch(/US\$ [\d.]+ m funded joint projects/);
    expect(text(good, 'lowValueAdded')).toContain(`went from ${formatShare(start.quality, { digits: 0 })} to ${formatShare(end.quality, { digits: 0 })}`);
    expect(text(good, 'lowValueAdded')).toMatch(/Value added per worker went from US\$ [\d,]+ to US\$ [\d,]+/);
    expect(text(good, 'weakMacroEnvironment')).toContain(`went from ${idx(start.infrastructure)} to ${idx(end.infrastructure)}`);
    expect(text(good, 'weakMacroEnvironment')).toContain(`about US$ ${formatNumber(spending.leakedUsdM, { digits: 1 })} m (30 %) leaked away`);
    expect(text(good, 'externalDependence')).toContain(`Exports went from ${formatShare(start.exportShare, { digits: 0 })} to ${formatShare(end.exportShare, { digits: 0 })}`);
    expect(text(good, 'poorWorkingConditions')).toContain(`went from ${idx(start.workingConditions)} to ${idx(end.workingConditions)}`);
    expect(text(good, 'poorWorkingConditions')).toContain('Labor standards were a condition for incentives in 10 of 10 years.');
    expect(text(good, 'erodingTrust')).toContain(`Trust between firms went from ${idx(start.trust)} to ${idx(end.trust)}`);
    expect(text(good, 'erodingTrust')).toMatch(/Why: joint projects you funded \(US\$ [\d.]+ m\) built it up/);

    // The tariff cut: untargeted incentives were never spent, and the tariff move is named.
    expect(text(bad, 'smeDominance')).toContain('You spent nothing on incentives.');
    expect(text(bad, 'weakMacroEnvironment')).toContain('You moved the import tariff from 20 % to 0 %.');
  });

  it('names fires with their years when the workshops burned', () => {
    const fires = balanced.history.filter((s, k) => k > 0 && s.shocks.accident > 0).map((s) => String(s.year));
    expect(fires.length).toBeGreaterThan(0);
    const answer = text(good, 'poorWorkingConditions');
    for (const year of fires) expect(answer).toContain(year);
  });

  it('says why the term ended: the full term, or approval collapsing in year k', () => {
    expect(good.endReason).toBe('term');
    expect(renderMsg(good.endText)).toBe('You served the full term: 10 years, 2021 to 2030.');

    // Flip-flopping between opposite policies every year costs every group's approval at once.
    const flip = (k: number): DecisionChange =>
      k % 2 === 1
        ? { tariff: 0, allocation: { incentives: 1, research: 0 }, incentiveTarget: 'fdi' }
        : { tariff: 0.6, allocation: { incentives: 0, research: 1 }, incentiveTarget: 'sme' };
    const collapsed = playTerm('sialkot-surgical', 3, flip);
    expect(collapsed.endReason).toBe('approval');
    const view = selectDebrief(collapsed)!;
    const k = collapsed.history.length - 1;
    expect(k).toBeLessThan(collapsed.termYears);
    expect(view.endReason).toBe('approval');
    expect(renderMsg(view.endText)).toMatch(new RegExp(`^Your term ended early: stakeholder approval collapsed in year ${k} \\(${collapsed.history[k]!.year}\\)\\. Lowest of all: .+ at \\d+/100\\.$`));
    expect(view.years).toHaveLength(k);
    expect(view.standing.map((m) => renderMsg(m))).toContain('Your term ended early, so every plan that kept support longer ranks above yours.');
  });
});

describe('a goal missed by less than the figures show', () => {
  it('is written with one more decimal, never "40 %; goal above 40 %" off track', () => {
    const goal = scenarioById('sialkot-surgical').goals.find((g) => g.metric === 'quality' && g.comparison === 'above')!;
    const scenario = scenarioById('sialkot-surgical');
    const state = { ...initialState(scenario, createModel(scenario), 1), quality: (goal.value ?? 0) - 0.0004 };
    const row = evaluateGoal(goal, state, null);
    expect(row.met).toBe(false);
    expect(row.yours).not.toBe(formatMetric('quality', goal.value ?? 0));
    expect(row.yours).toMatch(/39[.,]9/);
    // Met, or clearly apart: the usual figure.
    expect(evaluateGoal(goal, { ...state, quality: 0.31 }, null).yours).toBe(formatMetric('quality', 0.31));
  });
});
