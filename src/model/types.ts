// The model's vocabulary: stocks, levers, decisions, shocks and attribution.
// Pure data types; nothing here knows about screens, machines or files.

/** The five budget lines the player splits the yearly budget across. */
export const LEVERS = ['infrastructure', 'training', 'research', 'incentives', 'trade'] as const;
export type Lever = (typeof LEVERS)[number];

/** Levers whose spending takes years to become effective (built through a pipeline). */
export const PIPELINE_LEVERS = ['infrastructure', 'training', 'research'] as const;
export type PipelineLever = (typeof PIPELINE_LEVERS)[number];

/** Who incentives are meant for. `joint` funds collaborative projects of several firms. */
export const INCENTIVE_TARGETS = ['sme', 'all', 'fdi', 'joint'] as const;
export type IncentiveTarget = (typeof INCENTIVE_TARGETS)[number];

export const STAKEHOLDERS = ['sme', 'large', 'workers', 'donors'] as const;
export type Stakeholder = (typeof STAKEHOLDERS)[number];

/** The seed paper's six limitations of clusters in developing countries. */
export const LIMITATIONS = [
  'smeDominance',
  'lowValueAdded',
  'weakMacroEnvironment',
  'externalDependence',
  'poorWorkingConditions',
  'erodingTrust',
] as const;
export type Limitation = (typeof LIMITATIONS)[number];

export type Allocation = Record<Lever, number>;

/** One year's decisions. Shares are of that year's budget, each 0..1, summing to at most 1. */
export interface Decisions {
  allocation: Allocation;
  /** Import protection, ad valorem 0..1. Costs no budget. */
  tariff: number;
  incentiveTarget: IncentiveTarget;
  /** Incentives only go to firms meeting safety and contract standards. */
  laborStandards: boolean;
}

/** Seeded shocks the model can draw each year. */
export const SHOCKS = ['worldDemand', 'exchangeRate', 'buyerExit', 'tncExit', 'donorExit', 'accident', 'buyerStandard'] as const;
export type ShockKind = (typeof SHOCKS)[number];

/** The shocks resolved for one year, drawn before the year is advanced so counterfactuals share them. */
export interface YearShocks {
  /** Innovation to log world demand (0 = none). */
  worldDemand: number;
  /** Innovation to log real exchange rate (positive = appreciation, bad for exports). */
  exchangeRate: number;
  /** Share of export orders lost to a buyer leaving (0 = no exit). */
  buyerExit: number;
  /** Share of foreign plants relocating away (0 = none). */
  tncExit: number;
  /** True when the donor programme ends this year. */
  donorExit: boolean;
  /** Share of SME workshops destroyed by a fire or accident (0 = none). */
  accident: number;
  /**
   * A foreign buyer or regulator imposes a quality standard: how far above the cluster's starting
   * readiness the bar is set (0 = none). See mechanisms/buyer-standards.ts.
   */
  buyerStandard: number;
}

/** What an event's condition can watch, read from the state at the end of the year (events.ts). */
export const CONDITION_INDICATORS = [
  'trust',
  'workingConditions',
  'quality',
  'exportShare',
  'smeShare',
  'poverty',
  'approvalSme',
  'approvalLarge',
  'approvalWorkers',
  'approvalDonors',
] as const;
export type ConditionIndicator = (typeof CONDITION_INDICATORS)[number];

/** A condition on the cluster: holds while the indicator is below and/or above the given values. */
export interface EventCondition {
  indicator: ConditionIndicator;
  below?: number;
  above?: number;
}

/** A change to stocks or parameters applied at the start of the next year (from an event choice). */
export interface Effect {
  /** A numeric stock of ClusterState (see EFFECT_TARGETS); `budgetUsdM` changes the yearly budget from then on. */
  target: EffectTarget;
  /** `add` adds delta; `scale` multiplies by (1 + delta). */
  mode: 'add' | 'scale';
  delta: number;
}

export const EFFECT_TARGETS = [
  'smeFirms',
  'largeFirms',
  'foreignFirms',
  'productivity',
  'quality',
  'skills',
  'infrastructure',
  'research',
  'trust',
  'exportShare',
  'workingConditions',
  'wageUsdPerDay',
  'donorSupportUsdM',
  'jointCapital',
  'approvalSme',
  'approvalLarge',
  'approvalWorkers',
  'approvalDonors',
  'budgetUsdM',
] as const;
export type EffectTarget = (typeof EFFECT_TARGETS)[number];

/** Spending committed but not yet effective: index k arrives k + 1 years after the current year. */
export type Pipelines = Record<PipelineLever, number[]>;

export type Approval = Record<Stakeholder, number>;

/** The full state of one cluster at the end of a year (or at the start, year 0). */
export interface ClusterState {
  /** Calendar year. */
  year: number;
  /** Years elapsed since the start of the run. */
  t: number;
  smeFirms: number;
  largeFirms: number;
  /** Foreign-owned plants (a subset of largeFirms). */
  foreignFirms: number;
  employment: number;
  smeEmployment: number;
  largeEmployment: number;
  /** Value added, US$ million per year at constant prices. */
  outputUsdM: number;
  /** The SMEs' part of output, US$ million. */
  smeOutputUsdM: number;
  /** Output growth over the previous year, percent. */
  growthPct: number;
  /** Total factor productivity index (1 at start). */
  productivity: number;
  /** Log productivity gained from skills; catches up with skills over ~3 years. */
  skillEffect: number;
  /** Share of output in higher value-added segments, 0..1. */
  quality: number;
  skills: number;
  infrastructure: number;
  /** The infrastructure services firms actually use: adjusts toward the stock (short vs long run). */
  infrastructureServices: number;
  research: number;
  trust: number;
  exportShare: number;
  /**
   * Domestic value added as a share of gross sales (a scenario constant, domesticValueAddedShare):
   * kept in the state so outcome rows need nothing else to turn value added into gross exports.
   */
  domesticValueAddedShare: number;
  /** Foreign-owned share of output, 0..1. */
  fdi: number;
  externalDependence: number;
  wageUsdPerDay: number;
  workingConditions: number;
  smeMargin: number;
  /** The SME margin firms act on for exit: smoothed, so exits build over 1-3 years. */
  smeMarginExpected: number;
  tariff: number;
  poverty: number;
  /** Share of the local labour force in surplus (unemployed or underemployed), 0..1. */
  laborSurplus: number;
  laborForce: number;
  /** SME share of cluster employment, 0..1. */
  smeShare: number;
  valueAddedPerWorkerUsd: number;
  /** How far the cluster has switched from quantity expansion to quality upgrading, 0..1. */
  upgrading: number;
  /** Log world demand index (0 = trend). */
  worldDemandLog: number;
  /** Log real exchange rate index (0 = start; positive = appreciated). */
  exchangeRateLog: number;
  /** Accumulated collaborative projects (active collective efficiency), US$ million equivalent. */
  jointCapital: number;
  /** Collaborative projects funded by the donor programme (kept apart so attribution can tell them from the player's). */
  donorProjects: number;
  donorSupportUsdM: number;
  pipelines: Pipelines;
  approval: Approval;
  /** Public budget spent this year (US$ million, before leakage). */
  budgetSpentUsdM: number;
  /** The yearly budget in force (US$ million). */
  budgetUsdM: number;
  /** Decisions of the year just played (the starting settings at year 0). */
  decisions: Decisions;
  /** Effects of event choices waiting to apply at the start of next year. */
  pendingEffects: Effect[];
  /** Ids of scenario events that have fired (each fires at most once). */
  firedEvents: string[];
  /** The event that fired at the end of this year, waiting for a choice. */
  activeEvent: string | null;
  /** The shocks of this year (neutral at year 0). */
  shocks: YearShocks;
  /** Seeded PRNG state (xoroshiro128+), so a run is a pure fold over decisions. */
  rng: number[];
}

export type Outcome = 'outputUsdM' | 'employment' | 'poverty';

/** What moved output, employment and poverty in one year. */
export const ATTRIBUTION_KINDS = ['drift', 'lever', 'lagged', 'shock', 'event', 'interaction'] as const;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];

export type AttributionCause =
  | Lever
  | 'tariff'
  | 'incentiveTarget'
  | 'laborStandards'
  | 'donors'
  | ShockKind
  | 'drift'
  | 'events'
  | 'interactions';

export interface AttributionEntry {
  cause: AttributionCause;
  kind: AttributionKind;
  /** Contribution to the change in output, US$ million. */
  outputUsdM: number;
  /** Contribution to the change in employment, jobs. */
  employment: number;
  /** Contribution to the change in the poverty headcount ratio (0.01 = one point). */
  poverty: number;
}

export interface Attribution {
  total: { outputUsdM: number; employment: number; poverty: number };
  /** Entries sum to the total (up to floating-point rounding). */
  entries: AttributionEntry[];
}

export interface Difficulty {
  /** Multiplies the scenario's governance leakage. */
  leakage: number;
  /** Multiplies the size and frequency of shocks. */
  shocks: number;
}

export const DEFAULT_DIFFICULTY: Difficulty = { leakage: 1, shocks: 1 };
