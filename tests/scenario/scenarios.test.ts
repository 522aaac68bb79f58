import { describe, expect, it } from 'vitest';
import { LIMITATIONS } from '../../src/model';
import {
  allScenarios,
  figurePaths,
  parsePlan,
  parseScenario,
  parseScenarioText,
  scenarioById,
  SCENARIO_IDS,
  startingDecisions,
  type Scenario,
} from '../../src/scenario';

import { problemsOf } from './problems';
const REQUIRED_IDS = [
  'bangalore-it',
  'sialkot-surgical',
  'guadalajara-electronics',
  'sinos-valley-footwear',
  'kamukunji-metalwork',
  'suame-magazine',
  'survival-cluster',
  'mass-producers',
  'tnc-cluster',
];


/** A deep copy of a real scenario to break in one place. */
function copyOf(id = 'kamukunji-metalwork'): Scenario & Record<string, unknown> {
  return structuredClone(scenarioById(id)) as Scenario & Record<string, unknown>;
}

describe('the built-in scenarios', () => {
  it('are exactly the nine required clusters and archetypes', () => {
    expect([...SCENARIO_IDS].sort()).toEqual([...REQUIRED_IDS].sort());
  });

  it.each(REQUIRED_IDS)('%s validates, and its id matches its file', (id) => {
    const scenario = scenarioById(id);
    expect(scenario.id).toBe(id);
    expect(scenario.events.length).toBeGreaterThanOrEqual(2);
    expect(scenario.learningGoals.length).toBeGreaterThan(0);
    expect(scenario.briefing.split(/\s+/).length).toBeGreaterThan(60);
  });

  it.each(REQUIRED_IDS)('%s gives a source for every figure, and each source is a citation or says "assumption"', (id) => {
    const scenario = scenarioById(id);
    for (const path of figurePaths(scenario)) {
      const source = scenario.sources[path];
      expect(source, path).toBeDefined();
      expect((source ?? '').length, path).toBeGreaterThan(8);
    }
  });

  it('protect their sector with a tariff above zero where the country did (survival and mass-producer clusters)', () => {
    for (const scenario of allScenarios().filter((s) => s.type !== 'tnc')) {
      expect(scenario.initial.tariff, scenario.id).toBeGreaterThan(0.05);
    }
  });

  it('name the seed paper\'s limitations that weigh on each cluster, covering all six across the set', () => {
    const named = new Set(allScenarios().flatMap((s) => s.limitations.map((l) => l.limitation)));
    expect([...named].sort()).toEqual([...LIMITATIONS].sort());
    for (const scenario of allScenarios()) expect(scenario.limitations.length, scenario.id).toBeGreaterThanOrEqual(3);
  });

  it('give every event exactly one default choice and a trigger the model understands', () => {
    for (const scenario of allScenarios()) {
      for (const event of scenario.events) {
        expect(event.choices.filter((c) => c.default).length, `${scenario.id}/${event.id}`).toBe(1);
      }
      expect(scenario.events.some((e) => e.trigger.shock !== undefined), scenario.id).toBe(true);
    }
  });

  it('place the real clusters on the map and leave the archetypes off it', () => {
    for (const scenario of allScenarios()) {
      const archetype = ['survival-cluster', 'mass-producers', 'tnc-cluster'].includes(scenario.id);
      expect(scenario.location === undefined, scenario.id).toBe(archetype);
    }
  });
});

describe('scenario validation errors name the problem', () => {
  it('reports a figure out of range with its path', () => {
    const bad = copyOf();
    bad.initial.smeFirms = 0;
    expect(problemsOf(() => parseScenario(bad))).toContain('initial.smeFirms: must be a whole number at least 1 and at most 1000000');
  });

  it('reports a parameter outside its documented range', () => {
    const bad = copyOf();
    bad.parameters.leakage = 0.95;
    expect(problemsOf(() => parseScenario(bad))).toContain('parameters.leakage: must be at least 0 and at most 0.8');
  });

  it('reports an unknown field (a typo) by name', () => {
    const bad = copyOf() as Record<string, unknown>;
    bad.budgetUSDm = 3;
    expect(problemsOf(() => parseScenario(bad))).toContain('unknown field "budgetUSDm"');
  });

  it('reports a figure without a source', () => {
    const bad = copyOf();
    delete bad.sources['initial.poverty'];
    expect(problemsOf(() => parseScenario(bad)).join('\n')).toMatch(/no source for initial\.poverty/);
  });

  it('reports more foreign plants than large firms, and duplicate event ids', () => {
    const bad = copyOf('tnc-cluster');
    bad.initial.foreignFirms = bad.initial.largeFirms + 5;
    const first = bad.events[0];
    if (first) bad.events.push({ ...first });
    const problems = problemsOf(() => parseScenario(bad)).join('\n');
    expect(problems).toMatch(/initial\.foreignFirms: foreignFirms cannot exceed largeFirms/);
    expect(problems).toMatch(/duplicate event id/);
  });

  it('reports a condition without a bound, and accepts one with a bound as a whole trigger', () => {
    const bad = copyOf();
    const event = bad.events[0]!;
    event.trigger = { when: { indicator: 'trust' } } as never;
    expect(problemsOf(() => parseScenario(bad)).join('\n')).toMatch(/^events\[0\]\.trigger\.when: a condition needs "below" or "above"/m);
    event.trigger = { when: { indicator: 'approvalWorkers', below: 0.4 } };
    expect(parseScenario(bad).events[0]!.trigger.when).toEqual({ indicator: 'approvalWorkers', below: 0.4 });
  });

  it('reports broken JSON with the file name', () => {
    expect(problemsOf(() => parseScenarioText('{ "id": ', 'mine.json'))[0]).toMatch(/not valid JSON/);
    try {
      parseScenarioText('{', 'mine.json');
    } catch (error) {
      expect((error as Error).message.startsWith('mine.json:')).toBe(true);
    }
  });

  it('reports a bad effect target inside an event choice with its full path', () => {
    const bad = copyOf();
    const effect = bad.events[0]?.choices[0]?.effects[0];
    if (effect) (effect as { target: string }).target = 'happiness';
    else bad.events[0]?.choices[0]?.effects.push({ target: 'happiness' as never, mode: 'add', delta: 1 });
    expect(problemsOf(() => parseScenario(bad)).join('\n')).toMatch(/^events\[0\]\.choices\[0\]\.effects\[0\]\.target: must be one of/m);
  });
});

describe('plan files', () => {
  const start = startingDecisions(scenarioById('sialkot-surgical'));

  it('accept the documented format and fill missing fields from the year before', () => {
    const plan = parsePlan(
      { name: 'p', budget: 30, years: [{ allocation: { training: 0.5 }, tariff: 0.1 }, { allocation: { infrastructure: 0.5 } }] },
      start,
    );
    expect(plan.budgetUsdM).toBe(30);
    expect(plan.years).toHaveLength(2);
  });

  it('reject shares that sum over 1 once earlier years are carried forward, naming the year', () => {
    const problems = problemsOf(() => parsePlan({ name: 'p', years: [{ allocation: { training: 0.6 } }, { allocation: { research: 0.5 } }] }, start));
    expect(problems.join('\n')).toMatch(/^years\[1\]: allocation shares sum to 1\.100/m);
  });

  it('reject a share above 1, a tariff out of range, an unknown target and unknown fields, each by path', () => {
    const problems = problemsOf(() =>
      parsePlan({ name: 'p', years: [{ allocation: { training: 1.5 }, tariff: -0.1, incentiveTarget: 'friends', alocation: {} }] }, start),
    ).join('\n');
    expect(problems).toMatch(/years\[0\]\.allocation\.training: must be at most 1/);
    expect(problems).toMatch(/years\[0\]\.tariff: must be at least 0/);
    expect(problems).toMatch(/years\[0\]\.incentiveTarget: must be one of "sme", "all", "fdi", "joint"/);
    expect(problems).toMatch(/years\[0\]: unknown field "alocation"/);
  });

  it('take the file name without extension when the plan has no name', () => {
    expect(parsePlan({ years: [] }, start, 'plans/train-first.json').name).toBe('train-first');
    expect(parsePlan({ years: [] }, start, 'C:\\plans\\v2.final.json').name).toBe('v2.final');
    expect(parsePlan({ name: 'Mine', years: [] }, start, 'plans/train-first.json').name).toBe('Mine');
  });

  it('reject an empty name and a negative budget', () => {
    const problems = problemsOf(() => parsePlan({ name: ' ', budget: -1, years: [] }, start)).join('\n');
    expect(problems).toMatch(/^name: /m);
    expect(problems).toMatch(/^budget: /m);
  });

  it('report every problem at once: shape problems and every year that overspends', () => {
    const problems = problemsOf(() =>
      parsePlan(
        {
          budget: -1,
          years: [{ allocation: { training: 0.7 } }, { allocation: { research: 0.5 } }, { allocation: { research: 0.2 } }, { allocation: { trade: 1.5 } }],
        },
        start,
        'nameless.json',
      ),
    );
    expect(problems).toContain('budget: must be at least 0.01 and at most 1000000');
    expect(problems).toContain('years[3].allocation.trade: must be at most 1');
    expect(problems.filter((p) => p.startsWith('years[1]: allocation shares sum to 1.200'))).toHaveLength(1);
    expect(problems.filter((p) => p.startsWith('years[2]: allocation shares sum to 0.900'))).toHaveLength(0);
    expect(problems.some((p) => p.startsWith('name'))).toBe(false);
  });
});

describe('event texts', () => {
  /** Years a text mentions; a decade ("the 2000s") counts as its last year, since it speaks of all of it. */
  function yearsIn(text: string): number[] {
    return [...text.matchAll(/\b(1[89]\d\d|20\d\d)(s?)\b/g)].map((m) => Number(m[1]) + (m[2] ? 9 : 0));
  }

  it('find years and decades in a sentence', () => {
    expect(yearsIn('as in 2001, and in the 2000s; US$13.85 a pair; 120 firms')).toEqual([2001, 2009]);
  });

  it('never speak from the future: no year after the earliest year the event can fire', () => {
    const late: string[] = [];
    for (const scenario of allScenarios()) {
      for (const event of scenario.events) {
        // The event fires after year t of the term is played, in calendar year startYear + t.
        const earliest = scenario.startYear + (event.trigger.year ?? event.trigger.fromYear ?? 1);
        const texts = [event.title, event.text, ...event.choices.flatMap((c) => [c.label, c.text])];
        for (const text of texts)
          if (yearsIn(text).some((y) => y > earliest)) late.push(`${scenario.id}/${event.id} (from ${earliest}): ${text}`);
      }
    }
    expect(late).toEqual([]);
  });
});

describe('goal labels', () => {
  it('name the goal without a threshold of their own: the target is shown in the units every screen uses', () => {
    for (const id of SCENARIO_IDS)
      for (const goal of scenarioById(id).goals) expect(goal.label, `${id}: ${goal.label}`).not.toMatch(/\d\.\d/);
  });
});
