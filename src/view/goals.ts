// A scenario's goals: what each asks for and where the cluster stands against it, in the units every
// screen uses (the briefing, the play screen's goal tracker and the debrief). Pure; no DOM.
import type { ClusterState } from '../model';
import type { Scenario } from '../scenario';
import { formatCount, formatNumber, formatShare, formatUsd, formatUsdM } from './format';
import { index100, msg, type Msg } from './report';

export type Goal = Scenario['goals'][number];
type GoalMetric = Goal['metric'];

/** Metrics where less is better. */
const LOWER_IS_BETTER: ReadonlySet<GoalMetric> = new Set(['poverty']);

/** A share or 0-100 index with `digits` decimals (to tell a value from a target it rounds to). */
function formatFiner(metric: GoalMetric, value: number, digits: number): string | null {
  if (metric === 'quality' || metric === 'poverty' || metric === 'smeShare') return formatShare(value, { digits });
  if (metric === 'trust' || metric === 'workingConditions') return `${formatNumber(value * 100, { digits })}/100`;
  return null;
}

export function formatMetric(metric: GoalMetric, value: number): string {
  switch (metric) {
    case 'outputUsdM':
      return formatUsdM(value);
    case 'employment':
      return formatCount(value);
    case 'poverty':
    case 'smeShare':
      return formatShare(value);
    case 'quality':
      return formatShare(value, { digits: 0 });
    case 'wageUsdPerDay':
      return `${formatUsd(value)}`;
    default:
      // Quality, trust and working conditions: 0..1 indices, shown on the HUD's 0-100 scale.
      return index100(value);
  }
}

export interface GoalRow {
  label: string;
  met: boolean;
  yours: string;
  /** What it was compared with: "above 40 %", or the baseline's value. */
  target: Msg;
}

/** What a fixed goal asks for, in the units used on every screen ("above 40 %"); null for a goal against no new policy (its label says so). */
export function goalTarget(goal: Goal): Msg | null {
  if (goal.comparison === 'beatBaseline') return null;
  return msg(goal.comparison === 'above' ? 'above {value}' : 'below {value}', { value: formatMetric(goal.metric, goal.value ?? 0) });
}

/** Whether `final` meets the goal; a goal against no new policy is missed when there is no baseline to beat. */
export function goalMet(goal: Goal, final: ClusterState, baseline: ClusterState | null): boolean {
  const yours = final[goal.metric];
  if (goal.comparison === 'beatBaseline') {
    if (baseline === null) return false;
    return LOWER_IS_BETTER.has(goal.metric) ? yours < baseline[goal.metric] : yours > baseline[goal.metric];
  }
  const value = goal.value ?? 0;
  return goal.comparison === 'above' ? yours > value : yours < value;
}

export function evaluateGoal(goal: Goal, final: ClusterState, baseline: ClusterState | null): GoalRow {
  const yours = final[goal.metric];
  const met = goalMet(goal, final, baseline);
  let target: Msg;
  if (goal.comparison === 'beatBaseline') {
    const other = baseline ? baseline[goal.metric] : yours;
    target = msg(LOWER_IS_BETTER.has(goal.metric) ? 'below no new policy ({value})' : 'above no new policy ({value})', {
      value: formatMetric(goal.metric, other),
    });
  } else {
    target = goalTarget(goal) as Msg;
  }
  return { label: goal.label, met, yours: goalValueText(goal, yours, met), target };
}

/**
 * The player's value for a goal, finer where the usual figure equals the target's but the goal is
 * not met: "39.9 %; goal above 40 %", never "40 %; goal above 40 %" marked off track.
 */
export function goalValueText(goal: Goal, value: number, met: boolean): string {
  const target = goal.value ?? 0;
  const text = formatMetric(goal.metric, value);
  if (met || goal.comparison === 'beatBaseline' || text !== formatMetric(goal.metric, target)) return text;
  // As many decimals as it takes (up to three) for the value not to read as the target.
  for (let digits = 1; digits <= 3; digits++) {
    const finer = formatFiner(goal.metric, value, digits);
    if (finer !== null && finer !== formatFiner(goal.metric, target, digits)) return finer;
  }
  return text;
}
