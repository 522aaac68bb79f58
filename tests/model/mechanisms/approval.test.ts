import { describe, expect, it } from 'vitest';
import {
  abruptChangeCost,
  approvalChange,
  approvalCollapsed,
  approvalReasons,
  emptyApprovalLevels,
  meanApproval,
  nextApproval,
  type ApprovalDrivers,
  type ApprovalLevels,
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
  workingConditions: b.workingConditions,
  povertyChange: 0,
  accident: 0,
  leakage: model.params.leakage,
  groups: { smeOwners: 0, largeOwners: 0, workers: 0, poorest: 0 },
};
const at = (x: number): Approval => ({ sme: x, large: x, workers: x, donors: x });
const none = at(0);

/** Approval next year from the starting approval, given drivers, with no abrupt change. */
const after = (d: Partial<ApprovalDrivers>): Approval =>
  nextApproval(model, b.approval, approvalReasons(model, { ...neutral, ...d }), none);
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

  it('workers approve of jobs, their incomes and better conditions, and not of fires', () => {
    expect(moved({ employmentGrowthLog: 0.05 }, 'workers')).toBeGreaterThan(0);
    expect(moved({ groups: { ...neutral.groups, workers: 0.05 } }, 'workers')).toBeGreaterThan(0);
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
    const next = nextApproval(model, at(0.2), reasons, none);
    for (const g of STAKEHOLDERS) expect(next[g]).toBeCloseTo(0.2 + 0.5 * (targetOf(reasons, g) - 0.2), 12);
  });

  /** The biggest cost any group pays. */
  const worst = (cost: Approval): number => Math.max(...STAKEHOLDERS.map((g) => cost[g]));

  it('no change in policy costs nothing; cuts and swings cost more the bigger they are', () => {
    const steady = spend(setup, { training: 0.4, infrastructure: 0.3 });
    expect(abruptChangeCost(steady, steady)).toEqual(none);
    // Starting or raising a programme upsets nobody.
    expect(abruptChangeCost(spend(setup, {}), steady)).toEqual(none);
    expect(abruptChangeCost(steady, spend(setup, { training: 0.6, infrastructure: 0.4 }))).toEqual(none);
    const small = spend(setup, { training: 0.3, infrastructure: 0.4 });
    const big = spend(setup, { research: 0.7 });
    // Cutting a programme people rely on costs every group alike.
    for (const g of STAKEHOLDERS) {
      expect(abruptChangeCost(steady, small)[g]).toBeGreaterThan(0);
      expect(abruptChangeCost(steady, big)[g]).toBeGreaterThan(abruptChangeCost(steady, small)[g]);
    }
    expect(worst(abruptChangeCost(steady, { ...steady, tariff: 0 }))).toBeGreaterThan(0);
    // Switching who gets incentives costs only when incentives were being paid.
    expect(abruptChangeCost(steady, { ...steady, incentiveTarget: 'sme' })).toEqual(none);
    const funded = spend(setup, { incentives: 0.5 });
    const retargeted = { ...funded, incentiveTarget: funded.incentiveTarget === 'sme' ? ('all' as const) : ('sme' as const) };
    expect(worst(abruptChangeCost(funded, retargeted))).toBeGreaterThan(0);
  });

  it('a tariff move costs only the groups it goes against, not those who asked for it', () => {
    // The playtest: cutting the tariff from 20 to 10 % angered donors as an "abrupt change", though
    // protection is what annoys them. A cut costs the SMEs it shielded; a rise costs the others.
    const before = { ...spend(setup, { training: 0.5 }), tariff: b.tariff };
    const cut = abruptChangeCost(before, { ...before, tariff: b.tariff - 0.1 });
    expect(cut.sme).toBeGreaterThan(0);
    for (const g of ['large', 'workers', 'donors'] as const) expect(cut[g], g).toBe(0);
    const rise = abruptChangeCost(before, { ...before, tariff: b.tariff + 0.1 });
    expect(rise.sme).toBe(0);
    for (const g of ['large', 'workers', 'donors'] as const) expect(rise[g], g).toBeCloseTo(cut.sme, 12);
    // So donors gain from a cut, net of everything, in the year it happens.
    const afterCut = nextApproval(model, b.approval, approvalReasons(model, { ...neutral, tariff: b.tariff - 0.1 }), cut);
    expect(afterCut.donors).toBeGreaterThan(after({}).donors);
    expect(afterCut.sme).toBeLessThan(after({}).sme);
  });

  it('switching incentives to a group is no abrupt change to that group', () => {
    const funded = { ...spend(setup, { incentives: 0.5 }), incentiveTarget: 'all' as const };
    const toSme = abruptChangeCost(funded, { ...funded, incentiveTarget: 'sme' });
    expect(toSme.sme).toBe(0);
    expect(toSme.large).toBeGreaterThan(0);
    const toJoint = abruptChangeCost(funded, { ...funded, incentiveTarget: 'joint' });
    expect(toJoint.sme + toJoint.donors).toBe(0);
    expect(toJoint.workers).toBeGreaterThan(0);
  });

  it('an abrupt change costs each group what it is charged', () => {
    const reasons = approvalReasons(model, neutral);
    const calm = nextApproval(model, at(0.5), reasons, none);
    const cost = { sme: 0.05, large: 0, workers: 0.02, donors: 0 };
    const abrupt = nextApproval(model, at(0.5), reasons, cost);
    for (const g of STAKEHOLDERS) expect(calm[g] - abrupt[g]).toBeCloseTo(cost[g], 12);
  });

  describe('the split of a year\'s change by cause', () => {
    const sum = (xs: { effect: number }[]): number => xs.reduce((t, x) => t + x.effect, 0);
    /** Plays years of given drivers, jolts and costs through nextApproval and approvalChange side by side. */
    function play(years: { d: Partial<ApprovalDrivers>; jolt?: Approval; cost?: Approval }[]) {
      let approval = b.approval;
      let levels: ApprovalLevels = emptyApprovalLevels();
      return years.map(({ d, jolt = none, cost = none }) => {
        const reasons = approvalReasons(model, { ...neutral, ...d });
        const started = { ...approval };
        for (const g of STAKEHOLDERS) started[g] += jolt[g];
        const next = nextApproval(model, started, reasons, cost);
        const split = approvalChange(levels, reasons, jolt, cost);
        const change = { ...next };
        for (const g of STAKEHOLDERS) change[g] = next[g] - approval[g];
        approval = next;
        levels = split.levels;
        return { change, parts: split.parts };
      });
    }

    it('adds up to the change, year after year', () => {
      const years = play([
        { d: { smeSupport: 0.4, training: 0.3 } },
        { d: { smeSupport: 0.4, training: 0.3, employmentGrowthLog: 0.04 }, jolt: { ...none, sme: 0.06 } },
        { d: { tariff: b.tariff - 0.1, employmentGrowthLog: -0.02 }, cost: { ...none, sme: 0.04 } },
        { d: { research: 0.5 }, jolt: { ...none, workers: -0.05 } },
        { d: { research: 0.5 } },
      ]);
      for (const { change, parts } of years)
        for (const g of STAKEHOLDERS) expect(sum(parts[g]), g).toBeCloseTo(change[g], 12);
    });

    it('names a steady policy less each year as approval settles, and a one-off jolt as fading after its year', () => {
      const steady = { smeSupport: 0.5 };
      const years = play([{ d: steady }, { d: steady, jolt: { ...none, sme: 0.08 } }, { d: steady }, { d: steady }, { d: steady }]);
      const support = years.map(({ parts }) => sum(parts.sme.filter((p) => p.driver === 'support for SMEs')));
      for (let k = 1; k < support.length; k++) expect(Math.abs(support[k]!)).toBeLessThan(Math.abs(support[k - 1]!));
      expect(support[0]).toBeGreaterThan(0);
      expect(support.at(-1)!).toBeLessThan(0.1 * support[0]!);
      // The event choice's jolt: its own part in its year, then fading parts pulling back.
      const event = years.map(({ parts }) => parts.sme.filter((p) => p.driver === 'event choice'));
      expect(event[1]!.filter((p) => !p.fading).map((p) => p.effect)).toEqual([0.04]);
      expect(sum(event[2]!)).toBeLessThan(0);
      expect(event[2]!.every((p) => p.fading)).toBe(true);
    });

    it('calls a flow driver fading when it stops pushing: last year\'s job growth is not "jobs lost"', () => {
      const years = play([{ d: { employmentGrowthLog: 0.05 } }, { d: { employmentGrowthLog: 0 } }]);
      const jobs = years[1]!.parts.workers.filter((p) => p.driver === 'jobs');
      expect(sum(jobs)).toBeLessThan(0);
      expect(jobs.every((p) => p.fading)).toBe(true);
      const lost = play([{ d: { employmentGrowthLog: 0.05 } }, { d: { employmentGrowthLog: -0.05 } }])[1]!.parts.workers;
      expect(lost.find((p) => p.driver === 'jobs')?.fading).toBe(false);
      // A standing policy that stops is that policy's doing: support cut, not goodwill fading.
      const cut = play([{ d: { smeSupport: 0.5 } }, { d: {} }])[1]!.parts.sme.find((p) => p.driver === 'support for SMEs');
      expect(cut?.effect).toBeLessThan(0);
      expect(cut?.fading).toBe(false);
    });
  });

  it('each stakeholder follows the incomes of the groups it speaks for, and says so', () => {
    const up = (g: Partial<ApprovalDrivers['groups']>) => ({ groups: { ...neutral.groups, ...g } });
    expect(moved(up({ smeOwners: 0.1 }), 'sme')).toBeGreaterThan(0);
    expect(moved(up({ smeOwners: 0.1 }), 'large')).toBeCloseTo(0, 12);
    expect(moved(up({ largeOwners: -0.1 }), 'large')).toBeLessThan(0);
    expect(moved(up({ largeOwners: -0.1 }), 'workers')).toBeCloseTo(0, 12);
    expect(moved(up({ workers: -0.1 }), 'workers')).toBeLessThan(0);
    expect(moved(up({ poorest: 0.1 }), 'donors')).toBeGreaterThan(0);
    const reasons = approvalReasons(model, { ...neutral, ...up({ smeOwners: 0.1, largeOwners: 0.1, workers: 0.1, poorest: 0.1 }) });
    const named = (g: Stakeholder, driver: string) => reasons[g].find((r) => r.driver === driver)?.effect ?? 0;
    expect(named('sme', "SME owners' income")).toBeGreaterThan(0);
    expect(named('large', "large-firm owners' income")).toBeGreaterThan(0);
    expect(named('workers', "workers' incomes")).toBeGreaterThan(0);
    expect(named('donors', 'incomes of the poorest groups')).toBeGreaterThan(0);
  });

  it('approval stays within 0..1 whatever happens', () => {
    const good = approvalReasons(model, {
      ...neutral,
      smeSupport: 100,
      largeSupport: 100,
      training: 100,
      employmentGrowthLog: 5,
      groups: { smeOwners: 5, largeOwners: 5, workers: 5, poorest: 5 },
    });
    const bad = approvalReasons(model, {
      ...neutral,
      marginGap: -5,
      employmentGrowthLog: -5,
      accident: 1,
      povertyChange: 1,
      groups: { smeOwners: -5, largeOwners: -5, workers: -5, poorest: -5 },
    });
    for (const g of STAKEHOLDERS) {
      expect(nextApproval(model, at(1), good, none)[g]).toBeLessThanOrEqual(1);
      expect(nextApproval(model, at(0), bad, at(2))[g]).toBeGreaterThanOrEqual(0);
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
