import { describe, expect, it } from 'vitest';
import {
  certificationQualityGain,
  inputCostExportEffect,
  protectionLevel,
  reachableExportShare,
  nextExportShare,
  protectionMarginEffect,
  protectionProductivityDrag,
} from '../../../src/model/mechanisms/trade';
import { survivalModel } from '../fixtures';

const model = survivalModel();
const b = model.baseline;

describe('trade policy', () => {
  it('a tariff at its starting level changes neither margins nor productivity growth', () => {
    expect(protectionMarginEffect(model, b.tariff)).toBeCloseTo(0, 12);
    expect(protectionProductivityDrag(model, b.tariff)).toBeCloseTo(0, 12);
  });

  it('a higher tariff raises the SME margin (Suame under the import ban)', () => {
    const levels = [0, b.tariff, 0.5, 1].map((t) => protectionMarginEffect(model, t));
    for (let k = 1; k < levels.length; k++) expect(levels[k]).toBeGreaterThan(levels[k - 1] as number);
  });

  it('a higher tariff lowers productivity growth, and liberalisation raises it (Pavcnik 2002)', () => {
    expect(protectionProductivityDrag(model, 0.8)).toBeLessThan(0);
    expect(protectionProductivityDrag(model, 0)).toBeGreaterThan(0);
    expect(protectionProductivityDrag(model, 0.8)).toBeLessThan(protectionProductivityDrag(model, 0.5));
  });

  it('protection helps margins only as far as the cluster competes with imports', () => {
    const none = survivalModel({ importCompeting: 0 });
    const lot = survivalModel({ importCompeting: 1 });
    expect(protectionMarginEffect(none, 0.8)).toBe(0);
    expect(protectionMarginEffect(lot, 0.8)).toBeGreaterThan(protectionMarginEffect(model, 0.8));
  });

  it('export promotion raises the export share, with diminishing returns', () => {
    const x0 = b.exportShare;
    const none = nextExportShare(model, x0, 0, b.quality, b.skills, 0);
    const one = nextExportShare(model, x0, 2, b.quality, b.skills, 0);
    const two = nextExportShare(model, x0, 4, b.quality, b.skills, 0);
    expect(none).toBeCloseTo(x0, 12);
    expect(one).toBeGreaterThan(none);
    expect(two).toBeGreaterThan(one);
    expect(two - one).toBeLessThan(one - none);
  });

  it('export promotion never pushes the export share above 1', () => {
    let share = 0.9;
    for (let k = 0; k < 50; k++) share = nextExportShare(model, share, 1e9, 1, 1, 0);
    expect(share).toBeLessThanOrEqual(1);
  });

  it('without promotion, an export share above what quality sustains falls back', () => {
    expect(nextExportShare(model, 0.5, 0, b.quality, b.skills, 0)).toBeLessThan(0.5);
  });

  it('better quality sustains a higher export share', () => {
    expect(nextExportShare(model, 0.3, 0, 0.8, b.skills, 0)).toBeGreaterThan(nextExportShare(model, 0.3, 0, b.quality, b.skills, 0));
  });

  it('a buyer leaving cuts exports by its share of orders', () => {
    const kept = nextExportShare(model, 0.4, 1, b.quality, b.skills, 0);
    const lost = nextExportShare(model, 0.4, 1, b.quality, b.skills, 0.25);
    expect(lost).toBeCloseTo(kept * 0.75, 12);
  });

  it('protection saturates: the margin gained from 0.5 to 1 is less than from the start to 0.5 (evasion, smuggling)', () => {
    const low = protectionMarginEffect(model, 0.5) - protectionMarginEffect(model, b.tariff);
    const high = protectionMarginEffect(model, 1) - protectionMarginEffect(model, 0.5);
    expect(high).toBeLessThan(low);
    expect(protectionLevel(model, 10)).toBeLessThanOrEqual(1);
  });

  it('a tariff above its start makes imported inputs dearer and costs export orders; a cut wins them', () => {
    expect(inputCostExportEffect(model, b.tariff)).toBeCloseTo(0, 12);
    expect(inputCostExportEffect(model, 0.8)).toBeLessThan(0);
    expect(inputCostExportEffect(model, 0)).toBeGreaterThan(0);
  });

  it('promotion without upgrading buys little: buyers take only what quality and skills support', () => {
    const plain = nextExportShare(model, b.exportShare, 1e9, b.quality, b.skills, 0);
    const upgraded = nextExportShare(model, b.exportShare, 1e9, b.quality + 0.3, b.skills + 0.2, 0);
    expect(plain - b.exportShare).toBeLessThanOrEqual(model.params.exportHeadroom + 1e-12);
    expect(upgraded).toBeGreaterThan(plain + 0.05);
    expect(reachableExportShare(model, b.quality + 0.3, b.skills)).toBeGreaterThan(reachableExportShare(model, b.quality, b.skills));
  });

  it('certification needs skills: the same spending raises quality less where skills are low', () => {
    expect(certificationQualityGain(model, 2, 0.1)).toBeLessThan(certificationQualityGain(model, 2, 0.6));
  });

  it('certification raises quality, with diminishing returns and a ceiling', () => {
    expect(certificationQualityGain(model, 0)).toBe(0);
    const a = certificationQualityGain(model, 2);
    const c = certificationQualityGain(model, 4);
    expect(a).toBeGreaterThan(0);
    expect(c - a).toBeLessThan(a);
    expect(certificationQualityGain(model, 1e9)).toBeLessThanOrEqual(model.params.certificationQuality);
  });
});
