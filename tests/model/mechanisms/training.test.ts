import { describe, expect, it } from 'vitest';
import { nextSkillEffect, nextSkills } from '../../../src/model/mechanisms/training';
import { advancePipeline } from '../../../src/model/mechanisms/pipelines';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const S0 = model.baseline.skills;
const p = model.params;

describe('training and skills', () => {
  it('skills do not move without trainees arriving', () => {
    expect(nextSkills(model, S0, 0)).toBe(S0);
  });

  it('skills rise when trainees arrive, more with more trainees but with diminishing returns', () => {
    const a = nextSkills(model, S0, 1) - S0;
    const b = nextSkills(model, S0, 2) - S0;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(b - a).toBeLessThan(a);
  });

  it('training paid for this year raises skills only next year', () => {
    const year1 = advancePipeline([], 'training', 3);
    expect(nextSkills(model, S0, year1.arrivingUsdM)).toBe(S0);
    const year2 = advancePipeline(year1.pipeline, 'training', 0);
    expect(nextSkills(model, S0, year2.arrivingUsdM)).toBeGreaterThan(S0);
  });

  it('one year of any amount of training closes only a modest part of the skill gap (McKenzie 2017)', () => {
    const gain = nextSkills(model, S0, 1e9) - S0;
    expect(gain).toBeLessThanOrEqual(p.trainingReach * (1 - S0) + 1e-12);
    expect(gain / (1 - S0)).toBeLessThan(0.25);
  });

  it('skills raised by training decay back toward the start without more training', () => {
    const raised = S0 + 0.2;
    const next = nextSkills(model, raised, 0);
    expect(next).toBeLessThan(raised);
    expect(next).toBeGreaterThan(S0);
  });

  it('skills stay within 0..1', () => {
    let skills = S0;
    for (let k = 0; k < 100; k++) skills = nextSkills(model, skills, 1e9);
    expect(skills).toBeLessThanOrEqual(1);
    expect(skills).toBeGreaterThan(S0 + 0.4);
  });

  it('the productivity effect of skills closes ~35% of its gap each year', () => {
    const skills = S0 + 0.2;
    const target = p.skillProductivity * 0.2;
    let effect = 0;
    for (let k = 0; k < 5; k++) {
      const next = nextSkillEffect(model, effect, skills);
      expect((target - next) / (target - effect)).toBeCloseTo(1 - 0.35, 2);
      effect = next;
    }
  });

  it('the productivity effect is small in year 1 and mostly there by year 3 (Kaizen after ~3 years)', () => {
    const skills = S0 + 0.2;
    const target = p.skillProductivity * 0.2;
    const path: number[] = [];
    let effect = 0;
    for (let k = 0; k < 3; k++) path.push((effect = nextSkillEffect(model, effect, skills)));
    expect(path[0]! / target).toBeLessThan(0.4);
    expect(path[2]! / target).toBeGreaterThan(0.7);
  });

  it('the productivity effect is zero while skills sit at their start', () => {
    expect(nextSkillEffect(model, 0, S0)).toBe(0);
  });
});
