// The HUD's view-model: where and when we are, the headline indicators with their change since last
// year, and each stakeholder group's approval with the biggest reasons it moved. Pure; no DOM.
import { currentState, modelFor, type GameSnapshot } from '../flow';
import {
  abruptChangeCost,
  applyEffects,
  approvalChange,
  emptyApprovalLevels,
  meanApproval,
  step,
  STAKEHOLDERS,
  type ApprovalLevels,
  type ApprovalPart,
  type ClusterState,
  type Model,
  type Stakeholder,
} from '../model';
import { comingBudgetUsdM } from './budget';
import {
  ARROWS,
  directionOf,
  formatChange,
  formatCount,
  formatCountChange,
  formatPct,
  formatPointChange,
  formatShare,
  formatUsdM,
  relativeChangePct,
  toneOf,
  withoutArrow,
  type Direction,
} from './format';
import { STAKEHOLDER_LABELS } from './labels';
import { baselineState } from './baseline';
import { evaluateGoal, formatMetric } from './goals';
import type { Msg } from './report';
import { shownScenario } from './scenario-text';

export type Tone = 'good' | 'bad' | 'neutral';

/** A change since last year, for display ("▲ 2.1 %") and for reading aloud (direction + "2.1 %"). */
export interface ChangeView {
  text: string;
  magnitude: string;
  direction: Direction;
  tone: Tone;
}

export interface IndicatorView {
  id: 'output' | 'growth' | 'jobs' | 'poverty' | 'conditions' | 'trust';
  label: string;
  value: string;
  /** Change since last year; null in the first year (and for growth, which is itself a change). */
  change: ChangeView | null;
  /** Tone of the value itself (growth: good when positive). */
  tone: Tone;
}

export interface ReasonView {
  /** "▼ tariff cut" */
  text: string;
  /** "tariff cut" (English; translate with t()). */
  words: string;
  direction: Direction;
  /** Effect on this year's approval change, in points (signed). */
  points: number;
}

export interface ApprovalView {
  group: Stakeholder;
  label: string;
  /** 0..100, rounded. */
  value: number;
  change: ChangeView | null;
  /** The biggest one or two reasons, largest first. */
  reasons: ReasonView[];
}

export type CollapseWarning = 'none' | 'near' | 'collapsed';

export interface HudView {
  shortName: string;
  name: string;
  /** The year whose figures are shown (the last year played, or the start). */
  figuresYear: number;
  /** The calendar year shown: the year being planned in planning, the year just played otherwise. */
  year: number;
  termYear: number;
  termYears: number;
  budgetUsdM: number;
  budget: string;
  indicators: IndicatorView[];
  approval: ApprovalView[];
  /** Mean approval 0..100 and the collapse threshold on the same scale. */
  meanApproval: number;
  collapseAt: number;
  warning: CollapseWarning;
  /** The scenario's goals as they stand now, each against its target and the baseline's value this year. */
  goals: GoalTrackView[];
}

/** Mean approval within this many points above the threshold counts as near collapse. */
export const NEAR_COLLAPSE_POINTS = 10;
/** Reasons moving approval by less than this many points are not worth showing. */
export const MIN_REASON_POINTS = 0.3;

/** Plain words for each approval driver, by direction: [when it helps, when it hurts]. */
const DRIVER_WORDS: Record<string, [string, string]> = {
  'support for SMEs': ['support for SMEs', 'support for SMEs'],
  'support for large firms': ['support for large firms', 'support for large firms'],
  'tariff protection': ['more tariff protection', 'tariff cut'],
  'profit margins': ['better margins', 'squeezed margins'],
  infrastructure: ['infrastructure', 'infrastructure'],
  training: ['training', 'training'],
  'labour standards compliance': ['labor standards', 'labor standards cost'],
  'tariffs on inputs': ['cheaper imported inputs', 'dearer imported inputs'],
  'nothing for small firms': ['something for small firms', 'nothing for small firms'],
  'nothing for large firms': ['something for large firms', 'nothing for large firms'],
  'nothing for skills, research or joint projects': [
    'skills, research or joint projects',
    'nothing for skills, research or joint projects',
  ],
  'prices of goods': ['cheaper goods', 'dearer goods'],
  'export promotion': ['export promotion', 'export promotion'],
  jobs: ['more jobs', 'jobs lost'],
  wages: ['rising wages', 'falling wages'],
  "SME owners' income": ["SME owners' incomes rising", "SME owners' incomes falling"],
  "large-firm owners' income": ["large-firm owners' incomes rising", "large-firm owners' incomes falling"],
  "workers' incomes": ["workers' incomes rising", "workers' incomes falling"],
  'incomes of the poorest groups': ['the poorest groups earning more', 'the poorest groups earning less'],
  'working conditions': ['better working conditions', 'poor working conditions'],
  'labour standards': ['labor standards', 'labor standards'],
  'fire or accident': ['fire or accident', 'fire or accident'],
  'training and research': ['training and research', 'training and research'],
  'joint projects': ['joint projects', 'joint projects'],
  protectionism: ['tariff cut', 'protectionism'],
  'governance leakage': ['cleaner government', 'governance leakage'],
  poverty: ['falling poverty', 'rising poverty'],
  'abrupt policy change': ['steady policy', 'abrupt policy change'],
  'event choice': ['your event choice', 'your event choice'],
  // Earlier effects wearing off, named by the biggest: an event choice's jolt, an abrupt change, or
  // anything else (last year's job boom, a fire two years ago).
  'fading event choice': ['anger at an event choice fading', 'goodwill from an event choice fading'],
  'fading abrupt policy change': ['anger at an abrupt change fading', 'anger at an abrupt change fading'],
  fading: ['old grievances fading', 'earlier goodwill fading'],
};

/** Words for a driver given the sign of its effect. */
export function reasonWords(driver: string, effect: number): string {
  const words = DRIVER_WORDS[driver];
  if (!words) return driver;
  return effect >= 0 ? words[0] : words[1];
}

/**
 * The reasons one group's approval moved this year, biggest first, from the exact split of the
 * change by cause (approvalChange). A cause's earlier effect wearing off is not that cause's doing
 * this year: those parts are pooled as "earlier goodwill fading" or "old grievances fading", so a
 * steady policy stops being named once approval has settled, and a reason shows when it moves
 * approval. When the change is visible but every part is small, the biggest still shows.
 */
export function approvalReasonsFor(parts: readonly ApprovalPart[], options: { limit?: number; change?: number } = {}): ReasonView[] {
  const impacts: { driver: string; points: number }[] = [];
  const add = (driver: string, points: number): void => {
    const found = impacts.find((r) => r.driver === driver);
    if (found) found.points += points;
    else impacts.push({ driver, points });
  };
  for (const part of parts) if (!part.fading) add(part.driver, part.effect * 100);
  // Fading parts pooled by direction, each named after its biggest part.
  for (const up of [true, false]) {
    const fading = parts.filter((p) => p.fading && p.effect > 0 === up);
    if (fading.length === 0) continue;
    const biggest = fading.reduce((a, b) => (Math.abs(b.effect) > Math.abs(a.effect) ? b : a));
    const named = `fading ${biggest.driver}`;
    impacts.push({ driver: named in DRIVER_WORDS ? named : 'fading', points: 100 * fading.reduce((t, p) => t + p.effect, 0) });
  }
  const ranked = impacts.filter((r) => r.points !== 0).sort((a, b) => Math.abs(b.points) - Math.abs(a.points));
  let shown = ranked.filter((r) => Math.abs(r.points) >= MIN_REASON_POINTS);
  if (shown.length === 0 && Math.abs(options.change ?? 0) >= 0.5 && ranked[0]) shown = [ranked[0]];
  return shown.slice(0, options.limit ?? 2).map((r) => {
    const direction: Direction = r.points > 0 ? 'up' : 'down';
    const words = reasonWords(r.driver, r.points);
    return { text: `${ARROWS[direction]} ${words}`, words, direction, points: r.points };
  });
}

export type ApprovalParts = Record<Stakeholder, ApprovalPart[]>;

/** Each year's split (by the state that ends it): a state is never changed, so its year's split is fixed. */
const splits = new WeakMap<ClusterState, { levels: ApprovalLevels; parts: ApprovalParts }>();

/**
 * The split by cause of the last year's change in each group's approval. The model keeps only the
 * last year's drivers, and each cause's part depends on what it built up before, so the years are
 * replayed (the model is pure: the same state and decisions give the same year); each year's
 * split is kept with its state, so a screen update replays nothing already seen.
 */
export function lastApprovalParts(model: Model, history: readonly ClusterState[]): ApprovalParts | null {
  let levels = emptyApprovalLevels();
  let parts: ApprovalParts | null = null;
  for (let k = 1; k < history.length; k++) {
    const before = history[k - 1] as ClusterState;
    const now = history[k] as ClusterState;
    let split = splits.get(now);
    if (!split) {
      const { approvalReasons } = step(model, before, now.decisions);
      const started = applyEffects(before, before.pendingEffects).approval;
      const jolt = { sme: 0, large: 0, workers: 0, donors: 0 };
      for (const group of STAKEHOLDERS) jolt[group] = started[group] - before.approval[group];
      split = approvalChange(levels, approvalReasons, jolt, abruptChangeCost(before.decisions, now.decisions));
      splits.set(now, split);
    }
    levels = split.levels;
    parts = split.parts;
  }
  return parts;
}

/** The warning level for a mean approval (0..1) and the collapse threshold (0..1). */
export function collapseWarning(mean: number, threshold: number): CollapseWarning {
  if (mean < threshold) return 'collapsed';
  if (mean < threshold + NEAR_COLLAPSE_POINTS / 100) return 'near';
  return 'none';
}

function changeView(text: string, direction: Direction, better: 'up' | 'down'): ChangeView {
  return { text, magnitude: withoutArrow(text), direction, tone: toneOf(direction, better) };
}

function indicator(
  id: IndicatorView['id'],
  label: string,
  value: string,
  delta: number | null,
  change: (d: number) => string,
  better: 'up' | 'down',
  digits = 1,
): IndicatorView {
  const changed = delta === null ? null : changeView(change(delta), directionOf(delta, digits), better);
  return { id, label, value, change: changed, tone: 'neutral' };
}

/** The headline indicators of `now`, with changes against `before` (null in the first year). */
export function selectIndicators(now: ClusterState, before: ClusterState | null): IndicatorView[] {
  const d = (f: (s: ClusterState) => number): number | null => (before ? f(now) - f(before) : null);
  const growthDirection = before ? directionOf(now.growthPct, 1) : 'flat';
  const growth: IndicatorView = {
    id: 'growth',
    label: 'Growth',
    value: formatPct(before ? now.growthPct : 0),
    change: null,
    tone: toneOf(growthDirection),
  };
  return [
    indicator(
      'output',
      'Output',
      formatUsdM(now.outputUsdM),
      before ? relativeChangePct(now.outputUsdM, before.outputUsdM) : null,
      (x) => formatChange(x, { unit: '%' }),
      'up',
    ),
    growth,
    indicator(
      'jobs',
      'Jobs',
      formatCount(now.employment, ''),
      d((s) => s.employment),
      (x) => formatCountChange(x, ''),
      'up',
      0,
    ),
    indicator(
      'poverty',
      'Poverty',
      formatShare(now.poverty),
      d((s) => s.poverty * 100),
      (x) => formatPointChange(x / 100),
      'down',
    ),
    indicator(
      'conditions',
      'Working conditions',
      `${formatCount(now.workingConditions * 100, '')}/100`,
      d((s) => s.workingConditions * 100),
      (x) => formatChange(x),
      'up',
    ),
    indicator(
      'trust',
      'Trust',
      `${formatCount(now.trust * 100, '')}/100`,
      d((s) => s.trust * 100),
      (x) => formatChange(x),
      'up',
    ),
  ];
}

export function selectApproval(now: ClusterState, before: ClusterState | null, parts: ApprovalParts | null): ApprovalView[] {
  return STAKEHOLDERS.map((group): ApprovalView => {
    const value = Math.round(now.approval[group] * 100);
    const delta = before ? (now.approval[group] - before.approval[group]) * 100 : null;
    return {
      group,
      label: STAKEHOLDER_LABELS[group],
      value,
      change: delta === null ? null : changeView(formatChange(delta, { digits: 0 }), directionOf(delta, 0), 'up'),
      reasons: delta === null || !parts ? [] : approvalReasonsFor(parts[group], { change: delta }),
    };
  });
}

/** The HUD for a snapshot; null when there is no game on screen (title, briefing, debrief). */
/** One goal on the play screen: where the cluster stands now, the target, and no new policy's value. */
export interface GoalTrackView {
  label: string;
  /** Met if the term ended now. */
  onTrack: boolean;
  /** Level with no new policy (a goal against the baseline at the start of the term): neither on nor off track. */
  level: boolean;
  yours: string;
  target: Msg;
  /** No new policy's value in the same year (same luck), in the goal's unit. */
  baseline: string | null;
}

/** The goals as they stand after the year just played, in the units the debrief uses. */
export function selectGoalTracker(context: GameSnapshot['context'], now: ClusterState): GoalTrackView[] {
  if (!context.scenario) return [];
  const base = baselineState(context, now.t);
  // Goal labels in the current language (the goals' numbers are the scenario's own).
  return shownScenario(context.scenario).goals.map((goal) => {
    const row = evaluateGoal(goal, now, base);
    const baseline = base ? formatMetric(goal.metric, base[goal.metric]) : null;
    return {
      label: row.label,
      onTrack: row.met,
      level: goal.comparison === 'beatBaseline' && baseline === row.yours,
      yours: row.yours,
      target: row.target,
      // A goal against the baseline names its value in the target already.
      baseline: goal.comparison === 'beatBaseline' ? null : baseline,
    };
  });
}

export function selectHud(snapshot: GameSnapshot): HudView | null {
  const { context } = snapshot;
  const phase = snapshot.value;
  if (!context.scenario || context.history.length === 0) return null;
  if (phase !== 'planning' && phase !== 'event' && phase !== 'report' && phase !== 'resolving') return null;
  const history = context.history;
  const now = currentState(context);
  const before = history.length > 1 ? (history[history.length - 2] ?? null) : null;
  const planning = phase === 'planning';
  const budgetUsdM = planning ? comingBudgetUsdM(now) : now.budgetUsdM;
  const model = modelFor(context.scenario, context.difficulty);
  const threshold = model.params.approvalCollapse;
  const mean = meanApproval(now.approval);
  return {
    shortName: shownScenario(context.scenario).shortName,
    name: shownScenario(context.scenario).name,
    figuresYear: now.year,
    year: planning ? now.year + 1 : now.year,
    termYear: planning ? now.t + 1 : now.t,
    termYears: context.termYears,
    budgetUsdM,
    budget: formatUsdM(budgetUsdM, { digits: Number.isInteger(budgetUsdM) ? 0 : undefined }),
    indicators: selectIndicators(now, before),
    approval: selectApproval(now, before, before ? lastApprovalParts(model, history) : null),
    meanApproval: Math.round(mean * 100),
    collapseAt: Math.round(threshold * 100),
    warning: collapseWarning(mean, threshold),
    goals: selectGoalTracker(context, now),
  };
}
