// Why did output, employment and poverty move this year? The change is split by re-running the
// year with parts removed, with the same shocks (common random numbers):
//   actual - (no new decisions)            = this year's decisions, one lever at a time
//   (no new decisions) - (also no shocks)  = this year's shocks, one at a time
//   (no shocks) - (also no event effects)  = effects of last year's event choices
//   (no events) - (also no legacy of L)    = lagged effects of earlier spending on lever L
//   the rest                               = baseline drift (trend growth, persistence of past shocks)
// What one-at-a-time removals do not add up to is reported as interactions, so entries always
// sum to the total change.
import { advance, outputPerFirmFactor } from './advance';
import { demandFactor } from './mechanisms/demand';
import { nextPoverty } from './mechanisms/poverty';
import { NO_SHOCKS, noSpending, type Model } from './setup';
import { SHOCKS, LEVERS, type Attribution, type AttributionCause, type AttributionEntry, type AttributionKind, type ClusterState, type Decisions, type Lever, type YearShocks } from './types';
import { withoutShock } from './shocks';
import { copyState } from './state';

type Triple = { outputUsdM: number; employment: number; poverty: number };

const outcomes = (s: ClusterState): Triple => ({ outputUsdM: s.outputUsdM, employment: s.employment, poverty: s.poverty });
const minus = (a: Triple, b: Triple): Triple => ({
  outputUsdM: a.outputUsdM - b.outputUsdM,
  employment: a.employment - b.employment,
  poverty: a.poverty - b.poverty,
});
const plus = (a: Triple, b: Triple): Triple => ({
  outputUsdM: a.outputUsdM + b.outputUsdM,
  employment: a.employment + b.employment,
  poverty: a.poverty + b.poverty,
});
const ZERO: Triple = { outputUsdM: 0, employment: 0, poverty: 0 };

type LegacySource = Lever | 'donors';
const LEGACY_SOURCES: readonly LegacySource[] = [...LEVERS, 'donors'];

/** A copy of the state with some fields changed, in the one state shape (see state.ts). */
function withFields(s: ClusterState, fields: Partial<ClusterState>): ClusterState {
  return Object.assign(copyState(s), fields);
}

/** The state with the lasting results of earlier spending on one lever (or by donors) taken out. */
function withoutLegacy(model: Model, s: ClusterState, lever: LegacySource): ClusterState {
  const b = model.baseline;
  const baseServices = Math.max(b.infrastructure, 1e-3) ** model.params.infrastructureElasticity;
  switch (lever) {
    case 'infrastructure':
      return withFields(s, {
        pipelines: { ...s.pipelines, infrastructure: [] },
        infrastructure: Math.min(s.infrastructure, b.infrastructure),
        infrastructureServices: Math.min(s.infrastructureServices, baseServices),
      });
    case 'training':
      return withFields(s, { pipelines: { ...s.pipelines, training: [] }, skills: Math.min(s.skills, b.skills), skillEffect: Math.min(s.skillEffect, 0) });
    case 'research':
      return withFields(s, { pipelines: { ...s.pipelines, research: [] }, research: Math.min(s.research, b.research) });
    case 'incentives':
      return withFields(s, { jointCapital: 0 });
    case 'trade':
      return withFields(s, { exportShare: Math.min(s.exportShare, b.exportShare) });
    case 'donors':
      return withFields(s, { donorProjects: 0 });
  }
}

/**
 * Outcomes the state would show today without a lever's legacy: output per firm scales with the
 * factor, jobs follow with the employment elasticity, poverty with jobs. Subtracting this level
 * effect keeps a lasting gain from being counted again as change every year.
 */
function levelWithout(model: Model, s: ClusterState, without: ClusterState): Triple {
  const factor = (x: ClusterState): number =>
    outputPerFirmFactor(model, x.productivity, x.skillEffect, x.infrastructureServices, x.quality, demandFactor(model, x.exportShare, x.worldDemandLog, x.exchangeRateLog));
  const ratio = factor(without) / factor(s);
  const employment = s.employment * ratio ** model.params.employmentElasticity;
  return { outputUsdM: s.outputUsdM * ratio, employment, poverty: nextPoverty(model, s.poverty, Math.log(employment / s.employment), s.smeShare) };
}

function hasLegacy(model: Model, s: ClusterState, lever: LegacySource): boolean {
  const b = model.baseline;
  switch (lever) {
    case 'infrastructure':
      return s.pipelines.infrastructure.length > 0 || s.infrastructure > b.infrastructure;
    case 'training':
      return s.pipelines.training.length > 0 || s.skills > b.skills || s.skillEffect > 0;
    case 'research':
      return s.pipelines.research.length > 0 || s.research > b.research;
    case 'incentives':
      return s.jointCapital > 0;
    case 'trade':
      return s.exportShare > b.exportShare;
    case 'donors':
      return s.donorProjects > 0;
  }
}

export function attribute(model: Model, s: ClusterState, decisions: Decisions, shocks: YearShocks, actual: ClusterState): Attribution {
  const run = (state: ClusterState, d: Decisions, sh: YearShocks): Triple => outcomes(advance(model, state, d, sh).next);
  const entries: AttributionEntry[] = [];
  let interactions = ZERO;
  const add = (cause: AttributionCause, kind: AttributionKind, value: Triple): void => {
    // Rounding noise (a stock a hair above its start) is not worth a line in the explanation.
    if (Math.abs(value.outputUsdM) > 1e-9 || Math.abs(value.employment) > 1e-6 || Math.abs(value.poverty) > 1e-12) entries.push({ cause, kind, ...value });
  };
  /** Splits one block of change into single removals; the remainder goes to interactions. */
  const split = (block: Triple, parts: [AttributionCause, AttributionKind, Triple][]): void => {
    let sum = ZERO;
    for (const [cause, kind, value] of parts) {
      add(cause, kind, value);
      sum = plus(sum, value);
    }
    interactions = plus(interactions, minus(block, sum));
  };

  const prev = s.decisions;
  const none = noSpending(prev.tariff, prev.incentiveTarget, prev.laborStandards);
  const actualOut = outcomes(actual);

  // 1. This year's decisions.
  const noDecisions = run(s, none, shocks);
  const decisionParts: [AttributionCause, AttributionKind, Triple][] = [];
  for (const lever of LEVERS) {
    if (decisions.allocation[lever] === 0) continue;
    const d = { ...decisions, allocation: { ...decisions.allocation, [lever]: 0 } };
    decisionParts.push([lever, 'lever', minus(actualOut, run(s, d, shocks))]);
  }
  if (decisions.tariff !== prev.tariff) decisionParts.push(['tariff', 'lever', minus(actualOut, run(s, { ...decisions, tariff: prev.tariff }, shocks))]);
  if (decisions.incentiveTarget !== prev.incentiveTarget) {
    decisionParts.push(['incentiveTarget', 'lever', minus(actualOut, run(s, { ...decisions, incentiveTarget: prev.incentiveTarget }, shocks))]);
  }
  if (decisions.laborStandards !== prev.laborStandards) {
    decisionParts.push(['laborStandards', 'lever', minus(actualOut, run(s, { ...decisions, laborStandards: prev.laborStandards }, shocks))]);
  }
  split(minus(actualOut, noDecisions), decisionParts);

  // 2. This year's shocks.
  const noShocks = run(s, none, NO_SHOCKS);
  const shockParts: [AttributionCause, AttributionKind, Triple][] = [];
  for (const kind of SHOCKS) {
    if (shocks[kind] === NO_SHOCKS[kind]) continue;
    shockParts.push([kind, 'shock', minus(noDecisions, run(s, none, withoutShock(shocks, kind)))]);
  }
  split(minus(noDecisions, noShocks), shockParts);

  // 3. Effects of last year's event choices.
  const calm: ClusterState = s.pendingEffects.length > 0 ? withFields(s, { pendingEffects: [] }) : s;
  const noEvents = calm === s ? noShocks : run(calm, none, NO_SHOCKS);
  split(minus(noShocks, noEvents), [['events', 'event', minus(noShocks, noEvents)]]);

  // 4. Lagged effects of earlier spending, lever by lever; the rest is baseline drift.
  const lagged: [AttributionCause, AttributionKind, Triple][] = [];
  for (const lever of LEGACY_SOURCES) {
    if (!hasLegacy(model, calm, lever)) continue;
    const without = withoutLegacy(model, calm, lever);
    const effectNextYear = minus(noEvents, run(without, none, NO_SHOCKS));
    const effectToday = minus(outcomes(calm), levelWithout(model, calm, without));
    lagged.push([lever, 'lagged', minus(effectNextYear, effectToday)]);
  }
  const laggedSum = lagged.reduce((acc, [, , v]) => plus(acc, v), ZERO);
  for (const [cause, kind, value] of lagged) add(cause, kind, value);
  add('drift', 'drift', minus(minus(noEvents, outcomes(s)), laggedSum));

  add('interactions', 'interaction', interactions);
  return { total: minus(actualOut, outcomes(s)), entries };
}
