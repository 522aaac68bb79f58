// Productivity: total factor productivity grows at a base rate (imitation, informal apprenticeship)
// plus channels measured against the start: research (gated), joint projects, trust spillovers,
// competition (the tariff's drag), selection when weak firms exit, and foreign technology.
// Skills enter separately, as a level effect that catches up over ~3 years (see training.ts).
import type { Model } from '../setup';
import { clamp } from '../math';

/**
 * The most productivity can change in a year, in log points (about +35 % or -26 %). Real clusters
 * stay far inside it (a few per cent a year); it only binds when parameters at the ends of their
 * ranges compound for decades (research that never depreciates, at full linkage), where
 * productivity would otherwise grow past any number a computer holds.
 */
export const MAX_PRODUCTIVITY_GROWTH = 0.3;

export interface ProductivityChannels {
  research: number;
  joint: number;
  trust: number;
  protection: number;
  selection: number;
  foreignTechnology: number;
}

export function productivityGrowth(model: Model, c: ProductivityChannels): number {
  const growth = model.params.baseProductivityGrowth + c.research + c.joint + c.trust + c.protection + c.selection + c.foreignTechnology;
  return clamp(growth, -MAX_PRODUCTIVITY_GROWTH, MAX_PRODUCTIVITY_GROWTH);
}

/** The least productive firms exit first, so exits raise the average [assumption: 0.3 per exit share]. */
export function selectionGain(exitRate: number): number {
  return 0.3 * exitRate;
}

export function trustSpilloverGrowth(model: Model, trust: number): number {
  return model.params.trustSpillover * (trust - model.baseline.trust);
}

export function foreignTechnologyGrowth(model: Model, fdi: number): number {
  return model.params.fdiTechTransfer * (fdi - model.baseline.fdi);
}
