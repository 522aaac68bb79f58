// The outcome line charts' specs: the player's path, the "no new policy" baseline (same scenario,
// seed and difficulty, nothing spent: same luck, so the gap is what the policy did), an optional
// uncertainty band, the real government's path in history mode, the scenario's goal as a level line
// and the marked years; and the canvas's text alternative.
import { outcomeRow, type ClusterState } from '../../model';
import { vt } from '../format';
import { goalTarget, type Goal } from '../goals';
import { HISTORY_LABEL } from '../history';
import { renderMsg } from '../report';
import { formatY } from './axis';
import type { OutcomeBands } from './bands';
import { CHART_DEFINITIONS, GOAL_CHARTS, HEADLINE_CHARTS, SUPPORTING_CHARTS, type ChartDefinition, type ChartId } from './definitions';

export { HISTORY_LABEL };

export type SeriesRole = 'player' | 'baseline' | 'band-low' | 'band-high' | 'history';

export interface ChartPoint {
  /** Calendar year. */
  x: number;
  /** In the chart's display unit; null where that run has no such year (it ended early). */
  y: number | null;
}

export interface ChartSeries {
  key: string;
  label: string;
  role: SeriesRole;
  points: ChartPoint[];
}

export type AnnotationKind = 'event' | 'policy' | 'shock';

export interface ChartAnnotation {
  /** Calendar year whose results the mark explains (the year the event, change or shock happened in). */
  year: number;
  kind: AnnotationKind;
  /** Full text, for the list of marked years and screen readers. */
  label: string;
  /** A few words for the chart itself. */
  short: string;
}

/** A definition's indicator fields (beginAtZero: counts and money start at zero; better: null is a trade-off), with its series. */
export interface ChartSpec extends Omit<ChartDefinition, 'scale' | 'from'> {
  series: ChartSeries[];
  annotations: ChartAnnotation[];
  /** Present when the spec has band-low/band-high series. */
  bands?: { label: string; runs: number };
  /** The scenario's goal for this indicator, when it is a fixed level: drawn as a level line. */
  goal?: { y: number; text: string };
  /** Text alternative for the canvas: starts with the indicator. */
  ariaLabel: string;
}

/** What a set of charts is built from: plain data, so tests and the planner can build specs too. */
export interface ChartInputs {
  /** The player's states: [0] is the start, [k] the state after year k. */
  player: readonly ClusterState[];
  /** The no-new-policy states for the same scenario, seed and difficulty. */
  baseline: readonly ClusterState[];
  bands?: OutcomeBands | null;
  annotations?: readonly ChartAnnotation[];
  /** The scenario's goals: a goal with a fixed level is drawn on its indicator's chart. */
  goals?: readonly Goal[];
  /** What the real government did, run with the same luck (history mode: src/view/history.ts). */
  history?: readonly ClusterState[] | null;
}

/** The level line of the goal for chart `id`, if a goal asks for a fixed level of its indicator. */
function goalLine(id: ChartId, d: ChartDefinition, goals: readonly Goal[] | undefined): ChartSpec['goal'] {
  const goal = goals?.find((g) => GOAL_CHARTS[g.metric] === id && g.comparison !== 'beatBaseline');
  if (!goal) return undefined;
  const target = goalTarget(goal);
  return { y: (goal.value ?? 0) * d.scale, text: vt('Goal: {target}', { target: target ? renderMsg(target, vt) : '' }) };
}

export const PLAYER_LABEL = 'Your policy';
export const BASELINE_LABEL = 'No new policy';
export const BAND_LABEL = 'No new policy, 8 in 10 runs with other luck';

function pointsOf(
  states: readonly ClusterState[],
  years: readonly number[],
  d: ChartDefinition,
  from: number,
): ChartPoint[] {
  const byYear = new Map(states.map((s) => [s.year, s]));
  return years.slice(from).map((x) => {
    const s = byYear.get(x);
    return { x, y: s ? outcomeRow(s)[d.field] * d.scale : null };
  });
}

/** One chart's spec. The baseline and bands are cut to the player's years: later years would give away future luck. */
export function chartSpec(id: ChartId, inputs: ChartInputs): ChartSpec {
  const d = CHART_DEFINITIONS[id];
  const years = inputs.player.map((s) => s.year);
  const series: ChartSeries[] = [
    { key: d.field, label: PLAYER_LABEL, role: 'player', points: pointsOf(inputs.player, years, d, d.from) },
    { key: d.field, label: BASELINE_LABEL, role: 'baseline', points: pointsOf(inputs.baseline, years, d, d.from) },
  ];
  if (inputs.history) series.push({ key: d.field, label: HISTORY_LABEL, role: 'history', points: pointsOf(inputs.history, years, d, d.from) });
  let bands: ChartSpec['bands'];
  if (inputs.bands && inputs.bands.years.length > 0) {
    const byYear = new Map(inputs.bands.years.map((b) => [b.year, b]));
    const band = (side: 'low' | 'high'): ChartPoint[] =>
      years.slice(d.from).map((x) => {
        const b = byYear.get(x);
        return { x, y: b ? b[side][d.field] * d.scale : null };
      });
    series.push({ key: d.field, label: BAND_LABEL, role: 'band-low', points: band('low') });
    series.push({ key: d.field, label: BAND_LABEL, role: 'band-high', points: band('high') });
    bands = { label: BAND_LABEL, runs: inputs.bands.runs };
  }
  const shownYears = new Set(years.slice(d.from));
  const annotations = (inputs.annotations ?? []).filter((a) => shownYears.has(a.year));
  const goal = goalLine(id, d, inputs.goals);
  const spec: ChartSpec = {
    id,
    group: d.group,
    field: d.field,
    indicator: d.indicator,
    unit: d.unit,
    yFormat: d.yFormat,
    better: d.better,
    beginAtZero: d.beginAtZero,
    description: d.description,
    series,
    annotations,
    ariaLabel: '',
    ...(bands ? { bands } : {}),
    ...(goal ? { goal } : {}),
  };
  spec.ariaLabel = chartAriaLabel(spec);
  return spec;
}

export function chartSpecs(ids: readonly ChartId[], inputs: ChartInputs): ChartSpec[] {
  return ids.map((id) => chartSpec(id, inputs));
}

export const headlineSpecs = (inputs: ChartInputs): ChartSpec[] => chartSpecs(HEADLINE_CHARTS, inputs);
export const supportingSpecs = (inputs: ChartInputs): ChartSpec[] => chartSpecs(SUPPORTING_CHARTS, inputs);

export function seriesOf(spec: ChartSpec, role: SeriesRole): ChartSeries | undefined {
  return spec.series.find((s) => s.role === role);
}

function lastValue(series: ChartSeries | undefined): ChartPoint | undefined {
  const points = series?.points.filter((p) => p.y !== null) ?? [];
  return points[points.length - 1];
}

/**
 * The canvas's text alternative: "Growth, % per year, 2002 to 2006. Your policy: 6.1 % in 2006;
 * no new policy: 5.3 %. 2 marked years. Data table below." Starts with the indicator.
 */
export function chartAriaLabel(spec: ChartSpec): string {
  const player = seriesOf(spec, 'player');
  const baseline = seriesOf(spec, 'baseline');
  const first = player?.points[0]?.x;
  const last = lastValue(player);
  // Each part in the current language (English by default: the indicator comes first either way).
  let head = vt('{a}, {b}', { a: vt(spec.indicator), b: vt(spec.unit) });
  if (first !== undefined && last)
    head = vt('{a}, {b}', {
      a: head,
      b: first === last.x ? String(first) : vt('{first} to {last}', { first, last: last.x }),
    });
  const parts = [head];
  if (last) {
    const base = baseline?.points.find((p) => p.x === last.x);
    parts.push(
      vt('Your policy: {value} in {year}; no new policy: {base}', {
        value: formatY(spec.yFormat, last.y),
        year: last.x,
        base: formatY(spec.yFormat, base?.y ?? null),
      }),
    );
  }
  const history = seriesOf(spec, 'history');
  if (last && history) parts.push(vt('What was done: {value}', { value: formatY(spec.yFormat, history.points.find((p) => p.x === last.x)?.y ?? null) }));
  if (spec.goal) parts.push(spec.goal.text);
  const marked = new Set(spec.annotations.map((a) => a.year)).size;
  if (marked > 0) parts.push(vt(marked === 1 ? '{n} marked year' : '{n} marked years', { n: marked }));
  parts.push(vt('Data table below'));
  return parts.join('. ') + '.';
}
