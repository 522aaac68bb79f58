// The per-year record of a run that every output shares: the headless simulator's JSON and CSV
// rows, the game's CSV export and its charts. One function, so the game's numbers and the CLI's
// numbers for the same decisions and seed are the same numbers. Units: README "Headless simulator".
import type { ClusterState } from './types';

/** The contract's fields, in the order the CLI prints them. */
export const OUTCOME_FIELDS = [
  'year',
  'output',
  'growth',
  'employment',
  'poverty',
  'smeFirms',
  'largeFirms',
  'smeShare',
  'valueAddedPerWorker',
  'exports',
  'exportsValueAdded',
  'fdi',
  'externalDependence',
  'wage',
  'workingConditions',
  'trust',
  'skills',
  'infrastructure',
  'research',
  'quality',
  'tariff',
  'budgetSpent',
] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

/** One year of a run, as the contract's fields (keys in OUTCOME_FIELDS order). */
export type OutcomeRow = Record<OutcomeField, number>;

/** The contract's record of one state (the start, or the state after a year). */
export function outcomeRow(s: ClusterState): OutcomeRow {
  return {
    year: s.year,
    output: s.outputUsdM,
    growth: s.growthPct,
    employment: s.employment,
    poverty: s.poverty,
    smeFirms: s.smeFirms,
    largeFirms: s.largeFirms,
    smeShare: s.smeShare,
    valueAddedPerWorker: s.valueAddedPerWorkerUsd,
    // Gross export sales, as trade statistics and the scenarios' sources count exports; the
    // domestic value added in them is the exported part of output (value added).
    exports: (s.exportShare * s.outputUsdM) / s.domesticValueAddedShare,
    exportsValueAdded: s.exportShare * s.outputUsdM,
    fdi: s.fdi,
    externalDependence: s.externalDependence,
    wage: s.wageUsdPerDay,
    workingConditions: s.workingConditions,
    trust: s.trust,
    skills: s.skills,
    infrastructure: s.infrastructure,
    research: s.research,
    quality: s.quality,
    tariff: s.tariff,
    budgetSpent: s.budgetSpentUsdM,
  };
}
