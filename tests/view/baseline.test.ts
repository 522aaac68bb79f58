import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { gameMachine, DIFFICULTY_PRESETS, type GameContext } from '../../src/flow';
import { simulate } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { baselineRun, baselineState, clearBaselineCache } from '../../src/view/baseline';

function startedContext(id: string, seed: number, difficulty = DIFFICULTY_PRESETS.normal): GameContext {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario: scenarioById(id), seed, difficulty });
  const context = actor.getSnapshot().context;
  actor.stop();
  return context;
}

describe('the baseline run (no new policy, same seed)', () => {
  it('has the same numbers as simulate() with the same scenario, seed and difficulty', () => {
    clearBaselineCache();
    const context = startedContext('sialkot-surgical', 11);
    const run = baselineRun(context);
    const expected = simulate(scenarioById('sialkot-surgical'), { seed: 11, years: context.termYears, difficulty: context.difficulty });
    expect(run?.states).toEqual(expected.states);
    expect(run?.states).toHaveLength(context.termYears + 1);
    expect(baselineState(context, 4)?.outputUsdM).toBe(expected.states[4]?.outputUsdM);
  });

  it('is computed once per game and reused', () => {
    clearBaselineCache();
    const context = startedContext('kamukunji-metalwork', 5);
    const first = baselineRun(context);
    expect(baselineRun({ ...context })).toBe(first);
  });

  it('is recomputed when the game changes: another seed, difficulty or scenario', () => {
    clearBaselineCache();
    const a = startedContext('kamukunji-metalwork', 5);
    const runA = baselineRun(a);
    const b = startedContext('kamukunji-metalwork', 6);
    const runB = baselineRun(b);
    expect(runB).not.toBe(runA);
    expect(runB?.states).toEqual(simulate(scenarioById('kamukunji-metalwork'), { seed: 6, years: b.termYears }).states);
    expect(runB?.states.at(-1)?.outputUsdM).not.toBe(runA?.states.at(-1)?.outputUsdM);

    const hard = startedContext('kamukunji-metalwork', 6, DIFFICULTY_PRESETS.hard);
    const runHard = baselineRun(hard);
    expect(runHard).not.toBe(runB);
    expect(runHard?.states).toEqual(
      simulate(scenarioById('kamukunji-metalwork'), { seed: 6, years: hard.termYears, difficulty: DIFFICULTY_PRESETS.hard }).states,
    );

    const other = startedContext('survival-cluster', 6);
    expect(baselineRun(other)?.states[0]?.year).toBe(scenarioById('survival-cluster').startYear);
  });

  it('has no baseline before a game starts', () => {
    const actor = createActor(gameMachine).start();
    expect(baselineRun(actor.getSnapshot().context)).toBeNull();
    actor.stop();
  });
});
