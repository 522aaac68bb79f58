// What the model needs from a scenario, and the constants derived once per run.
// Declared here (not imported from src/scenario) so the model depends on nothing above it;
// a parsed scenario file fits these shapes structurally.

import { resolveParams, type Params } from './params';
import type { Approval, ClusterState, Decisions, Difficulty, Effect, EventCondition, IncentiveTarget, ShockKind } from './types';
import { DEFAULT_DIFFICULTY } from './types';
import { seedState } from './rng';
import { clamp, clamp01 } from './math';
import { costScaleOf } from './mechanisms/budget';
import { copyState } from './state';

export interface InitialStocks {
  smeFirms: number;
  largeFirms: number;
  foreignFirms: number;
  employment: number;
  outputUsdM: number;
  largeOutputShare: number;
  quality: number;
  skills: number;
  infrastructure: number;
  research: number;
  trust: number;
  exportShare: number;
  wageUsdPerDay: number;
  workingConditions: number;
  tariff: number;
  poverty: number;
  laborSurplus: number;
  donorSupportUsdM: number;
  approval: Approval;
}

export interface EventTrigger {
  year?: number;
  chance?: number;
  fromYear?: number;
  shock?: ShockKind;
  /** Fires only while this holds at the end of the year (with no chance, year or shock: whenever it holds). */
  when?: EventCondition;
}

export interface EventSpec {
  id: string;
  trigger: EventTrigger;
  choices: { id: string; effects: Effect[]; default?: boolean }[];
}

/** A shock in a given calendar year (history the briefing promises), replacing that year's random draw of its kind. */
export interface ScheduledShock {
  /** Calendar year the shock happens in (the year that ends with the state dated that year). */
  year: number;
  shock: ShockKind;
  /** The shock's value in YearShocks units (log innovation, share lost, standard's bar); donorExit: any size > 0. */
  size: number;
}

export interface ClusterSetup {
  startYear: number;
  budgetUsdM: number;
  incentiveTarget: IncentiveTarget;
  laborStandards: boolean;
  initial: InitialStocks;
  parameters: Partial<Params>;
  events: EventSpec[];
  /** Shocks in given calendar years (optional; none by default). */
  scheduled?: readonly ScheduledShock[];
}

/** Starting values that mechanisms measure change against, so "no new policy" is a steady path. */
export interface Baseline {
  smeFirms: number;
  /** Output per SME and per large firm at the start, US$ million. */
  smeSizeUsdM: number;
  largeSizeUsdM: number;
  jobsPerSme: number;
  jobsPerLarge: number;
  infrastructure: number;
  skills: number;
  research: number;
  trust: number;
  quality: number;
  tariff: number;
  exportShare: number;
  fdi: number;
  externalDependence: number;
  largeJobShare: number;
  workingConditions: number;
  approval: Approval;
  /** Research payoff (stock x absorptive capacity x frontier factor) at the start. */
  researchPayoff: number;
  /** Large firms' share of output at the start. */
  largeOutputShare: number;
  /** Spending on one line that reaches ~63% of its effect, US$ million (see budget.ts). */
  costScaleUsdM: number;
  /** The local labour force at the start (groups.ts measures migrants' rents from it). */
  laborForce: number;
}

export interface Model {
  params: Params;
  difficulty: Difficulty;
  events: EventSpec[];
  scheduled: readonly ScheduledShock[];
  baseline: Baseline;
  /**
   * A one-entry cache of what a budget can absorb (budget.ts): the budget changes rarely, and the
   * factor is a pure function of it and the model's fixed leakage, so results are the same with or
   * without the cache.
   */
  absorption: { budgetUsdM: number; factor: number };
}

export function noSpending(tariff: number, incentiveTarget: IncentiveTarget, laborStandards: boolean): Decisions {
  // A literal in LEVERS order, not Object.fromEntries: every later year's allocation is copied
  // from this one, and V8 copies a literal's shape far faster.
  const allocation: Decisions['allocation'] = { infrastructure: 0, training: 0, research: 0, incentives: 0, trade: 0 };
  return { allocation, tariff, incentiveTarget, laborStandards };
}

/** SME share of jobs from the SME share of output and how labour-intensive SMEs are. */
export function smeJobShare(smeOutputShare: number, smeLaborIntensity: number): number {
  const weighted = smeOutputShare * smeLaborIntensity;
  return weighted + (1 - smeOutputShare) === 0 ? 0 : weighted / (weighted + (1 - smeOutputShare));
}

export function externalDependenceOf(exportShare: number, fdi: number, donorShare: number): number {
  return clamp01(0.55 * exportShare + 0.3 * fdi + 0.15 * donorShare);
}

export function donorShareOf(donorSupportUsdM: number, budgetUsdM: number): number {
  const total = donorSupportUsdM + budgetUsdM;
  return total > 0 ? donorSupportUsdM / total : 0;
}

/**
 * With large firms, the smallest share of output each kind of firm makes at the start: sizes per
 * firm are output shares divided by counts, so a share of 0 or 1 would leave one kind of firm
 * with no size at all (and every later figure NaN). The scenario schema asks for this range; the
 * model clamps to it too, for setups built in code.
 */
export const SEGMENT_SHARE_MIN = 0.001;

export function createModel(setup: ClusterSetup, difficulty: Difficulty = DEFAULT_DIFFICULTY): Model {
  const params = resolveParams(setup.parameters);
  const init = setup.initial;
  const largeShare = init.largeFirms > 0 ? clamp(init.largeOutputShare, SEGMENT_SHARE_MIN, 1 - SEGMENT_SHARE_MIN) : 0;
  const smeSizeUsdM = (init.outputUsdM * (1 - largeShare)) / init.smeFirms;
  const largeSizeUsdM = init.largeFirms > 0 ? (init.outputUsdM * largeShare) / init.largeFirms : smeSizeUsdM * 10;
  const smeJobs = init.employment * smeJobShare(1 - largeShare, params.smeLaborIntensity);
  const largeJobs = init.employment - smeJobs;
  const fdi = init.largeFirms > 0 ? largeShare * (init.foreignFirms / init.largeFirms) : 0;
  const donorShare = donorShareOf(init.donorSupportUsdM, setup.budgetUsdM);
  const baseline: Baseline = {
    smeFirms: init.smeFirms,
    smeSizeUsdM,
    largeSizeUsdM,
    jobsPerSme: smeJobs / init.smeFirms,
    jobsPerLarge: init.largeFirms > 0 ? largeJobs / init.largeFirms : (smeJobs / init.smeFirms) * 4,
    infrastructure: init.infrastructure,
    skills: init.skills,
    research: init.research,
    trust: init.trust,
    quality: init.quality,
    tariff: init.tariff,
    exportShare: init.exportShare,
    fdi,
    externalDependence: externalDependenceOf(init.exportShare, fdi, donorShare),
    largeJobShare: largeJobs / init.employment,
    workingConditions: init.workingConditions,
    approval: { ...init.approval },
    researchPayoff: 0,
    costScaleUsdM: costScaleOf(params, init.employment, init.outputUsdM),
    largeOutputShare: largeShare,
    laborForce: laborForceOf(init.employment, init.laborSurplus),
  };
  const model: Model = {
    params,
    difficulty,
    events: setup.events,
    scheduled: setup.scheduled ?? [],
    baseline,
    absorption: { budgetUsdM: Number.NaN, factor: 1 },
  };
  baseline.researchPayoff = researchPayoffAt(model, init.research, init.skills, 1);
  return model;
}

/** Research payoff: the stock, gated by absorptive capacity, linkage and distance to the frontier. */
export function researchPayoffAt(model: Model, research: number, skills: number, productivity: number): number {
  const p = model.params;
  const absorptive = 1 / (1 + Math.exp(-(skills - p.absorptiveThreshold) / 0.04));
  const gap = clamp01(1 - (1 - p.frontierGap) * productivity);
  // Inverted U in the distance to the frontier (Goni & Maloney 2017): peak near 0.45, about half
  // at either end. The missing complements that make returns ~zero for the poorest are absorptive
  // capacity, gated above, so the frontier factor alone does not shut research down.
  const frontierFactor = Math.max(0, 1 - 0.6 * ((gap - 0.45) / 0.55) ** 2);
  return research * absorptive * frontierFactor * p.researchLinkage;
}

/** The labour force from jobs and the share of it in surplus. */
function laborForceOf(employment: number, laborSurplus: number): number {
  return employment / Math.max(0.05, 1 - laborSurplus);
}

export function initialState(setup: ClusterSetup, model: Model, seed: number): ClusterState {
  const init = setup.initial;
  const b = model.baseline;
  const smeEmployment = b.jobsPerSme * init.smeFirms;
  const employment = init.employment;
  const laborForce = laborForceOf(employment, init.laborSurplus);
  // Through copyState, so the start has the same V8 shape as every later state (see state.ts).
  return copyState({
    year: setup.startYear,
    t: 0,
    smeFirms: init.smeFirms,
    largeFirms: init.largeFirms,
    foreignFirms: init.foreignFirms,
    employment,
    smeEmployment,
    largeEmployment: employment - smeEmployment,
    outputUsdM: init.outputUsdM,
    smeOutputUsdM: b.smeSizeUsdM * init.smeFirms,
    growthPct: 0,
    productivity: 1,
    skillEffect: 0,
    quality: init.quality,
    skills: init.skills,
    infrastructure: init.infrastructure,
    infrastructureServices: Math.max(init.infrastructure, 1e-3) ** model.params.infrastructureElasticity,
    research: init.research,
    trust: init.trust,
    exportShare: init.exportShare,
    domesticValueAddedShare: model.params.domesticValueAddedShare,
    fdi: b.fdi,
    externalDependence: b.externalDependence,
    wageUsdPerDay: init.wageUsdPerDay,
    workingConditions: init.workingConditions,
    smeMargin: model.params.normalMargin,
    smeMarginExpected: model.params.normalMargin,
    tariff: init.tariff,
    poverty: init.poverty,
    laborSurplus: init.laborSurplus,
    laborForce,
    smeShare: smeEmployment / employment,
    valueAddedPerWorkerUsd: (init.outputUsdM * 1e6) / employment,
    upgrading: 0,
    worldDemandLog: 0,
    exchangeRateLog: 0,
    jointCapital: 0,
    donorProjects: 0,
    donorSupportUsdM: init.donorSupportUsdM,
    pipelines: { infrastructure: [], training: [], research: [] },
    approval: { ...init.approval },
    budgetSpentUsdM: 0,
    budgetUsdM: setup.budgetUsdM,
    decisions: noSpending(init.tariff, setup.incentiveTarget, setup.laborStandards),
    pendingEffects: [],
    firedEvents: [],
    activeEvent: null,
    shocks: NO_SHOCKS,
    rng: seedState(seed),
  });
}

export const NO_SHOCKS = {
  worldDemand: 0,
  exchangeRate: 0,
  buyerExit: 0,
  tncExit: 0,
  donorExit: false,
  accident: 0,
  buyerStandard: 0,
} as const;
