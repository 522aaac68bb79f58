// Infrastructure: roads, power, telecom. The stock closes part of the deficit as projects finish,
// depreciates back toward what general government maintains, and firms' use of it (services)
// catches up gradually, so the output elasticity is ~0.08 in the short run and ~0.12 in the long
// run (Bom & Ligthart 2014). Limitation: weak macro environment (Kamukunji has no grid).
import type { Model } from '../setup';
import { clamp01, saturate } from '../math';
import { referenceUnits } from './budget';

export function nextInfrastructure(model: Model, infrastructure: number, arrivingUsdM: number): number {
  const p = model.params;
  const gain = (1 - infrastructure) * p.infrastructureReach * saturate(referenceUnits(model, arrivingUsdM));
  const decay = p.infrastructureDepreciation * (infrastructure - model.baseline.infrastructure);
  return clamp01(infrastructure + gain - decay);
}

export function nextInfrastructureServices(model: Model, services: number, infrastructure: number): number {
  const p = model.params;
  const target = Math.max(infrastructure, 1e-3) ** p.infrastructureElasticity;
  return services + p.infrastructureAdjustment * (target - services);
}

/** Output multiplier from infrastructure services relative to the start. */
export function infrastructureOutputFactor(model: Model, services: number): number {
  const start = Math.max(model.baseline.infrastructure, 1e-3) ** model.params.infrastructureElasticity;
  return services / start;
}

/** SME margin change from the deficit (Allcott et al. 2016: 5-10% of producer surplus), relative to the start. */
export function infrastructureMarginEffect(model: Model, infrastructure: number): number {
  return model.params.deficitMarginCost * (infrastructure - model.baseline.infrastructure);
}
