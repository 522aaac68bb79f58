// One year: draw the year's uniforms from the stored PRNG state, resolve shocks, advance the
// cluster, see whether an event fires, and (when asked) explain the change.
import type { Attribution, ClusterState, Decisions } from './types';
import type { Model } from './setup';
import { drawUniforms } from './rng';
import { drawCount, resolveShocks, SHOCK_DRAWS } from './shocks';
import { advance } from './advance';
import { attribute } from './attribution';
import { applyEffects, firingEvent } from './events';
import { decisionProblems } from './decisions';
import { copyState } from './state';
import type { ApprovalReasons } from './mechanisms/approval';

export interface StepResult {
  state: ClusterState;
  /** Null unless the step was asked to explain itself. */
  attribution: Attribution | null;
  approvalReasons: ApprovalReasons;
}

export function step(model: Model, s: ClusterState, decisions: Decisions, options: { explain?: boolean } = {}): StepResult {
  if (s.activeEvent) throw new Error(`event "${s.activeEvent}" is waiting for a choice`);
  const problems = decisionProblems(decisions);
  if (problems.length > 0) throw new Error(`invalid decisions: ${problems.join('; ')}`);
  const draws = drawUniforms(s.rng, drawCount(model));
  // Chances depend on the state as this year starts, after last year's event choices took effect.
  const shocks = resolveShocks(model, applyEffects(s, s.pendingEffects), draws.values);
  const { next, approvalReasons } = advance(model, s, decisions, shocks);
  // Conditions read the year's end (next carries the same fired events as s).
  const fired = firingEvent(model, next, next.t, shocks, draws.values.slice(SHOCK_DRAWS));
  // A copy in the canonical shape (see state.ts), finished in place: nobody else holds it yet.
  const state = copyState(next);
  if (fired) state.firedEvents = [...next.firedEvents, fired.id];
  state.activeEvent = fired ? fired.id : null;
  state.rng = draws.next;
  const attribution = options.explain ? attribute(model, s, decisions, shocks, state) : null;
  return { state, attribution, approvalReasons };
}
