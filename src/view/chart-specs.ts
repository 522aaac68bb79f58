// Renderer-free chart specs (the SDEverywhere graph-vm idiom): what each outcome chart shows, as
// plain data. The player's path, the "no new policy" baseline (same scenario, seed and difficulty,
// nothing spent: same luck, so the gap is what the policy did), an optional uncertainty band (the
// baseline's p10..p90 over other seeds: how far luck alone moves it), and the years to mark
// (events, policy changes, shocks). src/ui/charts/chart-view.ts is the only file that turns these
// into chart.js charts; the data tables and the CSV read the same specs and rows. Pure; no DOM.
import { baselineRun } from './baseline';
import { difficultyLevelOf, type GameContext, type LogEntry } from '../flow';
import {
  LEVERS,
  outcomeRow,
  OUTCOME_FIELDS,
  SHOCKS,
  simulate,
  type ClusterState,
  type Decisions,
  type Difficulty,
  type OutcomeField,
  type OutcomeRow,
  type ShockKind,
} from '../model';
import { shockHappened } from '../model';
import type { Scenario } from '../scenario';
import { formatNumber, formatPct, formatShare, formatSignedPct, formatUsd, formatUsdM, isolateFigure, moneyDigits, vt } from './format';
import { HISTORY_LABEL, historyStatesForGame } from './history';

export { HISTORY_LABEL };
import { goalTarget, type Goal } from './goals';
import { LEVER_LABELS } from './labels';
import { renderMsg } from './report';
import { shownScenario } from './scenario-text';

export type ChartId =
  | 'growth'
  | 'employment'
  | 'poverty'
  | 'output'
  | 'sme-firms'
  | 'large-firms'
  | 'value-added-per-worker'
  | 'exports'
  | 'external-dependence'
  | 'wage'
  | 'working-conditions'
  | 'trust'
  | 'infrastructure'
  | 'skills'
  | 'research'
  | 'quality'
  | 'sme-share';

export const HEADLINE_CHARTS: readonly ChartId[] = ['growth', 'employment', 'poverty'];
export const SUPPORTING_CHARTS: readonly ChartId[] = [
  'output',
  'quality',
  'sme-firms',
  'sme-share',
  'large-firms',
  'value-added-per-worker',
  'exports',
  'external-dependence',
  'wage',
  'working-conditions',
  'trust',
  'infrastructure',
  'skills',
  'research',
];
export const ALL_CHARTS: readonly ChartId[] = [...HEADLINE_CHARTS, ...SUPPORTING_CHARTS];

/** How a chart's y values read: `percent` values are already in percent (6.1 = "6.1 %"). */
export type YFormat = 'percent' | 'count' | 'usd-m' | 'usd' | 'index';

/** Sections the supporting charts are grouped in (headings on the debrief). */
export type ChartGroup = 'headline' | 'production' | 'firms' | 'trade' | 'workers' | 'stocks';

export const GROUP_LABELS: Record<ChartGroup, string> = {
  headline: 'Growth, jobs and poverty',
  production: 'Output and productivity',
  firms: 'Small and large firms',
  trade: 'Exports and external dependence',
  workers: 'Wages, working conditions and trust',
  stocks: 'Infrastructure, skills and research',
};

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

export interface ChartSpec {
  id: ChartId;
  group: ChartGroup;
  field: OutcomeField;
  /** The indicator's name; the aria-label and the data table's caption start with it. */
  indicator: string;
  unit: string;
  yFormat: YFormat;
  /** Which way is good news (null: neither, e.g. external dependence is a trade-off). */
  better: 'up' | 'down' | null;
  /** Whether the y axis should start at zero (counts and money) or fit the data (rates, indices). */
  beginAtZero: boolean;
  /** One line on what the indicator measures. */
  description: string;
  series: ChartSeries[];
  annotations: ChartAnnotation[];
  /** Present when the spec has band-low/band-high series. */
  bands?: { label: string; runs: number };
  /** The scenario's goal for this indicator, when it is a fixed level: drawn as a level line. */
  goal?: { y: number; text: string };
  /** Text alternative for the canvas: starts with the indicator. */
  ariaLabel: string;
}

interface Definition {
  id: ChartId;
  field: OutcomeField;
  group: ChartGroup;
  indicator: string;
  unit: string;
  yFormat: YFormat;
  better: 'up' | 'down' | null;
  beginAtZero: boolean;
  description: string;
  /** Display value from the CLI-unit value. */
  scale: number;
  /** First year index shown (growth has no year-0 value). */
  from: number;
}

const def = (
  d: Omit<Definition, 'scale' | 'from' | 'beginAtZero'> & Partial<Pick<Definition, 'scale' | 'from' | 'beginAtZero'>>,
): Definition => ({
  scale: 1,
  from: 0,
  beginAtZero: false,
  ...d,
});

export const CHART_DEFINITIONS: Record<ChartId, Definition> = {
  growth: def({
    id: 'growth',
    field: 'growth',
    group: 'headline',
    indicator: 'Growth',
    unit: '% per year',
    yFormat: 'percent',
    better: 'up',
    description: "Growth of the cluster's output (value added) over the year before.",
    from: 1,
  }),
  employment: def({
    id: 'employment',
    field: 'employment',
    group: 'headline',
    indicator: 'Employment',
    unit: 'jobs',
    yFormat: 'count',
    better: 'up',
    description: "Direct jobs in the cluster's firms.",
  }),
  poverty: def({
    id: 'poverty',
    field: 'poverty',
    group: 'headline',
    indicator: 'Poverty',
    unit: '% of people (headcount ratio)',
    yFormat: 'percent',
    better: 'down',
    description: 'Share of the local population below the poverty line.',
    scale: 100,
  }),
  output: def({
    id: 'output',
    field: 'output',
    group: 'production',
    indicator: 'Output',
    unit: 'US$ million per year',
    yFormat: 'usd-m',
    better: 'up',
    beginAtZero: true,
    description: "Value added by the cluster's firms, at constant prices.",
  }),
  'value-added-per-worker': def({
    id: 'value-added-per-worker',
    field: 'valueAddedPerWorker',
    group: 'production',
    indicator: 'Value added per worker',
    unit: 'US$ per year',
    yFormat: 'usd',
    better: 'up',
    description: 'Output per job: a rough measure of productivity and of how far the cluster has upgraded.',
  }),
  quality: def({
    id: 'quality',
    field: 'quality',
    group: 'production',
    indicator: 'Quality',
    unit: '% of output up to export buyers’ standards',
    yFormat: 'percent',
    better: 'up',
    description: 'How much of what the cluster makes meets the quality standards of demanding buyers: the way up to higher-value products.',
    scale: 100,
  }),
  'sme-share': def({
    id: 'sme-share',
    field: 'smeShare',
    group: 'firms',
    indicator: 'Small firms’ share of jobs',
    unit: '% of the cluster’s jobs',
    yFormat: 'percent',
    better: null,
    description: 'The share of the cluster’s jobs in micro, small and medium firms.',
    scale: 100,
  }),
  'sme-firms': def({
    id: 'sme-firms',
    field: 'smeFirms',
    group: 'firms',
    indicator: 'Small firms',
    unit: 'micro, small and medium firms',
    yFormat: 'count',
    better: null,
    beginAtZero: true,
    description: 'Micro, small and medium firms in the cluster.',
  }),
  'large-firms': def({
    id: 'large-firms',
    field: 'largeFirms',
    group: 'firms',
    indicator: 'Large firms',
    unit: 'firms, foreign plants included',
    yFormat: 'count',
    better: null,
    beginAtZero: true,
    description: 'Large firms in the cluster, foreign-owned plants included.',
  }),
  exports: def({
    id: 'exports',
    field: 'exports',
    group: 'trade',
    indicator: 'Exports',
    unit: 'US$ million per year, gross sales',
    yFormat: 'usd-m',
    better: 'up',
    beginAtZero: true,
    description:
      'Gross export sales, as trade statistics count them (imported parts included). The domestic value added in them, the exported part of output, is the exportsValueAdded column of the CSV.',
  }),
  'external-dependence': def({
    id: 'external-dependence',
    field: 'externalDependence',
    group: 'trade',
    indicator: 'External dependence',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: null,
    description: 'How much foreign buyers, foreign owners and donors decide what happens in the cluster.',
    scale: 100,
  }),
  wage: def({
    id: 'wage',
    field: 'wage',
    group: 'workers',
    indicator: 'Wages',
    unit: 'US$ per day',
    yFormat: 'usd',
    better: 'up',
    description: 'The typical daily wage of a cluster worker.',
  }),
  'working-conditions': def({
    id: 'working-conditions',
    field: 'workingConditions',
    group: 'workers',
    indicator: 'Working conditions',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: "Safety, contracts and hours in the cluster's workshops and factories.",
    scale: 100,
  }),
  trust: def({
    id: 'trust',
    field: 'trust',
    group: 'workers',
    indicator: 'Trust',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: 'How far firms cooperate rather than only compete.',
    scale: 100,
  }),
  infrastructure: def({
    id: 'infrastructure',
    field: 'infrastructure',
    group: 'stocks',
    indicator: 'Infrastructure',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: 'Roads, power, water and land for workshops, as a stock that builds up and wears out.',
    scale: 100,
  }),
  skills: def({
    id: 'skills',
    field: 'skills',
    group: 'stocks',
    indicator: 'Skills',
    unit: 'index, 0 to 100',
    yFormat: 'index',
    better: 'up',
    description: 'Managerial and technical skills of workers and owners.',
    scale: 100,
  }),
  research: def({
    id: 'research',
    field: 'research',
    group: 'stocks',
    indicator: 'Research',
    unit: 'index (100 = a strong research base)',
    yFormat: 'index',
    better: 'up',
    description: 'Knowledge from research centers and university links that firms can use.',
    scale: 100,
  }),
};

/** Uncertainty of the no-new-policy path: p10 and p90 of each field, year by year, over several seeds. */
export interface OutcomeBands {
  runs: number;
  years: { year: number; low: OutcomeRow; high: OutcomeRow }[];
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

/** The chart of each goal's indicator (every goal has one). */
export const GOAL_CHARTS: Record<Goal['metric'], ChartId> = {
  outputUsdM: 'output',
  employment: 'employment',
  poverty: 'poverty',
  smeShare: 'sme-share',
  quality: 'quality',
  workingConditions: 'working-conditions',
  trust: 'trust',
  wageUsdPerDay: 'wage',
};

/** The charts of a scenario's goals, in the goals' order, without repeats. */
export function goalChartIds(goals: readonly Goal[]): ChartId[] {
  return [...new Set(goals.map((g) => GOAL_CHARTS[g.metric]))];
}

/** The level line of the goal for chart `id`, if a goal asks for a fixed level of its indicator. */
function goalLine(id: ChartId, d: Definition, goals: readonly Goal[] | undefined): ChartSpec['goal'] {
  const goal = goals?.find((g) => GOAL_CHARTS[g.metric] === id && g.comparison !== 'beatBaseline');
  if (!goal) return undefined;
  const target = goalTarget(goal);
  return { y: (goal.value ?? 0) * d.scale, text: vt('Goal: {target}', { target: target ? renderMsg(target, vt) : '' }) };
}

export const PLAYER_LABEL = 'Your policy';
export const BASELINE_LABEL = 'No new policy';
export const BAND_LABEL = 'No new policy, 8 in 10 runs with other luck';

/** A y value in the chart's unit, for tables, tooltips and the aria-label ("6.1 %", "12,400"). */
export function formatY(format: YFormat, y: number | null): string {
  if (y === null || !Number.isFinite(y)) return '–';
  switch (format) {
    case 'percent':
      return formatPct(y, { digits: 1 });
    case 'count':
      return isolateFigure(formatNumber(y, { digits: 0 }));
    case 'usd-m':
      return formatUsdM(y, { digits: moneyDigits(y) });
    case 'usd':
      return formatUsd(y);
    case 'index':
      return isolateFigure(formatNumber(y, { digits: Math.abs(y) < 10 ? 1 : 0 }));
  }
}

/**
 * Axis tick text: shorter than formatY (no unit words; the unit is in the title). Drawn on a canvas,
 * which has no bidi isolation of its own: in Arabic each tick is isolated left to right
 * (isolateFigure), so "-2 %" does not come out as "% 2-".
 */
export function formatTick(format: YFormat, y: number): string {
  switch (format) {
    case 'percent':
      return formatPct(y, { digits: Number.isInteger(y) ? 0 : 1 });
    case 'count':
    case 'index':
      return isolateFigure(compact(y));
    case 'usd-m':
    case 'usd':
      return isolateFigure(`$${compact(y)}`);
  }
}

/** Tick text of an axis of signed changes in percent ("+10%", "-5%", "0%"), isolated in Arabic as formatSignedPct. */
export function formatSignedTick(pct: number): string {
  return formatSignedPct(pct, { digits: Number.isInteger(pct) ? 0 : 1 });
}

function compact(y: number): string {
  const a = Math.abs(y);
  if (a >= 1e6) return `${formatNumber(y / 1e6, { digits: a >= 1e7 ? 0 : 1 })}m`;
  if (a >= 1e4) return `${formatNumber(y / 1e3, { digits: 0 })}k`;
  return formatNumber(y, { digits: a < 10 && !Number.isInteger(y) ? 1 : 0 });
}

function pointsOf(
  states: readonly ClusterState[],
  years: readonly number[],
  d: Definition,
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

// ---------------------------------------------------------------------------------------------
// Marked years: events, policy changes and shocks.

/** A policy change is marked when a budget share moves by at least this much (of the budget). */
export const NOTABLE_SHARE_CHANGE = 0.05;
/** ... or the tariff moves by at least this much (2.5 points). */
export const NOTABLE_TARIFF_CHANGE = 0.025;

const TARGET_WORDS: Record<Decisions['incentiveTarget'], string> = {
  sme: 'small firms',
  all: 'all firms',
  fdi: 'foreign investors',
  joint: 'joint projects',
};

const pct = (share: number): string => formatShare(share, { digits: 0 });

/** The notable differences between two years' decisions, biggest first, in a few words each (empty if none). */
export function policyChanges(before: Decisions, after: Decisions): string[] {
  const changes: { size: number; text: string }[] = [];
  for (const lever of LEVERS) {
    const a = before.allocation[lever];
    const b = after.allocation[lever];
    if (Math.abs(b - a) >= NOTABLE_SHARE_CHANGE - 1e-12)
      changes.push({
        size: Math.abs(b - a),
        text: `${vt(LEVER_LABELS[lever]).toLowerCase()} ${pct(a)} → ${pct(b)}`,
      });
  }
  if (Math.abs(after.tariff - before.tariff) >= NOTABLE_TARIFF_CHANGE - 1e-12)
    changes.push({
      size: Math.abs(after.tariff - before.tariff) * 2,
      text: vt('tariff {from} → {to}', { from: pct(before.tariff), to: pct(after.tariff) }),
    });
  if (after.incentiveTarget !== before.incentiveTarget)
    changes.push({ size: 0.5, text: vt('incentives for {target}', { target: vt(TARGET_WORDS[after.incentiveTarget]) }) });
  if (after.laborStandards !== before.laborStandards)
    changes.push({
      size: 0.5,
      text: vt(after.laborStandards ? 'labor standards required' : 'labor standards dropped'),
    });
  return changes.sort((x, y) => y.size - x.size).map((c) => c.text);
}

const SHOCK_WORDS: Record<ShockKind, string> = {
  worldDemand: 'World demand fell',
  exchangeRate: 'The currency rose',
  buyerExit: 'A big buyer left',
  tncExit: 'A foreign plant left',
  donorExit: 'The donor programme ended',
  accident: 'A fire or accident',
  buyerStandard: 'A new buyer standard',
};

export interface MarkInputs {
  /** The player's states ([0] the start). */
  states: readonly ClusterState[];
  /** log[k - 1] holds year k's decisions and the event that fired after it. */
  log: readonly Pick<LogEntry, 'decisions' | 'event'>[];
  /** For event titles and choice labels (ids are shown without it). */
  scenario?: Pick<Scenario, 'events'> | null;
  /** The term's length: the event after its last year is decided by the game, not the player. */
  termYears?: number;
}

/** The years to mark on every chart: policy changes, events (with the choice made) and shocks, in year order. */
export function runAnnotations({ states, log, scenario, termYears }: MarkInputs): ChartAnnotation[] {
  const out: ChartAnnotation[] = [];
  const start = states[0]?.decisions;
  log.forEach((entry, i) => {
    const state = states[i + 1];
    if (!state) return;
    const year = state.year;
    const previous = i === 0 ? start : log[i - 1]?.decisions;
    if (previous) {
      const changes = policyChanges(previous, entry.decisions);
      if (changes.length > 0) {
        const list = changes.slice(0, 3).join(vt(', '));
        out.push({
          year,
          kind: 'policy',
          label: vt(i === 0 ? 'First budget: {changes}' : 'Policy change: {changes}', { changes: list }),
          short: i === 0 ? 'First budget' : 'Policy',
        });
      }
    }
    for (const kind of SHOCKS) {
      if (shockHappened(state.shocks, kind))
        out.push({ year, kind: 'shock', label: `${SHOCK_WORDS[kind]}`, short: SHOCK_WORDS[kind] });
    }
    if (entry.event) {
      const spec = scenario?.events.find((e) => e.id === entry.event?.eventId);
      const choice = spec?.choices.find((c) => c.id === entry.event?.choiceId);
      const title = spec?.title ?? entry.event.eventId;
      out.push({
        year,
        kind: 'event',
        // The same rule as the turn machine: after the last year there is no next year to shape, so
        // the game takes the default choice itself (the year report says "Decided for you" too).
        label: vt(
          termYears !== undefined && i + 1 >= termYears
            ? 'Event: {title}. Decided for you (the last year): {choice}'
            : 'Event: {title}. You chose: {choice}',
          { title, choice: choice?.label ?? entry.event.choiceId },
        ),
        short: 'Event',
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The baseline and its band.

type RunSetup = Parameters<typeof simulate>[0];

/** Quantile by linear interpolation between order statistics (type 7, as the CLI's bands). */
function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] ?? NaN;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/**
 * The spread luck alone gives the no-new-policy path: p10 and p90 of every field, year by year, over
 * `runs` baseline runs with seeds seed .. seed + runs - 1. A year counts the runs that reached it.
 */
export function baselineBands(
  scenario: RunSetup,
  seed: number,
  difficulty: Difficulty,
  years: number,
  runs = 40,
): OutcomeBands {
  const samples: { year: number; rows: OutcomeRow[] }[] = [];
  for (let r = 0; r < runs; r++) {
    simulate(scenario, { seed: seed + r, years, difficulty }).states.forEach((s, k) => {
      const slot = (samples[k] ??= { year: s.year, rows: [] });
      slot.rows.push(outcomeRow(s));
    });
  }
  return {
    runs,
    years: samples.map(({ year, rows }) => {
      const low = {} as OutcomeRow;
      const high = {} as OutcomeRow;
      for (const field of OUTCOME_FIELDS) {
        const sorted = rows.map((row) => row[field]).sort((a, b) => a - b);
        low[field] = quantile(sorted, 0.1);
        high[field] = quantile(sorted, 0.9);
      }
      return { year, low, high };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// From the game's context, cached per game.

export const BAND_RUNS = 40;

interface Cached {
  key: string;
  scenario: Scenario;
  baseline: ClusterState[];
  bands: OutcomeBands | null;
}
let cached: Cached | null = null;

type GameKey = Pick<GameContext, 'scenario' | 'seed' | 'difficulty' | 'termYears'>;

/** The baseline (and, when asked, its band) for the context's game; recomputed only for another game. */
export function baselineForGame(
  context: GameKey,
  withBands = true,
): { baseline: ClusterState[]; bands: OutcomeBands | null } {
  const { scenario, seed, difficulty, termYears } = context;
  if (!scenario) return { baseline: [], bands: null };
  const key = `${seed}/${difficulty.leakage}/${difficulty.shocks}/${termYears}`;
  if (!cached || cached.scenario !== scenario || cached.key !== key) {
    // One baseline run per game, shared with the report and the debrief (view/baseline.ts).
    cached = { key, scenario, baseline: baselineRun(context)?.states ?? [], bands: null };
  }
  if (withBands && !cached.bands) cached.bands = baselineBands(scenario, seed, difficulty, termYears, BAND_RUNS);
  return { baseline: cached.baseline, bands: withBands ? cached.bands : null };
}

/**
 * Whether the band of the context's game is computed already. The band takes ~40 runs (tens of
 * milliseconds), so screens draw without it first and add it when the browser is idle.
 */
export function bandsReady(context: GameKey): boolean {
  const { scenario, seed, difficulty, termYears } = context;
  return (
    cached !== null &&
    cached.scenario === scenario &&
    cached.key === `${seed}/${difficulty.leakage}/${difficulty.shocks}/${termYears}` &&
    cached.bands !== null
  );
}

/** Chart inputs for the game in `context`: its history, its baseline and band, and the marked years. */
export function chartInputsForGame(
  context: GameKey & Pick<GameContext, 'history' | 'log'> & Partial<Pick<GameContext, 'againstHistory'>>,
  options: { bands?: boolean } = {},
): ChartInputs {
  const { baseline, bands } = baselineForGame(context, options.bands ?? true);
  return {
    player: context.history,
    baseline,
    bands,
    annotations: runAnnotations({
      states: context.history,
      log: context.log,
      // Event titles and choices in the current language.
      scenario: context.scenario ? shownScenario(context.scenario) : null,
      termYears: context.termYears,
    }),
    goals: context.scenario?.goals ?? [],
    history: historyStatesForGame(context),
  };
}

/** "normal", "easy", "hard", or the raw numbers for a custom difficulty. */
export function difficultyName(difficulty: Difficulty): string {
  return difficultyLevelOf(difficulty) ?? `leakage ${difficulty.leakage}, shocks ${difficulty.shocks}`;
}

/**
 * The years to label on a chart's time axis `widthPx` wide, at `fontPx`: evenly spaced, counted back
 * from the last year (always labelled), and never closer than a four-digit label and a gap, so year
 * labels never collide however narrow the chart (chart.js's own skipping let them touch on phones).
 */
export function yearTicks(min: number, max: number, widthPx: number, fontPx: number): number[] {
  const years: number[] = [];
  for (let year = Math.ceil(min); year <= Math.floor(max); year++) years.push(year);
  const labelPx = fontPx * 2.6 + 12;
  const fit = Math.max(1, Math.floor(widthPx / labelPx));
  const step = Math.max(1, Math.ceil(years.length / fit));
  return years.filter((_, i) => (years.length - 1 - i) % step === 0);
}
