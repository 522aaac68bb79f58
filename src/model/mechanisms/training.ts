// Training: trainees finish after a year and raise skills; productivity catches up with skills
// over ~3 years (Kaizen effects on SMEs, Higuchi, Mhede & Sonobe 2016). Effects are kept modest
// (McKenzie 2017). Limitation: SME dominance (SMEs lack managerial and technical skills).
import type { Model } from '../setup';
import { clamp01, saturate } from '../math';
import { referenceUnits } from './budget';

export function nextSkills(model: Model, skills: number, arrivingUsdM: number): number {
  const p = model.params;
  const gain = (1 - skills) * p.trainingReach * saturate(referenceUnits(model, arrivingUsdM));
  const decay = p.skillDepreciation * (skills - model.baseline.skills);
  return clamp01(skills + gain - decay);
}

/** Log productivity from skills, moving part of the way toward its long-run value each year. */
export function nextSkillEffect(model: Model, skillEffect: number, skills: number): number {
  const p = model.params;
  const target = p.skillProductivity * (skills - model.baseline.skills);
  return skillEffect + p.skillAdjustment * (target - skillEffect);
}
