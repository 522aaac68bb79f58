// Scheduled shocks: history a scenario promises happens in its year, in every seed and plan, and
// replaces only the draw of its own kind (common random numbers hold for everything else).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModel, initialState, type ScheduledShock } from '../../src/model/setup';
import { resolveShocks, SHOCK_DRAWS } from '../../src/model/shocks';
import { step } from '../../src/model/step';
import { simulate } from '../../src/model/run';
import { shockHappened } from '../../src/model/shocks';
import { SHOCKS, type ShockKind } from '../../src/model/types';
import { parseScenario, scenarioById } from '../../src/scenario';
import { spend, tncSetup } from './fixtures';

const SIZES: Record<ShockKind, number> = {
  worldDemand: -0.2,
  exchangeRate: 0.15,
  buyerExit: 0.3,
  tncExit: 0.4,
  donorExit: 1,
  accident: 0.05,
  buyerStandard: 0.2,
};

describe('scheduled shocks', () => {
  it('replace the draw of their kind in their calendar year and leave every other kind and the PRNG stream as drawn', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHOCKS), fc.integer({ min: 1, max: 10_000 }), (kind, seed) => {
        const setup = tncSetup({ initial: { ...tncSetup().initial, donorSupportUsdM: 2 } });
        const scheduled: ScheduledShock[] = [{ year: setup.startYear + 1, shock: kind, size: SIZES[kind] }];
        const plain = createModel(setup);
        const withHistory = createModel({ ...setup, scheduled });
        const s0 = initialState(setup, plain, seed);
        const a = step(plain, s0, spend(setup, { training: 0.3 })).state;
        const b = step(withHistory, s0, spend(setup, { training: 0.3 })).state;
        expect(b.rng).toEqual(a.rng);
        expect(b.shocks[kind]).toBe(kind === 'donorExit' ? true : SIZES[kind]);
        for (const other of SHOCKS) {
          // Plants relocate more readily in a collapse, so a scheduled slump may move that chance.
          if (other === kind || (kind === 'worldDemand' && other === 'tncExit')) continue;
          expect(b.shocks[other]).toEqual(a.shocks[other]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('apply only in their year: the years before and after draw as usual', () => {
    const setup = tncSetup();
    const year = setup.startYear + 2;
    const plain = createModel(setup);
    const withHistory = createModel({ ...setup, scheduled: [{ year, shock: 'worldDemand', size: -0.3 }] });
    const u = Array.from({ length: SHOCK_DRAWS }, (_, i) => (i + 0.5) / SHOCK_DRAWS);
    const s0 = initialState(setup, plain, 1);
    expect(resolveShocks(withHistory, s0, u)).toEqual(resolveShocks(plain, s0, u));
    expect(resolveShocks(withHistory, { ...s0, year: year - 1 }, u).worldDemand).toBe(-0.3);
    expect(resolveShocks(withHistory, { ...s0, year }, u)).toEqual(resolveShocks(plain, { ...s0, year }, u));
  });

  it('a scheduled donor exit ends only a programme that exists', () => {
    const setup = tncSetup();
    const model = createModel({ ...setup, scheduled: [{ year: setup.startYear + 1, shock: 'donorExit', size: 1 }] });
    const s0 = initialState(setup, model, 1);
    const u = new Array<number>(SHOCK_DRAWS).fill(0.5);
    expect(resolveShocks(model, { ...s0, donorSupportUsdM: 0 }, u).donorExit).toBe(false);
    expect(resolveShocks(model, { ...s0, donorSupportUsdM: 3 }, u).donorExit).toBe(true);
  });

  it("Guadalajara's 2008-09 slump comes in 2009 in every seed, as its briefing says, and jobs fall", () => {
    const scenario = scenarioById('guadalajara-electronics');
    expect(scenario.briefing).toMatch(/crisis is starting now/);
    expect(scenario.startYear).toBe(2008);
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        const run = simulate(scenario, { seed, years: 1 });
        const year1 = run.states[1]!;
        expect(year1.year).toBe(2009);
        expect(shockHappened(year1.shocks, 'worldDemand')).toBe(true);
        expect(run.events.map((e) => e.eventId)).toContain('orders-collapse');
        expect(year1.outputUsdM).toBeLessThan(run.states[0]!.outputUsdM);
      }),
      { numRuns: 40 },
    );
  });
});

describe('scheduled shocks in scenario files', () => {
  const base = scenarioById('guadalajara-electronics');
  const problems = (scheduled: unknown): string[] => {
    try {
      parseScenario({ ...base, scheduled });
      return [];
    } catch (error) {
      return (error as { problems: string[] }).problems;
    }
  };

  it('every scheduled entry cites its source', () => {
    expect(problems([{ year: 2009, shock: 'worldDemand', size: -0.2 }]).join('\n')).toMatch(/^scheduled\[0\]\.source/m);
  });

  it('must fall in the term, with a size in the range of its kind, once per kind and year', () => {
    const found = problems([
      { year: 2008, shock: 'worldDemand', size: -0.2, source: 'x' },
      { year: 2019, shock: 'worldDemand', size: -0.2, source: 'x' },
      { year: 2010, shock: 'buyerExit', size: -0.2, source: 'x' },
      { year: 2011, shock: 'tncExit', size: 0.2, source: 'x' },
      { year: 2011, shock: 'tncExit', size: 0.3, source: 'x' },
    ]).join('\n');
    expect(found).toMatch(/^scheduled\[0\]\.year: must fall in the term, 2009 to 2018/m);
    expect(found).toMatch(/^scheduled\[1\]\.year: must fall in the term/m);
    expect(found).toMatch(/^scheduled\[2\]\.size: for buyerExit must be 0\.01 to 1/m);
    expect(found).toMatch(/^scheduled\[4\]: tncExit is already scheduled in 2011/m);
    expect(found).not.toMatch(/scheduled\[3\]/);
  });
});
