// Poverty: the headcount responds to growth of poor households' labour income from the cluster
// (jobs x wages per head of the local population), with a growth elasticity of about -1 to -2.8
// (Adams 2004; Ram 2006), larger when growth is labour-intensive (Loayza & Raddatz 2010).
import type { Model } from '../setup';
import { clamp } from '../math';

export function povertyElasticity(model: Model, smeShare: number): number {
  const p = model.params;
  return clamp(p.povertyElasticity * (1 + p.laborIntensityPovertyBoost * smeShare), -2.8, -1);
}

export function nextPoverty(model: Model, poverty: number, laborIncomePerHeadGrowthLog: number, smeShare: number): number {
  const change = povertyElasticity(model, smeShare) * model.params.clusterIncomeShare * laborIncomePerHeadGrowthLog;
  return clamp(poverty * Math.exp(change), 0.005, 0.95);
}
