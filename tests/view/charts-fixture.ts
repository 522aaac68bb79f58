// A game played through the turn machine, as a player would (for the chart, waterfall and export
// tests): a first budget, an unchanged year, a tariff cut with a new incentive target, labour
// standards, and events answered with their non-default choice where there is one.
import { createActor } from 'xstate';
import { currentState, gameMachine, type GameContext, type GameEvent } from '../../src/flow';
import type { Difficulty } from '../../src/model';
import { scenarioById, type Scenario } from '../../src/scenario';

type Decisions = Extract<GameEvent, { type: 'SET_DECISIONS' }>['decisions'];

export const DECISIONS: Decisions[] = [
  { allocation: { infrastructure: 0.3, training: 0.3, research: 0.05, incentives: 0.15 } },
  {},
  { tariff: 0.1, incentiveTarget: 'joint', allocation: { research: 0.15, incentives: 0.1 } },
  { laborStandards: true, allocation: { training: 0.32 } },
  { allocation: { trade: 0.1, infrastructure: 0.2 } },
];

export interface PlayOptions {
  scenarioId?: string;
  seed?: number;
  years?: number;
  difficulty?: Difficulty;
  budgetUsdM?: number;
  termYears?: number;
}

/** Plays `years` years and returns the machine's context (stopped in the report, or the debrief). */
export function playGame(options: PlayOptions = {}): GameContext & { scenario: Scenario } {
  const scenario = scenarioById(options.scenarioId ?? 'sialkot-surgical');
  const actor = createActor(gameMachine).start();
  actor.send({
    type: 'START',
    scenario,
    seed: options.seed ?? 3,
    ...(options.difficulty ? { difficulty: options.difficulty } : {}),
    ...(options.budgetUsdM !== undefined ? { budgetUsdM: options.budgetUsdM } : {}),
    ...(options.termYears !== undefined ? { termYears: options.termYears } : {}),
  });
  actor.send({ type: 'BEGIN' });
  const years = options.years ?? 6;
  for (let k = 1; k <= years; k++) {
    const decisions = DECISIONS[k - 1];
    if (decisions) actor.send({ type: 'SET_DECISIONS', decisions });
    actor.send({ type: 'END_YEAR' });
    const snapshot = actor.getSnapshot();
    if (snapshot.matches('event')) {
      const id = currentState(snapshot.context).activeEvent;
      const spec = snapshot.context.scenario?.events.find((e) => e.id === id);
      const other = spec?.choices.find((c) => !c.default) ?? spec?.choices[0];
      actor.send({ type: 'CHOOSE', choiceId: other?.id ?? '' });
    }
    if (actor.getSnapshot().context.endReason !== null) break;
    if (k < years) actor.send({ type: 'NEXT' });
  }
  const context = actor.getSnapshot().context;
  actor.stop();
  if (!context.scenario) throw new Error('no game');
  return context as GameContext & { scenario: Scenario };
}
