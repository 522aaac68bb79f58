// Poverty: the headcount responds to growth of poor households' labour income from the cluster
// (jobs x wages per head of the local population), with a growth elasticity of about -1 to -2.8
// (Adams 2004; Ram 2006), larger when growth is labour-intensive (Loayza & Raddatz 2010).
import type { Model } from '../setup';
import { clamp } from '../math';

export function povertyElasticity(model: Model, smeShare: number): number {
  const p = model.params;
  return clamp(p.povertyElasticity * (1 + p.laborIntensityPovertyBoost * smeShare), -2.8, -1);
}

/**
 * Labour income reaching poor households per head of the labour force: informal and SME jobs are
 * where the poor work; large firms and foreign plants hire few of them (skilled, formal workers),
 * so growth led by large firms cuts poverty less than growth led by small firms.
 */
export function poorHouseholdsLabourIncome(model: Model, smeEmployment: number, largeEmployment: number, wageUsdPerDay: number, laborForce: number): number {
  return ((smeEmployment + model.params.poorInFormalJobs * largeEmployment) * wageUsdPerDay) / Math.max(laborForce, 1);
}

/** Log change in the prices poor households pay when the tariff moves from `from` to `to`. */
export function tariffPriceChangeLog(model: Model, from: number, to: number): number {
  return model.params.poorTradableShare * (Math.log(1 + Math.max(0, to)) - Math.log(1 + Math.max(0, from)));
}

/** Log change in what poor households pay for housing when migrants arrive (rents follow crowding). */
export function housingCostChangeLog(model: Model, migrationRate: number): number {
  return model.params.housingCostShare * model.params.rentResponse * Math.max(0, migrationRate);
}

export function nextPoverty(model: Model, poverty: number, laborIncomePerHeadGrowthLog: number, smeShare: number, priceChangeLog = 0): number {
  const realIncomeGrowth = model.params.clusterIncomeShare * laborIncomePerHeadGrowthLog - priceChangeLog;
  const change = povertyElasticity(model, smeShare) * realIncomeGrowth;
  return clamp(poverty * Math.exp(change), 0.005, 0.95);
}
