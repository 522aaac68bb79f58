import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exportShareAfterStandard,
  standardReadiness,
  standardShortfall,
  startingReadiness,
  type Readiness,
} from '../../../src/model/mechanisms/buyer-standards';
import { simulate } from '../../../src/model/run';
import { createModel } from '../../../src/model/setup';
import { scenarioById } from '../../../src/scenario';
import { tncModel } from '../fixtures';

const model = tncModel();
const b = model.baseline;
const atStart: Readiness = { quality: b.quality, skills: b.skills, trust: b.trust, collaboration: 0 };
const share = fc.double({ min: 0, max: 1, noNaN: true });

describe('buyer standards', () => {
  it('no standard, no change to export orders', () => {
    expect(exportShareAfterStandard(model, 0.7, 0, atStart)).toBe(0.7);
    expect(standardShortfall(model, 0, atStart)).toBe(0);
  });

  it('a cluster as ready as at the start falls short by the standard and loses orders in proportion', () => {
    expect(standardReadiness(model, atStart)).toBeCloseTo(startingReadiness(model), 12);
    expect(standardShortfall(model, 0.1, atStart)).toBeCloseTo(0.1, 12);
    const small = exportShareAfterStandard(model, 0.8, 0.05, atStart);
    const large = exportShareAfterStandard(model, 0.8, 0.2, atStart);
    expect(small).toBeLessThan(0.8);
    expect(large).toBeLessThan(small);
  });

  it('quality, skills, trust and joint projects each make a cluster readier, so it loses fewer orders', () => {
    fc.assert(
      fc.property(share, share, share, fc.double({ min: 0, max: 200, noNaN: true }), fc.constantFrom('quality', 'skills', 'trust', 'collaboration'), (q, s, t, c, which) => {
        const r: Readiness = { quality: q, skills: s, trust: t, collaboration: c };
        const more = { ...r, [which]: r[which as keyof Readiness] + (which === 'collaboration' ? 20 : 0.1) };
        expect(standardReadiness(model, more)).toBeGreaterThan(standardReadiness(model, r));
        expect(exportShareAfterStandard(model, 0.6, 0.15, more)).toBeGreaterThanOrEqual(exportShareAfterStandard(model, 0.6, 0.15, r));
      }),
    );
  });

  it('a cluster that clears the bar wins orders; losses and gains stay bounded and shares in 0..1', () => {
    const ready: Readiness = { quality: b.quality + 0.3, skills: b.skills + 0.2, trust: 0.8, collaboration: 200 };
    expect(exportShareAfterStandard(model, 0.5, 0.1, ready)).toBeGreaterThan(0.5);
    fc.assert(
      fc.property(share, fc.double({ min: 0.01, max: 0.5, noNaN: true }), share, share, share, (x, standard, q, s, t) => {
        const after = exportShareAfterStandard(model, x, standard, { quality: q, skills: s, trust: t, collaboration: 0 });
        expect(after).toBeGreaterThanOrEqual(0.3 * x - 1e-12);
        expect(after).toBeLessThanOrEqual(Math.min(1, 1.15 * x) + 1e-12);
      }),
    );
  });

  describe("Sialkot's CE/ISO standard (scheduled in 2004)", () => {
    const scenario = scenarioById('sialkot-surgical');
    const jointPlan = {
      name: 'joint action, training and research',
      years: [{ allocation: { incentives: 0.5, training: 0.3, research: 0.1 }, incentiveTarget: 'joint' as const, eventChoices: { 'ce-marking': 'joint-certification' } }],
    };
    const exportsIn = (states: { year: number; exportShare: number }[], year: number): number => states.find((s) => s.year === year)!.exportShare;

    it('is in the scenario, after the event that warns of it', () => {
      expect(scenario.scheduled?.some((e) => e.shock === 'buyerStandard' && e.year === 2004)).toBe(true);
      const warning = scenario.events.find((e) => e.id === 'ce-marking');
      expect(scenario.startYear + (warning?.trigger.year ?? 0)).toBe(2003);
    });

    // Each run is compared with the same seed and plan without the standard (same luck otherwise).
    const withoutStandard = { ...scenario, scheduled: [] };
    const ratio = (seed: number, year: number, plan?: typeof jointPlan): number =>
      exportsIn(simulate(scenario, { seed, years: 10, plan }).states, year) / exportsIn(simulate(withoutStandard, { seed, years: 10, plan }).states, year);

    it('with no new policy, a large share of export orders is lost and stays lost for years', () => {
      for (const seed of [1, 2, 3, 4, 5]) {
        expect(ratio(seed, 2003)).toBe(1);
        expect(ratio(seed, 2004)).toBeLessThan(0.8);
        expect(ratio(seed, 2008)).toBeLessThan(0.9);
      }
    });

    it('joint action, training and research meet it: exports hold', () => {
      for (const seed of [1, 2, 3, 4, 5]) expect(ratio(seed, 2004, jointPlan)).toBeGreaterThanOrEqual(0.99);
    });

    it('the attribution names the standard as the cause of the 2004 loss', () => {
      const run = simulate(scenario, { seed: 1, years: 3, explain: true });
      const entry = run.attributions[2]?.entries.find((e) => e.cause === 'buyerStandard');
      expect(run.states[3]?.year).toBe(2004);
      expect(entry?.kind).toBe('shock');
      expect(entry?.outputUsdM).toBeLessThan(0);
    });
  });

  it('a random standard comes more often to clusters that export more', () => {
    const count = (exportShare: number): number => {
      const setup = { ...scenarioById('sialkot-surgical'), scheduled: [] };
      const m = createModel({ ...setup, initial: { ...setup.initial, exportShare } });
      let n = 0;
      for (let seed = 1; seed <= 150; seed++) {
        const run = simulate({ ...setup, initial: { ...setup.initial, exportShare } }, { seed, years: 10 });
        n += run.states.filter((s) => s.shocks.buyerStandard > 0).length;
      }
      expect(m.scheduled).toHaveLength(0);
      return n;
    };
    const low = count(0.05);
    const high = count(0.95);
    expect(high).toBeGreaterThan(3 * low);
    expect(high).toBeGreaterThan(0);
  });
});
