// Stakeholder approval: SMEs, large firms/TNCs, workers and donors each react to the policies and
// outcomes that touch them, moving halfway to their target each year; abrupt policy changes cost
// every group at once. The term ends early when mean approval collapses (a game rule).
import { LEVERS, STAKEHOLDERS, type Approval, type Decisions, type Stakeholder } from '../types';
import type { Model } from '../setup';
import { clamp01, saturate } from '../math';

export interface ApprovalDrivers {
  /** Reference units of support reaching each group this year. */
  smeSupport: number;
  largeSupport: number;
  infrastructure: number;
  training: number;
  research: number;
  joint: number;
  trade: number;
  tariff: number;
  marginGap: number;
  standards: boolean;
  employmentGrowthLog: number;
  wageGrowthLog: number;
  workingConditions: number;
  povertyChange: number;
  accident: number;
  leakage: number;
}

/** Why each group's approval moved: the named drivers, for the HUD. */
export type ApprovalReasons = Record<Stakeholder, { driver: string; effect: number }[]>;

export function approvalReasons(model: Model, d: ApprovalDrivers): ApprovalReasons {
  const b = model.baseline;
  const tariffChange = d.tariff - b.tariff;
  const std = d.standards ? 1 : 0;
  return {
    sme: [
      { driver: 'support for SMEs', effect: 0.35 * saturate(d.smeSupport) },
      { driver: 'tariff protection', effect: 0.4 * model.params.importCompeting * tariffChange },
      { driver: 'profit margins', effect: 1.5 * d.marginGap },
      { driver: 'infrastructure', effect: 0.1 * saturate(d.infrastructure) },
      { driver: 'training', effect: 0.08 * saturate(d.training) },
      { driver: 'labour standards compliance', effect: -0.06 * std },
    ],
    large: [
      { driver: 'support for large firms', effect: 0.35 * saturate(d.largeSupport) },
      { driver: 'tariffs on inputs', effect: -0.15 * tariffChange },
      { driver: 'infrastructure', effect: 0.12 * saturate(d.infrastructure) },
      { driver: 'export promotion', effect: 0.08 * saturate(d.trade) },
      { driver: 'labour standards compliance', effect: -0.05 * std },
    ],
    workers: [
      { driver: 'jobs', effect: 2.5 * d.employmentGrowthLog },
      { driver: 'wages', effect: 2.5 * d.wageGrowthLog },
      { driver: 'working conditions', effect: 0.6 * (d.workingConditions - b.workingConditions) },
      { driver: 'labour standards', effect: 0.08 * std },
      { driver: 'training', effect: 0.08 * saturate(d.training) },
      { driver: 'fire or accident', effect: -3 * d.accident },
    ],
    donors: [
      { driver: 'training and research', effect: 0.12 * saturate(d.training) + 0.1 * saturate(d.research) },
      { driver: 'joint projects', effect: 0.12 * saturate(d.joint) },
      { driver: 'labour standards', effect: 0.08 * std },
      { driver: 'protectionism', effect: -0.4 * tariffChange },
      { driver: 'governance leakage', effect: -0.3 * (d.leakage - model.params.leakage) },
      { driver: 'poverty', effect: -3 * d.povertyChange },
    ],
  };
}

/**
 * The approval cost of changing policy abruptly [assumption]: cutting a programme people rely on,
 * moving the tariff, or switching who gets incentives. Starting or raising a programme costs nothing.
 */
export function abruptChangeCost(previous: Decisions, next: Decisions): number {
  let cut = 0;
  for (const lever of LEVERS) cut += Math.max(0, previous.allocation[lever] - next.allocation[lever]);
  const switched = next.incentiveTarget !== previous.incentiveTarget && previous.allocation.incentives > 0;
  return 0.08 * cut + 0.4 * Math.abs(next.tariff - previous.tariff) + (switched ? 0.02 : 0);
}

export function nextApproval(model: Model, approval: Approval, reasons: ApprovalReasons, abruptCost: number): Approval {
  const next = {} as Approval;
  for (const group of STAKEHOLDERS) {
    const target = clamp01(model.baseline.approval[group] + reasons[group].reduce((sum, r) => sum + r.effect, 0));
    next[group] = clamp01(approval[group] + 0.5 * (target - approval[group]) - abruptCost);
  }
  return next;
}

export function meanApproval(approval: Approval): number {
  return STAKEHOLDERS.reduce((sum, g) => sum + approval[g], 0) / STAKEHOLDERS.length;
}

export function approvalCollapsed(model: Model, approval: Approval): boolean {
  return meanApproval(approval) < model.params.approvalCollapse;
}
