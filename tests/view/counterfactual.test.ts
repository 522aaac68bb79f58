import { describe, expect, it } from 'vitest';
import { DIFFICULTY_PRESETS } from '../../src/flow';
import type { Plan } from '../../src/model';
import { scenarioById } from '../../src/scenario';
import { baselineRun, clearBaselineCache } from '../../src/view/baseline';
import {
  eventChoicesOf,
  perGameCache,
  planOfLog,
  runCounterfactual,
  withEventChoices,
  type Game,
} from '../../src/view/counterfactual';
import { playedContext } from './played';

const MIXED: Plan = {
  name: 'mixed',
  years: [
    { allocation: { training: 0.6, infrastructure: 0.4 }, tariff: 0.1 },
    {
      allocation: { infrastructure: 0, training: 0.2, research: 0.3, incentives: 0.5 },
      incentiveTarget: 'joint',
      laborStandards: true,
    },
  ],
};

describe('counterfactual runs (the model again, with one thing changed)', () => {
  it('replays the player: their own decisions and event choices, run again, give the game’s history exactly', () => {
    let nonDefault = 0;
    for (const id of ['sialkot-surgical', 'kamukunji-metalwork', 'tnc-cluster']) {
      // The first choice of each event, often not the default (counted below), so the replay cannot pass on defaults alone.
      const context = playedContext(scenarioById(id), 4, MIXED, (choices) => choices[0] ?? '');
      const game = { ...context, scenario: context.scenario! };
      for (const entry of context.log) {
        const event = game.scenario.events.find((e) => e.id === entry.event?.eventId);
        if (event && !event.choices.find((c) => c.id === entry.event?.choiceId)?.default) nonDefault++;
      }
      const run = runCounterfactual(game, planOfLog(context.log, context.termYears));
      expect(run.states).toEqual(context.history);
      expect(run.events.map((e) => e.choiceId)).toEqual(
        context.log.filter((e) => e.event).map((e) => e.event!.choiceId),
      );
    }
    expect(nonDefault).toBeGreaterThan(0);
  });

  it('with no plan is the no-new-policy baseline the report and debrief compare with', () => {
    clearBaselineCache();
    const context = playedContext(scenarioById('survival-cluster'), 9, MIXED);
    const game = { ...context, scenario: context.scenario! };
    expect(runCounterfactual(game, null).states).toEqual(baselineRun(context)?.states);
  });

  it('answers events as the player did: the same year’s choice first, else the player’s choice for that event', () => {
    const log = [
      { decisions: MIXED.years[0] as never },
      { decisions: MIXED.years[0] as never, event: { eventId: 'strike', choiceId: 'negotiate' } },
      { decisions: MIXED.years[0] as never, event: { eventId: 'strike', choiceId: 'refuse' } },
    ];
    expect(eventChoicesOf(log)).toEqual({ strike: 'negotiate' });
    const plan = withEventChoices({ name: 'p', years: [{ tariff: 0.3 }] }, log, 5);
    expect(plan.years).toHaveLength(5);
    expect(plan.years.map((y) => y.eventChoices?.strike)).toEqual([
      'negotiate',
      'negotiate',
      'refuse',
      'negotiate',
      'negotiate',
    ]);
    expect(plan.years.every((y) => y.tariff === 0.3)).toBe(true);
  });

  it('caches one value per game and recomputes for another seed, difficulty, scenario or sub-key', () => {
    const cache = perGameCache<number>();
    let computed = 0;
    const compute = () => ++computed;
    const game: Game = {
      scenario: scenarioById('survival-cluster'),
      seed: 1,
      difficulty: DIFFICULTY_PRESETS.normal,
      termYears: 10,
    };
    expect(cache.get(game, 'a', compute)).toBe(1);
    expect(cache.get({ ...game }, 'a', compute)).toBe(1);
    expect(cache.get({ ...game, seed: 2 }, 'a', compute)).toBe(2);
    expect(cache.get({ ...game, seed: 2, difficulty: DIFFICULTY_PRESETS.hard }, 'a', compute)).toBe(3);
    expect(cache.get({ ...game, seed: 2, difficulty: DIFFICULTY_PRESETS.hard }, 'b', compute)).toBe(4);
    expect(
      cache.get(
        { ...game, seed: 2, difficulty: DIFFICULTY_PRESETS.hard, scenario: scenarioById('tnc-cluster') },
        'b',
        compute,
      ),
    ).toBe(5);
    cache.clear();
    expect(cache.get(game, 'a', compute)).toBe(6);
  });
});
