import { describe, expect, it } from 'vitest';
import {
  foreignPlantsAttracted,
  largeExpansionRate,
  splitIncentives,
  standardsStrength,
  subsidyMarginEffect,
  subsidyQualityGain,
} from '../../../src/model/mechanisms/incentives';
import { INCENTIVE_TARGETS, type IncentiveTarget } from '../../../src/model/types';
import { spend, survivalModel, survivalSetup } from '../fixtures';

const model = survivalModel();
const setup = survivalSetup();
const decide = (incentiveTarget: IncentiveTarget, laborStandards = false) =>
  spend(setup, { incentives: 1 }, { incentiveTarget, laborStandards });
const total = (s: ReturnType<typeof splitIncentives>): number =>
  s.toSmeUsdM + s.toLargeUsdM + s.toForeignUsdM + s.toJointUsdM;

describe('incentives', () => {
  it.each(INCENTIVE_TARGETS.flatMap((t) => [[t, false] as const, [t, true] as const]))(
    'target %s (standards %s) hands out exactly the money that reaches the cluster',
    (target, standards) => {
      const s = splitIncentives(model, decide(target, standards), 8);
      expect(total(s)).toBeCloseTo(8, 12);
      for (const part of Object.values(s)) expect(part).toBeGreaterThanOrEqual(0);
    },
  );

  it('untargeted incentives are mostly captured by large firms: 0.6-0.8 of the money', () => {
    const s = splitIncentives(model, decide('all'), 10);
    expect(s.toLargeUsdM / 10).toBeGreaterThanOrEqual(0.6);
    expect(s.toLargeUsdM / 10).toBeLessThanOrEqual(0.8);
    expect(s.toSmeUsdM).toBeGreaterThan(0);
  });

  it('SME-targeted incentives give SMEs most of the money, far more than untargeted ones', () => {
    const sme = splitIncentives(model, decide('sme'), 10);
    const all = splitIncentives(model, decide('all'), 10);
    expect(sme.toSmeUsdM / 10).toBeGreaterThan(0.5);
    expect(sme.toSmeUsdM).toBeGreaterThan(sme.toLargeUsdM);
    expect(sme.toSmeUsdM).toBeGreaterThan(2 * all.toSmeUsdM);
  });

  it('only FDI-targeted incentives go to foreign plants, and they attract new plants', () => {
    for (const t of INCENTIVE_TARGETS.filter((x) => x !== 'fdi'))
      expect(splitIncentives(model, decide(t), 10).toForeignUsdM).toBe(0);
    const fdi = splitIncentives(model, decide('fdi'), 10);
    expect(fdi.toForeignUsdM).toBeGreaterThan(fdi.toLargeUsdM);
    expect(foreignPlantsAttracted(model, fdi.toForeignUsdM, 5, 1)).toBeGreaterThan(0);
    expect(foreignPlantsAttracted(model, 0, 5, 1)).toBe(0);
  });

  it('more FDI money attracts more plants, with diminishing returns', () => {
    const a = foreignPlantsAttracted(model, 2, 5, 1);
    const b = foreignPlantsAttracted(model, 4, 5, 1);
    expect(b).toBeGreaterThan(a);
    expect(b - a).toBeLessThan(a);
  });

  it('the same money attracts fewer plants when plants are bigger (each costs years of its value added)', () => {
    expect(foreignPlantsAttracted(model, 4, 5, 10)).toBeLessThan(foreignPlantsAttracted(model, 4, 5, 1));
  });

  it('a location attracts at most its yearly ceiling of plants, however much it pays', () => {
    const ceiling = model.params.fdiAttraction * (5 + 1);
    expect(foreignPlantsAttracted(model, 1e9, 5, 1)).toBeLessThanOrEqual(ceiling);
    expect(foreignPlantsAttracted(model, 1e9, 5, 1)).toBeGreaterThan(0.99 * ceiling);
  });

  it('joint incentives fund collaborative projects and nothing else', () => {
    const s = splitIncentives(model, decide('joint'), 10);
    expect(s.toJointUsdM).toBe(10);
    expect(s.toSmeUsdM + s.toLargeUsdM + s.toForeignUsdM).toBe(0);
    for (const t of INCENTIVE_TARGETS.filter((x) => x !== 'joint'))
      expect(splitIncentives(model, decide(t), 10).toJointUsdM).toBe(0);
  });

  it('labour standards shift part of the SME money to compliant larger firms', () => {
    for (const t of ['sme', 'all'] as const) {
      const free = splitIncentives(model, decide(t, false), 10);
      const conditional = splitIncentives(model, decide(t, true), 10);
      expect(conditional.toSmeUsdM).toBeLessThan(free.toSmeUsdM);
      expect(conditional.toLargeUsdM).toBeGreaterThan(free.toLargeUsdM);
      expect(conditional.toSmeUsdM).toBeGreaterThan(0);
    }
  });

  it('labour standards have no bite without incentive money, nor when not chosen', () => {
    expect(standardsStrength(model, decide('sme', true), 0)).toBe(0);
    expect(standardsStrength(model, decide('sme', false), 10)).toBe(0);
    const weak = standardsStrength(model, decide('sme', true), 0.5);
    const strong = standardsStrength(model, decide('sme', true), 10);
    expect(weak).toBeGreaterThan(0);
    expect(strong).toBeGreaterThan(weak);
    expect(strong).toBeLessThanOrEqual(1);
  });

  it('support raises the SME margin by its share of SME output, and not at all without SME output', () => {
    expect(subsidyMarginEffect(model, 0, 30)).toBe(0);
    expect(subsidyMarginEffect(model, 2, 30)).toBeGreaterThan(subsidyMarginEffect(model, 1, 30));
    expect(subsidyMarginEffect(model, 1, 30)).toBeCloseTo(subsidyMarginEffect(model, 2, 60), 12);
    expect(subsidyMarginEffect(model, 1, 60)).toBeLessThan(subsidyMarginEffect(model, 1, 30));
    expect(subsidyMarginEffect(model, 1, 0)).toBe(0);
    // Training first, then finance: owners with few skills make less of the same support.
    expect(subsidyMarginEffect(model, 1, 30, 0.2)).toBeLessThan(subsidyMarginEffect(model, 1, 30, 0.6));
  });

  it('a small subsidy raises the margin by about subsidyMarginEffect x its share of output; big ones level off', () => {
    const share = 0.001;
    expect(subsidyMarginEffect(model, share * 30, 30) / share).toBeCloseTo(model.params.subsidyMarginEffect, 2);
    const a = subsidyMarginEffect(model, 3, 30);
    const b = subsidyMarginEffect(model, 6, 30);
    expect(b - a).toBeLessThan(a);
    expect(subsidyMarginEffect(model, 1e9, 30)).toBeLessThan(model.params.subsidyMarginEffect);
  });

  it('SME support raises quality only as far as skills allow (training first, then finance)', () => {
    expect(subsidyQualityGain(model, 5, 0)).toBe(0);
    expect(subsidyQualityGain(model, 0, 0.6)).toBe(0);
    expect(subsidyQualityGain(model, 5, 0.5)).toBeGreaterThan(subsidyQualityGain(model, 5, 0.2));
    expect(subsidyQualityGain(model, 5, 0.9)).toBeLessThanOrEqual(model.params.subsidyInvestmentQuality);
  });

  it('captured support expands large firms, with diminishing returns and within its ceiling', () => {
    expect(largeExpansionRate(model, 0)).toBe(0);
    const a = largeExpansionRate(model, 2);
    const b = largeExpansionRate(model, 4);
    expect(b).toBeGreaterThan(a);
    expect(b - a).toBeLessThan(a);
    expect(largeExpansionRate(model, 1e9)).toBeLessThanOrEqual(model.params.largeExpansion);
  });
});
