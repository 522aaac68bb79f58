// Trade policy. The tariff protects import-competing SMEs (margins up, entry within a year: Suame
// under the import ban) but slows productivity growth; cutting it squeezes margins so SMEs exit
// over 1-3 years while survivors' productivity rises (Pavcnik 2002). Export promotion and
// certification raise exports and quality and deepen external dependence (Sialkot, Nadvi 1999).
import type { Model } from '../setup';
import { clamp01, saturate } from '../math';
import { referenceUnits } from './budget';

export function protectionMarginEffect(model: Model, tariff: number): number {
  const p = model.params;
  return p.protectionMargin * p.importCompeting * (tariff - model.baseline.tariff);
}

/** Productivity growth lost to protection (gained from liberalisation), relative to the start. */
export function protectionProductivityDrag(model: Model, tariff: number): number {
  const p = model.params;
  return -p.protectionDrag * (0.5 + p.importCompeting) * (tariff - model.baseline.tariff);
}

export function nextExportShare(model: Model, exportShare: number, tradeUsdM: number, quality: number, buyerExit: number): number {
  const p = model.params;
  const promotion = p.exportReach * saturate(referenceUnits(model, tradeUsdM)) * (1 - exportShare);
  // What quality alone sustains: better products keep more foreign buyers [assumption].
  const sustained = clamp01(model.baseline.exportShare + 0.5 * (quality - model.baseline.quality));
  const pull = p.exportDecay * (exportShare - sustained);
  return clamp01((exportShare + promotion - pull) * (1 - buyerExit));
}

export function certificationQualityGain(model: Model, tradeUsdM: number): number {
  return model.params.certificationQuality * saturate(referenceUnits(model, tradeUsdM));
}
