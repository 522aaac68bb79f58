// The HUD's view-model: where and when we are, the headline indicators with their change since last
// year, and each stakeholder group's approval with the biggest reasons it moved. Pure; no DOM.
import { currentState, modelFor, type GameSnapshot } from '../flow';
import {
  meanApproval,
  STAKEHOLDERS,
  type Approval,
  type ApprovalReasons,
  type ClusterState,
  type Decisions,
  type Stakeholder,
} from '../model';
import { abruptChangeCost } from '../model';
import { applyEffects } from '../model';
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
  'working conditions': ['better working conditions', 'poor working conditions'],
  'labour standards': ['labor standards', 'labor standards'],
  'fire or accident': ['fire or accident', 'fire or accident'],
  'training and research': ['training and research', 'training and research'],
  'joint projects': ['joint projects', 'joint projects'],
  protectionism: ['tariff cut', 'protectionism'],
  'governance leakage': ['cleaner government', 'governance leakage'],
  poverty: ['falling poverty', 'rising poverty'],
  'abrupt policy change': ['steady policy', 'abrupt policy change'],
  'settling back': ['recovering', 'early goodwill fading'],
  'event choice': ['your event choice', 'your event choice'],
};

/** Words for a driver given the sign of its effect. */
export function reasonWords(driver: string, effect: number): string {
  const words = DRIVER_WORDS[driver];
  if (!words) return driver;
  return effect >= 0 ? words[0] : words[1];
}

/** What moved a group's approval besides the named drivers (shares, 0.01 = one point). */
export interface ApprovalMoves {
  /** The approval cost of abrupt policy changes (subtracted from every group). */
  abruptCost?: number;
  /** Half the gap between the group's starting mood and where it stood (approval drifts back). */
  settling?: number;
  /** What last year's event choice did to the group directly. */
  eventEffect?: number;
  /** How many reasons to show (default 2). */
  limit?: number;
}

/**
 * The reasons one group's approval moved, biggest first. Each driver moves the group's target, and
 * approval closes half the gap to it each year, so a driver's share of this year's change is half
 * its effect; the rest is drift back toward the starting mood, event choices and the cost of
 * abrupt policy changes, which together make up the change.
 */
export function approvalReasonsFor(reasons: ApprovalReasons[Stakeholder], moves: ApprovalMoves = {}): ReasonView[] {
  const impacts = reasons.map((r) => ({ driver: r.driver, points: 0.5 * r.effect * 100 }));
  if (moves.abruptCost) impacts.push({ driver: 'abrupt policy change', points: -moves.abruptCost * 100 });
  if (moves.settling) impacts.push({ driver: 'settling back', points: moves.settling * 100 });
  if (moves.eventEffect) impacts.push({ driver: 'event choice', points: moves.eventEffect * 100 });
  return impacts
    .filter((r) => Math.abs(r.points) >= MIN_REASON_POINTS)
    .sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
    .slice(0, moves.limit ?? 2)
    .map((r) => {
      const direction: Direction = r.points > 0 ? 'up' : 'down';
      const words = reasonWords(r.driver, r.points);
      return { text: `${ARROWS[direction]} ${words}`, words, direction, points: r.points };
    });
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

/** The approval cost of the last year's policy changes (0 before the first year). */
function lastAbruptCost(history: readonly ClusterState[]): number {
  const now = history[history.length - 1];
  const before = history[history.length - 2];
  if (!now || !before) return 0;
  return abruptChangeCost(before.decisions as Decisions, now.decisions);
}

export function selectApproval(
  now: ClusterState,
  before: ClusterState | null,
  reasons: ApprovalReasons | null,
  options: { abruptCost?: number; startApproval?: Approval } = {},
): ApprovalView[] {
  // The year started from `before` with last year's event choices applied.
  const started = before ? applyEffects(before, before.pendingEffects).approval : null;
  return STAKEHOLDERS.map((group): ApprovalView => {
    const value = Math.round(now.approval[group] * 100);
    const delta = before ? (now.approval[group] - before.approval[group]) * 100 : null;
    const moves: ApprovalMoves = { abruptCost: options.abruptCost };
    if (before && started) {
      moves.eventEffect = started[group] - before.approval[group];
      if (options.startApproval) moves.settling = 0.5 * (options.startApproval[group] - started[group]);
    }
    return {
      group,
      label: STAKEHOLDER_LABELS[group],
      value,
      change: delta === null ? null : changeView(formatChange(delta, { digits: 0 }), directionOf(delta, 0), 'up'),
      reasons: delta === null || !reasons ? [] : approvalReasonsFor(reasons[group], moves),
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
  return context.scenario.goals.map((goal) => {
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
    shortName: context.scenario.shortName,
    name: context.scenario.name,
    figuresYear: now.year,
    year: planning ? now.year + 1 : now.year,
    termYear: planning ? now.t + 1 : now.t,
    termYears: context.termYears,
    budgetUsdM,
    budget: formatUsdM(budgetUsdM, { digits: Number.isInteger(budgetUsdM) ? 0 : undefined }),
    indicators: selectIndicators(now, before),
    approval: selectApproval(now, before, context.approvalReasons, {
      abruptCost: lastAbruptCost(history),
      startApproval: model.baseline.approval,
    }),
    meanApproval: Math.round(mean * 100),
    collapseAt: Math.round(threshold * 100),
    warning: collapseWarning(mean, threshold),
    goals: selectGoalTracker(context, now),
  };
}
