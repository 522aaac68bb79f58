// Demand from outside: world demand and the real exchange rate follow AR(1) processes with seeded
// innovations; the exported part of output moves with them, so external dependence makes jobs
// sensitive to foreign demand (Guadalajara lost up to 24,000 jobs in 2001). Limitation: external dependence.
import type { Model } from '../setup';

export function nextWorldDemandLog(model: Model, worldDemandLog: number, innovation: number): number {
  return model.params.demandPersistence * worldDemandLog + innovation;
}

export function nextExchangeRateLog(exchangeRateLog: number, innovation: number): number {
  return 0.7 * exchangeRateLog + innovation;
}

/**
 * Output multiplier from demand: the exported share moves with world demand and the exchange rate,
 * and a buyer leaving costs half its orders this year before they are resold at home [assumption].
 */
export function demandFactor(model: Model, exportShare: number, worldDemandLog: number, exchangeRateLog: number, buyerExit: number): number {
  const exportMultiplier = Math.exp(worldDemandLog - model.params.exportPriceElasticity * exchangeRateLog);
  return (1 - exportShare) + exportShare * exportMultiplier * (1 - buyerExit / 2);
}
