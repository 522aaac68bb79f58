import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine, type GameSnapshot } from '../../src/flow';
import { ReplayError, replayGame, saveFromSnapshot, type SaveData } from '../../src/flow/replay';
import { begin, gameOf, playUntilEvent, playYear, playYears, SIALKOT, waitingEvent } from '../platform/fixtures';

/** A save as it comes back from a file: through JSON, no shared objects. */
function saved(snapshot: GameSnapshot): SaveData {
  const save = saveFromSnapshot(snapshot);
  if (!save) throw new Error('expected a save');
  return JSON.parse(JSON.stringify(save)) as SaveData;
}

function expectSameGame(replayed: GameSnapshot, original: GameSnapshot): void {
  expect(replayed.value).toBe(original.value);
  expect(replayed.context.history).toEqual(original.context.history);
  expect(replayed.context.log).toEqual(original.context.log);
  expect(gameOf(replayed)).toEqual(gameOf(original));
}

describe('saving a game and replaying it', () => {
  it('restores a game in planning, with the draft the player was editing', () => {
    const actor = playYears(begin(), 3);
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: 0.35, research: 0.2 }, tariff: 0.05 } });
    const original = actor.getSnapshot();
    expect(original.value).toBe('planning');
    expect(original.context.log).toHaveLength(3);

    const save = saved(original);
    expect(save.phase).toBe('planning');
    expect(save.draft?.allocation.training).toBe(0.35);
    const replayed = replayGame(save);
    expectSameGame(replayed, original);
    expect(replayed.context.draft?.allocation.research).toBe(0.2);
    expect(replayed.context.draft?.tariff).toBe(0.05);
  });

  it('keeps the predictions of played years, and the one being made in planning', () => {
    const actor = begin();
    actor.send({ type: 'SET_PREDICTION', prediction: { output: { direction: 'rise', magnitude: 3 }, poverty: { direction: 'fall' } } });
    playYears(actor, 1);
    playYears(actor, 1); // no prediction for year 2
    actor.send({ type: 'SET_PREDICTION', prediction: { jobs: { direction: 'same' } } });
    playYears(actor, 1);
    actor.send({ type: 'SET_PREDICTION', prediction: { output: { direction: 'fall', magnitude: 1.5 } } });
    const original = actor.getSnapshot();
    const save = saved(original);
    expect(save.log.map((entry) => entry.prediction)).toEqual([
      { output: { direction: 'rise', magnitude: 3 }, poverty: { direction: 'fall' } },
      undefined,
      { jobs: { direction: 'same' } },
    ]);
    expect(save.prediction).toEqual({ output: { direction: 'fall', magnitude: 1.5 } });
    const replayed = replayGame(save);
    expectSameGame(replayed, original);
    expect(replayed.context.prediction).toEqual({ output: { direction: 'fall', magnitude: 1.5 } });
  });

  it('restores a game waiting for an event choice, and the choice then plays as in the original', () => {
    const actor = playUntilEvent(begin());
    if (!actor) throw new Error('expected an event in Sialkot (CE marking fires after year 2)');
    const original = actor.getSnapshot();
    const event = waitingEvent(original);
    expect(event?.id).toBeTruthy();
    const save = saved(original);
    expect(save.phase).toBe('event');
    expect(save.log.at(-1)?.event).toBeUndefined();

    const replayed = replayGame(save);
    expectSameGame(replayed, original);

    const choiceId = event?.choices[0]?.id ?? '';
    const resumed = createActor(gameMachine, { snapshot: replayed }).start();
    resumed.send({ type: 'CHOOSE', choiceId });
    actor.send({ type: 'CHOOSE', choiceId });
    expectSameGame(resumed.getSnapshot(), actor.getSnapshot());
    expect(resumed.getSnapshot().value).toBe('report');
  });

  it('restores a game in the year report, after an event choice', () => {
    const actor = playYears(begin(), 1);
    playYear(actor); // year 2: CE marking fires and gets its last choice
    const original = actor.getSnapshot();
    expect(original.value).toBe('report');
    expect(original.context.log[1]?.event?.eventId).toBe('ce-marking');
    const replayed = replayGame(saved(original));
    expectSameGame(replayed, original);
  });

  it('restores a finished game in the debrief, including the last year default choice', () => {
    const actor = playYears(begin(SIALKOT, 11, 5), 5);
    const original = actor.getSnapshot();
    expect(original.value).toBe('debrief');
    const save = saved(original);
    expect(save.termYears).toBe(5);
    const replayed = replayGame(save);
    expectSameGame(replayed, original);
    expect(replayed.context.endReason).toBe('term');
  });

  it('restores a game in the briefing with the chosen difficulty', () => {
    const actor = createActor(gameMachine).start();
    actor.send({ type: 'START', scenario: SIALKOT, seed: 42 });
    actor.send({ type: 'SET_DIFFICULTY', difficulty: { leakage: 1.5, shocks: 1.5 } });
    const original = actor.getSnapshot();
    const replayed = replayGame(saved(original));
    expectSameGame(replayed, original);
    // And the years played after loading match the years played in the original.
    const resumed = createActor(gameMachine, { snapshot: replayed }).start();
    resumed.send({ type: 'BEGIN' });
    actor.send({ type: 'BEGIN' });
    playYears(resumed, 3);
    playYears(actor, 3);
    expectSameGame(resumed.getSnapshot(), actor.getSnapshot());
  });

  it('has nothing to save on the title', () => {
    const actor = createActor(gameMachine).start();
    expect(saveFromSnapshot(actor.getSnapshot())).toBeNull();
    const quit = playYears(begin(), 1);
    quit.send({ type: 'QUIT' });
    expect(saveFromSnapshot(quit.getSnapshot())).toBeNull();
  });
});

describe('a save whose log does not fit the game is rejected, naming the entry', () => {
  const reportAfterEvent = () => {
    const actor = playYears(begin(), 1);
    playYear(actor);
    actor.send({ type: 'NEXT' });
    return saved(actor.getSnapshot());
  };

  it('an event choice that does not exist', () => {
    const save = reportAfterEvent();
    const entry = save.log[1];
    if (!entry?.event) throw new Error('expected an event in year 2');
    entry.event.choiceId = 'bribe-the-inspector';
    expect(() => replayGame(save)).toThrow(ReplayError);
    expect(() => replayGame(save)).toThrow(
      /^log\[1\]\.event\.choiceId: "bribe-the-inspector" is not a choice of event "ce-marking" \(its choices are "joint-certification", "firms-on-their-own"\)$/,
    );
  });

  it('an event that did not fire, or a different one', () => {
    const save = saved(playYears(begin(SIALKOT, 5), 8).getSnapshot());
    const quiet = save.log.findIndex((entry) => !entry.event);
    expect(quiet).toBeGreaterThanOrEqual(0);
    save.log[quiet] = { ...save.log[quiet]!, event: { eventId: 'ce-marking', choiceId: 'joint-certification' } };
    expect(() => replayGame(save)).toThrow(
      new RegExp(
        `^log\\[${quiet}\\]\\.event: the save records a choice for event "ce-marking", but no event fired after year ${quiet + 1}$`,
      ),
    );

    const other = reportAfterEvent();
    other.log[1]!.event = { eventId: 'airport-offer', choiceId: 'not-now' };
    expect(() => replayGame(other)).toThrow(
      /^log\[1\]\.event\.eventId: the save says "airport-offer", but the event that fired after year 2 is "ce-marking"$/,
    );
  });

  it('an event with its choice missing', () => {
    const save = reportAfterEvent();
    delete save.log[1]!.event;
    expect(() => replayGame(save)).toThrow(
      /^log\[1\]\.event: event "ce-marking" fired after year 2, but the save records no choice for it$/,
    );
  });

  it('decisions the game does not accept', () => {
    const save = reportAfterEvent();
    save.log[0]!.decisions.allocation.training = 0.9;
    save.log[0]!.decisions.allocation.infrastructure = 0.9;
    expect(() => replayGame(save)).toThrow(
      /^log\[0\]\.decisions: allocation shares sum to \d\.\d+, more than the whole budget/,
    );
  });

  it('a prediction the game does not accept', () => {
    const save = reportAfterEvent();
    save.log[0]!.prediction = { output: { direction: 'rise', magnitude: -2 } };
    expect(() => replayGame(save)).toThrow(/^log\[0\]\.prediction: the prediction was not accepted$/);
  });

  it('more years than the term, and a phase the log does not reach', () => {
    const finished = saved(playYears(begin(SIALKOT, 11, 5), 5).getSnapshot());
    finished.log.push(finished.log[0]!);
    expect(() => replayGame(finished)).toThrow(
      /^log\[5\]: the game ended after year 5, but the log goes on to year 6$/,
    );

    const unfinished = reportAfterEvent();
    unfinished.phase = 'debrief';
    expect(() => replayGame(unfinished)).toThrow(
      /^phase: the save says "debrief", but after replaying 2 years the game is in "planning" \(the term of 10 years is not over yet\)$/,
    );
  });

  it('a draft over the budget', () => {
    const save = reportAfterEvent();
    save.draft = {
      ...save.log[0]!.decisions,
      allocation: { infrastructure: 1, training: 1, research: 0, incentives: 0, trade: 0 },
    };
    expect(() => replayGame(save)).toThrow(/^draft: allocation shares sum to 2\.000/);
  });
});
