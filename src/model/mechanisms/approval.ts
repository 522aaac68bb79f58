// Stakeholder approval: SMEs, large firms/TNCs, workers and donors each react to the policies and
// outcomes that touch them, moving halfway to their target each year; abrupt policy changes cost
// every group at once. The term ends early when mean approval collapses (a game rule).
import { LEVERS, STAKEHOLDERS, type Approval, type Decisions, type Stakeholder } from '../types';
import type { Model } from '../setup';
import { clamp01, saturate } from '../math';
import { tariffPriceChangeLog } from './poverty';
import { protectionLevel } from './trade';

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

/** Reference units below which a group feels it gets nothing from the programme. */
const NEGLECT_SCALE = 0.05;
/** Approval a group loses in a year in which nothing in the budget is for it [assumption]. */
const NEGLECT_COST = 0.07;

/** A group's complaint when none of the lines it cares about gets money: 0 once they get some. */
function neglect(referenceUnits: number): number {
  return -NEGLECT_COST * Math.exp(-Math.max(0, referenceUnits) / NEGLECT_SCALE);
}

export function approvalReasons(model: Model, d: ApprovalDrivers): ApprovalReasons {
  const b = model.baseline;
  const p = model.params;
  const tariffChange = d.tariff - b.tariff;
  const tariffRise = Math.max(0, tariffChange);
  // What the tariff does to the price of goods households buy, and to the shelter SMEs get, against the start.
  const priceLevel = tariffPriceChangeLog(model, b.tariff, d.tariff);
  const protection = protectionLevel(model, d.tariff) - protectionLevel(model, b.tariff);
  const std = d.standards ? 1 : 0;
  return {
    sme: [
      { driver: 'support for SMEs', effect: 0.35 * saturate(d.smeSupport) },
      { driver: 'nothing for small firms', effect: neglect(d.smeSupport + d.infrastructure + d.training + d.joint) },
      { driver: 'tariff protection', effect: 0.5 * p.importCompeting * protection },
      { driver: 'profit margins', effect: 1.5 * d.marginGap },
      { driver: 'infrastructure', effect: 0.1 * saturate(d.infrastructure) },
      { driver: 'training', effect: 0.08 * saturate(d.training) },
      { driver: 'labour standards compliance', effect: -0.06 * std },
    ],
    large: [
      { driver: 'support for large firms', effect: 0.35 * saturate(d.largeSupport) },
      { driver: 'nothing for large firms', effect: model.baseline.largeJobShare > 0.02 ? neglect(d.largeSupport + d.infrastructure + d.trade) : 0 },
      // Dearer imported inputs: mild for small moves, steep for high protection [assumption].
      { driver: 'tariffs on inputs', effect: -0.2 * tariffChange - 0.6 * tariffRise * tariffRise },
      { driver: 'infrastructure', effect: 0.12 * saturate(d.infrastructure) },
      { driver: 'export promotion', effect: 0.08 * saturate(d.trade) },
      { driver: 'labour standards compliance', effect: -0.05 * std },
    ],
    workers: [
      { driver: 'jobs', effect: 2.5 * d.employmentGrowthLog },
      { driver: 'wages', effect: 2.5 * d.wageGrowthLog },
      { driver: 'prices of goods', effect: -2 * priceLevel },
      { driver: 'working conditions', effect: 0.6 * (d.workingConditions - b.workingConditions) },
      { driver: 'labour standards', effect: 0.08 * std },
      { driver: 'training', effect: 0.08 * saturate(d.training) },
      { driver: 'fire or accident', effect: -3 * d.accident },
    ],
    donors: [
      { driver: 'training and research', effect: 0.12 * saturate(d.training) + 0.1 * saturate(d.research) },
      { driver: 'joint projects', effect: 0.12 * saturate(d.joint) },
      { driver: 'nothing for skills, research or joint projects', effect: neglect(d.training + d.research + d.joint) },
      { driver: 'labour standards', effect: 0.08 * std },
      { driver: 'protectionism', effect: -0.4 * tariffChange - 0.8 * tariffRise * tariffRise },
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
  return 0.1 * cut + 0.4 * Math.abs(next.tariff - previous.tariff) + (switched ? 0.02 : 0);
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
