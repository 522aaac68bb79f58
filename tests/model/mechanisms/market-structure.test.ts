import { describe, expect, it } from 'vitest';
import {
  graduatingSmes,
  nextExpectedMargin,
  smeMargin,
  smeNetEntryRate,
  supportedSmeFirms,
  trendGrowthAt,
  upgradingGate,
  type MarginInputs,
} from '../../../src/model/mechanisms/market-structure';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const p = model.params;
const b = model.baseline;
const neutral: MarginInputs = {
  smeFirms: b.smeFirms,
  t: 0,
  protection: 0,
  subsidy: 0,
  infrastructure: 0,
  cyclical: 0,
  qualityLift: 0,
  standardsCost: 0,
};

describe('market structure: entry, exit, upgrading', () => {
  it('with the supported number of firms and nothing else, the margin is normal', () => {
    expect(smeMargin(model, neutral)).toBeCloseTo(p.normalMargin, 12);
    expect(smeMargin(model, { ...neutral, t: 5, smeFirms: supportedSmeFirms(model, 5) })).toBeCloseTo(
      p.normalMargin,
      12,
    );
  });

  it('the firm count the market supports grows with the market', () => {
    expect(supportedSmeFirms(model, 0)).toBe(b.smeFirms);
    expect(supportedSmeFirms(model, 5)).toBeGreaterThan(b.smeFirms);
    // A boom matures: a fast-growing market's trend growth converges to the long-run rate.
    const boom = survivalModel({ marketGrowth: 0.12, marketGrowthLongRun: 0.03 });
    expect(trendGrowthAt(boom, 0)).toBeCloseTo(0.12, 12);
    expect(trendGrowthAt(boom, 30)).toBeLessThan(0.06);
    expect(trendGrowthAt(boom, 30)).toBeGreaterThan(0.03);
    // Supported firms are the integral of the trend: a century of a 12% boom stays far from 1.12^100.
    expect(supportedSmeFirms(boom, 100) / boom.baseline.smeFirms).toBeLessThan(1.12 ** 100 / 1e3);
  });

  it('crowding: more firms in the same market lower the margin', () => {
    const margins = [0.5, 1, 1.5, 2].map((k) => smeMargin(model, { ...neutral, smeFirms: k * b.smeFirms }));
    for (let k = 1; k < margins.length; k++) expect(margins[k]).toBeLessThan(margins[k - 1] as number);
  });

  it('protection, subsidies, infrastructure and quality raise the margin; standards cost it', () => {
    const m0 = smeMargin(model, neutral);
    for (const key of ['protection', 'subsidy', 'infrastructure', 'cyclical', 'qualityLift'] as const) {
      expect(smeMargin(model, { ...neutral, [key]: 0.05 })).toBeCloseTo(m0 + 0.05, 12);
    }
    expect(smeMargin(model, { ...neutral, standardsCost: 0.03 })).toBeCloseTo(m0 - 0.03, 12);
  });

  it('at the normal margin, entry and exit net to trend market growth', () => {
    const r = smeNetEntryRate(model, p.normalMargin, p.normalMargin);
    expect(r.entry - r.exit).toBeCloseTo(p.marketGrowth, 12);
    expect(r.exit).toBe(0);
  });

  it('a margin above normal brings entry above trend', () => {
    const normal = smeNetEntryRate(model, p.normalMargin, p.normalMargin);
    const high = smeNetEntryRate(model, p.normalMargin + 0.05, p.normalMargin);
    expect(high.entry).toBeGreaterThan(normal.entry);
    expect(high.exit).toBe(0);
  });

  it('an expected margin below normal makes firms exit, the more the lower; at most 60% a year', () => {
    const a = smeNetEntryRate(model, p.normalMargin, p.normalMargin - 0.03);
    const c = smeNetEntryRate(model, p.normalMargin, p.normalMargin - 0.1);
    expect(a.exit).toBeGreaterThan(0);
    expect(c.exit).toBeGreaterThan(a.exit);
    expect(smeNetEntryRate(model, -5, -5).exit).toBeLessThanOrEqual(0.6);
  });

  it('exit follows the expected margin, not this year’s: a sudden squeeze builds exits over 1-3 years', () => {
    const squeezed = p.normalMargin - 0.08;
    let expected = p.normalMargin;
    const exits: number[] = [];
    for (let k = 0; k < 3; k++) {
      expected = nextExpectedMargin(model, expected, squeezed);
      exits.push(smeNetEntryRate(model, squeezed, expected).exit);
    }
    expect(exits[0]).toBeGreaterThan(0);
    expect(exits[1]).toBeGreaterThan(exits[0] as number);
    expect(exits[2]).toBeGreaterThan(exits[1] as number);
    expect(exits[0]!).toBeLessThan(0.7 * (exits[2] as number));
  });

  it('the expected margin moves part of the way toward the actual margin', () => {
    const next = nextExpectedMargin(model, 0.15, 0.05);
    expect(next).toBeLessThan(0.15);
    expect(next).toBeGreaterThan(0.05);
  });

  it('the upgrading switch needs both skills and trust above their thresholds', () => {
    const hi = 0.9;
    const lo = 0.1;
    expect(upgradingGate(model, hi, hi)).toBeGreaterThan(0.9);
    expect(upgradingGate(model, hi, lo)).toBeLessThan(0.01);
    expect(upgradingGate(model, lo, hi)).toBeLessThan(0.01);
    expect(upgradingGate(model, lo, lo)).toBeLessThan(0.01);
  });

  it('SMEs graduate into large firms only as far as upgrading is on', () => {
    expect(graduatingSmes(model, 1000, 0)).toBe(0);
    expect(graduatingSmes(model, 1000, 1)).toBeGreaterThan(graduatingSmes(model, 1000, 0.5));
    expect(graduatingSmes(model, 1000, 1)).toBeLessThan(1000 * 0.05);
  });

  // BUG (src/model/mechanisms/market-structure.ts, smeNetEntryRate): when the market shrinks
  // (marketGrowth < 0) the trend is counted twice, once inside `entry` (marketGrowth + response)
  // and again as `exit` (-marketGrowth), so with margins above normal net entry is
  // response + 2 x marketGrowth instead of response + marketGrowth. Fix: in `entry`, use the trend
  // only when positive: `const entry = Math.max(0, p.marketGrowth) + p.entryResponse * Math.max(0, margin - p.normalMargin);`
  it('in a shrinking market, net entry is trend decline plus margin-driven entry (trend counted once)', () => {
    const shrinking = survivalModel({ marketGrowth: -0.03 });
    const excess = 0.05;
    const r = smeNetEntryRate(shrinking, shrinking.params.normalMargin + excess, shrinking.params.normalMargin);
    expect(r.entry - r.exit).toBeCloseTo(-0.03 + shrinking.params.entryResponse * excess, 12);
  });

  it('in a shrinking market at the normal margin, firms exit at the trend rate', () => {
    const shrinking = survivalModel({ marketGrowth: -0.03 });
    const r = smeNetEntryRate(shrinking, shrinking.params.normalMargin, shrinking.params.normalMargin);
    expect(r.entry - r.exit).toBeCloseTo(-0.03, 12);
  });
});
