import { describe, expect, it } from 'vitest';
import {
  abruptChangeCost,
  approvalCollapsed,
  approvalReasons,
  meanApproval,
  nextApproval,
  type ApprovalDrivers,
} from '../../../src/model/mechanisms/approval';
import { STAKEHOLDERS, type Approval, type Stakeholder } from '../../../src/model/types';
import { spend, survivalModel, survivalSetup } from '../fixtures';

const model = survivalModel();
const b = model.baseline;
const setup = survivalSetup();
const neutral: ApprovalDrivers = {
  smeSupport: 0,
  largeSupport: 0,
  infrastructure: 0,
  training: 0,
  research: 0,
  joint: 0,
  trade: 0,
  tariff: b.tariff,
  marginGap: 0,
  standards: false,
  employmentGrowthLog: 0,
  wageGrowthLog: 0,
  workingConditions: b.workingConditions,
  povertyChange: 0,
  accident: 0,
  leakage: model.params.leakage,
};
const at = (x: number): Approval => ({ sme: x, large: x, workers: x, donors: x });

/** Approval next year from the starting approval, given drivers, with no abrupt change. */
const after = (d: Partial<ApprovalDrivers>): Approval =>
  nextApproval(model, b.approval, approvalReasons(model, { ...neutral, ...d }), 0);
/** How much a driver moves a group's approval against the same year with nothing changed. */
const moved = (d: Partial<ApprovalDrivers>, group: Stakeholder): number => after(d)[group] - after({})[group];
const targetOf = (reasons: ReturnType<typeof approvalReasons>, g: Stakeholder): number =>
  Math.min(1, Math.max(0, b.approval[g] + reasons[g].reduce((sum, r) => sum + r.effect, 0)));

describe('stakeholder approval', () => {
  it('a group that gets nothing it cares about loses approval; one that gets something does not complain', () => {
    const nothing = after({});
    for (const g of ['sme', 'donors'] as const) expect(nothing[g]).toBeLessThan(b.approval[g]);
    const reasons = approvalReasons(model, { ...neutral, infrastructure: 0.5, training: 0.5 });
    for (const g of ['sme', 'donors'] as const) {
      const complaint = reasons[g].find((r) => r.driver.startsWith('nothing for'));
      expect(Math.abs(complaint?.effect ?? 0)).toBeLessThan(1e-4);
    }
    // Workers judge outcomes, not budget lines: with nothing happening their approval stays.
    expect(nothing.workers).toBeCloseTo(b.approval.workers, 12);
  });

  it('a high tariff costs large firms and donors more than twice what a moderate one does (convex)', () => {
    for (const g of ['large', 'donors'] as const) {
      const moderate = moved({ tariff: b.tariff + 0.2 }, g);
      const high = moved({ tariff: b.tariff + 0.4 }, g);
      expect(high).toBeLessThan(2 * moderate);
    }
    // Households pay more for goods: workers dislike a tariff rise.
    expect(moved({ tariff: b.tariff + 0.4 }, 'workers')).toBeLessThan(0);
  });

  it('support for SMEs raises SME approval, and not large firms’', () => {
    expect(moved({ smeSupport: 1 }, 'sme')).toBeGreaterThan(0);
    expect(moved({ smeSupport: 1 }, 'large')).toBeCloseTo(0, 12);
  });

  it('support for large firms raises large firms’ approval, and not SMEs’', () => {
    expect(moved({ largeSupport: 1 }, 'large')).toBeGreaterThan(0);
    expect(moved({ largeSupport: 1 }, 'sme')).toBeCloseTo(0, 12);
  });

  it('workers approve of jobs, wages and better conditions, and not of fires', () => {
    expect(moved({ employmentGrowthLog: 0.05 }, 'workers')).toBeGreaterThan(0);
    expect(moved({ wageGrowthLog: 0.05 }, 'workers')).toBeGreaterThan(0);
    expect(moved({ workingConditions: b.workingConditions + 0.2 }, 'workers')).toBeGreaterThan(0);
    expect(moved({ accident: 0.03 }, 'workers')).toBeLessThan(0);
  });

  it('donors approve of training, research and joint projects and dislike protection, leakage and rising poverty', () => {
    expect(moved({ training: 1 }, 'donors')).toBeGreaterThan(0);
    expect(moved({ research: 1 }, 'donors')).toBeGreaterThan(0);
    expect(moved({ joint: 1 }, 'donors')).toBeGreaterThan(0);
    expect(moved({ tariff: b.tariff + 0.3 }, 'donors')).toBeLessThan(0);
    expect(moved({ leakage: model.params.leakage + 0.3 }, 'donors')).toBeLessThan(0);
    expect(moved({ povertyChange: 0.02 }, 'donors')).toBeLessThan(0);
  });

  it('protection pleases import-competing SMEs and displeases large firms buying inputs', () => {
    expect(moved({ tariff: b.tariff + 0.3 }, 'sme')).toBeGreaterThan(0);
    expect(moved({ tariff: b.tariff + 0.3 }, 'large')).toBeLessThan(0);
  });

  it('approval moves halfway to its target each year', () => {
    const reasons = approvalReasons(model, neutral);
    const next = nextApproval(model, at(0.2), reasons, 0);
    for (const g of STAKEHOLDERS) expect(next[g]).toBeCloseTo(0.2 + 0.5 * (targetOf(reasons, g) - 0.2), 12);
  });

  it('no change in policy costs nothing; cuts and swings cost more the bigger they are', () => {
    const steady = spend(setup, { training: 0.4, infrastructure: 0.3 });
    expect(abruptChangeCost(steady, steady)).toBe(0);
    // Starting or raising a programme upsets nobody.
    expect(abruptChangeCost(spend(setup, {}), steady)).toBe(0);
    expect(abruptChangeCost(steady, spend(setup, { training: 0.6, infrastructure: 0.4 }))).toBe(0);
    const small = spend(setup, { training: 0.3, infrastructure: 0.4 });
    const big = spend(setup, { research: 0.7 });
    expect(abruptChangeCost(steady, small)).toBeGreaterThan(0);
    expect(abruptChangeCost(steady, big)).toBeGreaterThan(abruptChangeCost(steady, small));
    const tariffCut = { ...steady, tariff: 0 };
    expect(abruptChangeCost(steady, tariffCut)).toBeGreaterThan(0);
    // Switching who gets incentives costs only when incentives were being paid.
    expect(abruptChangeCost(steady, { ...steady, incentiveTarget: 'sme' })).toBe(0);
    const funded = spend(setup, { incentives: 0.5 });
    const retargeted = { ...funded, incentiveTarget: funded.incentiveTarget === 'sme' ? ('all' as const) : ('sme' as const) };
    expect(abruptChangeCost(funded, retargeted)).toBeGreaterThan(0);
  });

  it('an abrupt change costs every group the same', () => {
    const reasons = approvalReasons(model, neutral);
    const calm = nextApproval(model, at(0.5), reasons, 0);
    const abrupt = nextApproval(model, at(0.5), reasons, 0.05);
    for (const g of STAKEHOLDERS) expect(calm[g] - abrupt[g]).toBeCloseTo(0.05, 12);
  });

  it('approval stays within 0..1 whatever happens', () => {
    const good = approvalReasons(model, {
      ...neutral,
      smeSupport: 100,
      largeSupport: 100,
      training: 100,
      employmentGrowthLog: 5,
      wageGrowthLog: 5,
    });
    const bad = approvalReasons(model, {
      ...neutral,
      marginGap: -5,
      employmentGrowthLog: -5,
      accident: 1,
      povertyChange: 1,
    });
    for (const g of STAKEHOLDERS) {
      expect(nextApproval(model, at(1), good, 0)[g]).toBeLessThanOrEqual(1);
      expect(nextApproval(model, at(0), bad, 2)[g]).toBeGreaterThanOrEqual(0);
    }
  });

  it('the term ends early only when mean approval falls below the collapse level', () => {
    const c = model.params.approvalCollapse;
    expect(meanApproval({ sme: 0.1, large: 0.3, workers: 0.5, donors: 0.7 })).toBeCloseTo(0.4, 12);
    expect(approvalCollapsed(model, at(c - 0.01))).toBe(true);
    expect(approvalCollapsed(model, at(c + 0.01))).toBe(false);
    // One angry group does not end the term if the others are content.
    expect(approvalCollapsed(model, { sme: 0, large: 0.6, workers: 0.6, donors: 0.6 })).toBe(false);
  });
});
