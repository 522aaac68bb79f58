// Checks on one year's decisions, shared by the turn machine's guards and the plan parser.
import { INCENTIVE_TARGETS, LEVERS, type Decisions } from './types';

/** Shares may sum to 1 plus this much floating-point slack. */
export const SHARE_TOLERANCE = 1e-9;

export function allocationTotal(decisions: Pick<Decisions, 'allocation'>): number {
  return LEVERS.reduce((sum, lever) => sum + decisions.allocation[lever], 0);
}

/** Problems with a set of decisions, each naming the field; empty when valid. */
export function decisionProblems(d: Decisions): string[] {
  const problems: string[] = [];
  for (const lever of LEVERS) {
    const share = d.allocation[lever];
    if (!Number.isFinite(share) || share < 0 || share > 1) problems.push(`allocation.${lever} must be a share between 0 and 1 (got ${share})`);
  }
  const total = allocationTotal(d);
  if (total > 1 + SHARE_TOLERANCE) problems.push(`allocation shares sum to ${total.toFixed(3)}, more than the whole budget (1)`);
  if (!Number.isFinite(d.tariff) || d.tariff < 0 || d.tariff > 1) problems.push(`tariff must be between 0 and 1 (got ${d.tariff})`);
  if (!INCENTIVE_TARGETS.includes(d.incentiveTarget)) problems.push(`incentiveTarget must be one of ${INCENTIVE_TARGETS.join(', ')}`);
  if (typeof d.laborStandards !== 'boolean') problems.push('laborStandards must be true or false');
  return problems;
}
