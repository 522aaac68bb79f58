import { describe, expect, it } from 'vitest';
import { advance } from '../../src/model/advance';
import { attribute } from '../../src/model/attribution';
import type { Plan } from '../../src/model/plan';
import { simulate } from '../../src/model/run';
import { NO_SHOCKS, type ClusterSetup, type Model } from '../../src/model/setup';
import { step } from '../../src/model/step';
import type {
  Attribution,
  AttributionCause,
  AttributionEntry,
  AttributionKind,
  ClusterState,
  Decisions,
  Outcome,
  YearShocks,
} from '../../src/model/types';
import { FIXTURES, spend, start, survivalSetup, tncSetup, type FixtureName } from './fixtures';

const OUTCOMES: Outcome[] = ['outputUsdM', 'employment', 'poverty'];
/** Below these, attribution leaves an entry out as rounding noise (see attribute's `add`). */
const NOISE: Record<Outcome, number> = { outputUsdM: 1e-9, employment: 1e-6, poverty: 1e-12 };

function expectEntriesSumToTotal(a: Attribution): void {
  for (const o of OUTCOMES) {
    const sum = a.entries.reduce((acc, e) => acc + e[o], 0);
    const scale = Math.max(Math.abs(a.total[o]), ...a.entries.map((e) => Math.abs(e[o])));
    expect(Math.abs(sum - a.total[o])).toBeLessThanOrEqual(1e-6 * scale + 20 * NOISE[o]);
  }
}

const entriesFor = (a: Attribution, cause: AttributionCause, kind?: AttributionKind): AttributionEntry[] =>
  a.entries.filter((e) => e.cause === cause && (kind === undefined || e.kind === kind));
const total = (entries: AttributionEntry[], o: Outcome): number => entries.reduce((acc, e) => acc + e[o], 0);

/** Explains one year from `s` with chosen shocks, as step would with those shocks drawn. */
function explainWith(model: Model, s: ClusterState, decisions: Decisions, shocks: YearShocks): Attribution {
  return attribute(model, s, decisions, shocks, advance(model, s, decisions, shocks).next);
}

// Every lever moves, but not so abruptly that approval collapses and the term ends early.
const busyPlan = (setup: ClusterSetup): Plan => ({
  name: 'busy',
  years: [
    { allocation: { infrastructure: 0.3, training: 0.2, research: 0.1, incentives: 0.2, trade: 0.1 } },
    { tariff: Math.max(0, setup.initial.tariff - 0.1), incentiveTarget: 'sme', laborStandards: true },
    { allocation: { infrastructure: 0.1, incentives: 0.4 }, incentiveTarget: 'joint' },
    { tariff: Math.min(1, setup.initial.tariff + 0.1), incentiveTarget: 'fdi', laborStandards: false },
  ],
});

describe('attribution', () => {
  it.each(Object.keys(FIXTURES) as FixtureName[])(
    'entries sum to the total change every year (%s cluster, busy plan)',
    (name) => {
      const setup = FIXTURES[name]();
      for (const seed of [1, 2, 3]) {
        const run = simulate(setup, { seed, years: 10, plan: busyPlan(setup), explain: true });
        expect(run.attributions).toHaveLength(10);
        run.attributions.forEach((a, k) => {
          const before = run.states[k]!;
          const after = run.states[k + 1]!;
          expect(a.total.outputUsdM).toBeCloseTo(after.outputUsdM - before.outputUsdM, 9);
          expect(a.total.employment).toBeCloseTo(after.employment - before.employment, 6);
          expect(a.total.poverty).toBeCloseTo(after.poverty - before.poverty, 12);
          expectEntriesSumToTotal(a);
        });
      }
    },
  );

  it('explaining a year does not change it', () => {
    const setup = survivalSetup();
    const { model, state } = start(setup, 4);
    const d = spend(setup, { training: 0.5, incentives: 0.3 });
    expect(step(model, state, d, { explain: true }).state).toEqual(step(model, state, d).state);
    expect(step(model, state, d).attribution).toBeNull();
  });

  describe('infrastructure', () => {
    const setup = survivalSetup();
    const oneYear: Plan = {
      name: 'roads once',
      years: [{ allocation: { infrastructure: 0.8 } }, { allocation: { infrastructure: 0 } }],
    };
    const run = simulate(setup, { seed: 8, years: 5, plan: oneYear, explain: true });

    it('spending shows as a lever entry of ~zero in the year it is paid for, and no lagged entry yet', () => {
      const year1 = run.attributions[0]!;
      const lever = entriesFor(year1, 'infrastructure', 'lever');
      for (const o of OUTCOMES) expect(Math.abs(total(lever, o))).toBeLessThanOrEqual(20 * NOISE[o]);
      expect(entriesFor(year1, 'infrastructure', 'lagged')).toEqual([]);
    });

    it.each([2, 3, 4])('it shows as a positive lagged infrastructure entry in year %i', (year) => {
      const lagged = entriesFor(run.attributions[year - 1]!, 'infrastructure', 'lagged');
      expect(lagged).toHaveLength(1);
      expect(lagged[0]!.outputUsdM).toBeGreaterThan(0);
      expect(lagged[0]!.employment).toBeGreaterThan(0);
      expect(lagged[0]!.poverty).toBeLessThanOrEqual(0);
    });

    it('steady spending still shows ~zero as this year’s lever, with the gains as lagged entries', () => {
      const steady = simulate(setup, {
        seed: 8,
        years: 4,
        plan: { name: 'roads', years: [{ allocation: { infrastructure: 0.8 } }] },
        explain: true,
      });
      steady.attributions.forEach((a, k) => {
        expect(Math.abs(total(entriesFor(a, 'infrastructure', 'lever'), 'outputUsdM'))).toBeLessThanOrEqual(
          20 * NOISE.outputUsdM,
        );
        if (k >= 1) expect(total(entriesFor(a, 'infrastructure', 'lagged'), 'outputUsdM')).toBeGreaterThan(0);
      });
    });
  });

  describe('shocks', () => {
    it('a fall in world demand shows as a worldDemand shock entry that cuts output and jobs and raises poverty', () => {
      const setup = tncSetup();
      const { model, state } = start(setup);
      const a = explainWith(model, state, spend(setup, {}), { ...NO_SHOCKS, worldDemand: -0.2 });
      const [entry] = entriesFor(a, 'worldDemand', 'shock');
      expect(entry).toBeDefined();
      expect(entry!.outputUsdM).toBeLessThan(0);
      expect(entry!.employment).toBeLessThan(0);
      expect(entry!.poverty).toBeGreaterThan(0);
      expectEntriesSumToTotal(a);
    });

    it('a boom in world demand shows as a positive worldDemand entry', () => {
      const setup = tncSetup();
      const { model, state } = start(setup);
      const a = explainWith(model, state, spend(setup, {}), { ...NO_SHOCKS, worldDemand: 0.1 });
      expect(total(entriesFor(a, 'worldDemand', 'shock'), 'outputUsdM')).toBeGreaterThan(0);
    });

    it.each<[string, Partial<YearShocks>, FixtureName]>([
      ['exchangeRate', { exchangeRate: 0.15 }, 'tnc'],
      ['buyerExit', { buyerExit: 0.2 }, 'tnc'],
      ['tncExit', { tncExit: 0.3 }, 'tnc'],
      ['accident', { accident: 0.03 }, 'survival'],
    ])('a bad %s shock shows as a negative output entry of its own kind', (kind, shock, fixture) => {
      const setup = FIXTURES[fixture]();
      const { model, state } = start(setup);
      const a = explainWith(model, state, spend(setup, {}), { ...NO_SHOCKS, ...shock });
      const entries = entriesFor(a, kind as AttributionCause, 'shock');
      expect(entries).toHaveLength(1);
      expect(entries[0]!.outputUsdM).toBeLessThan(0);
      expect(entries[0]!.employment).toBeLessThan(0);
      expectEntriesSumToTotal(a);
    });

    it('a year without shocks has no shock entries', () => {
      const setup = tncSetup();
      const { model, state } = start(setup);
      const a = explainWith(model, state, spend(setup, { training: 0.3 }), NO_SHOCKS);
      expect(a.entries.filter((e) => e.kind === 'shock')).toEqual([]);
    });

    it('in a simulated run, a year with a world demand crash attributes a loss to worldDemand', () => {
      const setup = tncSetup();
      let found = false;
      for (let seed = 1; seed <= 40 && !found; seed++) {
        const run = simulate(setup, { seed, years: 10, explain: true });
        run.states.forEach((s, k) => {
          if (k === 0 || s.shocks.worldDemand > -0.12) return;
          found = true;
          const a = run.attributions[k - 1]!;
          expect(total(entriesFor(a, 'worldDemand', 'shock'), 'outputUsdM')).toBeLessThan(0);
          expect(total(entriesFor(a, 'worldDemand', 'shock'), 'employment')).toBeLessThan(0);
        });
      }
      expect(found).toBe(true);
    });
  });

  describe('donors and incentives', () => {
    const setup = survivalSetup();
    const trainingOnly: Plan = { name: 'training only', years: [{ allocation: { training: 0.6 } }] };

    it('donor projects are attributed to donors, not incentives, when the player funds no incentives', () => {
      expect(setup.initial.donorSupportUsdM).toBeGreaterThan(0);
      const run = simulate(setup, { seed: 6, years: 6, plan: trainingOnly, explain: true });
      run.attributions.forEach((a, k) => {
        expect(entriesFor(a, 'incentives')).toEqual([]);
        if (k >= 1) expect(total(entriesFor(a, 'donors', 'lagged'), 'outputUsdM')).toBeGreaterThan(0);
      });
    });

    it('player-funded joint projects are attributed to incentives', () => {
      const joint: Plan = { name: 'joint', years: [{ allocation: { incentives: 0.6 }, incentiveTarget: 'joint' }] };
      const run = simulate(setup, { seed: 6, years: 4, plan: joint, explain: true });
      expect(entriesFor(run.attributions[2]!, 'incentives', 'lagged').length).toBe(1);
      expect(total(entriesFor(run.attributions[2]!, 'incentives', 'lagged'), 'outputUsdM')).toBeGreaterThan(0);
    });

    it('a cluster without a donor programme has no donor entries', () => {
      const tnc = tncSetup();
      const run = simulate(tnc, { seed: 6, years: 5, plan: trainingOnly, explain: true });
      for (const a of run.attributions) expect(entriesFor(a, 'donors')).toEqual([]);
    });
  });

  it('a sharp tariff cut in a survival cluster shows as a tariff lever entry that costs jobs', () => {
    const setup = survivalSetup();
    const { model, state } = start(setup);
    const a = explainWith(model, state, spend(setup, {}, { tariff: 0 }), NO_SHOCKS);
    const [entry] = entriesFor(a, 'tariff', 'lever');
    expect(entry).toBeDefined();
    expect(entry!.employment).toBeLessThan(0);
  });

  it('an unchanged tariff, target or standards flag gets no lever entry', () => {
    const setup = survivalSetup();
    const { model, state } = start(setup);
    const a = explainWith(model, state, spend(setup, { training: 0.4 }), NO_SHOCKS);
    for (const cause of ['tariff', 'incentiveTarget', 'laborStandards'] as const)
      expect(entriesFor(a, cause)).toEqual([]);
  });
});
