// Working conditions: low quality, fierce price competition and high external dependence push them
// down; skills, buyers' codes (certification for exports) and labour-standard conditionality push
// them up (Posthuma 2009; Pyke & Lund-Thomsen 2016). Poor conditions make fires and accidents more
// likely (Suame). Limitation: poor working conditions / lack of social responsibility.
import type { Model } from '../setup';
import { clamp01 } from '../math';

export interface ConditionPressures {
  quality: number;
  marginShortfall: number;
  externalDependence: number;
  skills: number;
  buyerCodes: number;
  standards: number;
  /** Log of SME numbers over what the market supports: cut-throat competition among informal workshops. */
  crowding?: number;
  /** Migrants arriving this year as a share of the labour force (crowded housing, informal work). */
  migration?: number;
}

/** Conditions lost per log point of SMEs above what the market supports (seed paper s.2.2.5: cut-throat competition) [assumption]. */
const CROWDING_PRESSURE = 1.2;

export function conditionsTarget(model: Model, c: ConditionPressures): number {
  const p = model.params;
  const b = model.baseline;
  return clamp01(
    b.workingConditions +
      0.4 * (c.quality - b.quality) -
      p.priceCompetitionPressure * c.marginShortfall -
      0.2 * (c.externalDependence - b.externalDependence) +
      0.3 * (c.skills - b.skills) +
      0.05 * c.buyerCodes +
      p.standardsEffect * c.standards -
      p.housingPressure * (c.migration ?? 0) -
      CROWDING_PRESSURE * (c.crowding ?? 0),
  );
}

export function nextWorkingConditions(model: Model, conditions: number, target: number): number {
  return clamp01(conditions + model.params.conditionsAdjustment * (target - conditions));
}

/** Chance of a fire or serious accident this year. */
export function accidentChance(model: Model, conditions: number): number {
  return Math.min(0.9, model.params.accidentChance * (1 - conditions) ** 2 * model.difficulty.shocks);
}
