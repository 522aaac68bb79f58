// Employment: firms entering or leaving take their jobs with them; output per firm moves jobs with
// an elasticity of 0.4-0.7 (about 0.3 in TNC clusters), less what productivity saves (growth that
// comes from productivity makes fewer jobs than growth that comes from orders). SMEs are more
// labour-intensive, so where growth happens decides how many jobs it makes. Jobs are bounded by the
// local labour force; once surplus labour is absorbed, migrants come, crowding housing and holding
// wages down (see wages.ts and working-conditions.ts).
import type { Model } from '../setup';
import { lewisTightness } from './wages';

export function segmentEmployment(model: Model, firms: number, jobsPerFirmBefore: number, outputPerFirmRatio: number, productivityRatio = 1): number {
  const ratio = Math.max(outputPerFirmRatio, 1e-6);
  const saved = Math.max(productivityRatio, 1e-6) ** -model.params.laborSaving;
  return firms * jobsPerFirmBefore * ratio ** model.params.employmentElasticity * saved;
}

/** Migrants arriving this year, as a share of last year's labour force: they come when jobs are plentiful. */
export function migrationRate(model: Model, laborSurplus: number): number {
  return model.params.migrationMax * lewisTightness(model, laborSurplus);
}

export function nextLaborForce(model: Model, laborForce: number, migration = 0): number {
  return laborForce * (1 + model.params.populationGrowth + migration);
}

/** The most jobs the labour force can fill (some surplus always remains: search, seasons). */
export function maxEmployment(model: Model, laborForce: number): number {
  return laborForce * (1 - model.params.frictionalSurplus);
}

export function laborSurplusOf(employment: number, laborForce: number): number {
  return Math.min(0.95, Math.max(0, 1 - employment / laborForce));
}
