// A game played through the turn machine with a plan (the same loop as flow's playPlan), returning
// the whole context the view layer reads. Events take the plan's choice, else `choose` (default: the
// event's default choice).
import { createActor } from 'xstate';
import { currentState, gameMachine, modelFor, type GameContext } from '../../src/flow';
import { choiceFor, planYear, resolveDecisions, type Plan } from '../../src/model';
import type { Scenario } from '../../src/scenario';

export function playedContext(
  scenario: Scenario,
  seed: number,
  plan: Plan,
  choose?: (choices: string[], k: number) => string,
  options: { againstHistory?: boolean } = {},
): GameContext {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario, seed });
  actor.send({ type: 'BEGIN', ...(options.againstHistory ? { againstHistory: true } : {}) });
  for (let k = 1; actor.getSnapshot().matches('planning'); k++) {
    const draft = actor.getSnapshot().context.draft;
    if (!draft) throw new Error('no draft');
    actor.send({ type: 'SET_DECISIONS', decisions: resolveDecisions(planYear(plan, k), draft) });
    const rejected = actor.getSnapshot().context.rejection;
    if (rejected) throw new Error(`year ${k}: ${rejected}`);
    actor.send({ type: 'END_YEAR' });
    const snap = actor.getSnapshot();
    if (snap.matches('event')) {
      const eventId = currentState(snap.context).activeEvent ?? '';
      // The game's own scenario: against history it is the history's world (src/scenario/history.ts).
      const model = modelFor(snap.context.scenario ?? scenario, snap.context.difficulty);
      const event = model.events.find((e) => e.id === eventId);
      const planned = choiceFor(model, plan, k, eventId);
      const choiceId =
        choose && event && !planYear(plan, k).eventChoices?.[eventId]
          ? choose(
              event.choices.map((c) => c.id),
              k,
            )
          : planned;
      actor.send({ type: 'CHOOSE', choiceId });
    }
    actor.send({ type: 'NEXT' });
  }
  const context = actor.getSnapshot().context;
  actor.stop();
  return context;
}
