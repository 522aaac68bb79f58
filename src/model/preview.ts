// Looking ahead for the payoff preview: the model run forward on fixed decisions with no shocks
// and no new events, so the player sees what the plan itself does, year by year.
import { advance } from './advance';
import { NO_SHOCKS, type Model } from './setup';
import type { ClusterState, Decisions } from './types';

export function projectAhead(model: Model, start: ClusterState, decisions: Decisions, years: number): ClusterState[] {
  const path: ClusterState[] = [];
  let state = start;
  for (let k = 0; k < years; k++) {
    state = advance(model, state, decisions, NO_SHOCKS).next;
    path.push(state);
  }
  return path;
}
