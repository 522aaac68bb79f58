// Scenario texts in other languages (scenarios/locales/<language>/<id>.json): the per-scenario schema
// rejects missing and stale texts with messages that name the path, the overlay changes texts and
// nothing else (the model plays the same game in every language), and every built-in scenario is
// translated completely into French and Arabic.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkScenarioLocale, checkScenarioLocales, SCENARIO_LOCALE_CODES } from '../../src/cli/scenario-texts';
import { createModel, initialState, simulate } from '../../src/model';
import {
  allScenarios,
  goalKey,
  localizeScenario,
  numbersIn,
  scenarioById,
  scenarioTexts,
  SCENARIO_IDS,
  textEntries,
  translationProblems,
  type PartialScenarioTexts,
  type Scenario,
  type ScenarioTexts,
} from '../../src/scenario';

/** The shipped translation of a scenario, as parsed JSON. */
function shipped(locale: string, id: string): ScenarioTexts & { scenario: string } {
  return JSON.parse(readFileSync(new URL(`../../scenarios/locales/${locale}/${id}.json`, import.meta.url), 'utf8')) as ScenarioTexts & {
    scenario: string;
  };
}

/** A complete translation of `scenario` with every text replaced by `fill(path)`. */
function filled(scenario: Scenario, fill: (path: string, english: string) => string): ScenarioTexts & { scenario: string } {
  const texts = scenarioTexts(scenario);
  const map = <T extends Record<string, unknown>>(record: T, prefix: string, f: (v: T[keyof T], path: string) => unknown) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [k, f(v as T[keyof T], `${prefix}.${k}`)]));
  return {
    scenario: scenario.id,
    name: fill('name', texts.name),
    shortName: fill('shortName', texts.shortName),
    country: fill('country', texts.country),
    sector: fill('sector', texts.sector),
    briefing: fill('briefing', texts.briefing),
    learningGoals: texts.learningGoals.map((g, i) => fill(`learningGoals[${i}]`, g)),
    goals: map(texts.goals, 'goals', (v, p) => fill(p, v)) as Record<string, string>,
    limitations: map(texts.limitations as Record<string, string>, 'limitations', (v, p) => fill(p, v)),
    events: map(texts.events, 'events', (e, p) => ({
      title: fill(`${p}.title`, e.title),
      text: fill(`${p}.text`, e.text),
      choices: map(e.choices, `${p}.choices`, (c, cp) => ({ label: fill(`${cp}.label`, c.label), text: fill(`${cp}.text`, c.text) })),
    })) as ScenarioTexts['events'],
    ...(texts.roles
      ? {
          roles: map(texts.roles as Record<string, { brief: string; concerns: string[] }>, 'roles', (r, p) => ({
            brief: fill(`${p}.brief`, r.brief),
            concerns: r.concerns.map((c, i) => fill(`${p}.concerns[${i}]`, c)),
          })) as ScenarioTexts['roles'],
        }
      : {}),
    ...(texts.history
      ? {
          history: {
            title: fill('history.title', texts.history.title),
            summary: fill('history.summary', texts.history.summary),
            note: fill('history.note', texts.history.note),
          },
        }
      : {}),
  };
}

/** Keeps a text's numbers so a made-up translation passes the number check. */
const sameNumbers = (word: string) => (_path: string, english: string) => `${word} ${numbersIn(english).join(' / ')}`;

/** The scenario with every text replaced by one word: what is left is everything but the texts. */
function withoutTexts(scenario: Scenario): Scenario {
  return localizeScenario(scenario, filled(scenario, () => '·'));
}

describe('the translation schema (one per scenario)', () => {
  const scenario = scenarioById('sialkot-surgical');
  const complete = () => filled(scenario, sameNumbers('texte'));

  it('accepts a complete translation whose numbers match the English', () => {
    expect(translationProblems(scenario, complete())).toEqual([]);
  });

  it('names every missing text by its path', () => {
    const data = complete() as unknown as Record<string, unknown>;
    delete data.briefing;
    const events = data.events as Record<string, { title?: string; choices: Record<string, { text?: string }> }>;
    delete events['ce-marking']?.title;
    delete events['airport-offer']?.choices['not-now']?.text;
    delete (data.goals as Record<string, string>)['poverty/beatBaseline'];
    delete (data.limitations as Record<string, string>).erodingTrust;
    const problems = translationProblems(scenario, data);
    expect(problems).toEqual(
      expect.arrayContaining([
        'briefing: missing: translate the English text',
        'events.ce-marking.title: missing: translate the English text',
        'events.airport-offer.choices.not-now.text: missing: translate the English text',
        'goals.poverty/beatBaseline: missing: translate the English text',
        'limitations.erodingTrust: missing: translate the English text',
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('rejects a whole missing event, an empty text and a short list of learning goals', () => {
    const data = complete();
    delete (data.events as Record<string, unknown>)['load-shedding'];
    data.name = '   ';
    data.learningGoals = data.learningGoals.slice(1);
    const problems = translationProblems(scenario, data);
    expect(problems).toContain('events.load-shedding: missing: translate the English text');
    expect(problems).toContain('name: must not be empty');
    expect(problems).toContain(`learningGoals: must have ${scenario.learningGoals.length} items, as the scenario has`);
  });

  it('rejects stale texts: a removed event or choice, an unknown goal or limitation, an unknown field', () => {
    const data = complete() as unknown as Record<string, unknown>;
    const events = data.events as Record<string, unknown>;
    events['old-event'] = { title: 'a', text: 'b', choices: {} };
    (events['ce-marking'] as { choices: Record<string, unknown> }).choices['old-choice'] = { label: 'a', text: 'b' };
    (data.goals as Record<string, string>)['trust/below'] = 'x';
    (data.limitations as Record<string, string>).weakMacroEnvironment = 'x';
    data.sources = {};
    const problems = translationProblems(scenario, data);
    expect(problems).toEqual(
      expect.arrayContaining([
        'events: no event "old-event" in the scenario (a stale translation? remove it)',
        'events.ce-marking.choices: no choice "old-choice" in this event (a stale translation? remove it)',
        'goals: no goal "trust/below" in the scenario (keys are metric/comparison)',
        'limitations: the scenario does not list "weakMacroEnvironment"',
        'unknown field "sources"',
      ]),
    );
  });

  it('names a missing role text, a missing role and a short list of concerns by their paths', () => {
    const data = complete();
    const roles = data.roles as Record<string, { brief?: string; concerns: string[] }>;
    delete roles.labor?.brief;
    delete roles.sme;
    roles.tnc?.concerns.pop();
    const problems = translationProblems(scenario, data);
    expect(problems).toEqual([
      'roles.labor.brief: missing: translate the English text',
      'roles.sme: missing: translate the English text',
      `roles.tnc.concerns: must have ${scenario.roles?.find((r) => r.role === 'tnc')?.concerns.length} items, as the role has`,
    ]);
  });

  it('rejects stale role texts: a role the scenario lacks, an unknown field in a role, roles for a scenario without any', () => {
    const data = complete() as unknown as Record<string, unknown>;
    const roles = data.roles as Record<string, unknown>;
    roles.mayor = { brief: 'x', concerns: ['y'] };
    (roles.finance as Record<string, unknown>).motto = 'z';
    const problems = translationProblems(scenario, data);
    expect(problems).toEqual(
      expect.arrayContaining(['roles: no role "mayor" in the scenario (a stale translation? remove it)', 'roles.finance: unknown field "motto"']),
    );
    expect(problems).toHaveLength(2);
    const { roles: _roles, ...bare } = scenario;
    const withoutRoles: Scenario = bare;
    const stale = filled(scenario, sameNumbers('texte'));
    expect(translationProblems(withoutRoles, stale)).toEqual(['unknown field "roles" (the scenario has no workshop roles)']);
    const { roles: _r, ...fine } = stale;
    expect(translationProblems(withoutRoles, fine)).toEqual([]);
  });

  it('checks the numbers of role texts against the English', () => {
    const data = complete();
    const finance = data.roles?.finance;
    if (finance) finance.brief = 'un budget de 30 millions';
    expect(translationProblems(scenario, data)).toEqual([
      'roles.finance.brief: the numbers differ from the English (English 1990, 20; here 30)',
    ]);
  });

  it('rejects a file for another scenario, and non-text values', () => {
    const data = complete() as unknown as Record<string, unknown>;
    data.scenario = 'bangalore-it';
    data.country = 3;
    const problems = translationProblems(scenario, data);
    expect(problems).toContain('scenario: must be "sialkot-surgical", the scenario this file translates');
    expect(problems).toContain('country: must be text');
    expect(translationProblems(scenario, [])[0]).toMatch(/expected object/);
  });

  it('rejects a text whose numbers differ from the English (a mistyped figure)', () => {
    const data = complete();
    const event = data.events['buyer-moves-orders'];
    if (!event) throw new Error('no event');
    const english = scenario.events.find((e) => e.id === 'buyer-moves-orders')?.choices[0]?.text ?? '';
    expect(numbersIn(english)).toEqual(['0', '5']);
    const choice = event.choices['trade-fairs'];
    if (!choice) throw new Error('no choice');
    choice.text = 'cela coûte 5 millions de dollars US par an';
    expect(translationProblems(scenario, data)).toEqual([
      'events.buyer-moves-orders.choices.trade-fairs.text: the numbers differ from the English (English 0, 5; here 5)',
    ]);
  });

  it('reads numbers the same however the language groups and separates them', () => {
    expect(numbersIn('More than 1,720 firms, US$0.5 million, 10.4%')).toEqual(numbersIn('Plus de 1\u00a0720 entreprises, 0,5 million, 10,4\u00a0%'));
    expect(numbersIn('1 720 and 1720 and 1,720')).toEqual(['1720', '1720', '1720']);
    expect(numbersIn('in 2001, 150 firms')).toEqual(['150', '2001']);
    // Arabic-Indic digits are not the English figures: the check asks for Western digits, as the game writes them.
    expect(numbersIn('٢٠٠١')).toEqual([]);
  });

  it('keys goals by metric and comparison, which are unique in every built-in scenario', () => {
    for (const s of allScenarios()) {
      const keys = s.goals.map(goalKey);
      expect(new Set(keys).size, s.id).toBe(keys.length);
    }
  });
});

describe('the overlay (src/scenario/localize.ts)', () => {
  const scenarios = allScenarios();
  /** A translation with some texts present (random words), some absent. */
  const partialTexts = (scenario: Scenario) =>
    fc
      .array(fc.tuple(fc.boolean(), fc.string({ minLength: 1, maxLength: 12 })), {
        minLength: textEntries(scenarioTexts(scenario)).length,
        maxLength: textEntries(scenarioTexts(scenario)).length,
      })
      .map((draws) => {
        let i = 0;
        const full = filled(scenario, (_path, english) => {
          const [keep, word] = draws[i++] ?? [false, ''];
          return keep ? `«${word}»` : english;
        });
        return full as PartialScenarioTexts;
      });
  const arbitrary = fc
    .constantFrom(...scenarios)
    .chain((scenario) => fc.tuple(fc.constant(scenario), partialTexts(scenario), fc.integer({ min: 1, max: 10_000 })));

  it('changes texts only: the localized scenario sets up the same model and plays the same run', () => {
    fc.assert(
      fc.property(arbitrary, ([scenario, texts, seed]) => {
        const localized = localizeScenario(scenario, texts);
        expect(withoutTexts(localized)).toEqual(withoutTexts(scenario));
        expect(createModel(withoutTexts(localized))).toEqual(createModel(withoutTexts(scenario)));
        expect(initialState(localized, createModel(localized), seed)).toEqual(initialState(scenario, createModel(scenario), seed));
        const run = (s: Scenario) => simulate(s, { seed, years: 4 });
        expect(run(localized).states).toEqual(run(scenario).states);
      }),
      { numRuns: 25 },
    );
  });

  it('puts each translated text in its place and keeps the English where a text is missing', () => {
    const scenario = scenarioById('kamukunji-metalwork');
    const localized = localizeScenario(scenario, {
      name: 'Nom',
      events: { 'shed-fire': { title: 'Incendie', choices: { 'no-help': { label: 'Rien' } } } },
      goals: { 'trust/above': 'Confiance' },
      limitations: { erodingTrust: 'Note' },
      learningGoals: [undefined, 'Deuxième'],
    });
    expect(localized.name).toBe('Nom');
    expect(localized.shortName).toBe(scenario.shortName);
    const fire = localized.events.find((e) => e.id === 'shed-fire');
    expect(fire?.title).toBe('Incendie');
    expect(fire?.text).toBe(scenario.events.find((e) => e.id === 'shed-fire')?.text);
    expect(fire?.choices.find((c) => c.id === 'no-help')?.label).toBe('Rien');
    expect(localized.goals.find((g) => goalKey(g) === 'trust/above')?.label).toBe('Confiance');
    expect(localized.limitations.find((l) => l.limitation === 'erodingTrust')?.note).toBe('Note');
    expect(localized.learningGoals).toEqual([scenario.learningGoals[0], 'Deuxième', scenario.learningGoals[2]]);
    // The scenario itself is not changed.
    expect(scenario.name).not.toBe('Nom');
  });

  it('gives the roles their translated brief and concerns, and keeps the English for what is missing', () => {
    const scenario = scenarioById('sialkot-surgical');
    const french = shipped('fr', 'sialkot-surgical');
    const localized = localizeScenario(scenario, french);
    const finance = localized.roles?.find((r) => r.role === 'finance');
    expect(finance?.brief).toBe(french.roles?.finance?.brief);
    expect(finance?.brief).toMatch(/^Vous gérez un budget de 20 millions de dollars US/);
    expect(finance?.concerns).toEqual(french.roles?.finance?.concerns);
    expect(localized.roles?.map((r) => r.role)).toEqual(scenario.roles?.map((r) => r.role));

    const partial = localizeScenario(scenario, { roles: { labor: { concerns: [undefined, 'Normes'] } } });
    const english = scenario.roles?.find((r) => r.role === 'labor');
    const labor = partial.roles?.find((r) => r.role === 'labor');
    expect(labor?.brief).toBe(english?.brief);
    expect(labor?.concerns).toEqual([english?.concerns[0], 'Normes', ...(english?.concerns.slice(2) ?? [])]);
    expect(partial.roles?.find((r) => r.role === 'tnc')).toEqual(scenario.roles?.find((r) => r.role === 'tnc'));
  });

  it('ignores ids the scenario does not have, and inherited names', () => {
    const scenario = scenarioById('tnc-cluster');
    const texts = JSON.parse('{"events":{"__proto__":{"title":"x"},"nope":{"title":"y"}},"goals":{"constructor":"z"},"roles":{"mayor":{"brief":"w"},"__proto__":{"brief":"v"}}}') as PartialScenarioTexts;
    expect(localizeScenario(scenario, texts)).toEqual(scenario);
  });
});

describe('the built-in scenarios in every language (the completeness check)', () => {
  it.each(SCENARIO_LOCALE_CODES)('%s: every scenario has a complete, current translation with the English numbers', (code) => {
    const report = checkScenarioLocale(code);
    expect(report.problems).toEqual([]);
    expect(report.complete).toBe(SCENARIO_IDS.length);
  });

  it('fails on a missing file, a stale file and a stale text (checked on a copy of the repository layout)', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const root = mkdtempSync(join(tmpdir(), 'cpl-texts-'));
    try {
      mkdirSync(join(root, 'scenarios/locales/fr'), { recursive: true });
      for (const id of SCENARIO_IDS.filter((id) => id !== 'tnc-cluster'))
        writeFileSync(join(root, `scenarios/locales/fr/${id}.json`), JSON.stringify(shipped('fr', id)));
      const stale = shipped('fr', 'bangalore-it');
      (stale.events as Record<string, unknown>)['removed-event'] = { title: 't', text: 't', choices: {} };
      writeFileSync(join(root, 'scenarios/locales/fr/bangalore-it.json'), JSON.stringify(stale));
      writeFileSync(join(root, 'scenarios/locales/fr/old-scenario.json'), '{}');
      const report = checkScenarioLocale('fr', root);
      expect(report.problems).toEqual(
        expect.arrayContaining([
          'scenarios/locales/fr/old-scenario.json: no built-in scenario "old-scenario" (remove the file, or name it after a scenario id)',
          'scenarios/locales/fr/tnc-cluster.json: missing (translate scenarios/tnc-cluster.json into "fr")',
          'scenarios/locales/fr/bangalore-it.json: events: no event "removed-event" in the scenario (a stale translation? remove it)',
        ]),
      );
      expect(report.complete).toBe(SCENARIO_IDS.length - 2);
      expect(checkScenarioLocales(root).find((r) => r.code === 'ar')?.problems).toHaveLength(SCENARIO_IDS.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each(SCENARIO_LOCALE_CODES.flatMap((code) => SCENARIO_IDS.map((id) => [code, id] as const)))(
    '%s/%s: laid over its scenario, every text is the translation and every number the scenario’s own',
    (code, id) => {
      const scenario = scenarioById(id);
      const texts = shipped(code, id);
      const localized = localizeScenario(scenario, texts);
      expect(withoutTexts(localized)).toEqual(withoutTexts(scenario));
      expect(new Map(textEntries(scenarioTexts(localized)))).toEqual(new Map(textEntries(texts)));
      // Written in the language: an Arabic text has Arabic letters; a French briefing is not the English one.
      if (code === 'ar') for (const [path, text] of textEntries(texts)) expect(/\p{Script=Arabic}/u.test(text), path).toBe(true);
      else expect(localized.briefing).not.toBe(scenario.briefing);
    },
  );
});
