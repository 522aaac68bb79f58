// The optimiser: searches plans (each phase's budget shares, tariff, incentive target and labour
// standards) for the best value of one outcome at the horizon, subject to constraints (for example
// "lowest poverty, with employment at least the baseline's and working conditions not worse"), over
// a fixed set of seeds so the plan found is not luck. Every plan is within the budget by
// construction (shares sum to at most 1).
//
// Method: differential evolution (Storn & Price 1997) in its adaptive "current-to-pbest" form (JADE:
// Zhang & Sanderson 2009), with Deb's feasibility rules for the constraints (Deb 2000: a feasible
// plan beats an infeasible one, two infeasible plans compare by how far they miss). No maintained
// small npm package offers it, so it is written here, seeded with pure-rand: the same case, options
// and seed give the same plan. Categorical settings ride on continuous genes (a target is a quarter
// of [0, 1)). The current plan (each phase with the settings of its first year), a balanced plan
// and no new policy start in the population, so the plan found is never worse than these. Every plan evaluated also feeds the trade-off frontier
// between two outcomes (pareto.ts). A chunked job (plan-job.ts): one unit is one plan evaluated.
// Pure; no DOM.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import {
  INCENTIVE_TARGETS,
  LEVERS,
  type Allocation,
  type Decisions,
  type IncentiveTarget,
  type Plan,
  type PlanYear,
} from '../model';
import { ParetoFront, type FrontierSenses, type Sense } from './pareto';
import {
  OUTCOME_BETTER,
  meanHorizonOutcomes,
  prepareCase,
  resolvePlanYears,
  seedSet,
  zeroOutcomes,
  type OutcomeValues,
  type PlanCase,
  type PlanOutcome,
  type ResolvedYear,
} from './plan-case';
import { runToEnd, type PlanJob, unitJob } from './plan-job';

export interface OptimiseObjective {
  outcome: PlanOutcome;
  /** Default: the outcome's better direction (lower poverty, more jobs, ...). */
  sense?: Sense;
}

/** `outcome` at least / at most `value` at the horizon (mean over the seeds); 'baseline' is the baseline's mean over the same seeds. */
export interface OptimiseConstraint {
  outcome: PlanOutcome;
  relation: 'atLeast' | 'atMost';
  value: number | 'baseline';
}

export interface OptimiseOptions {
  /** The first seed of the fixed set, and the search's own seed. */
  seed: number;
  objective: OptimiseObjective;
  constraints?: OptimiseConstraint[];
  /** First year of each phase (the first is 1), ascending. Default: two phases, years 1..round(H/3) and the rest. */
  phaseStarts?: number[];
  /** Seeds every plan is run over (default 8). */
  seeds?: number;
  /** Plans evaluated in all (default 800), the work budget: a budget of evaluations, not of time, so results do not depend on the machine. */
  evaluations?: number;
  /** Plans per generation (default 24). */
  populationSize?: number;
  /** The range the tariff is searched in (default 0 to the larger of 0.5 and the scenario's starting tariff). */
  tariffRange?: { min: number; max: number };
  /** The two outcomes of the trade-off frontier (default growth and poverty). */
  frontier?: { x: PlanOutcome; y: PlanOutcome };
  /** Most points the frontier keeps (default 60). */
  frontierCap?: number;
  /** Name of the plan found (default "Optimised"). */
  name?: string;
  /** Plans to mark on the frontier chart (the user's saved plans), evaluated on the same seeds. */
  marked?: Plan[];
}

export const OPTIMISER_DEFAULTS = {
  seeds: 8,
  // About 2 s for 30 years and 2 phases on this machine; 1,200 evaluations gain about 0.3-0.5 poverty points more.
  evaluations: 800,
  populationSize: 24,
  frontierCap: 60,
  limits: { seeds: { min: 1, max: 64 }, evaluations: { min: 10, max: 100_000 }, populationSize: { min: 6, max: 200 } },
} as const;

/** The constraints of the example: employment at least the baseline's and working conditions not worse. */
export const NOT_WORSE_THAN_BASELINE: readonly OptimiseConstraint[] = [
  { outcome: 'employment', relation: 'atLeast', value: 'baseline' },
  { outcome: 'workingConditions', relation: 'atLeast', value: 'baseline' },
];

/** One phase's settings: from year `from` to year `to` (inclusive). */
export interface OptimisedPhase {
  from: number;
  to: number;
  decisions: Decisions;
}

export interface FrontierPlan {
  plan: Plan;
  outcomes: OutcomeValues;
  feasible: boolean;
}

export interface FrontierMark {
  name: string;
  x: number;
  y: number;
}

export interface OptimiseResult {
  /** The best plan found (feasible if any plan was), as a model plan with a name. */
  plan: Plan;
  phases: OptimisedPhase[];
  /** Its mean outcomes at the horizon over the seeds. */
  outcomes: OutcomeValues;
  feasible: boolean;
  /** How far it misses the constraints (0 when feasible; relative shortfalls added up). */
  violation: number;
  objective: { outcome: PlanOutcome; sense: Sense; value: number; baseline: number; start: number };
  /** Mean outcomes of no new policy and of the plan the search started from, over the same seeds. */
  baseline: OutcomeValues;
  start: OutcomeValues;
  evaluations: number;
  generations: number;
  seeds: number[];
  /** The best objective value after the start and after each generation (for a convergence line). */
  history: { evaluations: number; value: number; feasible: boolean }[];
  frontier: {
    x: PlanOutcome;
    y: PlanOutcome;
    senses: FrontierSenses;
    /** The non-dominated plans found, in ascending x. */
    points: { x: number; y: number; plan: Plan; outcomes: OutcomeValues; feasible: boolean }[];
    baseline: { x: number; y: number };
    start: { x: number; y: number };
    found: { x: number; y: number };
    marked: FrontierMark[];
  };
}

// ---- genes ---------------------------------------------------------------------------------------

/** Genes per phase: five line weights and an unspent weight, the tariff, the target, the standards rule. */
const GENES_PER_PHASE = 9;
const SHARE_GENES = 6;
const TARIFF_GENE = 6;
const TARGET_GENE = 7;
const STANDARDS_GENE = 8;
/** Shares are cut down to ten-thousandths (so they sum to at most 1 and the plan reads cleanly); tariffs to thousandths. */
const SHARE_STEPS = 10_000;
const TARIFF_STEPS = 1000;

export function defaultPhaseStarts(years: number): number[] {
  const second = Math.round(years / 3) + 1;
  return second > 1 && second <= years ? [1, second] : [1];
}

function phaseProblems(starts: readonly number[], years: number): string[] {
  if (starts.length === 0 || starts[0] !== 1) return ['phaseStarts must begin with year 1'];
  for (let i = 1; i < starts.length; i++) {
    const s = starts[i] as number;
    if (!Number.isInteger(s) || s <= (starts[i - 1] as number) || s > years)
      return [`phaseStarts must be whole years rising from 1 to at most ${years}`];
  }
  return [];
}

interface Decoder {
  phases: number;
  tariffMin: number;
  tariffMax: number;
}

function decodePhase(genes: Float64Array, phase: number, d: Decoder): Decisions {
  const o = phase * GENES_PER_PHASE;
  let weight = 0;
  for (let j = 0; j < SHARE_GENES; j++) weight += Math.max(0, genes[o + j] as number);
  const allocation = {} as Allocation;
  LEVERS.forEach((lever, j) => {
    const w = Math.max(0, genes[o + j] as number);
    // The small nudge keeps a share of exactly 0.2 from flooring to 0.1999 through rounding error.
    allocation[lever] = weight > 0 ? Math.floor((w / weight) * SHARE_STEPS + 1e-7) / SHARE_STEPS : 0;
  });
  const tariffGene = Math.min(1, Math.max(0, genes[o + TARIFF_GENE] as number));
  const tariff = Math.round((d.tariffMin + tariffGene * (d.tariffMax - d.tariffMin)) * TARIFF_STEPS) / TARIFF_STEPS;
  const targetIndex = Math.min(
    INCENTIVE_TARGETS.length - 1,
    Math.max(0, Math.floor((genes[o + TARGET_GENE] as number) * INCENTIVE_TARGETS.length)),
  );
  return {
    allocation,
    tariff: Math.min(1, Math.max(0, tariff)),
    incentiveTarget: INCENTIVE_TARGETS[targetIndex] as IncentiveTarget,
    laborStandards: (genes[o + STANDARDS_GENE] as number) >= 0.5,
  };
}

function encodePhase(genes: Float64Array, phase: number, decisions: Decisions, d: Decoder): void {
  const o = phase * GENES_PER_PHASE;
  let spent = 0;
  LEVERS.forEach((lever, j) => {
    genes[o + j] = decisions.allocation[lever];
    spent += decisions.allocation[lever];
  });
  genes[o + 5] = Math.max(0, 1 - spent);
  genes[o + TARIFF_GENE] =
    d.tariffMax > d.tariffMin
      ? Math.min(1, Math.max(0, (decisions.tariff - d.tariffMin) / (d.tariffMax - d.tariffMin)))
      : 0;
  genes[o + TARGET_GENE] = (INCENTIVE_TARGETS.indexOf(decisions.incentiveTarget) + 0.5) / INCENTIVE_TARGETS.length;
  genes[o + STANDARDS_GENE] = decisions.laborStandards ? 0.75 : 0.25;
}

const decisionsKey = (d: Decisions): string =>
  `${LEVERS.map((l) => d.allocation[l]).join(',')}|${d.tariff}|${d.incentiveTarget}|${d.laborStandards ? 1 : 0}`;

/**
 * A phased plan as a model plan: one entry per year up to the last phase's first year (the last
 * entry repeats to the horizon), or one per year of the horizon when the plan carries event choices.
 */
export function phasedPlan(
  name: string,
  starts: readonly number[],
  settings: readonly Decisions[],
  years: number,
  base: Pick<Plan, 'budgetUsdM'>,
  eventChoices?: readonly (Record<string, string> | undefined)[],
): Plan {
  const length = eventChoices ? years : (starts[starts.length - 1] as number);
  const entries: PlanYear[] = [];
  let phase = 0;
  for (let k = 1; k <= length; k++) {
    while (phase + 1 < starts.length && k >= (starts[phase + 1] as number)) phase++;
    const d = settings[phase] as Decisions;
    const choices = eventChoices?.[k - 1];
    entries.push({
      allocation: { ...d.allocation },
      tariff: d.tariff,
      incentiveTarget: d.incentiveTarget,
      laborStandards: d.laborStandards,
      ...(choices ? { eventChoices: { ...choices } } : {}),
    });
  }
  return { name, ...(base.budgetUsdM !== undefined ? { budgetUsdM: base.budgetUsdM } : {}), years: entries };
}

// ---- evaluation ----------------------------------------------------------------------------------

interface Evaluation {
  genes: Float64Array;
  settings: Decisions[];
  outcomes: OutcomeValues;
  /** The objective turned into a cost: lower is better. */
  cost: number;
  violation: number;
}

/** Deb's rules: feasible beats infeasible; two feasible compare by cost; two infeasible by violation. */
function strictlyBetter(a: Evaluation, b: Evaluation): boolean {
  if (a.violation === 0 && b.violation === 0) return a.cost < b.cost;
  if (a.violation === 0 || b.violation === 0) return a.violation === 0;
  return a.violation < b.violation;
}

function violationOf(
  outcomes: OutcomeValues,
  baseline: OutcomeValues,
  constraints: readonly OptimiseConstraint[],
): number {
  let total = 0;
  for (const c of constraints) {
    const target = c.value === 'baseline' ? baseline[c.outcome] : c.value;
    const value = outcomes[c.outcome];
    const miss = c.relation === 'atLeast' ? target - value : value - target;
    if (miss > 0) total += miss / (Math.abs(target) > 1e-6 ? Math.abs(target) : 1);
  }
  return total;
}

// ---- the search ----------------------------------------------------------------------------------

function checkedCount(
  value: number | undefined,
  fallback: number,
  limits: { min: number; max: number },
  name: string,
): number {
  const n = Math.round(value ?? fallback);
  if (!(n >= limits.min && n <= limits.max))
    throw new Error(`${name} must be a whole number from ${limits.min} to ${limits.max} (got ${String(value)})`);
  return n;
}

export function optimiserJob(c: PlanCase, options: OptimiseOptions): PlanJob<OptimiseResult> {
  const L = OPTIMISER_DEFAULTS.limits;
  const seedCount = checkedCount(options.seeds, OPTIMISER_DEFAULTS.seeds, L.seeds, 'seeds');
  const budget = checkedCount(options.evaluations, OPTIMISER_DEFAULTS.evaluations, L.evaluations, 'evaluations');
  const size = checkedCount(
    options.populationSize,
    OPTIMISER_DEFAULTS.populationSize,
    L.populationSize,
    'populationSize',
  );
  const starts = options.phaseStarts ?? defaultPhaseStarts(c.years);
  const problems = phaseProblems(starts, c.years);
  if (problems.length > 0) throw new Error(problems.join('; '));
  const objective = {
    outcome: options.objective.outcome,
    sense: options.objective.sense ?? (OUTCOME_BETTER[options.objective.outcome] === 'higher' ? 'max' : 'min'),
  } as const;
  const constraints = options.constraints ?? [];
  const axes = options.frontier ?? { x: 'growth', y: 'poverty' };
  const senses: FrontierSenses = {
    x: OUTCOME_BETTER[axes.x] === 'higher' ? 'max' : 'min',
    y: OUTCOME_BETTER[axes.y] === 'higher' ? 'max' : 'min',
  };
  const prepared = prepareCase(c);
  const seeds = seedSet(options.seed, seedCount);
  const phases = starts.length;
  const dims = phases * GENES_PER_PHASE;
  const tariffMin = options.tariffRange?.min ?? 0;
  const tariffMax = options.tariffRange?.max ?? Math.max(0.5, c.scenario.initial.tariff);
  if (!(tariffMin >= 0 && tariffMax <= 1 && tariffMin <= tariffMax))
    throw new Error('tariffRange must lie within 0..1, min at most max');
  const decoder: Decoder = { phases, tariffMin, tariffMax };
  const name = options.name ?? 'Optimised';
  const resolved = resolvePlanYears(c.scenario, c.plan, c.years);
  const eventChoices = resolved.some((y) => y.eventChoices) ? resolved.map((y) => y.eventChoices) : undefined;
  const planOf = (settings: readonly Decisions[], planName = name): Plan =>
    phasedPlan(planName, starts, settings, c.years, c.plan, eventChoices);

  const rng = xoroshiro128plus((options.seed ^ 0x2545f491) | 0);
  const uniform = (): number => uniformFloat64(rng);
  const normal = (mean: number, sd: number): number =>
    mean + sd * Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  const cauchy = (location: number, scale: number): number => location + scale * Math.tan(Math.PI * (uniform() - 0.5));

  const front = new ParetoFront<FrontierPlan>(senses, options.frontierCap ?? OPTIMISER_DEFAULTS.frontierCap);
  const cache = new Map<string, Evaluation>();
  let baseline: OutcomeValues = zeroOutcomes();

  const evaluate = (genes: Float64Array): Evaluation => {
    const settings = Array.from({ length: phases }, (_, p) => decodePhase(genes, p, decoder));
    const key = settings.map(decisionsKey).join(';');
    const known = cache.get(key);
    if (known) return { ...known, genes };
    const outcomes = meanHorizonOutcomes(prepared, planOf(settings), seeds);
    const value = outcomes[objective.outcome];
    const evaluation: Evaluation = {
      genes,
      settings,
      outcomes,
      cost: objective.sense === 'min' ? value : -value,
      violation: violationOf(outcomes, baseline, constraints),
    };
    cache.set(key, evaluation);
    front.add({
      x: outcomes[axes.x],
      y: outcomes[axes.y],
      item: { plan: planOf(settings), outcomes, feasible: evaluation.violation === 0 },
    });
    return evaluation;
  };

  // The starting population: the current plan, a balanced plan (a fifth of the budget on each line,
  // the current plan's other settings), no new policy, then random plans.
  const startGenes = new Float64Array(dims);
  const balancedGenes = new Float64Array(dims);
  const noPolicyGenes = new Float64Array(dims);
  const startYears = starts.map((s) => (resolved[s - 1] as ResolvedYear).decisions);
  const opening = resolvePlanYears(c.scenario, { name: 'none', years: [] }, 1)[0] as ResolvedYear;
  startYears.forEach((d, p) => {
    encodePhase(startGenes, p, d, decoder);
    encodePhase(
      balancedGenes,
      p,
      { ...d, allocation: { infrastructure: 0.2, training: 0.2, research: 0.2, incentives: 0.2, trade: 0.2 } },
      decoder,
    );
    encodePhase(noPolicyGenes, p, opening.decisions, decoder);
  });
  const seedsToPlace: Float64Array[] = [startGenes, balancedGenes, noPolicyGenes];

  const population: Evaluation[] = [];
  let trials: Float64Array[] = [];
  let trialParams: { f: number; cr: number }[] = [];
  let successF: number[] = [];
  let successCR: number[] = [];
  let meanF = 0.5;
  let meanCR = 0.5;
  let best: Evaluation | null = null;
  let start: OutcomeValues | null = null;
  let generations = 0;
  const history: OptimiseResult['history'] = [];
  // Units: 1 for the baseline and the current plan, then `budget` plan evaluations, then one per marked plan.
  const markedPlans = options.marked ?? [];
  const marked: FrontierMark[] = [];
  const total = 1 + budget + markedPlans.length;

  const noteBest = (e: Evaluation): void => {
    if (!best || strictlyBetter(e, best)) best = e;
  };
  /** Notes the best plan so far, after `evaluations` plans were evaluated. */
  const record = (evaluations: number): void => {
    const b = best as Evaluation | null;
    if (b) history.push({ evaluations, value: b.outcomes[objective.outcome], feasible: b.violation === 0 });
  };

  const newGeneration = (): void => {
    // Ranked by Deb's rules, for the p-best choice.
    const ranked = population
      .map((e, i) => ({ e, i }))
      .sort((a, b) => (strictlyBetter(a.e, b.e) ? -1 : strictlyBetter(b.e, a.e) ? 1 : a.i - b.i));
    const top = Math.max(2, Math.round(0.2 * population.length));
    trials = [];
    trialParams = [];
    for (let i = 0; i < population.length; i++) {
      const x = (population[i] as Evaluation).genes;
      const pbest = (ranked[Math.floor(uniform() * top)] as { e: Evaluation }).e.genes;
      let r1 = i;
      while (r1 === i) r1 = Math.floor(uniform() * population.length);
      let r2 = i;
      while (r2 === i || r2 === r1) r2 = Math.floor(uniform() * population.length);
      const a = (population[r1] as Evaluation).genes;
      const b = (population[r2] as Evaluation).genes;
      let f = cauchy(meanF, 0.1);
      while (f <= 0) f = cauchy(meanF, 0.1);
      f = Math.min(1, f);
      const cr = Math.min(1, Math.max(0, normal(meanCR, 0.1)));
      const forced = Math.floor(uniform() * dims);
      const trial = new Float64Array(dims);
      for (let j = 0; j < dims; j++) {
        const xj = x[j] as number;
        if (j === forced || uniform() < cr) {
          let v = xj + f * ((pbest[j] as number) - xj) + f * ((a[j] as number) - (b[j] as number));
          // Out of bounds: halfway between the parent and the bound it crossed (JADE's repair).
          if (v < 0) v = xj / 2;
          else if (v > 1) v = (xj + 1) / 2;
          trial[j] = v;
        } else trial[j] = xj;
      }
      trials.push(trial);
      trialParams.push({ f, cr });
    }
    successF = [];
    successCR = [];
  };

  const endGeneration = (evaluations: number): void => {
    generations++;
    if (successCR.length > 0) {
      meanCR = 0.9 * meanCR + 0.1 * (successCR.reduce((s, v) => s + v, 0) / successCR.length);
      const squares = successF.reduce((s, v) => s + v * v, 0);
      const sum = successF.reduce((s, v) => s + v, 0);
      meanF = 0.9 * meanF + 0.1 * (squares / sum);
    }
    record(evaluations);
  };

  const runUnit = (unit: number): void => {
    if (unit === 0) {
      baseline = meanHorizonOutcomes(prepared, null, seeds);
      start = meanHorizonOutcomes(prepared, c.plan, seeds);
      return;
    }
    const evaluation = unit - 1;
    if (evaluation >= budget) {
      const plan = markedPlans[evaluation - budget] as Plan;
      const o = meanHorizonOutcomes(prepared, plan, seeds);
      marked.push({ name: plan.name, x: o[axes.x], y: o[axes.y] });
      return;
    }
    if (evaluation < size) {
      let genes = seedsToPlace.shift();
      if (!genes) {
        genes = new Float64Array(dims);
        for (let j = 0; j < dims; j++) genes[j] = uniform();
      }
      const e = evaluate(genes);
      population.push(e);
      noteBest(e);
      if (evaluation === size - 1 || evaluation === budget - 1) record(unit);
      return;
    }
    const slot = (evaluation - size) % size;
    if (slot === 0) newGeneration();
    const trial = evaluate(trials[slot] as Float64Array);
    const target = population[slot] as Evaluation;
    // A trial at least as good as its parent takes its place (equal ones too: drift across plateaus).
    if (!strictlyBetter(target, trial)) {
      if (strictlyBetter(trial, target)) {
        const { f, cr } = trialParams[slot] as { f: number; cr: number };
        successF.push(f);
        successCR.push(cr);
      }
      population[slot] = trial;
      noteBest(trial);
    }
    if (slot === size - 1 || evaluation === budget - 1) endGeneration(unit);
  };

  const finish = (): OptimiseResult => {
    const b = best as Evaluation | null;
    if (!b || !start) throw new Error('the optimiser evaluated no plan');
    const found = b;
    const point = (o: OutcomeValues) => ({ x: o[axes.x], y: o[axes.y] });
    return {
      plan: planOf(found.settings),
      phases: found.settings.map((decisions, p) => ({
        from: starts[p] as number,
        to: p + 1 < starts.length ? (starts[p + 1] as number) - 1 : c.years,
        decisions,
      })),
      outcomes: found.outcomes,
      feasible: found.violation === 0,
      violation: found.violation,
      objective: {
        ...objective,
        value: found.outcomes[objective.outcome],
        baseline: baseline[objective.outcome],
        start: start[objective.outcome],
      },
      baseline,
      start,
      evaluations: budget,
      generations,
      seeds,
      history,
      frontier: {
        ...axes,
        senses,
        points: front
          .points()
          .map((p) => ({ x: p.x, y: p.y, plan: p.item.plan, outcomes: p.item.outcomes, feasible: p.item.feasible })),
        baseline: point(baseline),
        start: point(start),
        found: point(found.outcomes),
        marked,
      },
    };
  };

  return unitJob(total, runUnit, finish, 'the optimiser has');
}

export function runOptimiser(c: PlanCase, options: OptimiseOptions): OptimiseResult {
  return runToEnd(optimiserJob(c, options));
}
