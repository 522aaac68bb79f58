// Wages (Lewis): while there is surplus labour, wages stay near subsistence and follow value added
// per worker only weakly; once the surplus is absorbed they follow it. Skills earn a premium as
// labour tightens. Limitation: poor working conditions (competing on low wages, seed paper s.2.2.5).
import type { Model } from '../setup';
import { clamp } from '../math';

/** 1 once surplus labour is below the Lewis threshold, 0 at twice the threshold or more. */
export function lewisTightness(model: Model, laborSurplus: number): number {
  const th = model.params.surplusThreshold;
  return clamp((2 * th - laborSurplus) / th, 0, 1);
}

export function nextWage(model: Model, wage: number, valueAddedGrowthLog: number, skillsChange: number, laborSurplus: number): number {
  const p = model.params;
  const tight = lewisTightness(model, laborSurplus);
  const passThrough = p.surplusPassThrough + (p.wagePassThrough - p.surplusPassThrough) * tight;
  const skillPremium = p.skillWagePremium * skillsChange * (0.3 + 0.7 * tight);
  const next = wage * Math.exp(passThrough * valueAddedGrowthLog + skillPremium);
  return Math.max(p.subsistenceWageUsdPerDay, next);
}
