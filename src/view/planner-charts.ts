// The planner's charts as plain data: growth, employment and poverty over the horizon for the plan
// being edited, the saved plans and no new policy (always drawn). One y array per run, on shared
// years, so the chart view can update its datasets in place. Each run has a style index (a colour
// and a dash pattern, drawn by src/ui/charts/planner-chart.ts) that stays with it. Pure; no DOM.
import { outcomeRow, type ClusterState } from '../model';
import { CHART_DEFINITIONS, formatY, type YFormat } from './chart-specs';
import { vt } from './format';

export const PLANNER_CHARTS = ['growth', 'employment', 'poverty'] as const;
export type PlannerChartId = (typeof PLANNER_CHARTS)[number];

/** 'plan' is the plan being edited, 'saved' a saved plan, 'baseline' no new policy. */
export type PlannerSeriesKind = 'plan' | 'saved' | 'baseline';

export interface PlannerRunInput {
  /** Stable id (the saved plan's name; 'plan' and 'baseline' for the others). */
  id: string;
  label: string;
  kind: PlannerSeriesKind;
  /** Which saved-plan style (0..3); ignored for the plan and the baseline. */
  style: number;
  states: readonly ClusterState[];
}

export interface PlannerSeries {
  id: string;
  label: string;
  kind: PlannerSeriesKind;
  style: number;
  /** y per year of `years` (null where the run has none). */
  values: (number | null)[];
}

export interface PlannerChartSpec {
  id: PlannerChartId;
  indicator: string;
  unit: string;
  yFormat: YFormat;
  better: 'up' | 'down' | null;
  /** Calendar years on the x axis. */
  years: number[];
  series: PlannerSeries[];
  /** p10-p90 bands around the median over many seeds (Run uncertainty), drawn behind the lines. */
  bands?: PlannerBand[];
  /** The canvas's text alternative: starts with the indicator. */
  ariaLabel: string;
}

/** A p10-p90 band and its median, per year of the chart's `years` (null where there is none). */
export interface PlannerBand {
  /** Whose band: the plan being edited or no new policy (drawn in that run's colour). */
  kind: 'plan' | 'baseline';
  p10: (number | null)[];
  p50: (number | null)[];
  p90: (number | null)[];
}

/** Yearly percentiles as the uncertainty engine gives them: index 0 the start, k after year k. */
export interface FanInput {
  p10: readonly number[];
  p50: readonly number[];
  p90: readonly number[];
}

/**
 * A fan on a chart's years: the chart's first year is year `from` of the horizon (growth has no
 * value at the start), values scaled as the chart shows them (poverty in %).
 */
export function bandOf(id: PlannerChartId, kind: PlannerBand['kind'], fan: FanInput, years: readonly number[]): PlannerBand {
  const d = CHART_DEFINITIONS[id];
  const pick = (values: readonly number[]): (number | null)[] =>
    years.map((_, i) => {
      const v = values[d.from + i];
      return v === undefined || !Number.isFinite(v) ? null : v * d.scale;
    });
  return { kind, p10: pick(fan.p10), p50: pick(fan.p50), p90: pick(fan.p90) };
}

/** Up to this many saved plans are drawn beside the plan and the baseline. */
export const MAX_DRAWN_PLANS = 4;

const valuesCache = new WeakMap<readonly ClusterState[], Map<PlannerChartId, (number | null)[]>>();

/** The chart's values of a run on `years` (cached per run: saved plans and the baseline are not recomputed). */
function valuesOf(id: PlannerChartId, states: readonly ClusterState[], years: readonly number[]): (number | null)[] {
  const d = CHART_DEFINITIONS[id];
  let byChart = valuesCache.get(states);
  if (!byChart) valuesCache.set(states, (byChart = new Map()));
  const cached = byChart.get(id);
  if (cached && cached.length === years.length) return cached;
  const first = states[0]?.year ?? 0;
  const values = years.map((year) => {
    const state = states[year - first];
    return state && state.year === year ? outcomeRow(state)[d.field] * d.scale : null;
  });
  byChart.set(id, values);
  return values;
}

/**
 * The chart for `id`: the runs' values on the horizon's years (growth from year 1, the others from
 * the start). `runs` in drawing order; the first run's years are the x axis. `withLabel: false`
 * leaves the text alternative empty (to be written later with plannerAriaLabel, off the input path).
 */
export function plannerChartSpec(
  id: PlannerChartId,
  runs: readonly PlannerRunInput[],
  horizon: number,
  withLabel = true,
): PlannerChartSpec {
  const d = CHART_DEFINITIONS[id];
  const startYear = runs[0]?.states[0]?.year ?? 0;
  const years: number[] = [];
  for (let k = d.from; k <= horizon; k++) years.push(startYear + k);
  const series = runs.map(
    (run): PlannerSeries => ({
      id: run.id,
      label: run.label,
      kind: run.kind,
      style: run.style,
      values: valuesOf(id, run.states, years),
    }),
  );
  const spec: PlannerChartSpec = {
    id,
    indicator: d.indicator,
    unit: d.unit,
    yFormat: d.yFormat,
    better: d.better,
    years,
    series,
    ariaLabel: '',
  };
  if (withLabel) spec.ariaLabel = plannerAriaLabel(spec);
  return spec;
}

/**
 * "Growth, % per year, 2025 to 2034. This plan: 6.1 % in 2034; No new policy: 5.3 %; Plan A: 5.9 %.
 * Data table below." Starts with the indicator.
 */
export function plannerAriaLabel(spec: PlannerChartSpec): string {
  const first = spec.years[0];
  const last = spec.years[spec.years.length - 1];
  let head = vt('{a}, {b}', { a: vt(spec.indicator), b: vt(spec.unit) });
  if (first !== undefined && last !== undefined) head = vt('{a}, {b}', { a: head, b: vt('{first} to {last}', { first, last }) });
  const ends = spec.series.map((s, i) => {
    const value = formatY(spec.yFormat, s.values[s.values.length - 1] ?? null);
    return i === 0 && last !== undefined
      ? vt('{name}: {value} in {year}', { name: s.label, value, year: last })
      : vt('{name}: {value}', { name: s.label, value });
  });
  return `${head}. ${ends.join('; ')}. ${vt('Data table below')}.`;
}
