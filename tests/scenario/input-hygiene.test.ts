// Hostile input at the scenario layer: ids that are names of Object.prototype, `__proto__` keys,
// unknown event and choice ids in plans, byte-order marks, control characters in messages and
// spreadsheet formulas in CSV text cells (issue 9, defects 5, 7 and 10).
import { describe, expect, it } from 'vitest';
import { choiceFor, createModel, type Plan } from '../../src/model';
import {
  csvCell,
  escapeControl,
  isScenarioId,
  parsePlan,
  parsePlanText,
  parseScenarioText,
  scenarioById,
  startingDecisions,
  toCsv,
  ValidationError,
  type Scenario,
} from '../../src/scenario';
import { eventChoicesOf } from '../../src/view/counterfactual';
import { runFile } from '../../src/view/export';
import { playGame } from '../view/charts-fixture';

import { problemsOf } from './problems';
const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];


describe('scenario ids are own names only', () => {
  it.each(INHERITED)('"%s" is not a scenario id, and asking for it says it is unknown', (id) => {
    expect(isScenarioId(id)).toBe(false);
    expect(() => scenarioById(id)).toThrow(/unknown scenario/);
  });

  it('a save whose scenario is called "constructor" exports as JSON, with its own budget', () => {
    const game = playGame({ years: 2 });
    const scenario: Scenario = { ...game.scenario, id: 'constructor', budgetUsdM: 7 };
    const file = runFile({ ...game, scenario }, game.history);
    expect(file.scenario).toBe('constructor');
    expect(file.plan.budget).toBe(7);
  });
});

describe('event choices keyed by inherited names', () => {
  const base = scenarioById('sialkot-surgical');
  const [first] = base.events;
  if (!first) throw new Error('no event');
  const renamed = (id: string): Scenario => ({ ...base, events: [{ ...first, id }, ...base.events.slice(1)] });

  it.each(INHERITED)('an event called "%s" keeps the choice the player made for it', (id) => {
    const choices = eventChoicesOf([
      { decisions: startingDecisions(base), event: { eventId: id, choiceId: 'picked' } },
      { decisions: startingDecisions(base), event: { eventId: id, choiceId: 'later' } },
    ]);
    expect(Object.keys(choices)).toEqual([id]);
    expect(Object.getOwnPropertyDescriptor(choices, id)?.value).toBe('picked');
  });

  it.each(INHERITED)('a plan without a choice for an event called "%s" takes its default', (id) => {
    const scenario = renamed(id);
    const model = createModel(scenario);
    const fallback = first.choices.find((c) => c.default)?.id;
    const plan: Plan = { name: 'p', years: [{}] };
    expect(choiceFor(model, plan, 1, id)).toBe(fallback);
    const other = first.choices.find((c) => !c.default)?.id ?? '';
    const chosen: Plan = { name: 'p', years: [{ eventChoices: Object.fromEntries([[id, other]]) }] };
    expect(choiceFor(model, chosen, 1, id)).toBe(other);
  });
});

describe('event choices in plan files', () => {
  const scenario = scenarioById('sialkot-surgical');
  const start = startingDecisions(scenario);
  const [event] = scenario.events;
  if (!event) throw new Error('no event');
  const choice = event.choices[0]?.id ?? '';

  it('reject a "__proto__" key, whatever its value', () => {
    for (const value of ['"x"', '5', '{"polluted":true}', 'null']) {
      const text = `{"years":[{"eventChoices":{"__proto__":${value}}}]}`;
      const problems = problemsOf(() => parsePlanText(text, start, 'p.json', scenario.events)).join('\n');
      expect(problems).toMatch(/years\[0\]\.eventChoices: "__proto__" is not an event id/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reject a choice that is not a string, naming the event', () => {
    const problems = problemsOf(() => parsePlan({ years: [{ eventChoices: { [event.id]: 3 } }] }, start, 'p', scenario.events));
    expect(problems.join('\n')).toMatch(new RegExp(`years\\[0\\]\\.eventChoices\\.${event.id}: expected string`));
  });

  it('reject an unknown event id and an unknown choice, listing what the scenario has', () => {
    const problems = problemsOf(() =>
      parsePlan(
        { years: [{}, { eventChoices: { 'no-such-event': 'x', [event.id]: 'no-such-choice', constructor: choice } }] },
        start,
        'p',
        scenario.events,
      ),
    ).join('\n');
    expect(problems).toContain(`years[1].eventChoices: no event "no-such-event" in this scenario (its events: ${scenario.events.map((e) => e.id).join(', ')})`);
    expect(problems).toContain(
      `years[1].eventChoices.${event.id}: no choice "no-such-choice" (its choices: ${event.choices.map((c) => c.id).join(', ')})`,
    );
    expect(problems).toContain('no event "constructor"');
  });

  it('accept known events and choices', () => {
    const plan = parsePlan({ years: [{ eventChoices: { [event.id]: choice } }] }, start, 'p', scenario.events);
    expect(plan.years[0]?.eventChoices).toEqual({ [event.id]: choice });
  });
});

describe('files that start with a UTF-8 byte-order mark', () => {
  it('parse like the same file without one (scenario and plan)', () => {
    const scenario = scenarioById('survival-cluster');
    expect(parseScenarioText(`\uFEFF${JSON.stringify(scenario)}`, 'bom.json')).toEqual(scenario);
    const plan = parsePlanText('\uFEFF{"years":[{"tariff":0.1}]}', startingDecisions(scenario), 'bom.json');
    expect(plan.years).toEqual([{ tariff: 0.1 }]);
  });
});

describe('control characters in messages', () => {
  it('are escaped, visible and on one line', () => {
    expect(escapeControl('a\nb\tc\u0007d\u001b[31m\u202Ee\uFEFF\u0085')).toBe('a\\nb\\tc\\u0007d\\u001b[31m\\u202ee\\ufeff\\u0085');
    expect(escapeControl('plain text, é, 中文')).toBe('plain text, é, 中文');
  });

  it('from the file name and from the file (unknown fields, JSON errors) never reach a message raw', () => {
    const start = startingDecisions(scenarioById('survival-cluster'));
    for (const fn of [
      () => parsePlan({ years: [{ ['evil\u001b[2Jkey']: 1 }] }, start, 'dir\n/plan\u0007.json'),
      () => parsePlanText('{"years": [\u0007]}', start, 'p.json'),
      () => parseScenarioText('\u0000\u0001', 's\r.json'),
    ]) {
      try {
        fn();
        expect.fail('expected a validation error');
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        // eslint-disable-next-line no-control-regex
        expect((error as Error).message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      }
    }
  });
});

describe('CSV text cells', () => {
  it.each(['=1+2', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'])(
    '"%s" is written so a spreadsheet reads it as text',
    (text) => {
      const cell = csvCell(text);
      expect(cell.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('numbers stay numbers, negative ones too, and plain text is unchanged', () => {
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvCell(-1e-7)).toBe('-0.0000001');
    expect(csvCell('sme')).toBe('sme');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(toCsv(['x', 'y'], [[-2, '=2']])).toBe("x,y\n-2,'=2\n");
  });
});
