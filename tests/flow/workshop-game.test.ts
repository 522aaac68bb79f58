// A workshop team's game (issue 11): the session and team travel with the game, through saves and
// the list of saved games, and the session's difficulty cannot be changed in the briefing.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { DIFFICULTY_PRESETS, gameMachine } from '../../src/flow';
import { replayGame, saveFromSnapshot, type SaveData } from '../../src/flow/replay';
import { createGameStore } from '../../src/platform/game-slots';
import { parseSaveText, serializeSave } from '../../src/platform/save-format';
import { defaultSessionSettings, sessionStart } from '../../src/view/workshop-session';
import { MemoryStorage, playYears } from '../platform/fixtures';

const settings = { ...defaultSessionSettings('sialkot-surgical', 77), termYears: 4, roles: true };
const tag = { sessionCode: 'K7QF-2M9D-X3A', teamName: 'Red team', roles: ['industry' as const, 'labor' as const] };

function workshopGame() {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', ...sessionStart(settings), workshop: tag });
  return actor;
}

describe('a workshop game', () => {
  it('keeps its session and team through a save and a replay', () => {
    const actor = workshopGame();
    actor.send({ type: 'BEGIN' });
    playYears(actor, 2);
    const save = JSON.parse(serializeSave(saveFromSnapshot(actor.getSnapshot())!)) as SaveData;
    expect(save.workshop).toEqual(tag);
    const parsed = parseSaveText(serializeSave(save));
    const replayed = replayGame(parsed);
    expect(replayed.context.workshop).toEqual(tag);
    expect(replayed.context.log).toEqual(actor.getSnapshot().context.log);
    expect(replayed.context.termYears).toBe(4);
  });

  it('is listed with its session and team; an ordinary game is not', () => {
    const store = createGameStore(new MemoryStorage());
    const actor = workshopGame();
    actor.send({ type: 'BEGIN' });
    const added = store.add(saveFromSnapshot(actor.getSnapshot())!);
    expect(added.ok).toBe(true);
    const [entry] = store.list();
    expect(entry?.kind === 'game' && entry.summary.workshop).toEqual({
      sessionCode: tag.sessionCode,
      teamName: 'Red team',
    });

    const plain = createActor(gameMachine).start();
    plain.send({ type: 'START', ...sessionStart(settings) });
    plain.send({ type: 'BEGIN' });
    const save = saveFromSnapshot(plain.getSnapshot())!;
    expect(save.workshop).toBeUndefined();
    expect(replayGame(save).context.workshop).toBeNull();
  });

  it('plays under the session difficulty: the briefing cannot change it', () => {
    const actor = workshopGame();
    actor.send({ type: 'SET_DIFFICULTY', difficulty: DIFFICULTY_PRESETS.hard });
    expect(actor.getSnapshot().context.difficulty).toEqual(DIFFICULTY_PRESETS.normal);
  });

  it('refuses a save whose workshop part is damaged, naming the field', () => {
    const actor = workshopGame();
    actor.send({ type: 'BEGIN' });
    const save = { ...saveFromSnapshot(actor.getSnapshot())!, workshop: { ...tag, roles: ['mayor'] } };
    expect(() => parseSaveText(JSON.stringify(save))).toThrow(/workshop/);
  });
});
