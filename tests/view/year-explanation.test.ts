// The year's "why": what no new policy would have done this year (the baseline's own explanation)
// plus how far each of the player's decisions moved the cluster from it this year. Earlier policy is
// credited to its decision, not hidden in the underlying trend.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { explainedBaselineRun } from '../../src/view/baseline';
import { yearExplanation } from '../../src/view/year-explanation';
import { playedContext } from './played';

const sum = (entries: { outputUsdM: number; employment: number; poverty: number }[]) =>
  entries.reduce((a, e) => ({ outputUsdM: a.outputUsdM + e.outputUsdM, employment: a.employment + e.employment, poverty: a.poverty + e.poverty }), {
    outputUsdM: 0,
    employment: 0,
    poverty: 0,
  });

describe('the year explanation', () => {
  it('adds up to the year’s change in the game, every year, in several clusters', () => {
    const plan: Plan = { name: 'mix', years: [{ allocation: { training: 0.4, infrastructure: 0.3, trade: 0.3 }, tariff: 0.05, laborStandards: true }] };
    for (const id of ['sialkot-surgical', 'bangalore-it', 'survival-cluster']) {
      const context = playedContext(scenarioById(id), 3, plan, (choices) => choices[0] ?? '');
      for (let k = 1; k < context.history.length; k++) {
        const explanation = yearExplanation(context, k)!;
        const total = sum(explanation.entries);
        const before = context.history[k - 1]!;
        const after = context.history[k]!;
        expect(total.outputUsdM).toBeCloseTo(after.outputUsdM - before.outputUsdM, 6);
        expect(total.employment).toBeCloseTo(after.employment - before.employment, 3);
        expect(total.poverty).toBeCloseTo(after.poverty - before.poverty, 8);
      }
      expect(yearExplanation(context, context.history.length)).toBeNull();
    }
  });

  it('with no new policy it is the model’s own explanation of the game (nothing is credited to the player)', () => {
    const context = playedContext(scenarioById('kamukunji-metalwork'), 8, { name: 'none', years: [] });
    for (let k = 1; k < context.history.length; k++) {
      const explanation = yearExplanation(context, k)!;
      expect(explanation.entries.filter((e) => e.kind === 'lever')).toEqual([]);
      const model = context.attributions[k - 1]!;
      expect(sum(explanation.entries).outputUsdM).toBeCloseTo(sum(model.entries).outputUsdM, 9);
    }
  });

  it('credits training paid for in the first years to training in later years, and leaves the trend as no new policy’s', () => {
    const early: Plan = { name: 'early', years: [{ allocation: { training: 1 } }, { allocation: { training: 1 } }, { allocation: { training: 1 } }, { allocation: { training: 0 } }] };
    const context = playedContext(scenarioById('sialkot-surgical'), 4, early);
    const game = { ...context, scenario: context.scenario! };
    const base = explainedBaselineRun(game);
    for (const k of [6, 8]) {
      const explanation = yearExplanation(context, k)!;
      // Nothing was spent this year, yet the earlier training still moves jobs, and it is named.
      expect(context.log[k - 1]!.decisions.allocation.training).toBe(0);
      const training = explanation.entries.find((e) => e.kind === 'lever' && e.cause === 'training');
      expect(Math.abs(training?.employment ?? 0)).toBeGreaterThan(1);
      // The trend is the one no new policy would have had: the player's legacy is not in it.
      const trend = explanation.entries.find((e) => e.kind === 'drift');
      const baseTrend = base.attributions[k - 1]!.entries.find((e) => e.kind === 'drift');
      expect(trend?.outputUsdM).toBe(baseTrend?.outputUsdM);
    }
  });

  it('over the term, the policy lines add up to the whole difference from no new policy (none of it is left in the trend)', () => {
    const plan: Plan = { name: 'strong', years: [{ allocation: { training: 0.5, infrastructure: 0.3, incentives: 0.2 }, incentiveTarget: 'joint' }] };
    const context = playedContext(scenarioById('sialkot-surgical'), 2, plan);
    const game = { ...context, scenario: context.scenario! };
    const years = context.history.length - 1;
    let policy = 0;
    for (let k = 1; k <= years; k++) policy += sum(yearExplanation(context, k)!.entries.filter((e) => e.kind === 'lever')).outputUsdM;
    const gap = context.history[years]!.outputUsdM - explainedBaselineRun(game).states[years]!.outputUsdM;
    expect(gap).toBeGreaterThan(0.1 * context.history[years]!.outputUsdM);
    expect(policy).toBeCloseTo(gap, 6);
  });
});
