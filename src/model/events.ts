// Scenario events (dilemmas): which one fires at the end of a year, and applying a choice.
// A choice's effects wait in the state and apply at the start of the next year, so they go
// through the model (and the attribution) like everything else.
import type { ClusterState, ConditionIndicator, Effect, EffectTarget, YearShocks } from './types';
import type { EventSpec, Model } from './setup';
import { shockHappened } from './shocks';
import { clamp01 } from './math';
import { copyState } from './state';

/** Each event fires at most once. */
function isOpen(s: ClusterState, e: EventSpec): boolean {
  return !s.firedEvents.includes(e.id);
}

/** An indicator an event's condition watches, as it stands in the state. */
export function indicatorValue(s: ClusterState, indicator: ConditionIndicator): number {
  switch (indicator) {
    case 'approvalSme':
      return s.approval.sme;
    case 'approvalLarge':
      return s.approval.large;
    case 'approvalWorkers':
      return s.approval.workers;
    case 'approvalDonors':
      return s.approval.donors;
    default:
      return s[indicator];
  }
}

/** Whether an event's condition holds (an event without one is not held back). */
function conditionHolds(s: ClusterState, e: EventSpec): boolean {
  const when = e.trigger.when;
  if (!when) return true;
  const value = indicatorValue(s, when.indicator);
  return (when.below === undefined || value < when.below) && (when.above === undefined || value > when.above);
}

/**
 * The event that fires after year t (1-based), given the state at the end of that year, this year's
 * shocks and its event draws. A condition (`when`) reads that state, so events can answer what the
 * player's policy has done (trust run down, a group turned against you). Written as plain loops (it
 * runs every year of every run); the order of the checks is the rule.
 */
export function firingEvent(model: Model, s: ClusterState, t: number, shocks: YearShocks, eventDraws: readonly number[]): EventSpec | null {
  const events = model.events;
  // A shock event with a chance becomes an event in that share of the years its shock happens.
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as EventSpec;
    const { shock, chance } = e.trigger;
    if (shock !== undefined && isOpen(s, e) && shockHappened(shocks, shock) && (chance === undefined || (eventDraws[i] ?? 1) < chance) && conditionHolds(s, e)) return e;
  }
  // A scheduled event pushed out by a shock event fires the next year instead of being lost.
  for (const e of events) if (e.trigger.year !== undefined && e.trigger.year <= t && isOpen(s, e) && conditionHolds(s, e)) return e;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as EventSpec;
    const { year, shock, fromYear, when } = e.trigger;
    // A condition with no chance fires as soon as it holds.
    const chance = e.trigger.chance ?? (when ? 1 : undefined);
    if (chance !== undefined && year === undefined && shock === undefined && t >= (fromYear ?? 1) && (eventDraws[i] ?? 1) < chance && isOpen(s, e) && conditionHolds(s, e)) return e;
  }
  return null;
}

export function defaultChoiceId(event: EventSpec): string {
  const choice = event.choices.find((c) => c.default) ?? event.choices[0];
  if (!choice) throw new Error(`event ${event.id} has no choices`);
  return choice.id;
}

export function findEvent(model: Model, id: string): EventSpec | undefined {
  return model.events.find((e) => e.id === id);
}

/** Records the player's choice for the active event; its effects apply next year. */
export function chooseForEvent(model: Model, s: ClusterState, choiceId: string): ClusterState {
  if (!s.activeEvent) throw new Error('no event is waiting for a choice');
  const event = findEvent(model, s.activeEvent);
  const choice = event?.choices.find((c) => c.id === choiceId);
  if (!event || !choice) throw new Error(`unknown choice "${choiceId}" for event "${s.activeEvent}"`);
  const next = copyState(s);
  next.activeEvent = null;
  next.pendingEffects = [...s.pendingEffects, ...choice.effects];
  return next;
}

const SHARE_TARGETS: ReadonlySet<EffectTarget> = new Set([
  'quality', 'skills', 'infrastructure', 'trust', 'exportShare', 'workingConditions',
  'approvalSme', 'approvalLarge', 'approvalWorkers', 'approvalDonors',
]);

/** Shares stay within 0..1; counts and money stay non-negative. */
function bound(target: EffectTarget, x: number): number {
  return SHARE_TARGETS.has(target) ? clamp01(x) : Math.max(0, x);
}

function applyOne(value: number, effect: Effect): number {
  return effect.mode === 'add' ? value + effect.delta : value * (1 + effect.delta);
}

/** Firms entering or leaving by an event take their jobs and output with them. */
function rescaleSmes(s: ClusterState, smeFirms: number): void {
  const firms = Math.max(1, smeFirms);
  const ratio = firms / s.smeFirms;
  const jobs = s.smeEmployment * (ratio - 1);
  const output = s.smeOutputUsdM * (ratio - 1);
  s.smeFirms = firms;
  s.smeEmployment += jobs;
  s.employment += jobs;
  s.smeOutputUsdM += output;
  s.outputUsdM += output;
}

function rescaleLarge(s: ClusterState, largeFirms: number): void {
  const largeOutput = s.outputUsdM - s.smeOutputUsdM;
  if (s.largeFirms > 0 && largeOutput > 0) {
    const ratio = largeFirms / s.largeFirms;
    const jobs = s.largeEmployment * (ratio - 1);
    s.largeEmployment += jobs;
    s.employment += jobs;
    s.outputUsdM += largeOutput * (ratio - 1);
  }
  // With no large firm yet, the new ones start producing next year (advance sizes them).
  s.largeFirms = largeFirms;
  s.foreignFirms = Math.min(s.foreignFirms, largeFirms);
}

/** Applies waiting effects to a copy of the state (used at the start of a year). */
export function applyEffects(s: ClusterState, effects: readonly Effect[]): ClusterState {
  if (effects.length === 0) return s;
  const next = copyState(s);
  next.approval = { ...s.approval };
  next.pendingEffects = [];
  for (const effect of effects) {
    switch (effect.target) {
      case 'approvalSme':
        next.approval.sme = bound(effect.target, applyOne(next.approval.sme, effect));
        break;
      case 'approvalLarge':
        next.approval.large = bound(effect.target, applyOne(next.approval.large, effect));
        break;
      case 'approvalWorkers':
        next.approval.workers = bound(effect.target, applyOne(next.approval.workers, effect));
        break;
      case 'approvalDonors':
        next.approval.donors = bound(effect.target, applyOne(next.approval.donors, effect));
        break;
      case 'smeFirms':
        rescaleSmes(next, bound(effect.target, applyOne(next.smeFirms, effect)));
        break;
      case 'largeFirms':
        rescaleLarge(next, bound(effect.target, applyOne(next.largeFirms, effect)));
        break;
      case 'foreignFirms': {
        // A new foreign plant is also a new large firm (and one leaving takes a large firm with it).
        const foreign = bound(effect.target, applyOne(next.foreignFirms, effect));
        rescaleLarge(next, Math.max(0, next.largeFirms + foreign - next.foreignFirms));
        next.foreignFirms = Math.min(foreign, next.largeFirms);
        break;
      }
      case 'productivity':
        next.productivity = Math.max(0.05, applyOne(next.productivity, effect));
        break;
      default:
        next[effect.target] = bound(effect.target, applyOne(next[effect.target], effect));
    }
  }
  return next;
}
