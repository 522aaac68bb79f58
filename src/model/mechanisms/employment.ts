// Employment: firms entering or leaving take their jobs with them; output per firm moves jobs with
// an elasticity of 0.4-0.7 (about 0.3 in TNC clusters). SMEs are more labour-intensive, so where
// growth happens decides how many jobs it makes.
import type { Model } from '../setup';

export function segmentEmployment(model: Model, firms: number, jobsPerFirmBefore: number, outputPerFirmRatio: number): number {
  const ratio = Math.max(outputPerFirmRatio, 1e-6);
  return firms * jobsPerFirmBefore * ratio ** model.params.employmentElasticity;
}

export function nextLaborForce(model: Model, laborForce: number): number {
  return laborForce * (1 + model.params.populationGrowth);
}

export function laborSurplusOf(employment: number, laborForce: number): number {
  return Math.min(0.95, Math.max(0, 1 - employment / laborForce));
}
