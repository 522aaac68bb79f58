// Workshop games for the tests: sessions, and a team's game played through the turn machine under a
// session's START, as the team's screens will drive it (SET_DECISIONS, SET_PREDICTION, END_YEAR,
// CHOOSE, NEXT), with decisions from a strategy.
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { createActor } from 'xstate';
import { currentState, gameMachine, modelFor, type GameContext, type GameEvent, type Prediction } from '../../src/flow';
import {
  findEvent,
  INCENTIVE_TARGETS,
  LEVERS,
  type Allocation,
  type ClusterState,
  type Decisions,
} from '../../src/model';
import { comingBudgetUsdM, moneyStep } from '../../src/view/budget';
import { defaultSessionSettings, sessionStart, type SessionSettings } from '../../src/view/workshop-session';

export function session(overrides: Partial<SessionSettings> = {}, scenarioId = 'sialkot-surgical'): SessionSettings {
  return { ...defaultSessionSettings(scenarioId, 4242), ...overrides };
}

type DecisionChange = Extract<GameEvent, { type: 'SET_DECISIONS' }>['decisions'];

/** What a team does in year k: a change to the draft, a prediction, and a choice when an event fires. */
export interface Strategy {
  decide(k: number, draft: Decisions, state: ClusterState): DecisionChange;
  predict?(k: number): Prediction | null;
  choose?(k: number, choiceIds: string[]): string;
}

/** Plays `years` years (or until the game ends) and returns the context at the last year's report. */
export function playSession(settings: SessionSettings, strategy: Strategy, years = settings.termYears): GameContext {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', ...sessionStart(settings) });
  actor.send({ type: 'BEGIN' });
  for (let k = 1; k <= years; k++) {
    const before = actor.getSnapshot();
    if (!before.matches('planning') || !before.context.draft) break;
    actor.send({
      type: 'SET_DECISIONS',
      decisions: strategy.decide(k, before.context.draft, currentState(before.context)),
    });
    const rejected = actor.getSnapshot().context.rejection;
    if (rejected) throw new Error(`year ${k}: ${rejected}`);
    const prediction = strategy.predict?.(k);
    if (prediction) actor.send({ type: 'SET_PREDICTION', prediction });
    actor.send({ type: 'END_YEAR' });
    const snap = actor.getSnapshot();
    if (snap.matches('event') && snap.context.scenario) {
      const event = findEvent(
        modelFor(snap.context.scenario, snap.context.difficulty),
        currentState(snap.context).activeEvent ?? '',
      );
      const ids = event?.choices.map((c) => c.id) ?? [];
      actor.send({ type: 'CHOOSE', choiceId: strategy.choose?.(k, ids) ?? ids[0] ?? '' });
    }
    if (k < years) actor.send({ type: 'NEXT' });
  }
  const context = actor.getSnapshot().context;
  actor.stop();
  return context;
}

const percentAllocation = (shares: Partial<Record<(typeof LEVERS)[number], number>>): Allocation =>
  Object.fromEntries(LEVERS.map((l) => [l, (shares[l] ?? 0) / 100])) as Allocation;

/** A steady plan: the same slider shares every year. */
export function steady(
  percent: Partial<Record<(typeof LEVERS)[number], number>>,
  extra: Partial<Decisions> = {},
): Strategy {
  return { decide: () => ({ allocation: percentAllocation(percent), ...extra }) };
}

/**
 * A realistic team on the sliders (whole percent): every year it moves two or three lines, some years
 * the tariff, twice the incentive target, turns labor standards on after a while, predicts all three
 * indicators (with a size half the time) and answers events with their last choice.
 */
export function sliderTeam(seed: number): Strategy {
  const rng = xoroshiro128plus(seed);
  const u = (): number => uniformFloat64(rng);
  return {
    decide(k, draft) {
      const shares = LEVERS.map((l) => Math.round(draft.allocation[l] * 100));
      const moves = 2 + Math.floor(u() * 2);
      for (let i = 0; i < moves; i++) {
        const lever = Math.floor(u() * LEVERS.length);
        shares[lever] = Math.floor(u() * 40);
      }
      let total = shares.reduce((a, b) => a + b, 0);
      while (total > 100) {
        const i = shares.indexOf(Math.max(...shares));
        shares[i] = Math.max(0, (shares[i] ?? 0) - (total - 100));
        total = shares.reduce((a, b) => a + b, 0);
      }
      const change: DecisionChange = {
        allocation: Object.fromEntries(LEVERS.map((l, i) => [l, Math.max(0, shares[i] ?? 0) / 100])) as Allocation,
      };
      if (k % 3 === 0) change.tariff = Math.round(u() * 30) / 100;
      if (k === 2 || k === 6) change.incentiveTarget = INCENTIVE_TARGETS[Math.floor(u() * INCENTIVE_TARGETS.length)];
      if (k >= 4) change.laborStandards = true;
      return change;
    },
    predict(k) {
      const direction = (x: number) => (x < 0.4 ? 'rise' : x < 0.7 ? 'same' : 'fall') as 'rise' | 'same' | 'fall';
      const sized = k % 2 === 0;
      const one = (size: number) => {
        const d = direction(u());
        return d !== 'same' && sized ? { direction: d, magnitude: size } : { direction: d };
      };
      return {
        output: one(Math.round(u() * 8)),
        jobs: one(Math.round(u() * 5)),
        poverty: one(Math.round(u() * 4) / 2),
      };
    },
    choose: (_k, ids) => ids[ids.length - 1] ?? '',
  };
}

/**
 * A team that types amounts in the money fields (steps of US$ 0.01 m on budgets up to 5 m, else
 * 0.1 m) of the year's budget: shares to six decimals, as the panel keeps them (US$ 3.7 m of 60 m is
 * 0.061667). Every line is retyped each year when `everyLine`, else two lines move a year.
 */
export function moneyTeam(everyLine = false): Strategy {
  const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    decide(k, _draft, state) {
      const budget = comingBudgetUsdM(state);
      const step = moneyStep(budget);
      const fractions = everyLine
        ? [0.17 + 0.013 * k, 0.21 - 0.007 * k, 0.09 + 0.011 * k, 0.23 - 0.017 * k, 0.11 + 0.003 * k]
        : [0.187, 0.113 + 0.01 * k, 0.097, 0.21 - 0.01 * k, 0.033];
      const amounts = fractions.map((f) => Math.round((f * budget) / step) * step);
      return {
        allocation: Object.fromEntries(LEVERS.map((l, i) => [l, round6((amounts[i] ?? 0) / budget)])) as Allocation,
      };
    },
  };
}
