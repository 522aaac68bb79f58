// The scenario editor in French and Arabic: every field of the scenario schema has a label in each
// language (a field added to the schema without one fails here), every described field a hint, and
// the schema's messages read in the interface's language, the field named by its label.
import { afterEach, describe, expect, it } from 'vitest';
import { scenarioById } from '../../src/scenario';
import { setLocale } from '../../src/ui/i18n';
import { DICTIONARIES, loadAllLocales } from '../../src/ui/locales';
import '../../src/ui/locales/editor';
import { FIELD_HINTS, FIELD_LABELS, fieldHint } from '../../src/ui/locales/editor-fields';
import { pathLabel, problemText } from '../../src/ui/editor-messages';
import { optionText } from '../../src/ui/editor-options';
import { checkDraft, draftFrom, fieldPattern, fieldPatterns, removeAt, setAt, type DraftProblem } from '../../src/view/editor-form';
import { setNumberLocale } from '../../src/view/format';

await loadAllLocales();
afterEach(() => {
  setLocale('en');
  setNumberLocale('en');
});

const LANGUAGES = ['en', 'fr', 'ar'] as const;
const sialkot = draftFrom(scenarioById('sialkot-surgical'));

/** Drafts that break each kind of rule: zod's own (types, bounds, lists, keys, choices) and the schema's written ones. */
function brokenDrafts(): unknown[] {
  const events = (sialkot as { events: { id: string; choices: { id: string; default?: boolean }[] }[] }).events;
  const first = events[0];
  if (!first) throw new Error('Sialkot has events');
  return [
    setAt(sialkot, ['initial', 'smeFirms'], 0), // a whole-number range
    setAt(sialkot, ['initial', 'smeFirms'], 12.5),
    setAt(sialkot, ['initial', 'employment'], null), // a number expected
    setAt(sialkot, ['name'], ''), // empty text
    setAt(sialkot, ['learningGoals'], []), // too few items
    setAt(sialkot, ['type'], 'nonsense'), // not one of the choices
    setAt(sialkot, ['extra'], 1), // an unknown field
    setAt(sialkot, ['id'], 'Not An Id'), // the id's pattern
    setAt(sialkot, ['id'], 'sialkot-surgical'), // a built-in scenario's id
    setAt(sialkot, ['isoNumeric'], '12'),
    setAt(sialkot, ['initial', 'foreignFirms'], 10_000),
    setAt(setAt(sialkot, ['initial', 'largeFirms'], 0), ['initial', 'foreignFirms'], 0),
    removeAt(sialkot, ['sources', 'initial.smeFirms']),
    setAt(sialkot, ['scheduled'], [{ year: 1900 + 60, shock: 'accident', size: 2, source: 'x' }]),
    setAt(sialkot, ['scheduled'], [{ year: 2012, shock: 'buyerExit', size: 0.5, source: 'x' }, { year: 2012, shock: 'buyerExit', size: 0.5, source: 'x' }]),
    setAt(sialkot, ['events', 1, 'id'], first.id),
    setAt(sialkot, ['events', 0, 'choices', 1, 'id'], first.choices[0]?.id),
    setAt(setAt(sialkot, ['events', 0, 'choices', 0, 'default'], true), ['events', 0, 'choices', 1, 'default'], true),
    setAt(sialkot, ['events', 0, 'trigger'], {}),
    setAt(sialkot, ['events', 0, 'trigger', 'when'], { indicator: 'trust' }),
    setAt(sialkot, ['events', 0, 'choices', 0, 'effects'], [{ target: 'trust', mode: 'add', delta: 5 }]),
    setAt(sialkot, ['goals', 0], { metric: 'trust', comparison: 'above', label: 'x' }),
    setAt(sialkot, ['roles'], [{ role: 'sme', brief: 'a', concerns: ['b'] }, { role: 'sme', brief: 'a', concerns: ['b'] }]),
    setAt(sialkot, ['history'], {
      title: 't',
      summary: 's',
      note: 'n',
      sources: ['x'],
      plan: { years: [...Array((sialkot as { termYears: number }).termYears + 1)].map(() => ({ allocation: { training: 0.8, research: 0.8 }, eventChoices: { nothing: 'x' } })) },
    }),
  ];
}

describe('the scenario editor in every language', () => {
  it('has a label for every field of the schema in English, French and Arabic, and none for a field the schema lacks', () => {
    const patterns = fieldPatterns().map((p) => p.pattern);
    expect(patterns.length).toBeGreaterThan(200);
    for (const code of LANGUAGES) {
      const labels = FIELD_LABELS[code] ?? {};
      expect(patterns.filter((p) => !(labels[p] ?? '').trim()), `${code}: fields without a label`).toEqual([]);
      expect(Object.keys(labels).filter((p) => !patterns.includes(p)), `${code}: labels of no field`).toEqual([]);
    }
  });

  it('has a hint in French and Arabic for every field the schema describes', () => {
    const described = fieldPatterns().filter((p) => p.field.hint !== null);
    expect(described.length).toBeGreaterThan(120);
    for (const code of ['fr', 'ar']) {
      const hints = FIELD_HINTS[code] ?? {};
      expect(described.filter((p) => !(hints[p.pattern] ?? '').trim()).map((p) => p.pattern), `${code}: described fields without a hint`).toEqual([]);
      expect(Object.keys(hints).filter((p) => !described.some((d) => d.pattern === p)), `${code}: hints of no described field`).toEqual([]);
      // Figures and codes in a description survive the translation.
      for (const { pattern, field } of described)
        for (const token of (field.hint ?? '').match(/\d+(?:\.\d+)?%?|docs\/\S+/g) ?? [])
          expect(hints[pattern]?.replace(/,/g, '.').replace(/\u00a0/g, ''), `${code} ${pattern}`).toContain(token.replace(/,/g, '.'));
    }
    setLocale('fr');
    expect(fieldHint('initial.smeFirms', 'Micro, small and medium firms')).toEqual({ text: 'Micro, petites et moyennes entreprises', translated: true });
    setLocale('en');
    expect(fieldHint('initial.smeFirms', 'Micro, small and medium firms')).toEqual({ text: 'Micro, small and medium firms', translated: true });
  });

  it('finds each field\'s place in the schema whatever the item or key', () => {
    expect(fieldPattern(['events', 3, 'choices', 0, 'effects', 1, 'delta'])).toBe('events[].choices[].effects[].delta');
    expect(fieldPattern(['sources', 'initial.smeFirms'])).toBe('sources{}');
    expect(fieldPattern(['history', 'plan', 'years', 2, 'eventChoices', 'ce-marking'])).toBe('history.plan.years[].eventChoices{}');
    setLocale('fr');
    expect(pathLabel(['events', 1, 'choices', 0, 'label'])).toBe('Événements 2 › Choix 1 › Libellé');
    setLocale('ar');
    expect(pathLabel(['initial', 'smeFirms'])).toBe('الأرقام الأولية › المنشآت الصغيرة والمتوسطة');
    // A choice shows its name, then the value the file holds (tests/ui/editor-options.test.ts: every choice has one).
    setLocale('fr');
    expect(optionText('type', 'mass-producers')).toMatch(/^\S.* \(mass-producers\)$/);
    expect(optionText('type', 'mass-producers')).not.toMatch(/^Mass producers/);
    expect(optionText('events[].choices[].effects[].mode', 'nonsense')).toBe('nonsense');
  });

  it('says every problem of a broken scenario in French and Arabic, naming the field by its label; English as the command line writes it', () => {
    const problems = brokenDrafts().flatMap((draft) => {
      const check = checkDraft(draft);
      expect(check.ok).toBe(false);
      return check.problems;
    });
    expect(problems.length).toBeGreaterThan(25);
    setLocale('en');
    for (const problem of problems) expect(problemText(problem)).toEqual({ text: problem.message, translated: true });
    for (const code of ['fr', 'ar']) {
      setLocale(code);
      const untranslated = problems.filter((p) => !problemText(p).translated).map((p) => p.message);
      expect(untranslated, `${code}: messages left in English`).toEqual([]);
      for (const problem of problems) {
        const { text } = problemText(problem);
        expect(text).not.toBe(problem.message);
        // No English field path left in a message about a field.
        if (problem.path.includes('.')) expect(text, problem.message).not.toContain(`${problem.path}:`);
      }
    }
    setLocale('fr');
    const range = problems.find((p) => p.path === 'initial.smeFirms' && /at least 1 and at most/.test(p.message));
    // The bounds as the hints write them (the digits grouped in the language's way).
    expect(range && problemText(range).text).toMatch(/^Chiffres de départ › PME\u00a0: doit être un nombre entier compris entre 1 et 1\D000\D000$/);
    const years = problems.find((p) => p.path === 'history.plan.years' && /more than the term/.test(p.message));
    expect(years && problemText(years).text).toMatch(/compte \d+\u00a0années, plus que les \d+ du mandat/);
    setLocale('ar');
    expect(years && problemText(years).text).toMatch(/\d+ سنة/);
    expect(DICTIONARIES.ar?.['must be 0 when there are no large firms']).toBeTruthy();
  });

  it('writes the figures in its messages as the language writes numbers, the reused templates\' too (French and Arabic)', () => {
    /** The language as the app applies it (src/ui/locales applyLocale): the words, and the numbers' separators. */
    const speak = (code: string) => {
      setLocale(code);
      setNumberLocale(code === 'ar' ? 'ar-u-nu-latn' : code);
    };
    const number = (code: string, x: number, digits: number) =>
      new Intl.NumberFormat(code === 'ar' ? 'ar-u-nu-latn' : code, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
    const history = (allocation: Record<string, number>, tariff?: number) =>
      setAt(sialkot, ['history'], { title: 't', summary: 's', note: 'n', sources: ['x'], plan: { years: [{ allocation, ...(tariff === undefined ? {} : { tariff }) }] } });
    const problem = (draft: unknown, english: RegExp): DraftProblem => {
      const check = checkDraft(draft);
      const found = check.problems.find((p) => english.test(p.message));
      if (!found) throw new Error(`no problem ${english} in ${check.problems.map((p) => p.message).join(' / ')}`);
      return found;
    };
    // The model's decision checks (platform/problem-text.ts templates): "got -0.5", "sum to 1.600", "got 1.25".
    const share = problem(history({ training: -0.5 }), /allocation\.training must be a share between 0 and 1 \(got -0\.5\)/);
    const sum = problem(history({ training: 0.8, research: 0.8 }), /allocation shares sum to 1\.600/);
    const tariff = problem(history({ training: 0.1 }, 1.25), /tariff must be between 0 and 1 \(got 1\.25\)/);
    // zod's bounds and the schema's ranges.
    const budget = problem(setAt(sialkot, ['budgetUsdM'], 0), /^budgetUsdM: must be at least 0\.01 and at most 1000000$/);
    const roles = problem(setAt(sialkot, ['roles'], Array.from({ length: 6 }, (_, i) => ({ role: ['industry', 'finance', 'labor', 'sme', 'tnc', 'sme'][i], brief: 'a', concerns: ['b'] }))), /allows at most 5 items/);
    for (const code of ['fr', 'ar']) {
      speak(code);
      const text = (p: DraftProblem) => problemText(p).text.replace(/[\u2066-\u2069]/g, '');
      expect(text(share), code).toContain(number(code, -0.5, 1));
      expect(text(sum), code).toContain(number(code, 1.6, 1));
      expect(text(sum), code).not.toContain('1.600');
      expect(text(tariff), code).toContain(number(code, 1.25, 2));
      expect(text(budget), code).toContain(number(code, 0.01, 2));
      expect(text(budget), code).toContain(number(code, 1_000_000, 0));
      expect(text(roles), code).toMatch(/5/);
    }
    speak('fr');
    // The French ways: a decimal comma, a space between thousands.
    expect(problemText(share).text).toMatch(/\D0,5\)$/);
    expect(problemText(budget).text).toMatch(/0,01 et 1\s000\s000$/);
    speak('ar');
    // Arabic keeps Latin digits (as the rest of the app), with its own marks: the minus behind a left-to-right mark.
    expect(problemText(share).text).toContain('\u200e-0.5');
    expect(problemText(budget).text).toContain('1,000,000');
  });
});
