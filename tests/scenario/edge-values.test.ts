// Edge values (issue 9, defect 2): every scenario the schema accepts gives finite numbers. Random
// valid scenarios are drawn at the schema's own limits (read from the schema, so a bound that is
// loosened is tested at once), played for 100 years with extreme plans, and every figure of every
// year, and every number the CLI would print, must be finite.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { playPlan, DIFFICULTY_PRESETS } from '../../src/flow';
import {
  EFFECT_TARGETS,
  SEGMENT_SHARE_MIN,
  simulate,
  type Plan,
} from '../../src/model';
import {
  EFFECT_ADD_LIMITS,
  EFFECT_SCALE_LIMIT,
  effectSchema,
  figurePaths,
  initialSchema,
  parametersSchema,
  parseScenario,
  SCHEDULED_SIZES,
  scenarioById,
  scenarioSchema,
  ValidationError,
  type Scenario,
} from '../../src/scenario';
import { reportCsv, reportJson, rowsOf } from '../../src/cli/report';
import { planYearArbitrary, survivalSetup, tncSetup } from '../model/fixtures';

const YEARS = 100;
/** Cases of the property (EDGE_RUNS=2000 for a longer hunt); about 0.15 s each on a busy machine. */
const RUNS = Number(process.env.EDGE_RUNS ?? 100);

interface Bounds {
  min: number;
  max: number;
  integer: boolean;
}

/** The range a zod number schema accepts (inclusive bounds, as the scenario schema writes them). */
function boundsOf(schema: z.ZodType): Bounds {
  const number = (schema instanceof z.ZodOptional ? schema.unwrap() : schema) as z.ZodNumber;
  const min = number.minValue;
  const max = number.maxValue;
  if (min === null || max === null || !Number.isFinite(min) || !Number.isFinite(max))
    throw new Error('every number in a scenario needs both bounds');
  expect(number.safeParse(min).success).toBe(true);
  expect(number.safeParse(max).success).toBe(true);
  return { min, max, integer: number.isInt };
}

/** Mostly the limits themselves, sometimes a value between them. */
function atLimits({ min, max, integer }: Bounds): fc.Arbitrary<number> {
  const inside = integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
  return fc.oneof(fc.constant(min), fc.constant(max), inside);
}

const INITIAL_NUMBERS = Object.keys(initialSchema.shape).filter((k) => k !== 'approval') as (keyof Scenario['initial'])[];
const initialArb = fc.record(
  Object.fromEntries(INITIAL_NUMBERS.map((k) => [k, atLimits(boundsOf(initialSchema.shape[k]))])) as Record<
    string,
    fc.Arbitrary<number>
  >,
);
const PARAM_KEYS = Object.keys(parametersSchema.shape) as (keyof typeof parametersSchema.shape)[];
/** Some parameters overridden, each at its limits. */
const parametersArb = fc
  .subarray(PARAM_KEYS)
  .chain((keys) => fc.record(Object.fromEntries(keys.map((k) => [k, atLimits(boundsOf(parametersSchema.shape[k]))]))));
/** Effects at the limits of their target and mode (the schema's table), each checked by the schema. */
const effectArb = fc
  .record({ target: fc.constantFrom(...EFFECT_TARGETS), mode: fc.constantFrom('add' as const, 'scale' as const) })
  .chain(({ target, mode }) => {
    const limit = mode === 'scale' ? EFFECT_SCALE_LIMIT : EFFECT_ADD_LIMITS[target];
    return atLimits({ min: -limit, max: limit, integer: false }).map((delta) => ({ target, mode, delta }));
  });

/** Scheduled shocks of every kind at the limits of their sizes, in years 1..3 of the term. */
const SHOCK_KINDS = Object.keys(SCHEDULED_SIZES) as (keyof typeof SCHEDULED_SIZES)[];
const scheduledArb = fc
  .subarray(SHOCK_KINDS)
  .chain((kinds) =>
    fc.tuple(
      ...kinds.map((shock) =>
        fc.record({
          shock: fc.constant(shock),
          t: fc.integer({ min: 1, max: 3 }),
          size: atLimits({ ...SCHEDULED_SIZES[shock], integer: false }),
        }),
      ),
    ),
  );

const share = fc.oneof(fc.constant(0), fc.constant(1), fc.double({ min: 0, max: 1, noNaN: true }));

/** Extreme plans too: everything on one lever, a prohibitive tariff, no tariff. */
const planYearArb = planYearArbitrary(share);

const budgetBounds = boundsOf(scenarioSchema.shape.budgetUsdM);

const caseArb = fc.record({
  base: fc.constantFrom('survival-cluster', 'tnc-cluster', 'sialkot-surgical'),
  initial: initialArb,
  parameters: parametersArb,
  budgetUsdM: atLimits(budgetBounds),
  effects: fc.array(effectArb, { minLength: 1, maxLength: 6 }),
  scheduled: scheduledArb,
  plan: fc.array(planYearArb, { minLength: 1, maxLength: 8 }),
  seed: fc.integer(),
  difficulty: fc.constantFrom(...Object.values(DIFFICULTY_PRESETS)),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * A scenario from a case, made to pass the rules across fields (foreign plants are large firms;
 * large firms make some output, and none without them) and given a source for every figure; two
 * events of extreme effects fire after years 1 and 2, one for each choice taken.
 */
function scenarioOf(c: Case): Scenario {
  const base = structuredClone(scenarioById(c.base));
  const initial = { ...base.initial, ...c.initial } as Scenario['initial'];
  initial.foreignFirms = Math.min(initial.foreignFirms, initial.largeFirms);
  if (initial.largeFirms === 0) initial.largeOutputShare = 0;
  else initial.largeOutputShare = Math.max(initial.largeOutputShare, SEGMENT_SHARE_MIN);
  const extreme = (id: string, year: number) => ({
    id,
    title: 'Extreme',
    text: 'Effects at the limits.',
    trigger: { year },
    choices: [
      { id: 'all', label: 'All', text: 'Every effect.', effects: c.effects, default: true },
      { id: 'none', label: 'None', text: 'No effect.', effects: [] },
    ],
  });
  const scenario = {
    ...base,
    initial,
    parameters: c.parameters,
    budgetUsdM: c.budgetUsdM,
    events: [extreme('extreme-1', 1), extreme('extreme-2', 2), ...base.events],
    scheduled: c.scheduled.map(({ shock, t, size }) => ({ year: base.startYear + t, shock, size, source: 'assumption: a test' })),
    sources: {},
  } as Scenario;
  scenario.sources = Object.fromEntries(figurePaths(scenario).map((p) => [p, 'assumption: a test at the limits']));
  try {
    return parseScenario(scenario, 'generated');
  } catch (error) {
    if (error instanceof ValidationError) throw new Error(`the generated scenario is invalid: ${error.message}`, { cause: error });
    throw error;
  }
}

/** Every number anywhere in a value that is not finite, with its path. */
function notFinite(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => notFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => notFinite(v, path ? `${path}.${k}` : k));
  return [];
}

/** Nulls in the CLI's JSON where a number belongs (an event that did not fire is the one null allowed). */
function nulls(value: unknown, path = ''): string[] {
  if (value === null) return path.endsWith('.event') ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nulls(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value as object).flatMap(([k, v]) => nulls(v, `${path}.${k}`));
  return [];
}

describe('scenarios at the limits of the schema', () => {
  it(`keep every figure of a ${YEARS}-year run finite, and the CLI prints no null or NaN`, () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const scenario = scenarioOf(c);
        const plan: Plan = { name: 'extreme', years: c.plan };
        const run = playPlan(scenario, { seed: c.seed, years: YEARS, plan, difficulty: c.difficulty });
        const problems = run.states.flatMap((s) => notFinite(s, `year ${s.t}`));
        expect(problems.slice(0, 5)).toEqual([]);
        const rows = rowsOf(run, false);
        const report = { scenario: scenario.id, seed: c.seed, plan: plan.name, endReason: 'term' as const, runs: 1, years: rows };
        const json = JSON.parse(reportJson(report)) as unknown;
        expect(nulls(json).slice(0, 5)).toEqual([]);
        expect(reportCsv(report)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: RUNS },
    );
  }, Math.max(120_000, RUNS * 1000));

  it('the limits themselves are tested: the largest and smallest of every figure at once', () => {
    for (const pick of ['min', 'max'] as const) {
      const initial = Object.fromEntries(INITIAL_NUMBERS.map((k) => [k, boundsOf(initialSchema.shape[k])[pick]]));
      const c = fc.sample(caseArb, { numRuns: 1, seed: 7 })[0] as Case;
      const scenario = scenarioOf({ ...c, initial, budgetUsdM: budgetBounds[pick] });
      const run = simulate(scenario, { seed: 1, years: YEARS, stopOnCollapse: false });
      expect(run.states).toHaveLength(YEARS + 1);
      expect(run.states.flatMap((s) => notFinite(s, `year ${s.t}`)).slice(0, 5)).toEqual([]);
    }
  });
});

describe('the schema names the field and its range', () => {
  it('an effect beyond its target\'s limit, by target and mode', () => {
    const effect = (target: string, mode: string, delta: number) => effectSchema.safeParse({ target, mode, delta });
    expect(effect('research', 'add', 2).success).toBe(true);
    expect(effect('research', 'add', 1e6).error?.issues[0]?.message).toBe('for add on research, must be at least -2 and at most 2');
    expect(effect('smeFirms', 'scale', 1.5).error?.issues[0]?.message).toBe('for scale on smeFirms, must be at least -1 and at most 1');
    expect(effect('smeFirms', 'add', 1e308).success).toBe(false);
  });

  const bad = (path: string, value: unknown): string[] => {
    const scenario = structuredClone(scenarioById('tnc-cluster')) as unknown as Record<string, Record<string, unknown>>;
    const [group, field] = path.split('.') as [string, string];
    (scenario[group] as Record<string, unknown>)[field] = value;
    try {
      parseScenario(scenario);
    } catch (error) {
      if (error instanceof ValidationError) return error.problems;
      throw error;
    }
    return [];
  };

  it.each([
    ['initial.employment', 1e308, 'initial.employment: must be at least 1 and at most 10000000'],
    ['initial.outputUsdM', 1e308, 'initial.outputUsdM: must be at least 0.01 and at most 1000000'],
    ['initial.wageUsdPerDay', 1e308, 'initial.wageUsdPerDay: must be at least 0.1 and at most 1000'],
    ['initial.smeFirms', 1e308, 'initial.smeFirms: must be a whole number at least 1 and at most 1000000'],
    ['initial.largeFirms', 2.5, 'initial.largeFirms: must be a whole number at least 0 and at most 10000'],
    ['initial.largeOutputShare', 1, 'initial.largeOutputShare: must be at least 0 and at most 0.999'],
    ['initial.largeOutputShare', 0, 'initial.largeOutputShare: with large firms, must be at least 0.001 and at most 0.999 (large firms produce some of the output)'],
    ['initial.donorSupportUsdM', 1e308, 'initial.donorSupportUsdM: must be at least 0 and at most 1000000'],
  ])('%s = %s', (path, value, message) => {
    expect(bad(path, value)).toEqual([message]);
  });
});

describe('the model without the schema (setups built in code)', () => {
  it.each([0, 1])('a large firms share of output of %s with large firms present gives finite numbers', (share) => {
    for (const make of [survivalSetup, tncSetup]) {
      const setup = make();
      setup.initial.largeOutputShare = share;
      const run = simulate(setup, { seed: 3, years: 30, stopOnCollapse: false });
      expect(run.states.flatMap((s) => notFinite(s, `year ${s.t}`)).slice(0, 5)).toEqual([]);
    }
  });

  it('a cluster whose large firms are all foreign and all leave in one year keeps finite numbers', () => {
    const setup = tncSetup();
    setup.initial.foreignFirms = setup.initial.largeFirms;
    // A shrinking market and no SME graduating: nothing replaces the plants that leave.
    Object.assign(setup.parameters, { marketGrowth: -0.05, marketGrowthLongRun: -0.05, graduation: 0 });
    setup.scheduled = [{ year: setup.startYear + 2, shock: 'tncExit', size: 1 }];
    const run = simulate(setup, { seed: 1, years: 20, stopOnCollapse: false });
    expect(run.states[2]?.largeFirms).toBe(0);
    expect(run.states.flatMap((s) => notFinite(s, `year ${s.t}`)).slice(0, 5)).toEqual([]);
  });

  it('a cluster that exports everything and loses every buyer still produces something', () => {
    for (const make of [survivalSetup, tncSetup]) {
      const setup = make();
      setup.initial.exportShare = 1;
      setup.scheduled = [{ year: setup.startYear + 1, shock: 'buyerExit', size: 1 }];
      const run = simulate(setup, { seed: 1, years: 10, stopOnCollapse: false });
      expect(run.states[1]?.outputUsdM).toBeGreaterThan(0);
      expect(run.states.flatMap((s) => notFinite(s, `year ${s.t}`)).slice(0, 5)).toEqual([]);
    }
  });

  it('research at the ends of its parameter ranges for a century keeps productivity finite', () => {
    const setup = tncSetup();
    Object.assign(setup.initial, { skills: 1, research: 0, outputUsdM: 1e6, smeFirms: 1e6 });
    setup.budgetUsdM = 1e6;
    Object.assign(setup.parameters, {
      researchDepreciation: 0, researchReach: 1, researchProductivity: 0.2, researchLinkage: 1, absorptiveThreshold: 0,
      baseProductivityGrowth: 0.08, frontierGap: 1, leakage: 0,
    });
    const plan: Plan = { name: 'research', years: [{ allocation: { research: 1 } }] };
    const run = simulate(setup, { seed: 1, years: 100, plan, stopOnCollapse: false });
    run.states.slice(1).forEach((s, k) => expect(s.productivity / (run.states[k]?.productivity ?? 1)).toBeLessThan(Math.exp(0.3) + 1e-9));
    expect(run.states.flatMap((s) => notFinite(s, `year ${s.t}`)).slice(0, 5)).toEqual([]);
  });
});
