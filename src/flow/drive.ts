// Plays a plan through the turn machine, exactly as a player would: the CLI uses this, so a CLI
// run and a game played with the same decisions and seed give the same numbers.
import { createActor } from 'xstate';
import { choiceFor, planYear, resolveDecisions, type Attribution, type ClusterState, type Difficulty, type Plan } from '../model';
import type { Scenario } from '../scenario';
import { currentState, gameMachine, modelFor, type LogEntry } from './game-machine';

export interface PlayOptions {
  seed: number;
  years: number;
  plan?: Plan;
  difficulty?: Difficulty;
  explain?: boolean;
}

export interface PlayedRun {
  states: ClusterState[];
  attributions: Attribution[];
  log: LogEntry[];
}

export function playPlan(scenario: Scenario, options: PlayOptions): PlayedRun {
  const actor = createActor(gameMachine).start();
  actor.send({
    type: 'START',
    scenario,
    seed: options.seed,
    termYears: options.years,
    explain: options.explain ?? false,
    ...(options.difficulty ? { difficulty: options.difficulty } : {}),
    ...(options.plan?.budgetUsdM !== undefined ? { budgetUsdM: options.plan.budgetUsdM } : {}),
  });
  actor.send({ type: 'BEGIN' });
  for (let k = 1; k <= options.years; k++) {
    const before = actor.getSnapshot();
    const draft = before.context.draft;
    if (!before.matches('planning') || !draft) throw new Error(`year ${k}: the game is not waiting for decisions`);
    const decisions = resolveDecisions(planYear(options.plan, k), draft);
    actor.send({ type: 'SET_DECISIONS', decisions });
    const rejected = actor.getSnapshot().context.rejection;
    if (rejected) throw new Error(`year ${k}: ${rejected}`);
    actor.send({ type: 'END_YEAR' });
    const resolved = actor.getSnapshot();
    if (resolved.matches('event')) {
      const context = resolved.context;
      const eventId = currentState(context).activeEvent;
      if (!eventId || !context.scenario) throw new Error(`year ${k}: an event is open without an id`);
      actor.send({ type: 'CHOOSE', choiceId: choiceFor(modelFor(context.scenario, context.difficulty), options.plan, k, eventId) });
    }
    actor.send({ type: 'NEXT' });
    if (actor.getSnapshot().matches('debrief') && k < options.years) break;
  }
  const { history, attributions, log } = actor.getSnapshot().context;
  actor.stop();
  return { states: history, attributions, log };
}
