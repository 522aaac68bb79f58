import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/flow';
import { LEVERS, type Allocation, type Decisions } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { budgetView, clampShare, clampTariff, maxShareFor, remainingShare, selectBudget } from '../../src/view/budget';

function allocation(shares: Partial<Allocation>): Allocation {
  return { infrastructure: 0, training: 0, research: 0, incentives: 0, trade: 0, ...shares };
}

function decisions(shares: Partial<Allocation>): Decisions {
  return { allocation: allocation(shares), tariff: 0.2, incentiveTarget: 'all', laborStandards: false };
}

function planning(id = 'sialkot-surgical') {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(id), seed: 3 });
  actor.send({ type: 'BEGIN' });
  return actor;
}

describe('the remaining budget', () => {
  it('is what the five lines leave, in share and in US$ million', () => {
    const view = budgetView(decisions({ infrastructure: 0.3, training: 0.54 }), 20, 0.2, true);
    expect(view.remainingShare).toBeCloseTo(0.16, 10);
    expect(view.remainingUsdM).toBeCloseTo(3.2, 10);
    expect(view.lines.find((l) => l.lever === 'training')?.usdM).toBeCloseTo(10.8, 10);
  });

  it('is never negative', () => {
    expect(remainingShare(allocation({ infrastructure: 0.7, training: 0.4 }))).toBe(0);
  });

  it('is the whole budget at the start of a game, read from the machine draft', () => {
    const view = selectBudget(planning().getSnapshot());
    expect(view?.editable).toBe(true);
    expect(view?.budgetUsdM).toBe(20);
    expect(view?.remainingUsdM).toBe(20);
    expect(view?.lines.map((l) => l.label)).toEqual([
      'Infrastructure',
      'Training',
      'Research centers',
      'Incentives',
      'Trade policy',
    ]);
    expect(view?.tariffStart).toBe(0.2);
  });

  it('follows the draft after SET_DECISIONS, and is read-only outside planning', () => {
    const actor = planning();
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: 0.25 } } });
    expect(selectBudget(actor.getSnapshot())?.remainingUsdM).toBeCloseTo(15, 10);
    actor.send({ type: 'END_YEAR' });
    expect(selectBudget(actor.getSnapshot())?.editable).toBe(false);
  });
});

describe('the clamping rule', () => {
  const current = allocation({ infrastructure: 0.3, training: 0.5 });

  it('lets a line take its own share plus what is left, and no more', () => {
    expect(maxShareFor(current, 'research')).toBeCloseTo(0.2, 10);
    expect(maxShareFor(current, 'training')).toBeCloseTo(0.7, 10);
    expect(clampShare(current, 'research', 0.5)).toBeCloseTo(0.2, 10);
    expect(clampShare(current, 'training', 0.9)).toBeCloseTo(0.7, 10);
  });

  it('leaves a request within what is left unchanged, and floors at zero', () => {
    expect(clampShare(current, 'research', 0.15)).toBe(0.15);
    expect(clampShare(current, 'research', -0.2)).toBe(0);
    expect(clampShare(current, 'research', Number.NaN)).toBe(0);
  });

  it('keeps the allocation within the budget whatever is asked, so the machine accepts it', () => {
    let shares = allocation({});
    const requests = [0.9, 0.45, 0.3, 0.7, 0.15, 1, 0.33, 0.1];
    requests.forEach((requested, i) => {
      const lever = LEVERS[i % LEVERS.length]!;
      shares = { ...shares, [lever]: clampShare(shares, lever, requested) };
      expect(1 - remainingShare(shares)).toBeLessThanOrEqual(1 + 1e-9);
    });
    const actor = planning();
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: shares } });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.draft?.allocation).toEqual(shares);
  });

  it('gives a tidy share when the rest of the budget is taken (1 - 0.7 is 0.3, not 0.30000000000000004)', () => {
    expect(clampShare(allocation({ infrastructure: 0.3, training: 0.4 }), 'research', 0.5)).toBe(0.3);
  });

  it('clamps the tariff to 0..100 %', () => {
    expect(clampTariff(1.4)).toBe(1);
    expect(clampTariff(-0.1)).toBe(0);
    expect(clampTariff(0.25)).toBe(0.25);
  });
});
