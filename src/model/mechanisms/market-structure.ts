// Market structure (Sonobe & Otsuka's quantity-expansion and quality-upgrading phases).
// Margins drive entry within a year; firms act on a smoothed margin for exit, so exits build over
// 1-3 years; entry lowers margins (crowding). Only when skills and trust pass their thresholds does
// the cluster switch to upgrading: quality rises and some SMEs grow into large firms.
// Limitation: SME dominance (many small firms competing on price).
import type { Model } from '../setup';
import { threshold } from '../math';

export interface MarginInputs {
  smeFirms: number;
  t: number;
  protection: number;
  subsidy: number;
  infrastructure: number;
  cyclical: number;
  qualityLift: number;
  standardsCost: number;
  /** Margin lost to large firms taking a larger share of output than at the start. */
  largeCompetition?: number;
}

/**
 * Trend growth of the cluster's market in year t: the starting rate converges to the long-run rate
 * (booms mature), so long runs stay plausible.
 */
export function trendGrowthAt(model: Model, t: number): number {
  const p = model.params;
  return p.marketGrowthLongRun + (p.marketGrowth - p.marketGrowthLongRun) * Math.exp(-p.marketGrowthConvergence * t);
}

/** Log growth of the trend market from the start to year t (the integral of trendGrowthAt). */
export function trendLogGrowth(model: Model, t: number): number {
  const p = model.params;
  const c = p.marketGrowthConvergence;
  const gap = p.marketGrowth - p.marketGrowthLongRun;
  return p.marketGrowthLongRun * t + (c > 1e-9 ? (gap * (1 - Math.exp(-c * t))) / c : gap * t);
}

/** The firm count the market supports grows with trend demand. */
export function supportedSmeFirms(model: Model, t: number): number {
  return model.baseline.smeFirms * Math.exp(trendLogGrowth(model, t));
}

export function smeMargin(model: Model, m: MarginInputs): number {
  const p = model.params;
  const crowding = p.crowding * Math.log(Math.max(m.smeFirms, 1) / supportedSmeFirms(model, m.t));
  return (
    p.normalMargin +
    m.protection +
    m.subsidy +
    m.infrastructure +
    m.cyclical +
    m.qualityLift -
    m.standardsCost -
    (m.largeCompetition ?? 0) -
    crowding
  );
}

export function nextExpectedMargin(model: Model, expected: number, margin: number): number {
  return expected + model.params.marginExpectation * (margin - expected);
}

/**
 * Net SME growth rate: trend entry (`trend`, the year's trendGrowthAt; the starting rate by
 * default), extra entry on high margins, exit on low expected margins, plus the workshops that
 * enforced standards and upgrading push out (`complianceExit`).
 */
export function smeNetEntryRate(
  model: Model,
  margin: number,
  expectedMargin: number,
  trend = model.params.marketGrowth,
  complianceExit = 0,
): { entry: number; exit: number } {
  const p = model.params;
  const entry = Math.max(0, trend) + p.entryResponse * Math.max(0, margin - p.normalMargin);
  const exit = Math.min(
    0.6,
    p.exitResponse * Math.max(0, p.normalMargin - expectedMargin) + Math.max(0, -trend) + complianceExit,
  );
  return { entry, exit };
}

/** 0..1: how far the cluster has switched to quality upgrading. */
export function upgradingGate(model: Model, skills: number, trust: number): number {
  const p = model.params;
  return threshold(skills, p.upgradeSkillThreshold) * threshold(trust, p.upgradeTrustThreshold);
}

/** SMEs growing into large firms this year. */
export function graduatingSmes(model: Model, smeFirms: number, gate: number): number {
  return model.params.graduation * gate * smeFirms;
}
