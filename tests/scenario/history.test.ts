// A scenario's history (issue 13): the path the real government took is validated with the rest of
// the scenario (a bad history names its problem), is a valid plan file, and its world schedules the
// history's shocks without changing the scenario's start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModel, DEFAULT_DIFFICULTY, initialState } from '../../src/model';
import {
  HISTORY_PLAN_NAME,
  historyPlan,
  historyWorld,
  parsePlan,
  parseScenario,
  scenarioById,
  SCENARIO_IDS,
  startingDecisions,
  translationProblems,
  ValidationError,
  type Scenario,
} from '../../src/scenario';

const WITH_HISTORY = ['suame-magazine', 'sialkot-surgical', 'guadalajara-electronics'];

/** The problems parseScenario reports for `data`, one string each. */
function problems(data: unknown): string[] {
  try {
    parseScenario(data, 'test');
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
}

/** A copy of Sialkot's scenario file with its history changed by `edit`. */
function withHistory(edit: (history: Record<string, unknown>) => void): unknown {
  const data = structuredClone(scenarioById('sialkot-surgical')) as unknown as Record<string, unknown>;
  edit(data.history as Record<string, unknown>);
  return data;
}

describe('the built-in histories', () => {
  it.each(WITH_HISTORY)('%s has a history with sources and a note on what the record lacks', (id) => {
    const history = scenarioById(id).history;
    expect(history?.sources.length).toBeGreaterThan(0);
    expect(history?.note).toMatch(/assumption/i);
    expect(history?.plan.years.length).toBe(scenarioById(id).termYears);
  });

  it.each(WITH_HISTORY)('%s: the history is a plan file the CLI accepts (event choices included)', (id) => {
    const scenario = scenarioById(id);
    const plan = historyPlan(scenario);
    expect(plan?.name).toBe(HISTORY_PLAN_NAME);
    expect(() => parsePlan(plan, startingDecisions(scenario), 'history', scenario.events)).not.toThrow();
  });

  it('scenarios without a history have no historical plan', () => {
    const without = SCENARIO_IDS.filter((id) => !WITH_HISTORY.includes(id));
    expect(without.length).toBeGreaterThan(0);
    for (const id of without) expect(historyPlan(scenarioById(id))).toBeNull();
  });
});

describe('a bad history names its problem', () => {
  it('a year whose shares add up to more than the budget', () => {
    const data = withHistory((h) => {
      const years = (h.plan as { years: { allocation: Record<string, number> }[] }).years;
      if (years[2]) years[2].allocation = { training: 0.7, trade: 0.6 };
    });
    expect(problems(data)).toEqual([expect.stringMatching(/^history\.plan\.years\[2\].*more than the whole budget/)]);
  });

  it('an event or choice the scenario does not have', () => {
    const data = withHistory((h) => {
      const years = (h.plan as { years: { eventChoices: Record<string, string> }[] }).years;
      if (years[0]) years[0].eventChoices = { 'no-such-event': 'x', 'ce-marking': 'bribe' };
    });
    const found = problems(data);
    expect(found).toContainEqual(expect.stringMatching(/history\.plan\.years\[0\]\.eventChoices.*no event "no-such-event"/));
    expect(found).toContainEqual(expect.stringMatching(/history\.plan\.years\[0\]\.eventChoices\.ce-marking.*no choice "bribe" \(its choices: joint-certification, firms-on-their-own\)/));
  });

  it('a shock outside the term, or of a size its kind cannot take', () => {
    const data = withHistory((h) => {
      h.scheduled = [
        { year: 1994, shock: 'buyerExit', size: 0.25, source: 'Nadvi 1999' },
        { year: 2003, shock: 'buyerStandard', size: 0.9, source: 'assumption' },
      ];
    });
    const found = problems(data);
    expect(found).toContainEqual(expect.stringMatching(/history\.scheduled\[0\]\.year.*must fall in the term, 2002 to 2011/));
    expect(found).toContainEqual(expect.stringMatching(/history\.scheduled\[1\]\.size.*for buyerStandard must be 0\.01 to 0\.5/));
  });

  it('no sources or no note (where the record is thin must be said)', () => {
    const found = problems(
      withHistory((h) => {
        h.sources = [];
        delete h.note;
      }),
    );
    expect(found).toContainEqual(expect.stringMatching(/^history\.sources/));
    expect(found).toContainEqual(expect.stringMatching(/^history\.note/));
  });

  it('a plan longer than the term', () => {
    const data = withHistory((h) => {
      const years = (h.plan as { years: unknown[] }).years;
      (h.plan as { years: unknown[] }).years = [...years, ...years];
    });
    expect(problems(data)).toEqual([expect.stringMatching(/^history\.plan\.years.*has 20 years, more than the term's 10/)]);
  });

  it('an unknown field in the history', () => {
    expect(problems(withHistory((h) => (h.budgetShares = 0.5)))).toContainEqual(expect.stringMatching(/^history.*unknown field "budgetShares"/));
  });
});

describe('the history world', () => {
  const sialkot = scenarioById('sialkot-surgical');

  it('schedules the history shocks beside the scenario own, once, and is the same object each time', () => {
    const world = historyWorld(sialkot);
    expect(historyWorld(sialkot)).toBe(world);
    expect(historyWorld(world)).toBe(world);
    expect(world.scheduled?.map((e) => `${e.year}:${e.shock}`)).toEqual(['2003:buyerExit', '2004:buyerStandard']);
    expect(sialkot.scheduled?.length).toBe(1);
  });

  it('a scenario without history shocks is its own world', () => {
    const guadalajara = scenarioById('guadalajara-electronics');
    expect(historyWorld(guadalajara)).toBe(guadalajara);
  });

  it('a history shock of the kind and year the scenario schedules replaces it (property: any size in range)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.5, noNaN: true }), (size) => {
        const data = structuredClone(sialkot) as Scenario;
        data.history = { ...data.history!, scheduled: [{ year: 2004, shock: 'buyerStandard', size, source: 'assumption' }] };
        const world = historyWorld(parseScenario(data));
        expect(world.scheduled?.filter((e) => e.shock === 'buyerStandard')).toEqual([{ year: 2004, shock: 'buyerStandard', size, source: 'assumption' }]);
        // The start does not depend on the scheduled shocks: the player's first year is the same.
        const a = initialState(sialkot, createModel(sialkot, DEFAULT_DIFFICULTY), 7);
        const b = initialState(world, createModel(world, DEFAULT_DIFFICULTY), 7);
        expect(b).toEqual(a);
      }),
      { numRuns: 20 },
    );
  });
});

describe('history texts in other languages', () => {
  it('a translation missing the history names what is missing', () => {
    const scenario = scenarioById('sialkot-surgical');
    const found = translationProblems(scenario, { scenario: scenario.id });
    expect(found).toContain('history: missing: translate the English text');
  });

  it('history texts for a scenario without history are stale', () => {
    const scenario = scenarioById('bangalore-it');
    const found = translationProblems(scenario, { scenario: scenario.id, history: { title: 'x', summary: 'y', note: 'z' } });
    expect(found).toContainEqual(expect.stringMatching(/unknown field "history" \(the scenario has no history\)/));
  });
});
