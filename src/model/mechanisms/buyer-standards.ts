// Buyer standards: a foreign buyer or regulator imposes a quality standard (the US FDA's 1994 ban
// on Sialkot's surgical instruments, EU CE marking). What decides the outcome is how ready the
// cluster is: the quality of its products, the skills of its workers and joint action (funded
// collaborative projects and trust), which let small firms certify together. Sialkot's association
// hired consultants and set up shared quality systems, met the FDA's terms and kept its market
// (Nadvi 1999). A cluster far short of the bar loses a large share of its export orders, and the
// export share then recovers only slowly (trade.ts pulls it back at exportDecay a year); one that
// clears the bar wins orders from rivals that cannot comply. Limitation: external dependence.
import type { Model } from '../setup';
import { clamp01 } from '../math';
import { jointSaturation } from './joint-action';

/** Weights of quality, skills and joint action in readiness [assumption: joint action weighs most, as in Sialkot]. */
const WEIGHT_QUALITY = 0.35;
const WEIGHT_SKILLS = 0.25;
const WEIGHT_JOINT = 0.4;
/** Most of a cluster's export orders a standard can take in one blow, and most it can add [assumption]. */
const MAX_LOSS = 0.7;
const MAX_GAIN = 0.15;

export interface Readiness {
  quality: number;
  skills: number;
  trust: number;
  /** Collaborative projects, US$ million equivalent (the player's and the donors'). */
  collaboration: number;
}

/** How well the cluster can meet a quality standard, 0..1. Joint action: half trust, half funded projects. */
export function standardReadiness(model: Model, r: Readiness): number {
  const joint = 0.5 * r.trust + 0.5 * jointSaturation(model, r.collaboration);
  return WEIGHT_QUALITY * r.quality + WEIGHT_SKILLS * r.skills + WEIGHT_JOINT * joint;
}

/** Readiness at the start of the run, which a standard's size is measured from. */
export function startingReadiness(model: Model): number {
  const b = model.baseline;
  return standardReadiness(model, { quality: b.quality, skills: b.skills, trust: b.trust, collaboration: 0 });
}

/**
 * How far the cluster falls short of a standard set `standard` above its starting readiness
 * (negative: it clears the bar by that much). 0 when no standard hits.
 */
export function standardShortfall(model: Model, standard: number, r: Readiness): number {
  if (standard <= 0) return 0;
  return startingReadiness(model) + standard - standardReadiness(model, r);
}

/** Export share after a standard hits: orders lost when short, won from rivals when clear of the bar. */
export function exportShareAfterStandard(model: Model, exportShare: number, standard: number, r: Readiness): number {
  if (standard <= 0) return exportShare;
  const shortfall = standardShortfall(model, standard, r);
  if (shortfall > 0) return exportShare * (1 - Math.min(MAX_LOSS, model.params.buyerStandardLoss * shortfall));
  return clamp01(exportShare * (1 + Math.min(MAX_GAIN, model.params.buyerStandardGain * -shortfall)));
}
