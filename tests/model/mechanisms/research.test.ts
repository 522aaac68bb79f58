import { describe, expect, it } from 'vitest';
import {
  nextResearch,
  researchPayoffGain,
  researchProductivityGrowth,
  researchQualityGain,
} from '../../../src/model/mechanisms/research';
import { advancePipeline } from '../../../src/model/mechanisms/pipelines';
import { researchPayoffAt } from '../../../src/model/setup';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const R0 = model.baseline.research;
const th = model.params.absorptiveThreshold;

describe('research centres', () => {
  it('the knowledge stock does not move without new centres', () => {
    expect(nextResearch(model, R0, 0)).toBe(R0);
  });

  it('new centres add to the stock with diminishing returns', () => {
    const a = nextResearch(model, R0, 2) - R0;
    const b = nextResearch(model, R0, 4) - R0;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
    expect(b - a).toBeLessThan(a);
  });

  it('the knowledge stock depreciates back toward its start, never below zero', () => {
    let stock = R0 + 0.5;
    for (let k = 0; k < 100; k++) {
      const next = nextResearch(model, stock, 0);
      expect(next).toBeLessThan(stock);
      stock = next;
    }
    expect(stock).toBeGreaterThanOrEqual(R0);
    expect(stock - R0).toBeLessThan(0.01);
    expect(nextResearch(survivalModel(), 0, 0)).toBeGreaterThanOrEqual(0);
  });

  it('research centres paid for now add nothing for two years and most of it in years 3-6', () => {
    let pipeline: number[] = [];
    const arriving: number[] = [];
    for (let k = 0; k < 8; k++) {
      const r = advancePipeline(pipeline, 'research', k === 0 ? 10 : 0);
      arriving.push(r.arrivingUsdM);
      pipeline = r.pipeline;
    }
    expect(arriving[0]).toBe(0);
    expect(arriving[1]).toBe(0);
    const years3to6 = arriving.slice(3, 7).reduce((a, b) => a + b, 0);
    expect(years3to6 / 10).toBeGreaterThan(0.7);
  });

  it('research pays ~nothing when skills are well below the absorptive-capacity threshold', () => {
    const below = researchPayoffGain(model, 1, th - 0.2, 1);
    const above = researchPayoffGain(model, 1, th + 0.2, 1);
    expect(above).toBeGreaterThan(0);
    expect(Math.abs(below)).toBeLessThan(0.01 * above);
    expect(researchProductivityGrowth(model, below)).toBeLessThan(0.01 * researchProductivityGrowth(model, above));
  });

  it('payoff rises with skills through the threshold', () => {
    const path = [th - 0.1, th - 0.02, th, th + 0.02, th + 0.1].map((s) => researchPayoffAt(model, 1, s, 1));
    for (let k = 1; k < path.length; k++) expect(path[k]).toBeGreaterThan(path[k - 1] as number);
  });

  it('returns follow an inverted U in distance to the frontier: highest in the middle (Goni & Maloney 2017)', () => {
    const payoff = (frontierGap: number): number => researchPayoffAt(survivalModel({ frontierGap }), 1, 0.9, 1);
    expect(payoff(0.5)).toBeGreaterThan(payoff(0.98));
    expect(payoff(0.5)).toBeGreaterThan(payoff(0.05));
    expect(payoff(0.98)).toBeGreaterThanOrEqual(0);
  });

  it('returns are ~zero for the poorest: far from the frontier and without absorptive capacity', () => {
    const poorest = survivalModel({ frontierGap: 0.98 });
    const middle = survivalModel({ frontierGap: 0.5 });
    expect(researchPayoffAt(poorest, 1, th - 0.2, 1)).toBeLessThan(0.01 * researchPayoffAt(middle, 1, th + 0.2, 1));
  });

  it('as productivity catches up, a cluster far from the frontier moves toward the peak of the U', () => {
    const far = survivalModel({ frontierGap: 0.95 });
    expect(researchPayoffAt(far, 1, 0.9, 1.5)).toBeGreaterThan(researchPayoffAt(far, 1, 0.9, 1));
  });

  it('research isolated from firms (low linkage) pays less, and nothing at zero linkage', () => {
    const linked = researchPayoffAt(survivalModel({ researchLinkage: 0.8 }), 1, 0.9, 1);
    const isolated = researchPayoffAt(survivalModel({ researchLinkage: 0.2 }), 1, 0.9, 1);
    expect(isolated).toBeLessThan(linked);
    expect(researchPayoffAt(survivalModel({ researchLinkage: 0 }), 1, 0.9, 1)).toBe(0);
  });

  it('payoff is measured against the start: the starting stock and skills give zero gain', () => {
    expect(researchPayoffGain(model, R0, model.baseline.skills, 1)).toBeCloseTo(0, 12);
  });

  it('productivity and quality gains move with the payoff and vanish without it', () => {
    expect(researchProductivityGrowth(model, 0)).toBe(0);
    expect(researchQualityGain(model, 0)).toBe(0);
    expect(researchProductivityGrowth(model, 0.2)).toBeGreaterThan(researchProductivityGrowth(model, 0.1));
    expect(researchQualityGain(model, 0.2)).toBeGreaterThan(researchQualityGain(model, 0.1));
  });
});
