// Demand from outside: world demand and the real exchange rate follow AR(1) processes with seeded
// innovations; the exported part of output moves with them, so external dependence makes jobs
// sensitive to foreign demand (Guadalajara lost up to 24,000 jobs in 2001). Limitation: external dependence.
import type { Model } from '../setup';

/**
 * Log world demand at the end of year `t`: a trend of worldDemandGrowth per year plus an AR(1)
 * deviation around it. With no trend (the default) the log is the deviation alone, computed exactly
 * as before the trend existed, so runs without the assumption are unchanged to the last bit.
 */
export function nextWorldDemandLog(model: Model, worldDemandLog: number, innovation: number, t: number): number {
  const p = model.params;
  const trend = p.worldDemandGrowth;
  if (trend === 0) return p.demandPersistence * worldDemandLog + innovation;
  return trend * t + p.demandPersistence * (worldDemandLog - trend * (t - 1)) + innovation;
}

export function nextExchangeRateLog(exchangeRateLog: number, innovation: number): number {
  return 0.7 * exchangeRateLog + innovation;
}

/**
 * Output multiplier from demand, relative to the start: the home market keeps its starting share
 * of output, and export orders follow the export share (foreign buyers won or lost) and move with
 * world demand and the exchange rate. Orders a departed buyer took are not resold at home; they
 * come back only as firms find new buyers. `inputCostLog` is the tariff's cost on imported inputs (trade.ts).
 * A cluster that exported everything and lost every buyer still sells a little (repairs, scrap,
 * the local market): demand never falls below MIN_DEMAND of the start, so output never reaches 0
 * (the model measures every change against last year's output and sizes) [assumption].
 */
export function demandFactor(model: Model, exportShare: number, worldDemandLog: number, exchangeRateLog: number, inputCostLog = 0): number {
  const exportMultiplier = Math.exp(worldDemandLog - model.params.exportPriceElasticity * exchangeRateLog + inputCostLog);
  return Math.max(MIN_DEMAND, 1 - model.baseline.exportShare + exportShare * exportMultiplier);
}

/** The floor of the demand factor: 2 % of the starting demand [assumption]. */
export const MIN_DEMAND = 0.02;
