// Incentives: financial and fiscal support with a target. Untargeted support is mostly captured by
// large firms (seed paper s.2.2.3; Lazzarini et al. 2015: no effect on their performance); SME
// targeting reaches SMEs, and pays off in quality when skills are there (Sonobe & Otsuka: training
// first, then finance); `fdi` attracts foreign plants; `joint` funds collaborative projects.
// Labour-standard conditionality: only compliant firms get support. Limitation: SME dominance.
import type { Decisions } from '../types';
import type { Model } from '../setup';
import { saturate } from '../math';
import { referenceUnits } from './budget';

export interface IncentiveSplit {
  toSmeUsdM: number;
  toLargeUsdM: number;
  toForeignUsdM: number;
  toJointUsdM: number;
}

export function splitIncentives(model: Model, decisions: Decisions, effectiveUsdM: number): IncentiveSplit {
  const p = model.params;
  const split: IncentiveSplit = { toSmeUsdM: 0, toLargeUsdM: 0, toForeignUsdM: 0, toJointUsdM: 0 };
  switch (decisions.incentiveTarget) {
    case 'sme':
      split.toSmeUsdM = effectiveUsdM * (1 - p.smeTargetingLeak);
      split.toLargeUsdM = effectiveUsdM * p.smeTargetingLeak;
      break;
    case 'all':
      split.toLargeUsdM = effectiveUsdM * p.largeFirmCapture;
      split.toSmeUsdM = effectiveUsdM * (1 - p.largeFirmCapture);
      break;
    case 'fdi':
      split.toForeignUsdM = effectiveUsdM * 0.8;
      split.toLargeUsdM = effectiveUsdM * 0.2;
      break;
    case 'joint':
      split.toJointUsdM = effectiveUsdM;
      break;
  }
  if (decisions.laborStandards) {
    // Fewer informal SMEs qualify; what they cannot take goes to compliant larger firms [assumption: 30%].
    const shifted = split.toSmeUsdM * 0.3;
    split.toSmeUsdM -= shifted;
    split.toLargeUsdM += shifted;
  }
  return split;
}

/** A subsidy's margin effect levels off once it reaches about this share of SME output [assumption]. */
const SUBSIDY_SATURATION_SHARE = 0.25;

/**
 * SME margin from support: rises with support as a share of SME output, with diminishing returns,
 * and only as far as owners have the skills to use it (training first, then finance: Otsuka 2018;
 * grants to micro-enterprises pay mostly where owners can invest them, McKenzie 2017). `skills`
 * defaults to full use.
 */
export function subsidyMarginEffect(model: Model, toSmeUsdM: number, smeOutputUsdM: number, skills = 1): number {
  if (smeOutputUsdM <= 0) return 0;
  const share = toSmeUsdM / smeOutputUsdM;
  const skillGate = Math.min(1, skills / 0.5);
  return model.params.subsidyMarginEffect * SUBSIDY_SATURATION_SHARE * saturate(share / SUBSIDY_SATURATION_SHARE) * skillGate;
}

/** SME investment raises quality, but only as far as skills let firms use it. */
export function subsidyQualityGain(model: Model, toSmeUsdM: number, skills: number): number {
  const skillGate = Math.min(1, skills / 0.5);
  return model.params.subsidyInvestmentQuality * saturate(referenceUnits(model, toSmeUsdM)) * skillGate;
}

/** Extra large-firm capacity (as a growth rate of their number) from captured support. */
export function largeExpansionRate(model: Model, toLargeUsdM: number): number {
  return model.params.largeExpansion * saturate(referenceUnits(model, toLargeUsdM));
}

/**
 * Foreign plants attracted this year: each costs fdiPlantCostYears of a plant's value added in
 * tax holidays and grants, and a location can attract only so many a year (fdiAttraction per
 * existing large firm), so money beyond that buys less.
 */
export function foreignPlantsAttracted(model: Model, toForeignUsdM: number, largeFirms: number, plantSizeUsdM: number): number {
  const ceiling = model.params.fdiAttraction * (largeFirms + 1);
  const plantCostUsdM = model.params.fdiPlantCostYears * plantSizeUsdM;
  // No price for a plant (no size yet, or no cost): none is bought, rather than infinitely many.
  if (!(ceiling > 0 && plantCostUsdM > 0)) return 0;
  return ceiling * saturate(toForeignUsdM / plantCostUsdM / ceiling);
}

/** How strongly labour-standard conditionality bites: it needs incentive money to have teeth. */
export function standardsStrength(model: Model, decisions: Decisions, incentivesEffectiveUsdM: number): number {
  return decisions.laborStandards ? saturate(2 * referenceUnits(model, incentivesEffectiveUsdM)) : 0;
}
