// The public stylized facts (model.md section 5) and more of the same kind, each written as a
// comparison of simulated runs: a plan against the baseline or another plan, same seeds.
import { describe, expect, it } from 'vitest';
import { advance } from '../../src/model/advance';
import { createModel, initialState, NO_SHOCKS, simulate, type ClusterState, type Plan, type PlanYear } from '../../src/model';
import { scenarioById } from '../../src/scenario';

const SEEDS = Array.from({ length: 15 }, (_, i) => i + 1);

function plan(name: string, ...years: PlanYear[]): Plan {
  return { name, years };
}

function runs(id: string, p: Plan | undefined, years = 10): ClusterState[][] {
  const scenario = scenarioById(id);
  return SEEDS.map((seed) => simulate(scenario, { seed, years, plan: p }).states);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Year k of a run, or its last year when the term ended early (approval collapsed): where the term left the cluster. */
function at(run: ClusterState[] | undefined, k: number): ClusterState {
  return run?.[Math.min(k, run.length - 1)] as ClusterState;
}

/** Median over seeds of (plan - baseline) / baseline for a field in year k. */
function relativeGap(planRuns: ClusterState[][], baseRuns: ClusterState[][], k: number, field: (s: ClusterState) => number): number {
  return median(planRuns.map((run, i) => field(at(run, k)) / field(at(baseRuns[i], k)) - 1));
}

/** Median over seeds of (plan - baseline) for a field in year k. */
function gap(planRuns: ClusterState[][], baseRuns: ClusterState[][], k: number, field: (s: ClusterState) => number): number {
  return median(planRuns.map((run, i) => field(at(run, k)) - field(at(baseRuns[i], k))));
}

const output = (s: ClusterState) => s.outputUsdM;
const jobs = (s: ClusterState) => s.employment;

describe('stylized facts', () => {
  it('infrastructure has almost no effect in the year it is paid for; the gain grows over 2-3 years', () => {
    const base = runs('kamukunji-metalwork', undefined, 5);
    const infra = runs('kamukunji-metalwork', plan('roads and power', { allocation: { infrastructure: 0.8 } }), 5);
    const gains = [1, 2, 3, 4].map((k) => relativeGap(infra, base, k, output));
    expect(Math.abs(gains[0] as number)).toBeLessThan(0.002);
    expect(gains[1]).toBeGreaterThan(0.005);
    expect(gains[2]).toBeGreaterThan(gains[1] as number);
    expect(gains[3]).toBeGreaterThan(gains[2] as number);
  });

  it('training alone changes little in year 1 and helps by years 2-3', () => {
    const base = runs('survival-cluster', undefined, 4);
    const training = runs('survival-cluster', plan('training', { allocation: { training: 0.8 } }), 4);
    expect(Math.abs(relativeGap(training, base, 1, jobs))).toBeLessThan(0.002);
    expect(Math.abs(relativeGap(training, base, 1, output))).toBeLessThan(0.002);
    expect(relativeGap(training, base, 3, output)).toBeGreaterThan(0.005);
    // Skills raise output per worker: the gain in jobs is far smaller than the gain in output.
    expect(relativeGap(training, base, 3, jobs)).toBeLessThan(relativeGap(training, base, 3, output) / 2);
    // Modest alone (McKenzie 2017): well under a 15% output gain in three years.
    expect(relativeGap(training, base, 3, output)).toBeLessThan(0.15);
  });

  it('research spending in a low-skill cluster yields about nothing over 10 years; with training it pays', () => {
    // A generous programme (US$ 2 m a year), so that training can lift skills past the threshold.
    const funded = (name: string, allocation: PlanYear['allocation']): Plan => ({ name, budgetUsdM: 2, years: [{ allocation }] });
    const base = runs('survival-cluster', undefined);
    const research = runs('survival-cluster', funded('research', { research: 0.6 }));
    expect(Math.abs(relativeGap(research, base, 10, (s) => s.productivity))).toBeLessThan(0.005);
    const trainingOnly = runs('survival-cluster', funded('training', { training: 0.6 }));
    const both = runs('survival-cluster', funded('training then research', { training: 0.6, research: 0.4 }));
    // Research adds clearly more with trained workers than it does alone.
    const researchWithTraining = relativeGap(both, trainingOnly, 10, (s) => s.productivity);
    expect(researchWithTraining).toBeGreaterThan(0.01);
    expect(researchWithTraining).toBeGreaterThan(3 * relativeGap(research, base, 10, (s) => s.productivity));
  });

  it('a sharp tariff cut in a survival cluster of SMEs makes firm numbers fall within 1-3 years', () => {
    const base = runs('survival-cluster', undefined, 3);
    const cut = runs('survival-cluster', plan('free trade', { tariff: 0 }), 3);
    const start = scenarioById('survival-cluster').initial.smeFirms;
    expect(scenarioById('survival-cluster').initial.tariff).toBeGreaterThan(0.1);
    expect(median(cut.map((r) => r[3]?.smeFirms ?? 0))).toBeLessThan(start);
    expect(relativeGap(cut, base, 3, (s) => s.smeFirms)).toBeLessThan(-0.03);
  });

  it('a tariff cut raises surviving productivity over 5-7 years while poverty falls more slowly at first', () => {
    const base = runs('survival-cluster', undefined, 7);
    const cut = runs('survival-cluster', plan('free trade', { tariff: 0 }), 7);
    expect(relativeGap(cut, base, 7, (s) => s.productivity)).toBeGreaterThan(0.03);
    expect(gap(cut, base, 2, (s) => s.poverty)).toBeGreaterThan(0);
  });

  it('high protection in a repair cluster (Suame) makes firms and jobs grow in the short run, and slows productivity', () => {
    const base = runs('suame-magazine', undefined);
    const high = runs('suame-magazine', plan('high protection', { tariff: 0.5 }));
    expect(relativeGap(high, base, 2, (s) => s.smeFirms)).toBeGreaterThan(0.02);
    expect(relativeGap(high, base, 2, jobs)).toBeGreaterThan(0.02);
    expect(relativeGap(high, base, 10, (s) => s.productivity)).toBeLessThan(-0.02);
  });

  it('untargeted incentives mostly reach large firms; SME-targeted ones raise the SME share more', () => {
    const all = runs('mass-producers', plan('for everyone', { allocation: { incentives: 0.7 }, incentiveTarget: 'all' }), 6);
    const sme = runs('mass-producers', plan('for SMEs', { allocation: { incentives: 0.7 }, incentiveTarget: 'sme' }), 6);
    expect(gap(sme, all, 6, (s) => s.smeShare)).toBeGreaterThan(0.005);
    expect(gap(all, sme, 6, (s) => s.largeFirms)).toBeGreaterThan(0);
  });

  it('rising concentration of large firms lowers trust; joint projects raise it', () => {
    const base = runs('mass-producers', undefined, 6);
    const fdi = runs('mass-producers', plan('attract plants', { allocation: { incentives: 0.8 }, incentiveTarget: 'fdi' }), 6);
    expect(gap(fdi, base, 6, (s) => 1 - s.smeShare)).toBeGreaterThan(0.01);
    expect(gap(fdi, base, 6, (s) => s.trust)).toBeLessThan(-0.005);
    const joint = runs('mass-producers', plan('joint projects', { allocation: { incentives: 0.8 }, incentiveTarget: 'joint' }), 6);
    expect(gap(joint, base, 6, (s) => s.trust)).toBeGreaterThan(0.02);
  });

  it('a fall in foreign demand hits a TNC cluster\'s jobs harder than a survival cluster\'s', () => {
    const jobLoss = (id: string): number => {
      const scenario = scenarioById(id);
      const model = createModel(scenario);
      const start = initialState(scenario, model, 1);
      const none = start.decisions;
      const calm = advance(model, start, none, NO_SHOCKS).next;
      const slump = advance(model, start, none, { ...NO_SHOCKS, worldDemand: -0.2 }).next;
      return slump.employment / calm.employment - 1;
    };
    const tnc = jobLoss('tnc-cluster');
    const survival = jobLoss('survival-cluster');
    expect(tnc).toBeLessThan(0);
    expect(tnc).toBeLessThan(2 * survival);
    expect(jobLoss('guadalajara-electronics')).toBeLessThan(jobLoss('kamukunji-metalwork'));
  });

  it('doing nothing leaves a survival cluster stagnant: poverty barely moves over a term', () => {
    for (const id of ['survival-cluster', 'kamukunji-metalwork']) {
      const base = runs(id, undefined);
      // Relative change of the headcount over the term: within 5% of where it started.
      const change = median(base.map((r) => (r[10]?.poverty ?? 0) / (r[0]?.poverty ?? 1) - 1));
      expect(Math.abs(change)).toBeLessThan(0.05);
    }
  });

  it('labour-standard conditionality on incentives improves working conditions; without money it has no bite', () => {
    const money = runs('suame-magazine', plan('standards', { allocation: { incentives: 0.6 }, incentiveTarget: 'sme', laborStandards: true }), 6);
    const noStandards = runs('suame-magazine', plan('no standards', { allocation: { incentives: 0.6 }, incentiveTarget: 'sme', laborStandards: false }), 6);
    expect(gap(money, noStandards, 6, (s) => s.workingConditions)).toBeGreaterThan(0.02);
    const base = runs('suame-magazine', undefined, 6);
    const noMoney = runs('suame-magazine', plan('standards only', { laborStandards: true }), 6);
    expect(Math.abs(gap(noMoney, base, 6, (s) => s.workingConditions))).toBeLessThan(0.005);
  });

  it('weak governance (leakage) shrinks what the same plan achieves', () => {
    const scenario = scenarioById('sinos-valley-footwear');
    const p = plan('balanced', { allocation: { infrastructure: 0.3, training: 0.3, trade: 0.2 } });
    const gains = [0.05, 0.5].map((leakage) => {
      const s = { ...scenario, parameters: { ...scenario.parameters, leakage } };
      return median(SEEDS.map((seed) => {
        const withPlan = simulate(s, { seed, years: 8, plan: p }).states[8] as ClusterState;
        const without = simulate(s, { seed, years: 8 }).states[8] as ClusterState;
        return withPlan.outputUsdM / without.outputUsdM - 1;
      }));
    });
    expect(gains[0]).toBeGreaterThan(1.3 * (gains[1] as number));
  });

  it('with surplus labour, wages stay near subsistence even as output grows (Lewis)', () => {
    const base = runs('kamukunji-metalwork', undefined);
    const infra = runs('kamukunji-metalwork', plan('roads and power', { allocation: { infrastructure: 0.8 } }));
    expect(relativeGap(infra, base, 10, output)).toBeGreaterThan(0.03);
    // Wages move far less than output while surplus labour remains.
    expect(relativeGap(infra, base, 10, (s) => s.wageUsdPerDay)).toBeLessThan(relativeGap(infra, base, 10, output) / 3);
  });

  it('export promotion and certification raise exports, quality and external dependence', () => {
    const base = runs('sialkot-surgical', undefined, 6);
    const promo = runs('sialkot-surgical', plan('certify and promote', { allocation: { trade: 0.7 } }), 6);
    expect(gap(promo, base, 6, (s) => s.quality)).toBeGreaterThan(0.01);
    const domestic = runs('suame-magazine', undefined, 6);
    const domesticPromo = runs('suame-magazine', plan('promote exports', { allocation: { trade: 0.7 } }), 6);
    expect(gap(domesticPromo, domestic, 6, (s) => s.exportShare)).toBeGreaterThan(0.005);
    expect(gap(domesticPromo, domestic, 6, (s) => s.externalDependence)).toBeGreaterThan(0.003);
  });

  it('promotion without upgrading buys little: with training behind it, the same promotion sells more abroad', () => {
    const promoOnly = runs('suame-magazine', plan('promote exports', { allocation: { trade: 0.5 } }));
    const upgraded = runs('suame-magazine', plan('train, then promote', { allocation: { trade: 0.5, training: 0.5 } }));
    const base = runs('suame-magazine', undefined);
    const promoGain = gap(promoOnly, base, 10, (s) => s.exportShare);
    expect(promoGain).toBeLessThan(scenarioById('suame-magazine').initial.exportShare);
    expect(gap(upgraded, base, 10, (s) => s.exportShare)).toBeGreaterThan(promoGain);
  });

  it('a high tariff does worse than a moderate one within a term (protection saturates, its costs grow)', () => {
    for (const id of ['kamukunji-metalwork', 'suame-magazine', 'mass-producers']) {
      const base = runs(id, undefined);
      const moderate = runs(id, plan('moderate', { tariff: 0.3 }));
      const high = runs(id, plan('high', { tariff: 0.9 }));
      expect(relativeGap(high, base, 10, output)).toBeLessThan(relativeGap(moderate, base, 10, output));
      // Dearer goods for poor households: a high tariff does not cut poverty as a moderate one can.
      expect(gap(high, base, 10, (s) => s.poverty)).toBeGreaterThan(gap(moderate, base, 10, (s) => s.poverty));
    }
  });

  it('attracting foreign plants raises output more than jobs, and cuts poverty less than SME support', () => {
    const base = runs('sialkot-surgical', undefined);
    const fdi = runs('sialkot-surgical', plan('plants', { allocation: { incentives: 0.8 }, incentiveTarget: 'fdi' }));
    const sme = runs('sialkot-surgical', plan('SMEs', { allocation: { incentives: 0.8 }, incentiveTarget: 'sme' }));
    expect(relativeGap(fdi, base, 10, output)).toBeGreaterThan(relativeGap(fdi, base, 10, jobs));
    expect(gap(fdi, base, 10, (s) => s.poverty)).toBeGreaterThan(gap(sme, base, 10, (s) => s.poverty));
  });

  it('a doubled budget never doubles the gain (spending scales with the cluster, with diminishing returns)', () => {
    const scenario = scenarioById('suame-magazine');
    const balanced = (budgetUsdM: number): Plan => ({
      name: 'balanced',
      budgetUsdM,
      years: [{ allocation: { infrastructure: 0.2, training: 0.2, research: 0.2, incentives: 0.2, trade: 0.2 }, incentiveTarget: 'joint', laborStandards: true }],
    });
    const base = runs('suame-magazine', undefined);
    const gains = [1, 2, 4].map((m) => relativeGap(runs('suame-magazine', balanced(scenario.budgetUsdM * m)), base, 10, output));
    expect(gains[0]).toBeGreaterThan(0);
    expect(gains[1]).toBeLessThan(2 * (gains[0] as number));
    expect(gains[2]).toBeLessThan(2 * (gains[1] as number));
  });
});
