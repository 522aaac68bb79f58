import { describe, expect, it } from 'vitest';
import { chooseForEvent, applyEffects } from '../../src/model/events';
import { createModel, initialState, type EventSpec } from '../../src/model/setup';
import { copyState } from '../../src/model/state';
import { step } from '../../src/model/step';
import { spend, survivalSetup } from './fixtures';

describe('one state shape', () => {
  const review: EventSpec = {
    id: 'review',
    trigger: { year: 1 },
    choices: [{ id: 'boost', effects: [{ target: 'smeFirms', mode: 'scale', delta: 0.1 }] }],
  };
  const setup = survivalSetup({ events: [review] });
  const model = createModel(setup);
  const start = initialState(setup, model, 4);

  it('copyState copies every field, in order, into a new object', () => {
    const year = step(model, start, spend(setup, { training: 0.5 })).state;
    const copy = copyState(year);
    expect(copy).not.toBe(year);
    expect(copy).toEqual(year);
    expect(Object.keys(copy)).toEqual(Object.keys(year));
  });

  it('the start, a year, an event choice and applied effects list the fields in the same order', () => {
    const year = step(model, start, spend(setup, { training: 0.5 })).state;
    expect(year.activeEvent).toBe('review');
    const chosen = chooseForEvent(model, year, 'boost');
    const applied = applyEffects(chosen, chosen.pendingEffects);
    const keys = Object.keys(start);
    for (const s of [year, chosen, applied]) expect(Object.keys(s)).toEqual(keys);
  });
});
