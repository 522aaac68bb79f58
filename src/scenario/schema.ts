// The scenario file format. scenarios/scenario.schema.json is generated from this (npm run schema).
import { z } from 'zod';
import { PARAM_NAMES, PARAM_SPECS, type ParamName } from '../model/params';
import { decisionProblems } from '../model/decisions';
import { resolveDecisions } from '../model/plan';
import { noSpending, SEGMENT_SHARE_MIN } from '../model/setup';
import { CONDITION_INDICATORS, EFFECT_TARGETS, INCENTIVE_TARGETS, LEVERS, LIMITATIONS, SHOCKS, STAKEHOLDERS, type EffectTarget } from '../model/types';

/**
 * A number within [min, max] (an integer when asked), whose error names the whole range, e.g.
 * "initial.employment: must be at least 1 and at most 10000000".
 */
export function between(min: number, max: number, integer = false): z.ZodNumber {
  const range = `must be ${integer ? 'a whole number ' : ''}at least ${min} and at most ${max}`;
  const base = integer ? z.number().int(range) : z.number();
  return base.min(min, range).max(max, range);
}

const share = between(0, 1);
const text = z.string().trim().min(1);

/**
 * Upper bounds that keep every figure of a 100-year run finite, with room far above any real
 * cluster (the largest in the scenarios has 12,000 firms, 100,000 jobs and US$1.6 billion a year).
 */
export const INITIAL_LIMITS = {
  smeFirms: { min: 1, max: 1_000_000 },
  largeFirms: { min: 0, max: 10_000 },
  foreignFirms: { min: 0, max: 10_000 },
  employment: { min: 1, max: 10_000_000 },
  outputUsdM: { min: 0.01, max: 1_000_000 },
  wageUsdPerDay: { min: 0.1, max: 1000 },
  donorSupportUsdM: { min: 0, max: 1_000_000 },
} as const;

/** The yearly budget, US$ million (a scenario's, or a plan's override). */
export const BUDGET_LIMITS = { min: 0.01, max: 1_000_000 } as const;

const limited = (field: keyof typeof INITIAL_LIMITS, integer = false) =>
  between(INITIAL_LIMITS[field].min, INITIAL_LIMITS[field].max, integer);

/** Each parameter gets its own range from PARAM_SPECS, so a bad value names the parameter and its range. */
const parameterShape = Object.fromEntries(
  PARAM_NAMES.map((name) => {
    const spec = PARAM_SPECS[name];
    return [name, between(spec.min, spec.max).describe(`${spec.meaning} (${spec.unit})`).optional()];
  }),
) as Record<ParamName, z.ZodOptional<z.ZodNumber>>;

export const parametersSchema = z.strictObject(parameterShape);

export const approvalSchema = z.strictObject(
  Object.fromEntries(STAKEHOLDERS.map((s) => [s, share])) as Record<(typeof STAKEHOLDERS)[number], typeof share>,
);

export const initialSchema = z.strictObject({
  smeFirms: limited('smeFirms', true).describe('Micro, small and medium firms'),
  largeFirms: limited('largeFirms', true).describe('Large firms, including foreign plants'),
  foreignFirms: limited('foreignFirms', true).describe('Foreign-owned plants (part of largeFirms)'),
  employment: limited('employment').describe('Direct jobs in the cluster'),
  outputUsdM: limited('outputUsdM').describe('Value added, US$ million per year'),
  largeOutputShare: between(0, 1 - SEGMENT_SHARE_MIN).describe(
    `Share of output produced by large firms: 0 without large firms, else ${SEGMENT_SHARE_MIN} to ${1 - SEGMENT_SHARE_MIN} (each kind of firm produces something)`,
  ),
  quality: share.describe('Share of output in higher value-added products'),
  skills: share,
  infrastructure: share.describe('1 = no binding infrastructure deficit'),
  research: z.number().min(0).max(2).describe('Knowledge stock from research centres and university links'),
  trust: share,
  exportShare: share,
  wageUsdPerDay: limited('wageUsdPerDay').describe('Average daily wage, US$'),
  workingConditions: share,
  tariff: share.describe('Import protection in force at the start, ad valorem'),
  poverty: share.describe('Poverty headcount ratio of the local population'),
  laborSurplus: share.describe('Share of the local labour force unemployed or underemployed'),
  donorSupportUsdM: limited('donorSupportUsdM').describe('Donor programme spending per year, US$ million'),
  approval: approvalSchema,
});

/**
 * How far one effect may move its target. `add`: at most this much either way, in the target's
 * units (a share moves by at most 1; counts and money by as much as the starting figures allow).
 * `scale`: a factor from 0 (delta -1) to 2 (delta 1). Events fire at most once a year, so a
 * scenario's effects stay finite however many events it has.
 */
export const EFFECT_ADD_LIMITS: Record<EffectTarget, number> = {
  smeFirms: INITIAL_LIMITS.smeFirms.max,
  largeFirms: INITIAL_LIMITS.largeFirms.max,
  foreignFirms: INITIAL_LIMITS.foreignFirms.max,
  productivity: 1,
  quality: 1,
  skills: 1,
  infrastructure: 1,
  research: 2,
  trust: 1,
  exportShare: 1,
  workingConditions: 1,
  wageUsdPerDay: INITIAL_LIMITS.wageUsdPerDay.max,
  donorSupportUsdM: INITIAL_LIMITS.donorSupportUsdM.max,
  jointCapital: 1_000_000,
  approvalSme: 1,
  approvalLarge: 1,
  approvalWorkers: 1,
  approvalDonors: 1,
  budgetUsdM: BUDGET_LIMITS.max,
};
export const EFFECT_SCALE_LIMIT = 1;
const EFFECT_DELTA_LIMIT = Math.max(EFFECT_SCALE_LIMIT, ...Object.values(EFFECT_ADD_LIMITS));

export const effectSchema = z
  .strictObject({
    target: z.enum(EFFECT_TARGETS),
    mode: z.enum(['add', 'scale']),
    delta: between(-EFFECT_DELTA_LIMIT, EFFECT_DELTA_LIMIT).describe(
      'add: in the target\'s units, within its own limit (1 for shares, 2 for research); scale: from -1 to 1 (a factor of 1 + delta)',
    ),
  })
  .superRefine((effect, ctx) => {
    const limit = effect.mode === 'scale' ? EFFECT_SCALE_LIMIT : EFFECT_ADD_LIMITS[effect.target];
    if (Math.abs(effect.delta) > limit)
      ctx.addIssue({
        code: 'custom',
        message: `for ${effect.mode} on ${effect.target}, must be at least ${-limit} and at most ${limit}`,
        path: ['delta'],
      });
  });

export const choiceSchema = z.strictObject({
  id: text,
  label: text,
  /** What the player is told the choice means (consequences go through the model). */
  text: text,
  effects: z.array(effectSchema),
  /** The choice taken when nobody chooses (CLI runs without event choices). */
  default: z.boolean().optional(),
});

export const triggerSchema = z
  .strictObject({
    /** Fires at the end of this year of the term (1 = after the first year, i.e. calendar year startYear + 1). */
    year: z
      .number()
      .int()
      .min(1)
      .max(30)
      .describe('Year of the term, not a calendar year: fires at the end of calendar year startYear + year (1 = after the first year)')
      .optional(),
    /** Chance per year of firing, once eligible; with a shock, the chance that a year's shock becomes this event. */
    chance: share.optional(),
    /** Earliest year of the term at which a chance event can fire. */
    fromYear: z.number().int().min(1).max(30).optional(),
    /** Fires when this model shock happens. */
    shock: z.enum(SHOCKS).optional(),
    /** Fires only while this holds at the end of the year; alone, as soon as it holds. */
    when: z
      .strictObject({
        indicator: z.enum(CONDITION_INDICATORS),
        below: z.number().optional(),
        above: z.number().optional(),
      })
      .refine((w) => w.below !== undefined || w.above !== undefined, { message: 'a condition needs "below" or "above"' })
      .describe('A condition read at the end of the year: the indicator below and/or above the given values')
      .optional(),
  })
  .refine((t) => t.year !== undefined || t.chance !== undefined || t.shock !== undefined || t.when !== undefined, {
    message: 'a trigger needs a year, a chance, a shock or a condition (when)',
  });

export const eventSchema = z
  .strictObject({
    id: text,
    title: text,
    text: text,
    trigger: triggerSchema,
    choices: z.array(choiceSchema).min(2),
    sources: z.array(text).optional(),
  })
  .superRefine((event, ctx) => {
    const defaults = event.choices.filter((c) => c.default).length;
    if (defaults > 1) ctx.addIssue({ code: 'custom', message: 'at most one choice may be the default', path: ['choices'] });
    const ids = new Set<string>();
    event.choices.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', message: `duplicate choice id "${c.id}"`, path: ['choices', i, 'id'] });
      ids.add(c.id);
    });
  });

/** What a scheduled shock's size means, by kind, and its range. */
export const SCHEDULED_SIZES: Record<(typeof SHOCKS)[number], { min: number; max: number; meaning: string }> = {
  worldDemand: { min: -1, max: 1, meaning: 'change in log world demand (-0.2 = a fall of about 18%)' },
  exchangeRate: { min: -1, max: 1, meaning: 'change in the log real exchange rate (positive = appreciation)' },
  buyerExit: { min: 0.01, max: 1, meaning: 'share of export orders a departing buyer takes' },
  tncExit: { min: 0.01, max: 1, meaning: 'share of foreign plants that relocate' },
  donorExit: { min: 1, max: 1, meaning: '1 (the donor programme ends)' },
  accident: { min: 0.001, max: 1, meaning: 'share of SME workshops destroyed' },
  buyerStandard: { min: 0.01, max: 0.5, meaning: "how far above the cluster's starting readiness the standard sets the bar" },
};

export const scheduledShockSchema = z.strictObject({
  year: z.number().int().min(1950).max(2200).describe('Calendar year the shock happens in (after startYear, within the term)'),
  shock: z.enum(SHOCKS),
  size: z.number().min(-1).max(1).describe('The shock in model units: see docs/scenarios.md (range depends on the kind)'),
  /** Where the timing and size come from (a citation, or "assumption: ..."). */
  source: text,
});

const planShare = z.number().min(0).max(1);

const allocationSchema = z.strictObject(
  Object.fromEntries(LEVERS.map((lever) => [lever, planShare.optional()])) as Record<(typeof LEVERS)[number], z.ZodOptional<typeof planShare>>,
);

/** One year of a plan (the CLI's plan files, and a scenario's history): fields left out keep the year before's. */
export const planYearSchema = z.strictObject({
  allocation: allocationSchema.optional(),
  tariff: planShare.optional(),
  incentiveTarget: z.enum(INCENTIVE_TARGETS).optional(),
  laborStandards: z.boolean().optional(),
  eventChoices: z.record(z.string(), z.string()).optional(),
});

/**
 * The policy path the real government took (issue 13): its decisions as a plan (one entry per year
 * of the term; a shorter plan repeats its last year), the events it answered (eventChoices), shocks
 * the real cluster met that the scenario does not schedule, and where all this comes from. Texts
 * (title, summary, note) are translated like the rest of the scenario; sources are not.
 */
export const historySchema = z.strictObject({
  title: text.describe('What the path is called on the charts\' legend and in the debrief, e.g. "What was done: protection, then liberalisation"'),
  summary: text.describe('What the real government did, in two to four sentences'),
  note: text.describe('Where the record is thin, and how the record was laid onto the term (say so; never invent precision)'),
  plan: z
    .strictObject({ years: z.array(planYearSchema).min(1).max(30) })
    .describe('The decisions, as a plan file\'s years (src/scenario/plan.ts): shares of the budget, tariff, incentive target, labour standards, event choices'),
  /** Shocks the real cluster met, played in history mode by the player, the baseline and the history alike. */
  scheduled: z.array(scheduledShockSchema).optional(),
  sources: z.array(text).min(1).describe('Citations for the path (the seed paper and the literature it cites)'),
});

/** A starting figure a source gives, in the units of the simulator's output. */
const citedFigure = z.strictObject({ value: z.number().nonnegative(), source: text });

/**
 * Starting figures the scenario's sources cite, in the simulator's units, so a reader (and a test)
 * can check the model's year 0 against them: jobs, firms (SMEs + large), gross exports (US$ million)
 * and the poverty headcount ratio.
 */
export const citedSchema = z.strictObject({
  employment: citedFigure.optional(),
  firms: citedFigure.optional(),
  exports: citedFigure.optional(),
  poverty: citedFigure.optional(),
});
export const CITED_FIGURES = ['employment', 'firms', 'exports', 'poverty'] as const;

export const limitationSchema = z.strictObject({
  limitation: z.enum(LIMITATIONS),
  /** How heavily it weighs on this cluster, 0..1. */
  weight: share,
  note: text,
});

export const goalSchema = z
  .strictObject({
    metric: z.enum(['outputUsdM', 'employment', 'poverty', 'workingConditions', 'trust', 'smeShare', 'wageUsdPerDay', 'quality']),
    /** `above`/`below` compare with `value`; `beatBaseline` compares with the no-new-policy run. */
    comparison: z.enum(['above', 'below', 'beatBaseline']),
    value: z.number().optional(),
    label: text,
  })
  .refine((g) => g.comparison === 'beatBaseline' || g.value !== undefined, {
    message: 'a goal compared "above" or "below" needs a value',
    path: ['value'],
  });

export const CLUSTER_TYPES = ['survival', 'mass-producers', 'tnc'] as const;

/**
 * The roles a workshop team may split among its members: three ministers, the small firms'
 * association and a multinational's representative. Each speaks for one constituency of the
 * stakeholder approval (src/view/workshop-roles.ts).
 */
export const ROLE_IDS = ['industry', 'finance', 'labor', 'sme', 'tnc'] as const;

export const roleSchema = z.strictObject({
  role: z.enum(ROLE_IDS),
  /** Who this member speaks for in this cluster, and what they want from the term. */
  brief: text.describe('Who this role speaks for in this cluster and what it wants, in two to four sentences'),
  /** What this member watches for and argues about, one point each. */
  concerns: z.array(text).min(1).max(5).describe('What this role watches for, one point each'),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens'),
    name: text,
    shortName: text,
    country: text,
    /** ISO 3166-1 numeric code (as in world-atlas), for the map. */
    isoNumeric: z.string().regex(/^\d{3}$/, 'a three-digit ISO 3166-1 numeric code').optional(),
    location: z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
    sector: text,
    type: z.enum(CLUSTER_TYPES),
    startYear: z.number().int().min(1950).max(2100),
    termYears: z.number().int().min(5).max(30),
    budgetUsdM: between(BUDGET_LIMITS.min, BUDGET_LIMITS.max).describe('Yearly policy budget, US$ million'),
    incentiveTarget: z.enum(INCENTIVE_TARGETS),
    laborStandards: z.boolean(),
    initial: initialSchema,
    parameters: parametersSchema,
    limitations: z.array(limitationSchema).min(1),
    events: z.array(eventSchema),
    /** History the briefing promises: shocks in given calendar years, replacing that year's random draw of the kind. */
    scheduled: z.array(scheduledShockSchema).optional(),
    briefing: text,
    learningGoals: z.array(text).min(1),
    goals: z.array(goalSchema).min(1),
    /** Where each figure comes from: key = field path ("initial.smeFirms", "parameters.leakage", "budgetUsdM"), value = citation or "assumption: ...". */
    sources: z.record(z.string(), text),
    /** Starting figures cited by the sources, checked against the model's year 0 (optional). */
    cited: citedSchema.optional(),
    /** Roles for the members of a workshop team, each at most once (optional). */
    roles: z.array(roleSchema).max(ROLE_IDS.length).optional(),
    /** The policy path the real government took, to play against (optional). */
    history: historySchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.initial.foreignFirms > s.initial.largeFirms) {
      ctx.addIssue({ code: 'custom', message: 'foreignFirms cannot exceed largeFirms', path: ['initial', 'foreignFirms'] });
    }
    if (s.initial.largeFirms === 0 && s.initial.largeOutputShare > 0) {
      ctx.addIssue({ code: 'custom', message: 'largeOutputShare must be 0 when there are no large firms', path: ['initial', 'largeOutputShare'] });
    }
    if (s.initial.largeFirms > 0 && s.initial.largeOutputShare < SEGMENT_SHARE_MIN) {
      ctx.addIssue({
        code: 'custom',
        message: `with large firms, must be at least ${SEGMENT_SHARE_MIN} and at most ${1 - SEGMENT_SHARE_MIN} (large firms produce some of the output)`,
        path: ['initial', 'largeOutputShare'],
      });
    }
    for (const path of figurePaths(s)) {
      if (!(path in s.sources)) {
        ctx.addIssue({ code: 'custom', message: `no source for ${path}: add sources["${path}"] (a citation or "assumption: ...")`, path: ['sources'] });
      }
    }
    const scheduledKeys = new Set<string>();
    (s.scheduled ?? []).forEach((entry, i) => {
      const last = s.startYear + s.termYears;
      if (entry.year <= s.startYear || entry.year > last) {
        ctx.addIssue({ code: 'custom', message: `must fall in the term, ${s.startYear + 1} to ${last}`, path: ['scheduled', i, 'year'] });
      }
      const range = SCHEDULED_SIZES[entry.shock];
      if (entry.size < range.min || entry.size > range.max) {
        ctx.addIssue({ code: 'custom', message: `for ${entry.shock} must be ${range.min} to ${range.max} (${range.meaning})`, path: ['scheduled', i, 'size'] });
      }
      const key = `${entry.year}:${entry.shock}`;
      if (scheduledKeys.has(key)) ctx.addIssue({ code: 'custom', message: `${entry.shock} is already scheduled in ${entry.year}`, path: ['scheduled', i] });
      scheduledKeys.add(key);
    });
    if (s.history) historyProblems(s, s.history, ctx);
    const roles = new Set<string>();
    (s.roles ?? []).forEach((r, i) => {
      if (roles.has(r.role)) ctx.addIssue({ code: 'custom', message: `the role "${r.role}" is given twice`, path: ['roles', i, 'role'] });
      roles.add(r.role);
    });
    const ids = new Set<string>();
    s.events.forEach((e, i) => {
      if (ids.has(e.id)) ctx.addIssue({ code: 'custom', message: `duplicate event id "${e.id}"`, path: ['events', i, 'id'] });
      ids.add(e.id);
    });
  });

type HistoryScenario = Pick<z.infer<typeof scenarioSchema>, 'startYear' | 'termYears' | 'initial' | 'incentiveTarget' | 'laborStandards' | 'events'>;

/**
 * A history's cross-field rules: each year's shares add up to at most 1 once filled in from the year
 * before, event choices name this scenario's events and choices, its shocks fall in the term.
 */
function historyProblems(s: HistoryScenario, history: z.infer<typeof historySchema>, ctx: z.RefinementCtx): void {
  let previous = noSpending(s.initial.tariff, s.incentiveTarget, s.laborStandards);
  history.plan.years.forEach((year, i) => {
    const path = ['history', 'plan', 'years', i];
    previous = resolveDecisions(year, previous);
    for (const problem of decisionProblems(previous)) ctx.addIssue({ code: 'custom', message: problem, path });
    for (const [eventId, choiceId] of Object.entries(year.eventChoices ?? {})) {
      const event = s.events.find((e) => e.id === eventId);
      if (!event) {
        const list = s.events.map((e) => e.id).join(', ') || 'none';
        ctx.addIssue({ code: 'custom', message: `no event "${eventId}" in this scenario (its events: ${list})`, path: [...path, 'eventChoices'] });
      } else if (!event.choices.some((c) => c.id === choiceId)) {
        const list = event.choices.map((c) => c.id).join(', ');
        ctx.addIssue({ code: 'custom', message: `no choice "${choiceId}" (its choices: ${list})`, path: [...path, 'eventChoices', eventId] });
      }
    }
  });
  if (history.plan.years.length > s.termYears)
    ctx.addIssue({ code: 'custom', message: `has ${history.plan.years.length} years, more than the term's ${s.termYears}`, path: ['history', 'plan', 'years'] });
  const last = s.startYear + s.termYears;
  const seen = new Set<string>();
  (history.scheduled ?? []).forEach((entry, i) => {
    const path = ['history', 'scheduled', i];
    if (entry.year <= s.startYear || entry.year > last)
      ctx.addIssue({ code: 'custom', message: `must fall in the term, ${s.startYear + 1} to ${last}`, path: [...path, 'year'] });
    const range = SCHEDULED_SIZES[entry.shock];
    if (entry.size < range.min || entry.size > range.max)
      ctx.addIssue({ code: 'custom', message: `for ${entry.shock} must be ${range.min} to ${range.max} (${range.meaning})`, path: [...path, 'size'] });
    const key = `${entry.year}:${entry.shock}`;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `${entry.shock} is already scheduled in ${entry.year}`, path });
    seen.add(key);
  });
}

/** Every number in a scenario that needs a source entry. */
export function figurePaths(s: { initial: object; parameters: object }): string[] {
  const paths = ['budgetUsdM', 'startYear'];
  for (const [key, value] of Object.entries(s.initial)) {
    if (key === 'approval') continue; // approval is a game setting, not a measured figure
    if (typeof value === 'number') paths.push(`initial.${key}`);
  }
  for (const key of Object.keys(s.parameters)) paths.push(`parameters.${key}`);
  return paths;
}

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioEvent = z.infer<typeof eventSchema>;
export type ScenarioChoice = z.infer<typeof choiceSchema>;
export type ScheduledShockEntry = z.infer<typeof scheduledShockSchema>;
export type ScenarioInitial = z.infer<typeof initialSchema>;
export type ClusterType = (typeof CLUSTER_TYPES)[number];
export type RoleId = (typeof ROLE_IDS)[number];
export type ScenarioRole = z.infer<typeof roleSchema>;
export type ScenarioHistory = z.infer<typeof historySchema>;
