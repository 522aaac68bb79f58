// Lags as build pipelines: spending becomes effective over the following years.
import type { PipelineLever, Pipelines } from '../types';

/**
 * Share of one year's spending that becomes effective k years later (index 0 = the same year).
 * Infrastructure is built over 2-3 years; trainees finish after a year (Card, Kluve & Weber 2018);
 * research centres pay off with a 4-6 year mean lag (Ravenscraft & Scherer 1982).
 */
export const LAG_PROFILES: Record<PipelineLever, readonly number[]> = {
  infrastructure: [0, 0.35, 0.45, 0.2],
  training: [0, 1],
  research: [0, 0, 0.05, 0.2, 0.35, 0.25, 0.15],
};

export function meanLagYears(lever: PipelineLever): number {
  return LAG_PROFILES[lever].reduce((sum, share, k) => sum + share * k, 0);
}

/**
 * Adds this year's effective spending to a pipeline and takes out what arrives this year.
 * pipeline[k] holds spending arriving k + 1 years after the current year.
 */
export function advancePipeline(
  pipeline: readonly number[],
  lever: PipelineLever,
  newSpendingUsdM: number,
): { arrivingUsdM: number; pipeline: number[] } {
  const profile = LAG_PROFILES[lever];
  const arrivingUsdM = (pipeline[0] ?? 0) + newSpendingUsdM * (profile[0] ?? 0);
  const length = Math.max(pipeline.length - 1, profile.length - 1);
  const next: number[] = [];
  for (let k = 0; k < length; k++) next.push((pipeline[k + 1] ?? 0) + newSpendingUsdM * (profile[k + 1] ?? 0));
  while (next.length > 0 && next[next.length - 1] === 0) next.pop();
  return { arrivingUsdM, pipeline: next };
}

export function pipelineTotal(pipelines: Pipelines, lever: PipelineLever): number {
  return pipelines[lever].reduce((a, b) => a + b, 0);
}
