// What the planner's tables show at the horizon: output, average growth, employment, poverty,
// working conditions, trust, external dependence and the budget spent, each as a value and as the
// difference from no new policy (same scenario, seed and horizon: the same luck). Pure; no DOM.
import type { ClusterState } from '../model';
import {
  directionOf,
  formatChange,
  formatNumber,
  formatPct,
  formatPointChange,
  formatShare,
  formatUsdM,
  formatUsdMChange,
  toneOf,
} from './format';
import type { PlanRun } from './planner-run';

export const SUMMARY_INDICATORS = [
  'output',
  'growth',
  'employment',
  'poverty',
  'workingConditions',
  'trust',
  'externalDependence',
  'budgetSpent',
] as const;
export type SummaryIndicator = (typeof SUMMARY_INDICATORS)[number];

export type SummaryValues = Record<SummaryIndicator, number | null>;

interface IndicatorDef {
  /** Column or row heading (translated where shown). */
  label: string;
  /** The unit, in a few words (translated where shown). */
  unit: string;
  better: 'up' | 'down' | null;
  /** Digits the difference is judged at (a difference that rounds to 0 is "the same"). */
  digits: number;
  value(v: number): string;
  diff(d: number): string;
}

const index = (v: number): string => formatNumber(v * 100, { digits: 0 });

export const SUMMARY_DEFINITIONS: Record<SummaryIndicator, IndicatorDef> = {
  output: {
    label: 'Output',
    unit: 'US$ million a year',
    better: 'up',
    digits: 1,
    value: (v) => formatUsdM(v),
    diff: (d) => formatUsdMChange(d),
  },
  growth: {
    label: 'Average growth',
    unit: '% a year over the horizon',
    better: 'up',
    digits: 1,
    value: (v) => formatPct(v),
    diff: (d) => formatChange(d, { unit: 'points' }),
  },
  employment: {
    label: 'Employment',
    unit: 'jobs',
    better: 'up',
    digits: 0,
    value: (v) => formatNumber(v),
    diff: (d) => formatChange(d, { digits: 0 }),
  },
  poverty: {
    label: 'Poverty',
    unit: '% of people',
    better: 'down',
    digits: 1,
    value: (v) => formatShare(v),
    diff: (d) => formatPointChange(d),
  },
  workingConditions: {
    label: 'Working conditions',
    unit: 'index, 0 to 100',
    better: 'up',
    digits: 0,
    value: index,
    diff: (d) => formatChange(d * 100, { digits: 0 }),
  },
  trust: {
    label: 'Trust',
    unit: 'index, 0 to 100',
    better: 'up',
    digits: 0,
    value: index,
    diff: (d) => formatChange(d * 100, { digits: 0 }),
  },
  externalDependence: {
    label: 'External dependence',
    unit: 'index, 0 to 100',
    better: null,
    digits: 0,
    value: index,
    diff: (d) => formatChange(d * 100, { digits: 0 }),
  },
  budgetSpent: {
    label: 'Budget spent',
    unit: 'US$ million over the horizon',
    better: null,
    digits: 1,
    value: (v) => formatUsdM(v),
    diff: (d) => formatUsdMChange(d),
  },
};

/** Output growth per year over the horizon, compounded, in percent (null without both ends). */
export function averageGrowthPct(states: readonly ClusterState[], horizon: number): number | null {
  const start = states[0];
  const end = states[horizon];
  if (!start || !end || start.outputUsdM <= 0 || horizon <= 0) return null;
  return ((end.outputUsdM / start.outputUsdM) ** (1 / horizon) - 1) * 100;
}

/** The summary's values at year `horizon` of a run (null where the run has no such year). */
export function horizonValues(run: Pick<PlanRun, 'states'>, horizon: number): SummaryValues {
  const end = run.states[horizon];
  let spent: number | null = 0;
  for (let k = 1; k <= horizon; k++) {
    const state = run.states[k];
    if (!state) {
      spent = null;
      break;
    }
    spent += state.budgetSpentUsdM;
  }
  return {
    output: end ? end.outputUsdM : null,
    growth: averageGrowthPct(run.states, horizon),
    employment: end ? end.employment : null,
    poverty: end ? end.poverty : null,
    workingConditions: end ? end.workingConditions : null,
    trust: end ? end.trust : null,
    externalDependence: end ? end.externalDependence : null,
    budgetSpent: spent,
  };
}

export interface SummaryCell {
  indicator: SummaryIndicator;
  /** The value with its unit ("US$ 41.2 m", "31.4 %"); "–" when missing. */
  value: string;
  /** The difference from no new policy ("▲ 1.2 points"); empty on the baseline's own row. */
  diff: string;
  /** Whether the difference is good news ('neutral' for trade-offs and no change). */
  tone: 'good' | 'bad' | 'neutral';
  /** The raw numbers, for tests and tools. */
  raw: number | null;
  rawDiff: number | null;
}

/** One row's cells: each value and, unless `baseline` is null, its difference from the baseline. */
export function summaryCells(values: SummaryValues, baseline: SummaryValues | null): SummaryCell[] {
  return SUMMARY_INDICATORS.map((indicator) => {
    const def = SUMMARY_DEFINITIONS[indicator];
    const v = values[indicator];
    const b = baseline ? baseline[indicator] : null;
    const d = v !== null && b !== null ? v - b : null;
    const direction = d === null ? 'flat' : directionOf(scaleForDigits(indicator, d), def.digits);
    return {
      indicator,
      value: v === null ? '–' : def.value(v),
      diff: baseline === null ? '' : d === null ? '–' : def.diff(d),
      tone: def.better === null ? 'neutral' : toneOf(direction, def.better),
      raw: v,
      rawDiff: baseline === null ? null : d,
    };
  });
}

/** The difference in the unit it is shown in (shares and indices are shown x100). */
function scaleForDigits(indicator: SummaryIndicator, d: number): number {
  return indicator === 'poverty' || indicator === 'workingConditions' || indicator === 'trust' || indicator === 'externalDependence'
    ? d * 100
    : d;
}
