// Who gains, who loses (groups.ts): the groups share out exactly the cluster's value added, their
// poor add up to the cluster's poverty headcount, and policies move the groups the way the
// mechanism's sources say.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/model/plan';
import { simulate } from '../../../src/model/run';
import { createModel, type ClusterSetup } from '../../../src/model/setup';
import type { Allocation, ClusterState } from '../../../src/model/types';
import {
  GENDER_PAY_GAP,
  GROUPS,
  PARTITION_GROUPS,
  groupIncomes,
  groupsDetail,
  groupsOf,
  informalShare,
  INFORMAL_SHARE_SME,
  normalCdf,
  partitionIncomeUsdM,
  type Groups,
} from '../../../src/model/mechanisms/groups';
import { scenarioById, SCENARIO_IDS } from '../../../src/scenario';
import { FIXTURES, planYearArbitrary, survivalModel, tncSetup, survivalSetup } from '../fixtures';

const share = fc.double({ min: 0, max: 1, noNaN: true });
const planArb: fc.Arbitrary<Plan> = fc
  .array(planYearArbitrary(share), { minLength: 1, maxLength: 12 })
  .map((years) => ({ name: 'arbitrary', years }));

const setupArb: fc.Arbitrary<ClusterSetup> = fc.oneof(
  fc.constantFrom(...Object.values(FIXTURES)).map((make) => make()),
  fc.constantFrom(...SCENARIO_IDS).map((id) => scenarioById(id)),
);

/** Plain checks (no expect), so fast-check shrinks a failing case and names the broken identity. */
function identityProblems(setup: ClusterSetup, s: ClusterState): string[] {
  const model = createModel(setup);
  const { groups, surplus } = groupsDetail(model, s);
  const problems: string[] = [];
  const total = partitionIncomeUsdM(groups);
  if (!(Math.abs(total - s.outputUsdM) <= 1e-9 * Math.max(1, s.outputUsdM)))
    problems.push(`year ${s.year}: groups' income ${total} != value added ${s.outputUsdM}`);
  // Owners of SMEs work in them: they and the workers are the cluster's jobs.
  const jobs = groups.smeOwners.people + groups.formalWorkers.people + groups.informalWorkers.people;
  if (!(Math.abs(jobs - s.employment) <= 1e-9 * Math.max(1, s.employment)))
    problems.push(`year ${s.year}: owners and workers ${jobs} != jobs ${s.employment}`);
  const workers = groups.formalWorkers.people + groups.informalWorkers.people;
  const pay = groups.formalWorkers.people * groups.formalWorkers.incomeUsdPerDay + groups.informalWorkers.people * groups.informalWorkers.incomeUsdPerDay;
  if (groups.womenWorkers.people > workers + 1e-9) problems.push(`women ${groups.womenWorkers.people} > workers ${workers}`);
  if (groups.womenWorkers.people * groups.womenWorkers.incomeUsdPerDay > pay + 1e-9) problems.push('women earn more than all workers');
  for (const g of GROUPS) {
    const { people, incomeUsdPerDay, poverty } = groups[g];
    if (!(people >= 0 && incomeUsdPerDay >= 0 && Number.isFinite(incomeUsdPerDay))) problems.push(`${g}: ${people} people at ${incomeUsdPerDay}`);
    if (!(poverty >= 0 && poverty <= 1)) problems.push(`${g}: poverty ${poverty}`);
  }
  // The groups' poor and the poor without a cluster job are the cluster's poor.
  let poor = surplus.people * surplus.poverty;
  let people = surplus.people;
  for (const g of PARTITION_GROUPS) {
    poor += groups[g].people * groups[g].poverty;
    people += groups[g].people;
  }
  if (!(Math.abs(poor / people - s.poverty) <= 1e-6)) problems.push(`year ${s.year}: groups' poverty ${poor / people} != ${s.poverty}`);
  return problems;
}

describe('groups: the accounting identities', () => {
  it('for any valid plan and seed, group incomes add up to value added and group poverty to the headcount, every year', () => {
    fc.assert(
      fc.property(setupArb, planArb, fc.integer(), (setup, plan, seed) => {
        const run = simulate(setup, { seed, years: 12, plan, stopOnCollapse: false });
        const problems = run.states.flatMap((s) => identityProblems(setup, s));
        return problems.length === 0 || (console.error(problems.slice(0, 3)), false);
      }),
      { numRuns: 60 },
    );
  });

  it('holds in the starting state of every shipped scenario', () => {
    for (const id of SCENARIO_IDS) {
      const setup = scenarioById(id);
      const start = simulate(setup, { seed: 1, years: 0 }).states[0]!;
      expect(identityProblems(setup, start), id).toEqual([]);
    }
  });

  it('the normal CDF is accurate', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 6);
  });
});

describe('groups: who earns what', () => {
  const model = survivalModel();
  const start = simulate(survivalSetup(), { seed: 1, years: 0 }).states[0]!;

  it('informal workers and apprentices earn less than formal workers, women less than the workers as a whole, owners most', () => {
    const g = groupsOf(model, start);
    expect(g.informalWorkers.incomeUsdPerDay).toBeLessThan(g.formalWorkers.incomeUsdPerDay);
    const workersPay =
      (g.formalWorkers.people * g.formalWorkers.incomeUsdPerDay + g.informalWorkers.people * g.informalWorkers.incomeUsdPerDay) /
      (g.formalWorkers.people + g.informalWorkers.people);
    expect(g.womenWorkers.incomeUsdPerDay).toBeLessThan(workersPay);
    expect(g.womenWorkers.incomeUsdPerDay).toBeGreaterThan(workersPay * (1 - GENDER_PAY_GAP) * 0.9);
    expect(g.largeOwners.incomeUsdPerDay).toBeGreaterThan(g.smeOwners.incomeUsdPerDay);
    expect(g.smeOwners.incomeUsdPerDay).toBeGreaterThan(g.formalWorkers.incomeUsdPerDay);
    expect(g.informalWorkers.poverty).toBeGreaterThan(g.formalWorkers.poverty);
    expect(g.formalWorkers.poverty).toBeGreaterThan(g.largeOwners.poverty);
  });

  it('better working conditions and quality shrink the informal share; the start keeps its share', () => {
    const b = model.baseline;
    expect(informalShare(model, INFORMAL_SHARE_SME, b.workingConditions, b.quality)).toBeCloseTo(INFORMAL_SHARE_SME, 12);
    expect(informalShare(model, INFORMAL_SHARE_SME, b.workingConditions + 0.2, b.quality)).toBeLessThan(INFORMAL_SHARE_SME);
    expect(informalShare(model, INFORMAL_SHARE_SME, b.workingConditions, b.quality + 0.2)).toBeLessThan(INFORMAL_SHARE_SME);
  });

  it('a slump cannot pay out more in wages than the cluster makes: owners keep a small profit', () => {
    const slump = { ...start, outputUsdM: start.outputUsdM * 0.05, smeOutputUsdM: start.smeOutputUsdM * 0.05 };
    const g = groupIncomes(model, slump);
    expect(g.incomeUsdM.smeOwners).toBeGreaterThan(0);
    expect(PARTITION_GROUPS.reduce((sum, k) => sum + g.incomeUsdM[k], 0)).toBeCloseTo(slump.outputUsdM, 9);
  });
});

describe('groups: policies and the groups they favour', () => {
  const alloc = (a: Partial<Allocation>): Allocation => ({ infrastructure: 0, training: 0, research: 0, incentives: 0, trade: 0, ...a });
  /** Groups at the end of year 8, with and without the plan (same seed: the same luck). */
  function compare(setup: ClusterSetup, plan: Plan): { plan: Groups; baseline: Groups } {
    const model = createModel(setup);
    const end = (p?: Plan) => groupsOf(model, simulate(setup, { seed: 3, years: 8, plan: p, stopOnCollapse: false }).states.at(-1)!);
    return { plan: end(plan), baseline: end() };
  }
  const total = (g: Groups, k: keyof Groups) => g[k].people * g[k].incomeUsdPerDay;
  const setups: [string, ClusterSetup][] = [
    ['survival fixture', survivalSetup()],
    ['TNC fixture', tncSetup()],
    ['sialkot-surgical', scenarioById('sialkot-surgical')],
    ['guadalajara-electronics', scenarioById('guadalajara-electronics')],
  ];

  it.each(setups)('%s: quality upgrading under labour standards leaves fewer informal workers', (_, setup) => {
    const { plan, baseline } = compare(setup, {
      name: 'standards',
      years: [{ allocation: alloc({ trade: 0.4, training: 0.3, incentives: 0.3 }), incentiveTarget: 'sme', laborStandards: true }],
    });
    expect(plan.informalWorkers.people).toBeLessThan(baseline.informalWorkers.people);
    expect(plan.formalWorkers.people).toBeGreaterThan(baseline.formalWorkers.people);
  });

  it.each(setups)('%s: a high tariff raises poverty among informal and women workers', (_, setup) => {
    const { plan, baseline } = compare(setup, { name: 'tariff', years: [{ tariff: 0.6 }] });
    expect(plan.informalWorkers.poverty).toBeGreaterThan(baseline.informalWorkers.poverty);
    expect(plan.womenWorkers.poverty).toBeGreaterThan(baseline.womenWorkers.poverty);
  });

  it.each(setups)('%s: incentives for foreign plants favour owners of large firms and formal workers', (_, setup) => {
    const { plan, baseline } = compare(setup, { name: 'fdi', years: [{ allocation: alloc({ incentives: 0.8 }), incentiveTarget: 'fdi' }] });
    expect(total(plan, 'largeOwners')).toBeGreaterThan(total(baseline, 'largeOwners'));
    expect(total(plan, 'formalWorkers')).toBeGreaterThan(total(baseline, 'formalWorkers'));
    // Owners of large firms gain more than owners of SMEs, who compete with the new plants.
    const gain = (k: keyof Groups) => total(plan, k) / total(baseline, k);
    expect(gain('largeOwners')).toBeGreaterThan(gain('smeOwners'));
  });
});
