// Trade policy. The tariff protects import-competing SMEs (margins up, entry within a year: Suame
// under the import ban) but slows productivity growth; cutting it squeezes margins so SMEs exit
// over 1-3 years while survivors' productivity rises (Pavcnik 2002). Protection's benefit saturates
// (high tariffs are evaded) while its costs keep growing: dearer imported inputs for exporters and
// large firms, dearer goods for poor households (see poverty.ts), slower productivity growth.
// Export promotion and certification raise exports and quality and deepen external dependence
// (Sialkot, Nadvi 1999), but buyers only take what the cluster's quality and skills can deliver:
// promotion without upgrading buys little more than dependence.
import type { Model } from '../setup';
import { clamp01, saturate } from '../math';
import { referenceUnits } from './budget';

/** How much of the home market a tariff shields, 0..1: saturates as smuggling and evasion grow. */
export function protectionLevel(model: Model, tariff: number): number {
  return 1 - Math.exp(-Math.max(0, tariff) / model.params.prohibitiveTariff);
}

export function protectionMarginEffect(model: Model, tariff: number): number {
  const p = model.params;
  return p.protectionMargin * p.importCompeting * (protectionLevel(model, tariff) - protectionLevel(model, model.baseline.tariff));
}

/** Productivity growth lost to protection (gained from liberalisation), relative to the start. */
export function protectionProductivityDrag(model: Model, tariff: number): number {
  const p = model.params;
  return -p.protectionDrag * (0.5 + p.importCompeting) * (tariff - model.baseline.tariff);
}

/**
 * Export orders lost (log) to dearer imported inputs when the tariff is above its starting level
 * (gained when it is cut): exporters pay world prices for their output but tariff-inflated prices
 * for steel, parts and machines.
 */
export function inputCostExportEffect(model: Model, tariff: number): number {
  const p = model.params;
  return -p.exportPriceElasticity * p.importedInputShare * (Math.log(1 + Math.max(0, tariff)) - Math.log(1 + model.baseline.tariff));
}

/** The export share foreign buyers would take given the cluster's quality and skills. */
export function reachableExportShare(model: Model, quality: number, skills: number): number {
  const p = model.params;
  const b = model.baseline;
  const upgrading = Math.max(0, quality - b.quality) + 0.25 * Math.max(0, skills - b.skills);
  return clamp01(b.exportShare + p.exportHeadroom + p.exportQualityReach * upgrading);
}

export function nextExportShare(model: Model, exportShare: number, tradeUsdM: number, quality: number, skills: number, buyerExit: number): number {
  const p = model.params;
  const reachable = Math.min(0.98, reachableExportShare(model, quality, skills));
  const promotion = p.exportReach * saturate(referenceUnits(model, tradeUsdM)) * Math.max(0, reachable - exportShare);
  // What quality alone sustains: better products keep more foreign buyers [assumption].
  const sustained = clamp01(model.baseline.exportShare + 0.5 * (quality - model.baseline.quality));
  const pull = p.exportDecay * (exportShare - sustained);
  return clamp01((exportShare + promotion - pull) * (1 - buyerExit));
}

/** Certification raises quality only as far as workers and owners have the skills to meet the standard. */
export function certificationQualityGain(model: Model, tradeUsdM: number, skills = 1): number {
  const skillGate = Math.min(1, skills / 0.5);
  return model.params.certificationQuality * saturate(referenceUnits(model, tradeUsdM)) * skillGate;
}
