// The turn machine's history mode (issue 13): BEGIN against history plays the term in the history's
// world and keeps the flag, a save keeps it and replays to the same game, and a scenario without a
// history begins as usual.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine } from '../../src/flow';
import { replayGame, saveFromSnapshot, type SaveData } from '../../src/flow/replay';
import { parseSaveText } from '../../src/platform/save-format';
import { historyWorld, scenarioById } from '../../src/scenario';

function begun(id: string, againstHistory: boolean) {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(id), seed: 9 });
  actor.send(againstHistory ? { type: 'BEGIN', againstHistory: true } : { type: 'BEGIN' });
  return actor;
}

describe('beginning against history', () => {
  it('plays in the history world (its shocks scheduled) with the same start', () => {
    const plain = begun('sialkot-surgical', false).getSnapshot().context;
    const against = begun('sialkot-surgical', true).getSnapshot().context;
    expect(against.againstHistory).toBe(true);
    expect(plain.againstHistory).toBe(false);
    expect(against.scenario).toBe(historyWorld(scenarioById('sialkot-surgical')));
    expect(against.history).toEqual(plain.history);
  });

  it('a scenario without history begins as usual', () => {
    const context = begun('bangalore-it', true).getSnapshot().context;
    expect(context.againstHistory).toBe(false);
    expect(context.scenario).toBe(scenarioById('bangalore-it'));
  });

  it('a save keeps the flag and replays to the same game, through the file format', () => {
    const actor = begun('sialkot-surgical', true);
    for (let k = 0; k < 3; k++) {
      actor.send({ type: 'SET_DECISIONS', decisions: { allocation: { training: 0.3 } } });
      actor.send({ type: 'END_YEAR' });
      const snap = actor.getSnapshot();
      if (snap.matches('event')) {
        const eventId = snap.context.history[snap.context.history.length - 1]?.activeEvent;
        const event = snap.context.scenario?.events.find((e) => e.id === eventId);
        actor.send({ type: 'CHOOSE', choiceId: event?.choices[0]?.id ?? '' });
      }
      actor.send({ type: 'NEXT' });
    }
    const original = actor.getSnapshot();
    const save = saveFromSnapshot(original) as SaveData;
    expect(save.againstHistory).toBe(true);
    const replayed = replayGame(parseSaveText(JSON.stringify(save)));
    expect(replayed.context.againstHistory).toBe(true);
    expect(replayed.context.history).toEqual(original.context.history);
    const plainSave = saveFromSnapshot(begun('sialkot-surgical', false).getSnapshot()) as SaveData;
    expect('againstHistory' in plainSave).toBe(false);
  });
});
