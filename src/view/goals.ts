// A scenario's goals: what each asks for and where the cluster stands against it, in the units every
// screen uses (the briefing, the play screen's goal tracker and the debrief). Pure; no DOM.
import type { ClusterState } from '../model';
import type { Scenario } from '../scenario';
import { formatCount, formatShare, formatUsd, formatUsdM } from './format';
import { index100, msg, type Msg } from './report';

export type Goal = Scenario['goals'][number];
type GoalMetric = Goal['metric'];

/** Metrics where less is better. */
const LOWER_IS_BETTER: ReadonlySet<GoalMetric> = new Set(['poverty']);

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

export function evaluateGoal(goal: Goal, final: ClusterState, baseline: ClusterState | null): GoalRow {
  const yours = final[goal.metric];
  let met: boolean;
  let target: Msg;
  if (goal.comparison === 'beatBaseline') {
    const other = baseline ? baseline[goal.metric] : yours;
    met = baseline !== null && (LOWER_IS_BETTER.has(goal.metric) ? yours < other : yours > other);
    target = msg(LOWER_IS_BETTER.has(goal.metric) ? 'below no new policy ({value})' : 'above no new policy ({value})', {
      value: formatMetric(goal.metric, other),
    });
  } else {
    const value = goal.value ?? 0;
    met = goal.comparison === 'above' ? yours > value : yours < value;
    target = goalTarget(goal) as Msg;
  }
  return { label: goal.label, met, yours: formatMetric(goal.metric, yours), target };
}
