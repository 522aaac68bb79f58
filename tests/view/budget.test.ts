import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/flow';
import { LEVERS, type Allocation, type Decisions } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import fc from 'fast-check';
import {
  budgetView,
  clampShare,
  clampShown,
  clampTariff,
  maxShareFor,
  moneyText,
  moneyTolerance,
  remainingShare,
  selectBudget,
} from '../../src/view/budget';

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

describe('the money fields', () => {
  // The playtest case: a line shown as "0.9" (US$ 0.86 m of 20) is zeroed, and 0.9 is added to another.
  it('accept moving what a line shows to another line, though shares are exact and fields round', () => {
    const budget = 20;
    const before = allocation({ infrastructure: 0.043, training: 0.5, incentives: 0.457 });
    expect(moneyText(before.infrastructure * budget, budget)).toBe('0.9');
    const zeroed = { ...before, infrastructure: 0 };
    const shownTraining = Number(moneyText(zeroed.training * budget, budget));
    const asked = (shownTraining + 0.9) / budget;
    const result = clampShown(zeroed, 'training', asked, moneyTolerance(budget));
    expect(result.limited).toBe(false);
    expect(result.share).toBeCloseTo(0.543, 9);
    // Asking a whole step more than the room is still refused.
    expect(clampShown(zeroed, 'training', asked + 0.1 / budget, moneyTolerance(budget)).limited).toBe(true);
  });

  it('never refuse a sum of shown amounts that fits, and never let the lines exceed the budget', () => {
    const share = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000);
    fc.assert(
      fc.property(
        fc.array(share, { minLength: 5, maxLength: 5 }),
        fc.constantFrom(3, 4.5, 12, 17.3, 20, 60),
        fc.constantFrom(...LEVERS),
        fc.constantFrom(...LEVERS),
        (raw, budget, from, to) => {
          fc.pre(from !== to);
          const sum = raw.reduce((a, b) => a + b, 0) || 1;
          const start = allocation(Object.fromEntries(LEVERS.map((l, i) => [l, Math.floor(((raw[i] ?? 0) / sum) * 1e6) / 1e6])));
          const shown = (lever: (typeof LEVERS)[number], a: Allocation) => Number(moneyText(a[lever] * budget, budget));
          const zeroed = { ...start, [from]: 0 };
          const asked = (shown(to, zeroed) + shown(from, start)) / budget;
          const result = clampShown(zeroed, to, asked, moneyTolerance(budget));
          expect(result.limited).toBe(false);
          const after = { ...zeroed, [to]: result.share };
          expect(LEVERS.reduce((acc, l) => acc + after[l], 0)).toBeLessThanOrEqual(1 + 1e-9);
        },
      ),
      { numRuns: 400 },
    );
  });
});
