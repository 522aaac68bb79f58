// Quality: the share of output in higher value-added products. Raised by certification, research,
// SME investment and the upgrading phase; drifts back toward the start without them.
// Limitation: low value-added specialisation (low skills tie clusters to low-quality products).
import type { Model } from '../setup';
import { clamp01 } from '../math';

export function nextQuality(model: Model, quality: number, gains: number): number {
  const drift = 0.05 * (quality - model.baseline.quality);
  return clamp01(quality + gains * (1 - quality) - drift);
}

/** Value added per unit of output relative to the start. */
export function qualityValueFactor(model: Model, quality: number): number {
  return Math.max(0.2, 1 + model.params.qualityPremium * (quality - model.baseline.quality));
}
