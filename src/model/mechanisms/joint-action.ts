// Joint action (active collective efficiency, Schmitz & Nadvi 1999): funded collaborative projects
// accumulate, raise trust and, through trust, productivity (the Emasim network: sales +200%).
// Limitation: eroding trust (the socio-cultural environment weakens unless it is worked on).
import type { Model } from '../setup';
import { saturate } from '../math';
import { referenceUnits } from './budget';

export function nextJointCapital(model: Model, jointCapital: number, newJointUsdM: number): number {
  return jointCapital * (1 - model.params.jointDepreciation) + newJointUsdM;
}

export function jointSaturation(model: Model, jointCapital: number): number {
  return saturate(referenceUnits(model, jointCapital));
}

export function jointTrustLift(model: Model, jointCapital: number): number {
  return model.params.jointTrust * jointSaturation(model, jointCapital);
}

export function jointProductivityGrowth(model: Model, jointCapital: number, trust: number): number {
  return model.params.jointProductivity * jointSaturation(model, jointCapital) * trust;
}
