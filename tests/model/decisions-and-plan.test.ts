import { describe, expect, it } from 'vitest';
import { allocationTotal, decisionProblems, SHARE_TOLERANCE } from '../../src/model/decisions';
import { planYear, resolveDecisions, type Plan } from '../../src/model/plan';
import { extendRun, openRun, simulate } from '../../src/model/run';
import { scenarioById } from '../../src/scenario';
import { step } from '../../src/model/step';
import type { Decisions, IncentiveTarget } from '../../src/model/types';
import { spend, start, survivalSetup } from './fixtures';

const setup = survivalSetup();
const valid = (): Decisions => spend(setup, { infrastructure: 0.2, training: 0.3 });

describe('decisionProblems', () => {
  it('accepts valid decisions, including spending the whole budget and spending nothing', () => {
    expect(decisionProblems(valid())).toEqual([]);
    expect(
      decisionProblems(
        spend(setup, { infrastructure: 0.2, training: 0.2, research: 0.2, incentives: 0.2, trade: 0.2 }),
      ),
    ).toEqual([]);
    expect(decisionProblems(spend(setup, {}))).toEqual([]);
  });

  it('names the lever whose share is over 1', () => {
    const d = valid();
    d.allocation.research = 1.5;
    const problems = decisionProblems(d);
    expect(problems.some((p) => p.includes('allocation.research'))).toBe(true);
    expect(problems.some((p) => p.includes('allocation.training'))).toBe(false);
  });

  it('names the lever whose share is negative', () => {
    const d = valid();
    d.allocation.trade = -0.1;
    expect(decisionProblems(d).some((p) => p.includes('allocation.trade'))).toBe(true);
  });

  it('names a share that is not a number', () => {
    const d = valid();
    d.allocation.incentives = Number.NaN;
    expect(decisionProblems(d).some((p) => p.includes('allocation.incentives'))).toBe(true);
  });

  it('reports shares summing to more than the whole budget', () => {
    const d = spend(setup, { infrastructure: 0.5, training: 0.4, research: 0.3 });
    const problems = decisionProblems(d);
    expect(problems.some((p) => /sum/.test(p))).toBe(true);
    expect(allocationTotal(d)).toBeCloseTo(1.2, 12);
  });

  it('tolerates floating-point slack in a sum of exactly 1, but not more', () => {
    const d = spend(setup, { infrastructure: 0.1, training: 0.2, research: 0.7 });
    expect(decisionProblems({ ...d, allocation: { ...d.allocation, trade: SHARE_TOLERANCE / 2 } })).toEqual([]);
    expect(decisionProblems({ ...d, allocation: { ...d.allocation, trade: 1e-6 } }).length).toBeGreaterThan(0);
  });

  it.each([-0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])('names the tariff when it is %s', (tariff) => {
    expect(decisionProblems({ ...valid(), tariff }).some((p) => p.includes('tariff'))).toBe(true);
  });

  it('accepts the tariff bounds 0 and 1', () => {
    expect(decisionProblems({ ...valid(), tariff: 0 })).toEqual([]);
    expect(decisionProblems({ ...valid(), tariff: 1 })).toEqual([]);
  });

  it('names an unknown incentive target and a non-boolean standards flag', () => {
    const badTarget = { ...valid(), incentiveTarget: 'everyone' as IncentiveTarget };
    expect(decisionProblems(badTarget).some((p) => p.includes('incentiveTarget'))).toBe(true);
    const badFlag = { ...valid(), laborStandards: 'yes' as unknown as boolean };
    expect(decisionProblems(badFlag).some((p) => p.includes('laborStandards'))).toBe(true);
  });

  it('step refuses invalid decisions and names the problem', () => {
    const { model, state } = start(setup);
    expect(() => step(model, state, { ...valid(), tariff: 2 })).toThrow(/tariff/);
  });
});

describe('plans', () => {
  const plan: Plan = {
    name: 'two years',
    years: [
      { allocation: { training: 0.5 }, tariff: 0.1 },
      { allocation: { research: 0.2 }, incentiveTarget: 'sme' },
    ],
  };

  it('planYear gives each year its entry, 1-based', () => {
    expect(planYear(plan, 1)).toBe(plan.years[0]);
    expect(planYear(plan, 2)).toBe(plan.years[1]);
  });

  it('planYear repeats the last year past the end of the plan', () => {
    expect(planYear(plan, 3)).toBe(plan.years[1]);
    expect(planYear(plan, 30)).toBe(plan.years[1]);
  });

  it('no plan, or an empty one, means an empty year (keep everything)', () => {
    expect(planYear(undefined, 1)).toEqual({});
    expect(planYear({ name: 'empty', years: [] }, 4)).toEqual({});
  });

  it('resolveDecisions fills every missing field from the previous year', () => {
    const previous: Decisions = {
      ...spend(setup, { infrastructure: 0.3, training: 0.1 }),
      tariff: 0.25,
      incentiveTarget: 'joint',
      laborStandards: true,
    };
    expect(resolveDecisions({}, previous)).toEqual(previous);
    const next = resolveDecisions({ allocation: { training: 0.4 }, incentiveTarget: 'sme' }, previous);
    expect(next.allocation).toEqual({ ...previous.allocation, training: 0.4 });
    expect(next.incentiveTarget).toBe('sme');
    expect(next.tariff).toBe(0.25);
    expect(next.laborStandards).toBe(true);
  });

  it('resolveDecisions keeps the previous share when a plan names a lever without a value', () => {
    const previous = spend(setup, { research: 0.3 });
    const next = resolveDecisions({ allocation: { research: undefined, trade: 0.1 } }, previous);
    expect(next.allocation.research).toBe(0.3);
    expect(next.allocation.trade).toBe(0.1);
  });

  it('resolveDecisions does not modify the previous decisions', () => {
    const previous = spend(setup, { research: 0.3 });
    const copy = structuredClone(previous);
    resolveDecisions({ allocation: { research: 0.9 }, tariff: 0.9 }, previous);
    expect(previous).toEqual(copy);
  });

  it('a run applies the plan year by year, carrying fields forward and repeating the last year', () => {
    const run = simulate(setup, { seed: 2, years: 4, plan });
    const d = run.states.map((s) => s.decisions);
    expect(d[1]!.allocation.training).toBe(0.5);
    expect(d[1]!.tariff).toBe(0.1);
    expect(d[2]!.allocation).toEqual({ ...d[1]!.allocation, research: 0.2 });
    expect(d[2]!.tariff).toBe(0.1);
    expect(d[2]!.incentiveTarget).toBe('sme');
    expect(d[4]).toEqual(d[2]);
  });

  it("a plan's budget overrides the scenario's", () => {
    const run = simulate(setup, { seed: 2, years: 2, plan: { ...plan, budgetUsdM: 12 } });
    expect(run.states[1]!.budgetUsdM).toBe(12);
    expect(run.states[1]!.budgetSpentUsdM).toBeCloseTo(0.5 * 12, 12);
  });
});

describe('an open run (extended a year at a time)', () => {
  it('gives the states simulate gives, year by year, events answered from the plan', () => {
    const scenario = scenarioById('sialkot-surgical');
    const plan: Plan = { name: 'p', years: [{ allocation: { training: 0.5, trade: 0.3 }, tariff: 0.12 }, { allocation: { research: 0.2 } }] };
    const whole = simulate(scenario, { seed: 9, years: 10, plan, stopOnCollapse: false });
    const run = openRun(scenario, { seed: 9 });
    const states = [run.state];
    for (let k = 1; k <= 10; k++) states.push(...extendRun(run, plan, k));
    expect(states).toHaveLength(11);
    states.forEach((s, k) => {
      expect(s.outputUsdM).toBe(whole.states[k]!.outputUsdM);
      expect(s.employment).toBe(whole.states[k]!.employment);
      expect(s.poverty).toBe(whole.states[k]!.poverty);
    });
    expect(whole.events.length).toBeGreaterThan(0);
  });
});
