import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { baselineRun, clearBaselineCache } from '../../src/view/baseline';
import { computePolicyCredit, createPolicyCreditRunner, POLICY_FACTORS, type PolicyFactor } from '../../src/view/policy-credit';
import { POLICY_WORDS } from '../../src/view/labels';
import { selectPolicyDifference } from '../../src/view/policy-difference';
import { playedContext } from './played';

const MIXED: Plan = {
  name: 'mixed',
  years: [
    { allocation: { training: 0.5, infrastructure: 0.3, trade: 0.2 }, tariff: 0.1 },
    { allocation: { infrastructure: 0.2, training: 0.3, research: 0.3, incentives: 0.2, trade: 0 }, incentiveTarget: 'joint', laborStandards: true },
  ],
};

function played(id: string, plan: Plan, seed = 4, choose?: (choices: string[]) => string) {
  const context = playedContext(scenarioById(id), seed, plan, choose);
  const game = { ...context, scenario: context.scenario! };
  const start = context.history[0]!.decisions;
  return { context, game, credit: computePolicyCredit(game, context.log, start) };
}

const sum = (record: Record<PolicyFactor, { outputUsdM: number; employment: number; poverty: number }>) =>
  POLICY_FACTORS.reduce(
    (acc, f) => ({
      outputUsdM: acc.outputUsdM + record[f].outputUsdM,
      employment: acc.employment + record[f].employment,
      poverty: acc.poverty + record[f].poverty,
    }),
    { outputUsdM: 0, employment: 0, poverty: 0 },
  );

describe('credit for policy (Shapley split of the gap from no new policy)', () => {
  it('the run with every decision kept is the game itself, and the run with none is the baseline', () => {
    clearBaselineCache();
    const { context, game, credit } = played('sialkot-surgical', MIXED, 4, (choices) => choices[0] ?? '');
    expect(credit.years).toBe(context.log.length);
    context.history.slice(1).forEach((s, j) => {
      expect(credit.actual[j]!.outputUsdM).toBeCloseTo(s.outputUsdM, 9);
      expect(credit.actual[j]!.employment).toBeCloseTo(s.employment, 6);
    });
    const baseline = baselineRun(game)!;
    credit.baseline.forEach((b, j) => expect(b.outputUsdM).toBeCloseTo(baseline.states[j + 1]!.outputUsdM, 9));
  });

  it('the parts add up to the gap, every year and for every outcome', () => {
    for (const id of ['sialkot-surgical', 'kamukunji-metalwork', 'tnc-cluster']) {
      const { credit } = played(id, MIXED, 7, (choices) => choices[0] ?? '');
      credit.byYear.forEach((record, j) => {
        const total = sum(record);
        expect(total.outputUsdM).toBeCloseTo(credit.actual[j]!.outputUsdM - credit.baseline[j]!.outputUsdM, 6);
        expect(total.employment).toBeCloseTo(credit.actual[j]!.employment - credit.baseline[j]!.employment, 4);
        expect(total.poverty).toBeCloseTo(credit.actual[j]!.poverty - credit.baseline[j]!.poverty, 9);
      });
    }
  });

  it('a decision the player never used gets no credit and costs no runs', () => {
    const onlyTraining: Plan = { name: 'training', years: [{ allocation: { training: 1 } }] };
    const { credit } = played('sialkot-surgical', onlyTraining);
    expect(credit.factors).toEqual(['training']);
    expect(credit.runs).toBe(2);
    const last = credit.byYear.at(-1)!;
    for (const f of POLICY_FACTORS.filter((f) => f !== 'training')) expect(last[f]).toEqual({ outputUsdM: 0, employment: 0, poverty: 0 });
    // One decision: its credit is the whole gap.
    expect(last.training.outputUsdM).toBeCloseTo(credit.actual.at(-1)!.outputUsdM - credit.baseline.at(-1)!.outputUsdM, 9);
    expect(last.training.outputUsdM).toBeGreaterThan(0);
  });

  it('credits earlier spending in later years: training paid for in year 1 only still counts at the end of the term', () => {
    const early: Plan = { name: 'early', years: [{ allocation: { training: 1 } }, { allocation: { training: 0 } }] };
    const { credit } = played('sialkot-surgical', early);
    const end = credit.byYear.at(-1)!.training;
    expect(end.employment).toBeGreaterThan(0);
  });

  it('the event choices are one decision: answering every event with its default credits nothing to them', () => {
    const { credit } = played('sialkot-surgical', MIXED);
    expect(credit.factors).not.toContain('events');
  });

  it('is drawn from no new policy (0) to the player, one bar per decision, with a sentence that names the largest', () => {
    const { context } = played('sialkot-surgical', MIXED, 4, (choices) => choices[0] ?? '');
    const view = selectPolicyDifference(context)!;
    expect(view.year).toBe(context.history.at(-1)!.year);
    const output = view.specs.find((s) => s.outcome === 'output')!;
    expect(output.end).toBeCloseTo(context.history.at(-1)!.outputUsdM, 9);
    expect(output.steps.at(-1)!.to).toBe(output.end);
    expect(output.sentence).toMatch(/^Difference from no new policy in \d{4}: output US\$ [\d.,]+ million (higher|lower): [+\u2212]/);
    const largest = view.rows[0]!;
    expect(output.sentence).toContain(`from ${POLICY_WORDS[largest.factor]}`);
    // Rows largest effect on output first.
    const sizes = view.rows.map((r) => Math.abs(r.values.output));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(view.runs).toBe(2 ** view.rows.length);
    // Poverty is "better down": a fall is said as lower.
    const poverty = view.specs.find((s) => s.outcome === 'poverty')!;
    expect(poverty.sentence).toMatch(poverty.end < poverty.start ? / lower/ : / higher/);
  });
});

describe('the split computed as the game goes', () => {
  it('gives the same numbers year by year as computed from the start, and starts again when the past changes', () => {
    const { context, game } = played('sialkot-surgical', MIXED, 6, (choices) => choices[0] ?? '');
    const start = context.history[0]!.decisions;
    const runner = createPolicyCreditRunner(game, start);
    for (let k = 1; k <= context.log.length; k++) {
      // As the game shows it: the last year's event answer is not part of the runs yet.
      const log = context.log.slice(0, k).map((e, i) => (i === k - 1 ? { decisions: e.decisions } : e));
      const incremental = runner.update(log);
      const fresh = computePolicyCredit(game, log, start);
      expect(incremental.factors).toEqual(fresh.factors);
      expect(incremental.byYear).toEqual(fresh.byYear);
      expect(incremental.actual).toEqual(fresh.actual);
    }
    // Another past (a different first year): the runner starts again rather than extending.
    const other = context.log.map((e, i) => (i === 0 ? { decisions: { ...e.decisions, tariff: e.decisions.tariff + 0.05 } } : e));
    expect(runner.update(other).byYear).toEqual(computePolicyCredit(game, other, start).byYear);
  });
});
