// Trust: moves toward a target over 1-2 years. A rising large-firm share (vertical integration, the
// technology gap) and fierce competition erode it (Meyer-Stamer 1998; Wilson 1992; McCormick 1998;
// Schmitz 1999 on Sinos Valley); collaborative projects rebuild it. Limitation: eroding trust.
import type { Model } from '../setup';
import { clamp01 } from '../math';

export function trustTarget(model: Model, largeJobShare: number, marginShortfall: number, jointLift: number): number {
  const p = model.params;
  const b = model.baseline;
  return clamp01(b.trust - p.concentrationErosion * (largeJobShare - b.largeJobShare) - p.competitionErosion * marginShortfall + jointLift);
}

export function nextTrust(model: Model, trust: number, target: number): number {
  return clamp01(trust + model.params.trustAdjustment * (target - trust));
}
