// The balance audit behind `npm run balance`: a search of the plan space on every scenario, each
// plan against doing nothing on the same seed. A policy game teaches its best strategy, so this
// checks the model has no free wins (one plan good everywhere, a plan better on every outcome) and
// real trade-offs. Pure and deterministic: the CLI (balance.ts) writes docs/balance.md from it and
// tests/balance runs it on a small sample.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import {
  approvalCollapsed,
  choiceFor,
  chooseForEvent,
  createModel,
  defaultChoiceId,
  findEvent,
  INCENTIVE_TARGETS,
  initialState,
  LEVERS,
  planYear,
  resolveDecisions,
  setupWithPlan,
  step,
  type Allocation,
  type ClusterSetup,
  type ClusterState,
  type IncentiveTarget,
  type Lever,
  type Plan,
} from '../model';
import { scenarioById, type Scenario } from '../scenario';
import { percentile } from './stats';

// ---------------------------------------------------------------------------------------------
// Plans

export type PlanFamily =
  'nothing' | 'corner' | 'pair' | 'balanced' | 'random' | 'tariff-idle' | 'tariff-balanced' | 'budget';

/** A plan of the audit, the same decisions every year. `scenario` means "the scenario's own starting setting". */
export interface PlanSpec {
  /** Stable across scenarios, so a plan can be followed from one scenario to the next. */
  id: string;
  family: PlanFamily;
  allocation: Allocation;
  tariff: number | 'scenario';
  incentiveTarget: IncentiveTarget | 'scenario';
  laborStandards: boolean | 'scenario';
  /** Multiple of the scenario's yearly budget. */
  budgetScale: number;
}

export const TARIFF_GRID = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;
export const BUDGET_SCALES = [0.5, 1, 2, 4] as const;

const ZERO: Allocation = { infrastructure: 0, training: 0, research: 0, incentives: 0, trade: 0 };
const BALANCED: Allocation = { infrastructure: 0.2, training: 0.2, research: 0.2, incentives: 0.2, trade: 0.2 };

function only(lever: Lever): Allocation {
  return { ...ZERO, [lever]: 1 };
}

/** The id of a single-lever corner: the lever, and for incentives the target (`incentives/joint`). */
export function cornerId(lever: Lever, target?: IncentiveTarget): string {
  return lever === 'incentives' ? `corner:incentives/${target}` : `corner:${lever}`;
}

/**
 * Random plans: budget shares from a flat Dirichlet draw (normalised exponentials) scaled by a total
 * spent uniform in 0.5..1, a tariff uniform in 0..1, a target and standards at random. Seeded, so
 * the audit is reproducible.
 */
export function randomPlans(count: number, seed: number): PlanSpec[] {
  const rng = xoroshiro128plus(seed | 0);
  for (let i = 0; i < 32; i++) rng.next(); // small seeds mix poorly at first
  const u = (): number => uniformFloat64(rng);
  const plans: PlanSpec[] = [];
  for (let i = 0; i < count; i++) {
    const weights = LEVERS.map(() => -Math.log(1 - u()));
    const sum = weights.reduce((a, b) => a + b, 0);
    const total = 0.5 + 0.5 * u();
    // Rounded so plans print and replay exactly; rounding down keeps the sum at most 1.
    const allocation = Object.fromEntries(
      LEVERS.map((l, k) => [l, Math.floor(((weights[k] as number) / sum) * total * 1e4) / 1e4]),
    ) as Allocation;
    const tariff = Math.round(u() * 100) / 100;
    const incentiveTarget = INCENTIVE_TARGETS[Math.min(3, Math.floor(u() * 4))] as IncentiveTarget;
    const laborStandards = u() < 0.5;
    plans.push({
      id: `random:${String(i + 1).padStart(3, '0')}`,
      family: 'random',
      allocation,
      tariff,
      incentiveTarget,
      laborStandards,
      budgetScale: 1,
    });
  }
  return plans;
}

/** Every plan the audit runs, the same list for every scenario. */
export function auditPlans(randomCount: number, planSeed: number): PlanSpec[] {
  const own = { tariff: 'scenario', incentiveTarget: 'scenario', laborStandards: 'scenario', budgetScale: 1 } as const;
  const plans: PlanSpec[] = [{ id: 'nothing', family: 'nothing', allocation: ZERO, ...own }];
  for (const lever of LEVERS) {
    if (lever === 'incentives') {
      for (const target of INCENTIVE_TARGETS)
        plans.push({
          id: cornerId(lever, target),
          family: 'corner',
          allocation: only(lever),
          ...own,
          incentiveTarget: target,
        });
    } else plans.push({ id: cornerId(lever), family: 'corner', allocation: only(lever), ...own });
  }
  // Focused plans: every pair of lines, half the budget each (incentives with each target), so the
  // search sees plans tailored to a cluster, not only corners, balanced and random spreads.
  LEVERS.forEach((a, i) =>
    LEVERS.slice(i + 1).forEach((b) => {
      const allocation: Allocation = { ...ZERO, [a]: 0.5, [b]: 0.5 };
      const targets = a === 'incentives' || b === 'incentives' ? INCENTIVE_TARGETS : [undefined];
      for (const target of targets)
        plans.push({
          id: `pair:${a}+${b}${target ? `/${target}` : ''}`,
          family: 'pair',
          allocation,
          ...own,
          ...(target ? { incentiveTarget: target } : {}),
        });
    }),
  );
  for (const target of INCENTIVE_TARGETS)
    for (const standards of [true, false])
      plans.push({
        id: `balanced/${target}/${standards ? 'standards' : 'no-standards'}`,
        family: 'balanced',
        allocation: BALANCED,
        ...own,
        incentiveTarget: target,
        laborStandards: standards,
      });
  plans.push(...randomPlans(randomCount, planSeed));
  for (const tariff of TARIFF_GRID) {
    plans.push({ id: `tariff:${tariff.toFixed(1)}`, family: 'tariff-idle', allocation: ZERO, ...own, tariff });
    plans.push({
      id: `balanced+tariff:${tariff.toFixed(1)}`,
      family: 'tariff-balanced',
      allocation: BALANCED,
      ...own,
      tariff,
    });
  }
  for (const scale of BUDGET_SCALES)
    plans.push({ id: `balanced x${scale}`, family: 'budget', allocation: BALANCED, ...own, budgetScale: scale });
  return plans;
}

/** The model's plan for a spec in a scenario (settings marked `scenario` take the scenario's start). */
export function toPlan(spec: PlanSpec, scenario: Scenario): Plan {
  return {
    name: spec.id,
    ...(spec.budgetScale !== 1 ? { budgetUsdM: spec.budgetScale * scenario.budgetUsdM } : {}),
    years: [
      {
        allocation: { ...spec.allocation },
        tariff: spec.tariff === 'scenario' ? scenario.initial.tariff : spec.tariff,
        incentiveTarget: spec.incentiveTarget === 'scenario' ? scenario.incentiveTarget : spec.incentiveTarget,
        laborStandards: spec.laborStandards === 'scenario' ? scenario.laborStandards : spec.laborStandards,
      },
    ],
  };
}

/** A short human description of a plan in a scenario. */
export function describePlan(spec: PlanSpec, scenario: Scenario): string {
  const year = toPlan(spec, scenario).years[0];
  if (!year) return spec.id;
  const shares = LEVERS.filter((l) => (year.allocation?.[l] ?? 0) > 0)
    .map((l) => `${LEVER_SHORT[l]} ${Math.round((year.allocation?.[l] ?? 0) * 100)}`)
    .join(' ');
  const spent = shares || 'no spending';
  const budget = spec.budgetScale !== 1 ? `, budget x${spec.budgetScale}` : '';
  return `${spent}; tariff ${year.tariff?.toFixed(2)}, ${year.incentiveTarget}, ${year.laborStandards ? 'standards' : 'no standards'}${budget}`;
}

const LEVER_SHORT: Record<Lever, string> = {
  infrastructure: 'infra',
  training: 'train',
  research: 'res',
  incentives: 'inc',
  trade: 'trade',
};

// ---------------------------------------------------------------------------------------------
// Running

/** The outcomes compared with doing nothing at the horizon, as in the report's tables. */
export const OUTCOMES = [
  'output',
  'jobs',
  'poverty',
  'workingConditions',
  'trust',
  'externalDependence',
  'exports',
  'fdi',
] as const;
export type OutcomeKey = (typeof OUTCOMES)[number];

/** Whether more is better (poverty: less is better; dependence and FDI are trade-offs, shown but not scored). */
export const OUTCOME_DIRECTION: Record<OutcomeKey, 1 | -1 | 0> = {
  output: 1,
  jobs: 1,
  poverty: -1,
  workingConditions: 1,
  trust: 1,
  externalDependence: 0,
  exports: 1,
  fdi: 0,
};

export const OUTCOME_UNITS: Record<OutcomeKey, string> = {
  output: '% change in value added',
  jobs: '% change in employment',
  poverty: 'change in poverty headcount, points',
  workingConditions: 'change in the working-conditions index (0..1)',
  trust: 'change in the trust index (0..1)',
  externalDependence: 'change in the external-dependence index (0..1)',
  exports: '% change in exports',
  fdi: 'change in the foreign-owned share of output (0..1)',
};

/** The outcomes the composite score averages (standardised across plans), with their signs. */
export const COMPOSITE: readonly { key: OutcomeKey; sign: 1 | -1 }[] = [
  { key: 'output', sign: 1 },
  { key: 'jobs', sign: 1 },
  { key: 'poverty', sign: -1 },
  { key: 'workingConditions', sign: 1 },
];

/** The labour the cluster can draw on; employment above it is a defect of the model. */
export function labourCapacity(s: ClusterState): number {
  return s.laborForce;
}

export interface PlanResult {
  id: string;
  family: PlanFamily;
  description: string;
  /** Medians over seeds of plan minus doing nothing (units: OUTCOME_UNITS). */
  median: Record<OutcomeKey, number>;
  /** Per-seed output gain, %, for the spread across seeds. */
  outputGains: number[];
  /** Per-seed horizon levels, for luck: output and jobs as % of the median do-nothing level, poverty in points. */
  levels: { output: number[]; jobs: number[]; poverty: number[] };
  outputP10: number;
  outputP90: number;
  /** Share of seeds where approval collapsed and the term ended early. */
  collapse: number;
  /** Median over seeds of cumulative value added gained / US$ spent (null: nothing spent). */
  vaPerDollar: number | null;
  /** Largest employment / labour force in any year of any seed. */
  maxJobsPerLabour: number;
  /** Mean of standardised composite outcomes across the scenario's ranked plans (NaN if unranked). */
  composite: number;
  /** Competes in rankings: legal plans at the scenario's budget, each distinct plan once. */
  ranked: boolean;
}

export interface ScenarioAudit {
  id: string;
  name: string;
  type: string;
  budgetUsdM: number;
  plans: PlanResult[];
  /** Do nothing: share of seeds ending early, largest employment / labour force. */
  nothingCollapse: number;
  nothingMaxJobsPerLabour: number;
  /** Share of random plans beating doing nothing everywhere with the scenario's scheduled history removed (only where it has one). */
  dominanceWithoutHistory?: number;
  runs: number;
  ms: number;
}

export interface AuditConfig {
  scenarioIds: readonly string[];
  /** Seeds 1..seeds. */
  seeds: number;
  years: number;
  randomPlans: number;
  /** Seed of the PRNG drawing the random plans. */
  planSeed: number;
}

export const DEFAULT_CONFIG: Omit<AuditConfig, 'scenarioIds'> = {
  seeds: 30,
  years: 10,
  randomPlans: 200,
  planSeed: 2026,
};

export interface FullTermRun {
  /** states[0] is the start, states[k] the state after year k, for every year of the term. */
  states: ClusterState[];
  /** The year after which approval collapsed (where simulate() and the game end the term), or null. */
  collapseYear: number | null;
}

/**
 * simulate() without the early end: the same fold (same decisions, events and choices, so the
 * same numbers up to the collapse), carried on to the horizon. Outcomes are then compared at the
 * same year for every plan, and the collapse is counted apart; comparing a term cut short in year 2
 * with one that ran ten years would make a collapsing plan look harmless. A test holds it equal to
 * simulate().
 */
export function fullTermRun(
  scenarioSetup: ClusterSetup,
  plan: Plan | undefined,
  seed: number,
  years: number,
): FullTermRun {
  const setup = setupWithPlan(scenarioSetup, plan);
  const model = createModel(setup);
  let state = initialState(setup, model, seed);
  const states = [state];
  let collapseYear: number | null = null;
  for (let k = 1; k <= years; k++) {
    state = step(model, state, resolveDecisions(planYear(plan, k), state.decisions)).state;
    if (state.activeEvent) {
      const event = findEvent(model, state.activeEvent);
      state = chooseForEvent(
        model,
        state,
        k === years && event ? defaultChoiceId(event) : choiceFor(model, plan, k, state.activeEvent),
      );
    }
    states.push(state);
    if (collapseYear === null && k < years && approvalCollapsed(model, state.approval)) collapseYear = k;
  }
  return { states, collapseYear };
}

const exportsOf = (s: ClusterState): number => s.exportShare * s.outputUsdM;
const pct = (a: number, b: number): number => (b > 0 ? 100 * (a / b - 1) : 0);

function median(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : percentile(values, 0.5);
}

function maxJobsPerLabour(states: readonly ClusterState[]): number {
  let worst = 0;
  for (const s of states) worst = Math.max(worst, s.employment / labourCapacity(s));
  return worst;
}

/** Runs every plan on one scenario. `now` measures time (performance.now in the CLI). */
export function auditScenario(
  id: string,
  config: AuditConfig,
  plans: readonly PlanSpec[],
  now: () => number = () => 0,
): ScenarioAudit {
  const scenario = scenarioById(id);
  const audit = auditScenarioOf(scenario, config, plans, now);
  // A scenario's scheduled history (Sialkot's 2004 buyer standard, Guadalajara's 2009 slump) is a
  // crisis that doing nothing ignores, so almost any response beats inaction there. The trade-offs
  // of the model itself are measured on the same scenario without that history as well.
  if ((scenario.scheduled ?? []).length > 0) {
    const random = plans.filter((p) => p.family === 'random');
    const structural = auditScenarioOf({ ...scenario, scheduled: [] }, config, random, now);
    audit.dominanceWithoutHistory = dominanceShare(structural);
    audit.runs += structural.runs;
  }
  return audit;
}

function auditScenarioOf(
  scenario: Scenario,
  config: AuditConfig,
  plans: readonly PlanSpec[],
  now: () => number,
): ScenarioAudit {
  const start = now();
  const id = scenario.id;
  const seeds = Array.from({ length: config.seeds }, (_, k) => k + 1);
  const base = seeds.map((seed) => fullTermRun(scenario, undefined, seed, config.years));
  const baseOutput = median(base.map((r) => last(r.states).outputUsdM));
  const baseJobs = median(base.map((r) => last(r.states).employment));
  let runs = base.length;
  const results: PlanResult[] = [];
  const seen = new Set<string>();
  for (const spec of plans) {
    const plan = toPlan(spec, scenario);
    // Ranked: at the scenario's budget, and each distinct plan once (a sweep point may repeat another plan).
    const key = JSON.stringify(plan.years[0]);
    const ranked = spec.budgetScale === 1 && !seen.has(key);
    if (spec.budgetScale === 1) seen.add(key);
    const deltas: Record<OutcomeKey, number[]> = Object.fromEntries(OUTCOMES.map((o) => [o, [] as number[]])) as Record<
      OutcomeKey,
      number[]
    >;
    const levels = { output: [] as number[], jobs: [] as number[], poverty: [] as number[] };
    const perDollar: number[] = [];
    let collapsed = 0;
    let worstJobs = 0;
    seeds.forEach((seed, k) => {
      const run = fullTermRun(scenario, plan, seed, config.years);
      runs++;
      const b = (base[k] as FullTermRun).states;
      if (run.collapseYear !== null) collapsed++;
      worstJobs = Math.max(worstJobs, maxJobsPerLabour(run.states));
      const t = config.years;
      const p = run.states[t] as ClusterState;
      const q = b[t] as ClusterState;
      deltas.output.push(pct(p.outputUsdM, q.outputUsdM));
      deltas.jobs.push(pct(p.employment, q.employment));
      deltas.poverty.push(100 * (p.poverty - q.poverty));
      deltas.workingConditions.push(p.workingConditions - q.workingConditions);
      deltas.trust.push(p.trust - q.trust);
      deltas.externalDependence.push(p.externalDependence - q.externalDependence);
      deltas.exports.push(pct(exportsOf(p), exportsOf(q)));
      deltas.fdi.push(p.fdi - q.fdi);
      levels.output.push(pct(p.outputUsdM, baseOutput));
      levels.jobs.push(pct(p.employment, baseJobs));
      levels.poverty.push(100 * p.poverty);
      let gained = 0;
      let spent = 0;
      for (let y = 1; y <= t; y++)
        gained += (run.states[y] as ClusterState).outputUsdM - (b[y] as ClusterState).outputUsdM;
      for (let y = 1; y <= t; y++) spent += (run.states[y] as ClusterState).budgetSpentUsdM;
      if (spent > 0) perDollar.push(gained / spent);
    });
    results.push({
      id: spec.id,
      family: spec.family,
      description: describePlan(spec, scenario),
      median: Object.fromEntries(OUTCOMES.map((o) => [o, median(deltas[o])])) as Record<OutcomeKey, number>,
      outputGains: deltas.output,
      levels,
      outputP10: percentile(deltas.output, 0.1),
      outputP90: percentile(deltas.output, 0.9),
      collapse: collapsed / seeds.length,
      vaPerDollar: perDollar.length > 0 ? median(perDollar) : null,
      maxJobsPerLabour: worstJobs,
      composite: Number.NaN,
      ranked,
    });
  }
  scoreComposite(results);
  return {
    id,
    name: scenario.name,
    type: scenario.type,
    budgetUsdM: scenario.budgetUsdM,
    plans: results,
    nothingCollapse: base.filter((r) => r.collapseYear !== null).length / base.length,
    nothingMaxJobsPerLabour: Math.max(...base.map((r) => maxJobsPerLabour(r.states))),
    runs,
    ms: now() - start,
  };
}

function last<T>(list: readonly T[]): T {
  return list[list.length - 1] as T;
}

/** Fills `composite`: the mean of the composite outcomes, each standardised across the ranked plans. */
export function scoreComposite(results: PlanResult[]): void {
  const ranked = results.filter((r) => r.ranked);
  const stats = COMPOSITE.map(({ key }) => {
    const values = ranked.map((r) => r.median[key]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return { mean, sd };
  });
  for (const r of results) {
    let sum = 0;
    COMPOSITE.forEach(({ key, sign }, k) => {
      const { mean, sd } = stats[k] as { mean: number; sd: number };
      sum += sd > 0 ? (sign * (r.median[key] - mean)) / sd : 0;
    });
    r.composite = sum / COMPOSITE.length;
  }
}

export interface Audit {
  config: AuditConfig;
  scenarios: ScenarioAudit[];
  runs: number;
  ms: number;
}

export function runAudit(config: AuditConfig, now: () => number = () => 0): Audit {
  const start = now();
  const plans = auditPlans(config.randomPlans, config.planSeed);
  const scenarios = config.scenarioIds.map((id) => auditScenario(id, config, plans, now));
  return { config, scenarios, runs: scenarios.reduce((a, s) => a + s.runs, 0), ms: now() - start };
}

// ---------------------------------------------------------------------------------------------
// Analyses (each a pure function of the audit, used by the report and the tests)

export function rankedPlans(s: ScenarioAudit): PlanResult[] {
  return s.plans.filter((p) => p.ranked);
}

export function planById(s: ScenarioAudit, id: string): PlanResult {
  const plan = s.plans.find((p) => p.id === id);
  if (!plan) throw new Error(`no plan "${id}" in ${s.id}`);
  return plan;
}

/** The ranked plans best on `score` (higher first). */
export function topBy(s: ScenarioAudit, score: (p: PlanResult) => number, count: number): PlanResult[] {
  return rankedPlans(s)
    .filter((p) => Number.isFinite(score(p)))
    .sort((a, b) => score(b) - score(a))
    .slice(0, count);
}

/** How many ranked plans make the top share (at least one). */
export function topCount(s: ScenarioAudit, share: number): number {
  return Math.max(1, Math.ceil(share * rankedPlans(s).length));
}

/** For each plan id, the scenarios where its composite score is in the top `share` of ranked plans. */
export function topShareMembership(audit: Audit, share = 0.05): Map<string, string[]> {
  const membership = new Map<string, string[]>();
  for (const s of audit.scenarios) {
    for (const p of topBy(s, (r) => r.composite, topCount(s, share)))
      membership.set(p.id, [...(membership.get(p.id) ?? []), s.id]);
  }
  return membership;
}

/** Better than doing nothing on output, jobs, poverty and working conditions at once (medians over seeds). */
export function beatsNothingEverywhere(p: PlanResult): boolean {
  return p.median.output > 0 && p.median.jobs > 0 && p.median.poverty < 0 && p.median.workingConditions > 0;
}

/** Share of a scenario's random plans better than doing nothing on every outcome at once. */
/** The free-win share the property holds: without a scheduled crisis where the scenario has one (see auditScenario). */
export function structuralDominanceShare(s: ScenarioAudit): number {
  return s.dominanceWithoutHistory ?? dominanceShare(s);
}

export function dominanceShare(s: ScenarioAudit): number {
  const random = s.plans.filter((p) => p.family === 'random');
  return random.length === 0 ? Number.NaN : random.filter(beatsNothingEverywhere).length / random.length;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return Number.NaN;
  const mx = xs.slice(0, n).reduce((a, b) => a + b, 0) / n;
  const my = ys.slice(0, n).reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Number.NaN;
}

/** The pairs of outcomes whose correlation across plans shows a trade-off (or its absence). */
/** Plans that change only spending (the tariff, target and standards as the scenario starts, or as the plan's fixed target). */
const SPENDING_FAMILIES: readonly PlanFamily[] = ['corner', 'pair', 'balanced'];

export const CORRELATIONS: readonly {
  id: string;
  label: string;
  x: (p: PlanResult) => number;
  y: (p: PlanResult) => number;
  only?: (p: PlanResult) => boolean;
}[] = [
  {
    id: 'output-povertyCut',
    label: 'output gain vs poverty cut',
    x: (p: PlanResult) => p.median.output,
    y: (p: PlanResult) => -p.median.poverty,
  },
  {
    // The tariff moves output and poverty the same way (dearer goods and lost jobs), so the
    // growth-versus-poverty trade-off of spending shows best among plans that leave it alone.
    id: 'output-povertyCut-spending',
    label: 'output gain vs poverty cut (spending plans, tariff unchanged)',
    x: (p: PlanResult) => p.median.output,
    y: (p: PlanResult) => -p.median.poverty,
    only: (p: PlanResult) => SPENDING_FAMILIES.includes(p.family),
  },
  {
    id: 'jobs-workingConditions',
    label: 'jobs gain vs working conditions gain',
    x: (p: PlanResult) => p.median.jobs,
    y: (p: PlanResult) => p.median.workingConditions,
  },
  {
    id: 'fdi-trust',
    label: 'FDI share gain vs trust gain',
    x: (p: PlanResult) => p.median.fdi,
    y: (p: PlanResult) => p.median.trust,
  },
  {
    id: 'output-externalDependence',
    label: 'output gain vs external dependence gain',
    x: (p: PlanResult) => p.median.output,
    y: (p: PlanResult) => p.median.externalDependence,
  },
] as const;

export function correlation(s: ScenarioAudit, pair: (typeof CORRELATIONS)[number]): number {
  const plans = rankedPlans(s).filter((p) => pair.only?.(p) ?? true);
  return pearson(plans.map(pair.x), plans.map(pair.y));
}

function sd(values: readonly number[]): number {
  if (values.length < 2) return Number.NaN;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1));
}

/** The plan whose spread across seeds stands for luck: the scenario's balanced plan. */
export const LUCK_PLAN = 'balanced x1';

/**
 * Policy versus luck: the s.d. across ranked plans of the median outcome, against the s.d. across
 * seeds of one plan's horizon level (the balanced plan). Above 1: choices matter more than luck.
 */
export function policyVersusLuck(
  s: ScenarioAudit,
): Record<'output' | 'jobs' | 'poverty', { policy: number; luck: number; ratio: number }> {
  const plans = rankedPlans(s);
  const luckPlan = planById(s, LUCK_PLAN);
  const entry = (key: 'output' | 'jobs' | 'poverty') => {
    const policy = sd(plans.map((p) => p.median[key]));
    const luck = sd(luckPlan.levels[key]);
    return { policy, luck, ratio: luck > 0 ? policy / luck : Number.NaN };
  };
  return { output: entry('output'), jobs: entry('jobs'), poverty: entry('poverty') };
}

export type Monotonicity = 'increasing' | 'decreasing' | 'not monotone' | 'flat';

/** Monotone up to `tolerance` (steps smaller than it in the wrong direction are ignored). */
export function monotonicity(values: readonly number[], tolerance = 0): Monotonicity {
  let up = false;
  let down = false;
  for (let i = 1; i < values.length; i++) {
    const step = (values[i] as number) - (values[i - 1] as number);
    if (step > tolerance) up = true;
    if (step < -tolerance) down = true;
  }
  if (up && down) return 'not monotone';
  if (up) return 'increasing';
  if (down) return 'decreasing';
  return 'flat';
}

export interface TariffSweep {
  tariffs: number[];
  /** Median output gain, %, at each tariff: with no spending, and with the balanced plan. */
  idle: number[];
  balanced: number[];
}

export function tariffSweep(s: ScenarioAudit, key: OutcomeKey = 'output'): TariffSweep {
  const tariffs = [...TARIFF_GRID];
  return {
    tariffs,
    idle: tariffs.map((t) => planById(s, `tariff:${t.toFixed(1)}`).median[key]),
    balanced: tariffs.map((t) => planById(s, `balanced+tariff:${t.toFixed(1)}`).median[key]),
  };
}

export interface BudgetScaling {
  scales: number[];
  /** Median output gain, % (and jobs, poverty) at each budget multiple. */
  output: number[];
  jobs: number[];
  poverty: number[];
  vaPerDollar: (number | null)[];
}

export function budgetScaling(s: ScenarioAudit): BudgetScaling {
  const plans = BUDGET_SCALES.map((k) => planById(s, `balanced x${k}`));
  return {
    scales: [...BUDGET_SCALES],
    output: plans.map((p) => p.median.output),
    jobs: plans.map((p) => p.median.jobs),
    poverty: plans.map((p) => p.median.poverty),
    vaPerDollar: plans.map((p) => p.vaPerDollar),
  };
}

/** Diminishing returns: each doubling of the budget gains less than double (ratios of successive gains). */
export function doublingRatios(gains: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let i = 1; i < gains.length; i++) ratios.push((gains[i] as number) / (gains[i - 1] as number));
  return ratios;
}

/** The single-lever corner with the best composite score (incentive targets count as different levers). */
export function bestCorner(s: ScenarioAudit, score: (p: PlanResult) => number = (p) => p.composite): PlanResult {
  const corners = s.plans.filter((p) => p.family === 'corner').sort((a, b) => score(b) - score(a));
  const best = corners[0];
  if (!best) throw new Error(`no corners in ${s.id}`);
  return best;
}

export function scenarioAudit(audit: Audit, id: string): ScenarioAudit {
  const s = audit.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`scenario "${id}" not in the audit`);
  return s;
}

// ---------------------------------------------------------------------------------------------
// The properties a balanced model should have (the CI test holds them; the report shows them)

export const LIMITS = {
  /** Share of ranked plans counted as "near the top" of a scenario. */
  topShare: 0.05,
  /** No plan may be near the top in more than this many scenarios (six of the nine are mass producers or TNC clusters, which share lessons). */
  maxTopScenarios: 5,
  /** Random plans better than doing nothing on every outcome at once: fewer than half, with a margin. */
  maxDominanceShare: 0.4,
  /** Composite-score margin by which an archetype's best lever beats the other archetypes' best levers. */
  leverMargin: 0.02,
  /** Output points by which the best tariff beats a tariff of 1 (and, in survival clusters, free trade). */
  tariffMargin: 0.5,
  /** Employment may not exceed the labour force. */
  maxJobsPerLabour: 1,
} as const;

/** The archetypes of Altenburg & Meyer-Stamer (seed paper, Table 2). */
export const ARCHETYPES = ['survival-cluster', 'mass-producers', 'tnc-cluster'] as const;

export interface Check {
  id: string;
  statement: string;
  /** One line per failure, with by how much; empty when the property holds. */
  failures: string[];
}

export interface TariffShape {
  /** Tariff of the highest median output gain on the grid. */
  peakTariff: number;
  /** How far the peak is above free trade (tariff 0) and above a tariff of 1, output points. */
  aboveZero: number;
  aboveHigh: number;
}

export function tariffShape(values: readonly number[]): TariffShape {
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  const peak = values[best] as number;
  return {
    peakTariff: TARIFF_GRID[best] as number,
    aboveZero: peak - (values[0] as number),
    aboveHigh: peak - (values[values.length - 1] as number),
  };
}

const f2 = (x: number): string => x.toFixed(2);

export function balanceChecks(audit: Audit): Check[] {
  const membership = topShareMembership(audit, LIMITS.topShare);
  const crowded = [...membership.entries()]
    .filter(([, ids]) => ids.length > LIMITS.maxTopScenarios)
    .sort((a, b) => b[1].length - a[1].length);
  const checks: Check[] = [
    {
      id: 'no-dominant-plan',
      statement: `no plan is in the top ${LIMITS.topShare * 100} % (composite) of more than ${LIMITS.maxTopScenarios} scenarios`,
      failures: crowded.map(
        ([id, ids]) => `${id} is in the top ${LIMITS.topShare * 100} % of ${ids.length} scenarios (${ids.join(', ')})`,
      ),
    },
  ];
  const present = ARCHETYPES.filter((id) => audit.scenarios.some((s) => s.id === id));
  if (present.length === ARCHETYPES.length)
    checks.push({
      id: 'archetype-best-plans',
      statement: `the best plan (composite) differs between ${ARCHETYPES.join(', ')}`,
      failures: archetypeBestPlanFailures(audit),
    });
  if (present.length === ARCHETYPES.length)
    checks.push({
      id: 'archetype-levers',
      statement: `the best single lever differs between ${ARCHETYPES.join(', ')}, each by ${LIMITS.leverMargin} composite`,
      failures: archetypeLeverFailures(audit),
    });
  checks.push(
    {
      id: 'no-free-win',
      statement: `fewer than ${LIMITS.maxDominanceShare * 100} % of random plans beat doing nothing on output, jobs, poverty and working conditions at once, in every scenario (measured without a scheduled crisis that doing nothing ignores)`,
      failures: audit.scenarios
        .filter((s) => !(structuralDominanceShare(s) < LIMITS.maxDominanceShare))
        .map(
          (s) =>
            `${s.id}: ${(100 * structuralDominanceShare(s)).toFixed(0)} % of random plans beat doing nothing everywhere`,
        ),
    },
    {
      id: 'tariff-shape',
      statement: `with no spending, a tariff of 1 is at least ${LIMITS.tariffMargin} output points worse than the best tariff in every scenario, and in survival clusters a moderate tariff beats free trade too (an inverted U)`,
      failures: audit.scenarios.flatMap((s) => tariffFailures(s)),
    },
    {
      id: 'jobs-within-labour-force',
      statement: 'employment never exceeds the labour force, in any year of any run',
      failures: audit.scenarios.flatMap((s) => {
        const worst = Math.max(s.nothingMaxJobsPerLabour, ...s.plans.map((p) => p.maxJobsPerLabour));
        const plan = s.plans.reduce((a, b) => (b.maxJobsPerLabour > a.maxJobsPerLabour ? b : a));
        return worst > LIMITS.maxJobsPerLabour
          ? [
              `${s.id}: employment reaches ${f2(worst)} x the labour force (do nothing: ${f2(s.nothingMaxJobsPerLabour)}; worst plan ${plan.id})`,
            ]
          : [];
      }),
    },
  );
  return checks;
}

/**
 * The tariff's shape in one scenario. Seed paper s.2.2.3: protection helped survival clusters grow
 * (Suame under the import ban) and tariff cuts "are jeopardizing the survival of many firms", yet
 * "protectionist policy is not a solution to make enterprises more innovative and competitive":
 * high protection never pays, and only where import-competing workshops dominate does a moderate
 * tariff beat free trade. Export clusters pay for protection through dearer inputs, so for them
 * the effect may fall all the way from free trade.
 */
export function tariffFailures(s: ScenarioAudit): string[] {
  const sweep = tariffSweep(s).idle;
  const shape = tariffShape(sweep);
  const failures: string[] = [];
  const describe = `${monotonicity(sweep, 0.1)}, peak at tariff ${shape.peakTariff.toFixed(1)} (${f2(shape.aboveZero)} points above tariff 0, ${f2(shape.aboveHigh)} above tariff 1)`;
  if (shape.aboveHigh < LIMITS.tariffMargin)
    failures.push(`${s.id}: a tariff of 1 is about as good as the best: ${describe}`);
  if (s.type === 'survival' && shape.aboveZero < LIMITS.tariffMargin)
    failures.push(`${s.id}: no moderate tariff beats free trade: ${describe}`);
  return failures;
}

/** The archetypes that share their best plan (composite): no one recipe for every kind of cluster. */
export function archetypeBestPlanFailures(audit: Audit): string[] {
  const best = ARCHETYPES.map(
    (id) => [id, topBy(scenarioAudit(audit, id), (p) => p.composite, 1)[0]?.id ?? 'none'] as const,
  );
  return best.flatMap(([id, plan], k) =>
    best
      .slice(k + 1)
      .filter(([, other]) => other === plan)
      .map(([other]) => `${id} and ${other} share their best plan, ${plan}`),
  );
}

/** Failures of the archetype property: shared best levers, or a best lever that wins by less than the margin. */
export function archetypeLeverFailures(audit: Audit): string[] {
  const failures: string[] = [];
  const best = new Map(ARCHETYPES.map((id) => [id, bestCorner(scenarioAudit(audit, id)).id]));
  for (const id of ARCHETYPES) {
    const s = scenarioAudit(audit, id);
    const own = best.get(id) as string;
    for (const other of ARCHETYPES) {
      if (other === id) continue;
      const theirs = best.get(other) as string;
      if (theirs === own) {
        if (id < other) failures.push(`${id} and ${other} share their best single lever, ${own}`);
        continue;
      }
      const gap = planById(s, own).composite - planById(s, theirs).composite;
      if (gap < LIMITS.leverMargin)
        failures.push(`${id}: its best lever ${own} beats ${other}'s ${theirs} by only ${f2(gap)} composite`);
    }
  }
  return failures;
}
