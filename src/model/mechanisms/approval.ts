// Stakeholder approval: SMEs, large firms/TNCs, workers and donors each react to the policies and
// outcomes that touch them, moving halfway to their target each year; abrupt policy changes cost
// the groups they go against. Each also hears how the people it speaks for fared (groups.ts): SMEs
// their owners' income, large firms theirs, workers formal, informal and women workers' pay, donors
// the poorest groups' real income. The term ends early when mean approval collapses (a game rule).
import { LEVERS, STAKEHOLDERS, type Approval, type Decisions, type IncentiveTarget, type Stakeholder } from '../types';
import type { Model } from '../setup';
import { clamp01, saturate } from '../math';
import { tariffPriceChangeLog } from './poverty';
import { protectionLevel } from './trade';
import type { GroupIncomeGrowth } from './groups';

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
  workingConditions: number;
  povertyChange: number;
  accident: number;
  leakage: number;
  /** How the incomes of the groups each stakeholder speaks for grew this year (groups.ts). */
  groups: GroupIncomeGrowth;
}

/**
 * Why each group's approval moved: the named drivers, for the HUD. A `flow` driver reacts to this
 * year's news (jobs gained, a group's income, poverty's change, a fire) rather than to a standing policy or
 * level, so when the news stops, what it had built up wears off.
 */
export type ApprovalReasons = Record<Stakeholder, { driver: string; effect: number; flow?: true }[]>;

/** Reference units below which a group feels it gets nothing from the programme. */
const NEGLECT_SCALE = 0.05;
/** Approval a group loses in a year in which nothing in the budget is for it [assumption]. */
const NEGLECT_COST = 0.07;

/** A group's complaint when none of the lines it cares about gets money: 0 once they get some. */
function neglect(referenceUnits: number): number {
  return -NEGLECT_COST * Math.exp(-Math.max(0, referenceUnits) / NEGLECT_SCALE);
}

/** Approval per log point of income growth of the people a stakeholder speaks for [assumption]. */
const SME_OWNER_INCOME = 0.4;
const LARGE_OWNER_INCOME = 0.4;
/** Donors watch the poorest groups' real incomes (informal and women workers) [assumption]. */
const POOREST_INCOME = 1;

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
      { driver: "SME owners' income", effect: SME_OWNER_INCOME * d.groups.smeOwners, flow: true },
    ],
    large: [
      { driver: 'support for large firms', effect: 0.35 * saturate(d.largeSupport) },
      { driver: 'nothing for large firms', effect: model.baseline.largeJobShare > 0.02 ? neglect(d.largeSupport + d.infrastructure + d.trade) : 0 },
      // Dearer imported inputs: mild for small moves, steep for high protection [assumption].
      { driver: 'tariffs on inputs', effect: -0.2 * tariffChange - 0.6 * tariffRise * tariffRise },
      { driver: 'infrastructure', effect: 0.12 * saturate(d.infrastructure) },
      { driver: 'export promotion', effect: 0.08 * saturate(d.trade) },
      { driver: 'labour standards compliance', effect: -0.05 * std },
      { driver: "large-firm owners' income", effect: LARGE_OWNER_INCOME * d.groups.largeOwners, flow: true },
    ],
    workers: [
      { driver: 'jobs', effect: 2.5 * d.employmentGrowthLog, flow: true },
      // Pay as formal, informal and women workers feel it (groups.ts), in place of the average wage.
      { driver: "workers' incomes", effect: 2.5 * d.groups.workers, flow: true },
      { driver: 'prices of goods', effect: -2 * priceLevel },
      { driver: 'working conditions', effect: 0.6 * (d.workingConditions - b.workingConditions) },
      { driver: 'labour standards', effect: 0.08 * std },
      { driver: 'training', effect: 0.08 * saturate(d.training) },
      { driver: 'fire or accident', effect: -3 * d.accident, flow: true },
    ],
    donors: [
      { driver: 'training and research', effect: 0.12 * saturate(d.training) + 0.1 * saturate(d.research) },
      { driver: 'joint projects', effect: 0.12 * saturate(d.joint) },
      { driver: 'nothing for skills, research or joint projects', effect: neglect(d.training + d.research + d.joint) },
      { driver: 'labour standards', effect: 0.08 * std },
      { driver: 'protectionism', effect: -0.4 * tariffChange - 0.8 * tariffRise * tariffRise },
      { driver: 'governance leakage', effect: -0.3 * (d.leakage - model.params.leakage) },
      { driver: 'poverty', effect: -3 * d.povertyChange, flow: true },
      { driver: 'incomes of the poorest groups', effect: POOREST_INCOME * d.groups.poorest, flow: true },
    ],
  };
}

/** Approval closes this share of the gap to its target each year. */
export const APPROVAL_ADJUSTMENT = 0.5;

/** Who gains when incentives are switched to a target: they do not count the switch against you. */
const TARGET_GAINERS: Record<IncentiveTarget, readonly Stakeholder[]> = {
  sme: ['sme'],
  // Untargeted support is mostly captured by large firms (incentives.ts).
  all: ['large'],
  fdi: ['large'],
  joint: ['sme', 'donors'],
};

/**
 * The approval cost of changing policy abruptly, by group [assumption]. Cutting a programme people
 * rely on costs every group; moving the tariff or switching who gets incentives costs only the
 * groups the move goes against: a tariff cut costs the SMEs it shielded, a rise costs the large
 * firms that import inputs, the workers who pay more for goods and the donors who oppose
 * protection, as their drivers in approvalReasons say. Starting or raising a programme costs nothing.
 */
export function abruptChangeCost(previous: Decisions, next: Decisions): Approval {
  let cut = 0;
  for (const lever of LEVERS) cut += Math.max(0, previous.allocation[lever] - next.allocation[lever]);
  const programmes = 0.1 * cut;
  const tariffMove = 0.4 * Math.abs(next.tariff - previous.tariff);
  const raised = next.tariff > previous.tariff;
  const switched = next.incentiveTarget !== previous.incentiveTarget && previous.allocation.incentives > 0;
  const gainers = TARGET_GAINERS[next.incentiveTarget];
  const cost = {} as Approval;
  for (const group of STAKEHOLDERS) {
    const hurtByTariff = raised ? group !== 'sme' : group === 'sme';
    cost[group] = programmes + (hurtByTariff ? tariffMove : 0) + (switched && !gainers.includes(group) ? 0.02 : 0);
  }
  return cost;
}

export function nextApproval(model: Model, approval: Approval, reasons: ApprovalReasons, abruptCost: Approval): Approval {
  const k = APPROVAL_ADJUSTMENT;
  const next = {} as Approval;
  for (const group of STAKEHOLDERS) {
    const target = clamp01(model.baseline.approval[group] + reasons[group].reduce((sum, r) => sum + r.effect, 0));
    next[group] = clamp01(approval[group] + k * (target - approval[group]) - abruptCost[group]);
  }
  return next;
}

/**
 * What each cause has built into a group's approval so far, against the group's usual mood (its
 * approval at the start): by driver, plus the jolts of event choices and abrupt changes.
 */
export type ApprovalLevels = Record<Stakeholder, Record<string, number>>;

/** One cause's part in a year's change of one group's approval. */
export interface ApprovalPart {
  driver: string;
  /** Change in approval, 0..1 scale (0.01 = one point). */
  effect: number;
  /** An earlier effect wearing off (the part pulls against what the cause does this year). */
  fading: boolean;
}

export const EVENT_CHOICE = 'event choice';
export const ABRUPT_CHANGE = 'abrupt policy change';

export function emptyApprovalLevels(): ApprovalLevels {
  return { sme: {}, large: {}, workers: {}, donors: {} };
}

/**
 * Splits a year's change in approval into its causes, exactly (while approval stays inside 0..1):
 * nextApproval is linear, so the gap to the usual mood is a sum of one level per cause, each closing
 * the same share of the gap to its own effect. A steady policy's parts shrink to nothing as
 * approval settles; a change shows in the year it happens; a one-off jolt (an event choice, an
 * abrupt change) shows, then fades. Pure: takes last year's levels and returns this year's.
 */
export function approvalChange(
  levels: ApprovalLevels,
  reasons: ApprovalReasons,
  eventJolt: Approval,
  abruptCost: Approval,
): { levels: ApprovalLevels; parts: Record<Stakeholder, ApprovalPart[]> } {
  const k = APPROVAL_ADJUSTMENT;
  const nextLevels = emptyApprovalLevels();
  const parts = {} as Record<Stakeholder, ApprovalPart[]>;
  for (const group of STAKEHOLDERS) {
    const before = levels[group];
    const after = nextLevels[group];
    const list: ApprovalPart[] = [];
    for (const { driver, effect, flow } of reasons[group]) {
      const level = before[driver] ?? 0;
      const part = k * (effect - level);
      after[driver] = level + part;
      // A standing driver's part is its own doing (support cut, margins recovering); news that
      // pulls against what it did this year is earlier news wearing off (last year's job boom).
      const pushes = Math.abs(effect) > 1e-9 && Math.sign(part) === Math.sign(effect);
      list.push({ driver, effect: part, fading: flow === true && !pushes });
    }
    const jolt = eventJolt[group];
    const eventLevel = before[EVENT_CHOICE] ?? 0;
    list.push({ driver: EVENT_CHOICE, effect: (1 - k) * jolt, fading: false });
    list.push({ driver: EVENT_CHOICE, effect: -k * eventLevel, fading: true });
    after[EVENT_CHOICE] = (1 - k) * (eventLevel + jolt);
    const abruptLevel = before[ABRUPT_CHANGE] ?? 0;
    list.push({ driver: ABRUPT_CHANGE, effect: -abruptCost[group], fading: false });
    list.push({ driver: ABRUPT_CHANGE, effect: -k * abruptLevel, fading: true });
    after[ABRUPT_CHANGE] = (1 - k) * abruptLevel - abruptCost[group];
    parts[group] = list.filter((p) => p.effect !== 0);
  }
  return { levels: nextLevels, parts };
}

export function meanApproval(approval: Approval): number {
  return STAKEHOLDERS.reduce((sum, g) => sum + approval[g], 0) / STAKEHOLDERS.length;
}

export function approvalCollapsed(model: Model, approval: Approval): boolean {
  return meanApproval(approval) < model.params.approvalCollapse;
}
