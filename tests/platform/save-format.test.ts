import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replayGame, saveFromSnapshot } from '../../src/flow/replay';
import { parseSave, parseSaveText, SAVE_FORMAT, SaveFormatError, serializeSave } from '../../src/platform/save-format';
import { begin, playYears } from './fixtures';

const validSave = () => {
  const save = saveFromSnapshot(playYears(begin(), 4).getSnapshot(), new Date('2025-03-01T10:00:00.000Z'));
  if (!save) throw new Error('expected a save');
  return JSON.parse(JSON.stringify(save)) as Record<string, unknown> & {
    log: { decisions: { allocation: Record<string, number> } }[];
  };
};

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof SaveFormatError) return error.problems;
    throw error;
  }
  throw new Error('expected the save to be refused');
}

describe('the save format', () => {
  it('reads back what it writes, scenario and all', () => {
    const save = validSave();
    const parsed = parseSaveText(serializeSave(save as never, true));
    expect(parsed).toEqual(save);
    expect(parsed.format).toBe(SAVE_FORMAT);
    expect(parsed.version).toBe(1);
    expect(parsed.scenario.id).toBe('sialkot-surgical');
    expect(parsed.log).toHaveLength(4);
  });

  it('names the field of an invalid value', () => {
    const save = validSave();
    save.log[3]!.decisions.allocation.training = 1.5;
    expect(problemsOf(() => parseSave(save))).toEqual(['log[3].decisions.allocation.training: must be at most 1']);
  });

  it('checks the scenario inside the save with the scenario schema', () => {
    const save = validSave();
    (save.scenario as { initial: { smeFirms: number } }).initial.smeFirms = 0;
    expect(problemsOf(() => parseSave(save))).toEqual(['scenario.initial.smeFirms: must be a whole number at least 1 and at most 1000000']);
  });

  it('lists a few problems and counts the rest', () => {
    const save = validSave();
    for (const entry of save.log) entry.decisions.allocation.trade = -1;
    save.seed = 1.5;
    const problems = problemsOf(() => parseSave(save));
    expect(problems).toHaveLength(5);
    expect(problems[4]).toBe('and 1 more problem');
  });

  it('refuses a save from a newer version, saying so', () => {
    const save = { ...validSave(), version: 2 };
    expect(problemsOf(() => parseSave(save))).toEqual([
      'this save was made by a newer version (v2) of Cluster Policy Lab; this version reads saves up to v1',
    ]);
  });

  it('recognises files that are not saves', () => {
    expect(problemsOf(() => parseSaveText('{"format": "cluster-policy-lab/save", "vers'))).toEqual([
      'the file is not valid JSON: it ends too early, as if it was cut off',
    ]);
    expect(problemsOf(() => parseSaveText('   '))).toEqual(['the file is empty']);
    expect(problemsOf(() => parseSaveText('{}'))).toEqual([
      'this is not a Cluster Policy Lab save (it has no "format": "cluster-policy-lab/save")',
    ]);
    expect(problemsOf(() => parseSaveText('[1, 2]'))).toEqual(['expected a saved game (a JSON object), found a list']);
    expect(
      problemsOf(() => parseSaveText('{"name": "Skills first", "years": [{"allocation": {"training": 0.5}}]}')),
    ).toEqual(['this is a plan file, not a saved game']);
    expect(problemsOf(() => parseSaveText(JSON.stringify(validSave().scenario)))).toEqual([
      'this is a scenario file, not a saved game',
    ]);
    expect(problemsOf(() => parseSaveText('{"format": "other-game/save", "version": 1}'))[0]).toMatch(
      /"format" is "other-game\/save"/,
    );
  });

  it('refuses unknown fields and a missing log', () => {
    const save = validSave();
    delete (save as Partial<typeof save>).log;
    save.cheat = true;
    const problems = problemsOf(() => parseSave(save));
    expect(problems).toContain('unknown field "cheat"');
    expect(problems).toContain('log: expected array');
  });
});

describe('a file that is not JSON', () => {
  it('says where it breaks, in words, with the text there escaped (not the engine\'s raw message)', () => {
    expect(problemsOf(() => parseSaveText('{\n  "format": "cluster-policy-lab/save",\n  "version" 1\n}'))).toEqual([
      'the file is not valid JSON: it breaks at line 3, column 13 (near "…  "version" 1\\n}")',
    ]);
    const problem = problemsOf(() => parseSaveText('{"format": "x\u001b[2J\u0007", "a" 1}'))[0] ?? '';
    expect(problem).toMatch(/^the file is not valid JSON: it breaks at line 1, column /);
    expect(problem).toContain('\\u001b[2J\\u0007');
    expect([...problem].some((ch) => ch.charCodeAt(0) < 0x20)).toBe(false);
    expect(problemsOf(() => parseSaveText('Hello\u202e there'))).toEqual([
      'the file is not valid JSON: it does not start like a saved game (it starts "Hello\\u202e there")',
    ]);
  });

  it('accepts a byte-order mark (a save file edited on Windows)', () => {
    const save = validSave();
    expect(parseSaveText(`\ufeff${JSON.stringify(save)}`)).toEqual(save);
    expect(problemsOf(() => parseSaveText('\ufeff'))).toEqual(['the file is empty']);
  });
});

describe('predictions in saves', () => {
  it('reads back the predictions of played years and the one being made', () => {
    const actor = begin();
    actor.send({ type: 'SET_PREDICTION', prediction: { output: { direction: 'rise', magnitude: 2.5 }, poverty: { direction: 'same' } } });
    playYears(actor, 2);
    actor.send({ type: 'SET_PREDICTION', prediction: { jobs: { direction: 'fall' } } });
    const save = saveFromSnapshot(actor.getSnapshot(), new Date('2025-03-01T10:00:00.000Z'));
    if (!save) throw new Error('expected a save');
    const parsed = parseSaveText(serializeSave(save));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(save)));
    expect(parsed.log[0]?.prediction).toEqual({ output: { direction: 'rise', magnitude: 2.5 }, poverty: { direction: 'same' } });
    expect(parsed.log[1]).not.toHaveProperty('prediction');
    expect(parsed.prediction).toEqual({ jobs: { direction: 'fall' } });
    expect(replayGame(parsed).context.log[0]?.prediction).toEqual(parsed.log[0]?.prediction);
  });

  it('still loads a save written before predictions existed (the same version, no prediction fields)', () => {
    // Written by the game as it was before predictions (commit ebda6ef), in planning after three years.
    const text = readFileSync(new URL('./save-v1-before-predictions.json', import.meta.url), 'utf8');
    expect(text).not.toContain('prediction');
    const save = parseSaveText(text);
    expect(save.version).toBe(1);
    expect(save.log).toHaveLength(3);
    const game = replayGame(save);
    expect(game.value).toBe('planning');
    expect(game.context.log).toHaveLength(3);
    expect(game.context.log.every((entry) => !('prediction' in entry))).toBe(true);
    expect(game.context.prediction).toEqual({});
    expect(game.context.draft?.allocation.infrastructure).toBe(0.25);
  });

  it('names the field of a prediction that is not one', () => {
    const save = validSave() as Record<string, unknown> & { log: Record<string, unknown>[] };
    save.log[1]!.prediction = { output: { direction: 'up' }, wages: { direction: 'rise' } };
    save.prediction = { jobs: { direction: 'fall', magnitude: -3 } };
    const problems = problemsOf(() => parseSave(save));
    expect(problems.some((p) => p.startsWith('log[1].prediction.output.direction: '))).toBe(true);
    expect(problems).toContain('log[1].prediction: unknown field "wages"');
    expect(problems).toContain('prediction.jobs.magnitude: must be at least 0');
  });
});
