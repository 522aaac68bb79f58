// Assumptions apart from policy: they change the world for the baseline and the plan alike, and the
// defaults change nothing at all (the golden runs in tests/golden check the same from the other side).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_BOUNDS,
  ASSUMPTION_NAMES,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_DIFFICULTY,
  applyAssumptions,
  assumptionProblems,
  createModel,
  isDefaultAssumptions,
  simulate,
  type Assumptions,
  type ClusterSetup,
  type Plan,
} from '../../src/model';
import { effectiveLeakage } from '../../src/model/mechanisms/budget';
import { survivalSetup, tncSetup } from './fixtures';

const PLAN: Plan = {
  name: 'spend',
  years: [{ allocation: { infrastructure: 0.3, training: 0.3, research: 0.1, incentives: 0.2, trade: 0.1 }, incentiveTarget: 'sme' }],
};

function runWith(setup: ClusterSetup, assumptions: Assumptions, plan: Plan | undefined, seed = 3, years = 15) {
  const applied = applyAssumptions(setup, DEFAULT_DIFFICULTY, assumptions);
  return simulate(applied.setup, { seed, years, difficulty: applied.difficulty, stopOnCollapse: false, ...(plan ? { plan } : {}) });
}

const with_ = (changes: Partial<Assumptions>): Assumptions => ({ ...DEFAULT_ASSUMPTIONS, ...changes });

describe('assumptions apart from policy', () => {
  it('the defaults return the very setup and difficulty given', () => {
    const setup = tncSetup();
    const applied = applyAssumptions(setup, DEFAULT_DIFFICULTY, DEFAULT_ASSUMPTIONS);
    expect(applied.setup).toBe(setup);
    expect(applied.difficulty).toBe(DEFAULT_DIFFICULTY);
    expect(isDefaultAssumptions(DEFAULT_ASSUMPTIONS)).toBe(true);
    expect(isDefaultAssumptions(with_({ governance: 1.1 }))).toBe(false);
  });

  it('a world-demand trend of 0 written into the parameters gives the run without it, bit for bit', () => {
    for (const make of [survivalSetup, tncSetup]) {
      const plain = make();
      const zero = { ...plain, parameters: { ...plain.parameters, worldDemandGrowth: 0 } };
      for (const seed of [1, 2, 3]) expect(simulate(zero, { seed, years: 12, plan: PLAN }).states).toEqual(simulate(plain, { seed, years: 12, plan: PLAN }).states);
    }
  });

  it('without shocks, log world demand follows the trend exactly: g per year', () => {
    const g = 0.03;
    const run = runWith(tncSetup(), with_({ worldDemandGrowth: g, shockIntensity: 0 }), undefined);
    run.states.forEach((s, t) => expect(s.worldDemandLog).toBeCloseTo(g * t, 12));
  });

  it('world demand growth moves the baseline and the plan alike, more in an export cluster than in a survival cluster', () => {
    const rel = (setup: ClusterSetup, plan: Plan | undefined): number => {
      const up = runWith(setup, with_({ worldDemandGrowth: 0.04 }), plan).states.at(-1)!;
      const flat = runWith(setup, DEFAULT_ASSUMPTIONS, plan).states.at(-1)!;
      return up.outputUsdM / flat.outputUsdM - 1;
    };
    for (const plan of [undefined, PLAN]) {
      const tnc = rel(tncSetup(), plan);
      const survival = rel(survivalSetup(), plan);
      expect(tnc).toBeGreaterThan(0.1);
      expect(survival).toBeGreaterThan(0);
      expect(tnc).toBeGreaterThan(3 * survival);
    }
    const down = runWith(tncSetup(), with_({ worldDemandGrowth: -0.04 }), undefined).states.at(-1)!;
    expect(down.outputUsdM).toBeLessThan(runWith(tncSetup(), DEFAULT_ASSUMPTIONS, undefined).states.at(-1)!.outputUsdM);
  });

  it('adds the trend to the scenario’s own and keeps it within the parameter’s range', () => {
    const setup = tncSetup();
    const own = { ...setup, parameters: { ...setup.parameters, worldDemandGrowth: 0.03 } };
    expect(applyAssumptions(own, DEFAULT_DIFFICULTY, with_({ worldDemandGrowth: 0.01 })).setup.parameters.worldDemandGrowth).toBeCloseTo(0.04, 12);
    expect(applyAssumptions(own, DEFAULT_DIFFICULTY, with_({ worldDemandGrowth: 0.05 })).setup.parameters.worldDemandGrowth).toBe(0.05);
    // The scenario given is not changed.
    expect(own.parameters.worldDemandGrowth).toBe(0.03);
  });

  it('governance multiplies the leakage of every run, on top of the difficulty', () => {
    const setup = survivalSetup();
    const hard = { leakage: 1.5, shocks: 1 };
    for (const governance of [0, 0.5, 1.6]) {
      const applied = applyAssumptions(setup, hard, with_({ governance }));
      const leakage = setup.parameters.leakage ?? 0.2;
      expect(effectiveLeakage(createModel(applied.setup, applied.difficulty))).toBeCloseTo(Math.min(0.95, leakage * 1.5 * governance), 12);
    }
    // Less leakage: a plan's money does more, and the donors' money reaches the baseline too.
    const clean = with_({ governance: 0 });
    expect(runWith(setup, clean, PLAN).states.at(-1)!.outputUsdM).toBeGreaterThan(runWith(setup, DEFAULT_ASSUMPTIONS, PLAN).states.at(-1)!.outputUsdM);
    expect(runWith(setup, clean, undefined).states.at(-1)!.outputUsdM).not.toBe(runWith(setup, DEFAULT_ASSUMPTIONS, undefined).states.at(-1)!.outputUsdM);
  });

  it('shock intensity 0 takes luck out: every seed gives the same run; intensity above 1 spreads the outcomes', () => {
    const calm = with_({ shockIntensity: 0 });
    const a = runWith(tncSetup(), calm, PLAN, 1).states.map((s) => s.outputUsdM);
    const b = runWith(tncSetup(), calm, PLAN, 99).states.map((s) => s.outputUsdM);
    expect(b).toEqual(a);
    const spread = (intensity: number): number => {
      const finals = Array.from({ length: 40 }, (_, seed) => runWith(tncSetup(), with_({ shockIntensity: intensity }), undefined, seed).states.at(-1)!.outputUsdM);
      return Math.max(...finals) - Math.min(...finals);
    };
    expect(spread(2)).toBeGreaterThan(spread(1));
  });

  it('reports every value out of range, naming it', () => {
    expect(assumptionProblems(DEFAULT_ASSUMPTIONS)).toEqual([]);
    fc.assert(
      fc.property(fc.constantFrom(...ASSUMPTION_NAMES), fc.double({ noNaN: false }), (name, value) => {
        const { min, max } = ASSUMPTION_BOUNDS[name];
        const problems = assumptionProblems(with_({ [name]: value }));
        const valid = Number.isFinite(value) && value >= min && value <= max;
        expect(problems.length === 0).toBe(valid);
        if (!valid) expect(problems[0]).toContain(`assumptions.${name}`);
      }),
    );
  });
});
