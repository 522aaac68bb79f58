// Properties of whole runs over arbitrary valid plans, seeds, difficulties and both fixture clusters.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/plan';
import { simulate } from '../../src/model/run';
import { createModel, initialState } from '../../src/model/setup';
import { step } from '../../src/model/step';
import { resolveDecisions, planYear } from '../../src/model/plan';
import { meanApproval } from '../../src/model/mechanisms/approval';
import {
  STAKEHOLDERS,
  type Attribution,
  type ClusterState,
  type Difficulty,
  type Outcome,
} from '../../src/model/types';
import { planYearArbitrary, FIXTURES, type FixtureName } from './fixtures';

const YEARS = 30;
const RUNS = 100;

const share = fc.double({ min: 0, max: 1, noNaN: true });

/** One year of a valid plan: five lever shares plus an unspent part, normalised so they sum to 1. */
const planYearArb = planYearArbitrary(share);

/** Plans of 1..30 years (a shorter plan repeats its last year). */
const planArb: fc.Arbitrary<Plan> = fc
  .array(planYearArb, { minLength: 1, maxLength: YEARS })
  .map((years) => ({ name: 'arbitrary', years }));

const difficultyArb: fc.Arbitrary<Difficulty> = fc.oneof(
  fc.constant({ leakage: 1, shocks: 1 }),
  fc.record({
    leakage: fc.double({ min: 0, max: 3, noNaN: true }),
    shocks: fc.double({ min: 0, max: 3, noNaN: true }),
  }),
);

const caseArb = fc.record({
  fixture: fc.constantFrom(...(Object.keys(FIXTURES) as FixtureName[])),
  plan: planArb,
  seed: fc.integer(),
  difficulty: difficultyArb,
});

const RATIOS = [
  'poverty',
  'quality',
  'skills',
  'infrastructure',
  'trust',
  'exportShare',
  'fdi',
  'externalDependence',
  'workingConditions',
  'smeShare',
  'laborSurplus',
  'tariff',
  'upgrading',
] as const satisfies readonly (keyof ClusterState)[];

const NON_NEGATIVE = [
  'smeFirms',
  'largeFirms',
  'foreignFirms',
  'employment',
  'smeEmployment',
  'largeEmployment',
  'outputUsdM',
  'smeOutputUsdM',
  'productivity',
  'research',
  'wageUsdPerDay',
  'laborForce',
  'valueAddedPerWorkerUsd',
  'infrastructureServices',
  'jointCapital',
  'donorProjects',
  'donorSupportUsdM',
  'budgetSpentUsdM',
  'budgetUsdM',
] as const satisfies readonly (keyof ClusterState)[];

/** Every number anywhere in a value, with its path. */
function numbersIn(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbersIn(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => numbersIn(v, path ? `${path}.${k}` : k));
  return [];
}

/** Plain checks (no expect) so a failing case is shrunk by fast-check and reported with its field. */
function stateProblems(s: ClusterState, subsistence: number): string[] {
  const problems: string[] = [];
  for (const [path, x] of numbersIn(s)) if (!Number.isFinite(x)) problems.push(`${path} = ${x}`);
  for (const field of RATIOS)
    if (!(s[field] >= 0 && s[field] <= 1)) problems.push(`${field} = ${s[field]} outside 0..1`);
  for (const group of STAKEHOLDERS)
    if (!(s.approval[group] >= 0 && s.approval[group] <= 1)) problems.push(`approval.${group} = ${s.approval[group]}`);
  for (const field of NON_NEGATIVE) if (!(s[field] >= 0)) problems.push(`${field} = ${s[field]} negative`);
  for (const lever of ['infrastructure', 'training', 'research'] as const) {
    for (const x of s.pipelines[lever]) if (!(x >= 0)) problems.push(`pipelines.${lever} has ${x}`);
  }
  if (s.budgetSpentUsdM > s.budgetUsdM + 1e-9) problems.push(`spent ${s.budgetSpentUsdM} > budget ${s.budgetUsdM}`);
  if (s.foreignFirms > s.largeFirms + 1e-9)
    problems.push(`foreignFirms ${s.foreignFirms} > largeFirms ${s.largeFirms}`);
  if (Math.abs(s.smeEmployment + s.largeEmployment - s.employment) > 1e-9 * Math.max(1, s.employment))
    problems.push('segment jobs do not add up');
  if (s.t > 0 && s.wageUsdPerDay < subsistence)
    problems.push(`wage ${s.wageUsdPerDay} below subsistence ${subsistence}`);
  return problems;
}

const OUTCOMES: Outcome[] = ['outputUsdM', 'employment', 'poverty'];
const NOISE: Record<Outcome, number> = { outputUsdM: 1e-9, employment: 1e-6, poverty: 1e-12 };

function attributionProblems(a: Attribution, before: ClusterState, after: ClusterState): string[] {
  const problems: string[] = [];
  for (const o of OUTCOMES) {
    const change = after[o] - before[o];
    const sum = a.entries.reduce((acc, e) => acc + e[o], 0);
    const scale = Math.max(Math.abs(change), Math.abs(a.total[o]), ...a.entries.map((e) => Math.abs(e[o])));
    if (Math.abs(a.total[o] - change) > 1e-9 * Math.max(1, Math.abs(after[o])))
      problems.push(`total ${o} ${a.total[o]} != change ${change}`);
    if (Math.abs(sum - a.total[o]) > 1e-6 * scale + 20 * NOISE[o])
      problems.push(`year ${after.t}: ${o} entries sum to ${sum}, total ${a.total[o]}`);
  }
  return problems;
}

describe('model properties over arbitrary plans and seeds', () => {
  it(`every state of a ${YEARS}-year run is finite and within its bounds, and attribution adds up every year`, () => {
    fc.assert(
      fc.property(caseArb, ({ fixture, plan, seed, difficulty }) => {
        const setup = FIXTURES[fixture]();
        const subsistence = createModel(setup).params.subsistenceWageUsdPerDay;
        const run = simulate(setup, { seed, years: YEARS, plan, difficulty, explain: true });
        const problems = run.states.flatMap((s) => stateProblems(s, subsistence));
        run.attributions.forEach((a, k) =>
          problems.push(...attributionProblems(a, run.states[k]!, run.states[k + 1]!)),
        );
        expect(problems).toEqual([]);
        // A run lasts the full term unless stakeholder approval collapses first (the game's rule).
        const model = createModel(setup, difficulty);
        const last = run.states[run.states.length - 1]!;
        if (run.endReason === 'term') expect(run.states).toHaveLength(YEARS + 1);
        else expect(meanApproval(last.approval)).toBeLessThan(model.params.approvalCollapse);
        run.states.forEach((s, k) => expect(s.t).toBe(k));
      }),
      { numRuns: RUNS },
    );
    // Explained runs re-run every year once per cause: slow on a busy machine, so a wider timeout.
  }, 60_000);

  it('the same seed and plan replay identically', () => {
    fc.assert(
      fc.property(caseArb, ({ fixture, plan, seed, difficulty }) => {
        const setup = FIXTURES[fixture]();
        const a = simulate(setup, { seed, years: YEARS, plan, difficulty });
        const b = simulate(setup, { seed, years: YEARS, plan, difficulty });
        expect(b).toEqual(a);
        // Replaying from a saved (JSON) state continues the same way.
        if (a.states.length < 12) return;
        const saved = JSON.parse(JSON.stringify(a.states[10])) as ClusterState;
        const model = createModel(setup, difficulty);
        const decisions = resolveDecisions(planYear(plan, 11), saved.decisions);
        expect(step(model, saved, decisions).state).toEqual(a.states[11]);
      }),
      { numRuns: RUNS },
    );
  });

  it('a step never modifies the state it is given', () => {
    fc.assert(
      fc.property(caseArb, ({ fixture, plan, seed, difficulty }) => {
        const setup = FIXTURES[fixture]();
        const model = createModel(setup, difficulty);
        let s = initialState(setup, model, seed);
        for (let k = 1; k <= 10; k++) {
          const copy = structuredClone(s);
          const next = step(model, s, resolveDecisions(planYear(plan, k), s.decisions), { explain: true }).state;
          expect(s).toEqual(copy);
          s = next;
        }
      }),
      { numRuns: 30 },
    );
  });

  it('different seeds give different shock histories', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (a, b) => {
        fc.pre(a !== b);
        const setup = FIXTURES.tnc();
        const ra = simulate(setup, { seed: a, years: 3 });
        const rb = simulate(setup, { seed: b, years: 3 });
        expect(ra.states.map((s) => s.shocks)).not.toEqual(rb.states.map((s) => s.shocks));
      }),
      { numRuns: 50 },
    );
  });
});
