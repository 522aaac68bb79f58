// Research centres: built over 4-6 years, then a knowledge stock that depreciates. It raises
// productivity and quality only when skills pass the absorptive-capacity threshold, with returns
// in an inverted U of the distance to the frontier (Goni & Maloney 2017), and only as far as
// public research is linked to firms (seed paper: isolated). Limitation: low value-added specialisation.
import { researchPayoffAt, type Model } from '../setup';
import { saturate } from '../math';
import { referenceUnits } from './budget';

export function nextResearch(model: Model, research: number, arrivingUsdM: number): number {
  const p = model.params;
  const gain = p.researchReach * saturate(referenceUnits(model, arrivingUsdM));
  const decay = p.researchDepreciation * (research - model.baseline.research);
  return Math.max(0, research + gain - decay);
}

/** Research payoff above the start (so the institutions already there are part of baseline growth). */
export function researchPayoffGain(model: Model, research: number, skills: number, productivity: number): number {
  return researchPayoffAt(model, research, skills, productivity) - model.baseline.researchPayoff;
}

export function researchProductivityGrowth(model: Model, payoffGain: number): number {
  return model.params.researchProductivity * payoffGain;
}

export function researchQualityGain(model: Model, payoffGain: number): number {
  return model.params.researchQuality * payoffGain;
}
