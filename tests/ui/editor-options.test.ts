// The scenario editor's choices (the scenario schema's enums) in every language: each value of each
// enum has a name in English, French and Arabic (a value added to the schema without one fails
// here), the option shows the name with the value the file keeps, and names come from the game's
// own labels where it has them.
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/ui/i18n';
import { DICTIONARIES, loadAllLocales } from '../../src/ui/locales';
import { extractKeys } from '../../src/cli/i18n-keys';
import '../../src/ui/locales/editor';
import { OPTION_NAMES, optionName, optionText, optionWords } from '../../src/ui/editor-options';
import { problemText } from '../../src/ui/editor-messages';
import { scenarioById } from '../../src/scenario';
import { checkDraft, draftFrom, editorSections, fieldPatterns, setAt, type FieldNode } from '../../src/view/editor-form';
import { CAUSE_LABELS } from '../../src/view/labels';

await loadAllLocales();
afterEach(() => setLocale('en'));

/** Every choice field of the schema, by its place (a list of choices as "pattern[]"). */
function choiceFields(): { pattern: string; options: string[] }[] {
  const out: { pattern: string; options: string[] }[] = [];
  const walk = (node: FieldNode, at: string): void => {
    if (node.kind === 'choice') out.push({ pattern: at, options: node.options });
    else if (node.kind === 'group') for (const child of node.fields) walk(child, `${at}.${child.key}`);
    else if (node.kind === 'list') walk(node.item, `${at}[]`);
    else if (node.kind === 'map') walk(node.value, `${at}{}`);
  };
  for (const section of editorSections()) for (const field of section.fields) walk(field, field.key);
  return out;
}

describe('the scenario editor\'s choices in every language', () => {
  it('names every value of every enum of the schema in English, French and Arabic, and names no value the schema lacks', () => {
    const choices = choiceFields();
    expect(choices.length).toBeGreaterThanOrEqual(13);
    expect(choices.map((c) => c.pattern)).toEqual(expect.arrayContaining(['events[].choices[].effects[].mode', 'goals[].comparison', 'scheduled[].shock', 'roles[].role']));
    for (const code of ['en', 'fr', 'ar']) {
      const missing = choices.flatMap(({ pattern, options }) => options.filter((v) => !(optionName(pattern, v, code) ?? '').trim()).map((v) => `${pattern}=${v}`));
      expect(missing, `${code}: choices without a name`).toEqual([]);
    }
    // French and Arabic names are translations, not the English left in place.
    for (const { pattern, options } of choices)
      for (const v of options) for (const code of ['fr', 'ar']) expect(optionName(pattern, v, code), `${code} ${pattern}=${v}`).not.toBe(optionName(pattern, v, 'en'));
    const known = new Map(choices.map((c) => [c.pattern, c.options]));
    const stray = Object.entries(OPTION_NAMES).flatMap(([pattern, names]) => Object.keys(names).filter((v) => !known.get(pattern)?.includes(v)).map((v) => `${pattern}=${v}`));
    expect(stray, 'names of no choice').toEqual([]);
    // The field labels a name is built from are fields of the schema.
    const patterns = new Set(fieldPatterns().map((p) => p.pattern));
    for (const names of Object.values(OPTION_NAMES))
      for (const name of Object.values(names)) if ('fields' in name) for (const field of name.fields) expect(patterns.has(field), field).toBe(true);
  });

  it('shows the name in the interface\'s language with the value the file keeps', () => {
    setLocale('en');
    expect(optionText('scheduled[].shock', 'worldDemand')).toBe(`${CAUSE_LABELS.worldDemand} (worldDemand)`);
    expect(optionText('events[].choices[].effects[].mode', 'add')).toBe('Add to the value (add)');
    setLocale('fr');
    expect(optionText('scheduled[].shock', 'worldDemand')).toBe('Demande mondiale (worldDemand)');
    expect(optionText('events[].choices[].effects[].target', 'trust')).toBe('Confiance (trust)');
    expect(optionText('events[].trigger.when.indicator', 'approvalSme')).toBe('Soutien › PME (approvalSme)');
    expect(optionWords('goals[].comparison', 'above')).toBe('Au-dessus de la valeur');
    // A value the schema does not have (a broken file) is shown as written.
    expect(optionText('scheduled[].shock', 'meteor')).toBe('meteor');
    expect(optionWords('scheduled[].shock', 'meteor')).toBe('meteor');
    setLocale('ar');
    expect(optionText('scheduled[].shock', 'worldDemand')).toMatch(/^\u2068?الطلب العالمي\u2069? \(\u2068?worldDemand\u2069?\)$/);
    expect(optionName('roles[].role', 'finance', 'ar')).toMatch(/\p{Script=Arabic}/u);
  });
});

describe('the scenario editor\'s messages about choices', () => {
  it('names the choices a message is about, in the language', () => {
    const sialkot = draftFrom(scenarioById('sialkot-surgical'));
    const effect = checkDraft(setAt(sialkot, ['events', 0, 'choices', 0, 'effects'], [{ target: 'trust', mode: 'add', delta: 5 }]));
    const shock = checkDraft(setAt(sialkot, ['scheduled'], [{ year: 2005, shock: 'worldDemand', size: 3, source: 'x' }]));
    const kind = checkDraft(setAt(sialkot, ['type'], 'nonsense'));
    setLocale('fr');
    const text = (check: ReturnType<typeof checkDraft>) => check.problems.map((p) => problemText(p).text).join(' / ');
    expect(text(effect)).toContain('pour Ajouter à la valeur sur Confiance');
    expect(text(shock)).toContain('pour Demande mondiale,');
    // The values a choice may take, by their names.
    expect(text(kind)).toContain('Production de masse');
    expect(text(kind)).not.toContain('"mass-producers"');
    setLocale('ar');
    expect(text(shock)).toContain('الطلب العالمي');
    expect(text(shock)).not.toContain('worldDemand');
    // A file's text quoted in a message keeps its control characters written as escapes (no right-to-left override slips in), the message's own isolates stay.
    const events = (sialkot as { events: { id: string }[] }).events;
    const twice = checkDraft(setAt(setAt(sialkot, ['events', 0, 'id'], 'a\u202eb'), ['events', 1, 'id'], 'a\u202eb'));
    for (const code of ['fr', 'ar']) {
      setLocale(code);
      const said = twice.problems.map((p) => problemText(p).text).join(' / ');
      expect(said, code).toContain('a\\u202eb');
      expect(said, code).not.toContain('\u202e');
      if (code === 'ar') expect(said).toContain('\u2068');
    }
    expect(events.length).toBeGreaterThan(1);
  });
});

describe('the scenario editor\'s words', () => {
  it('are all in the dictionaries that load with it (the app\'s, the editor\'s part and the planner\'s, whose pieces it reuses)', () => {
    // The editor's own code and the planner pieces its preview draws with.
    const editorCode = /^src\/(ui\/editor-|view\/editor-|ui\/planner-results\.ts|view\/planner-charts\.ts|ui\/charts\/planner-chart)/;
    const used = [...extractKeys()].filter(([, where]) => where.some((w) => editorCode.test(w))).map(([key]) => key);
    expect(used).toEqual(expect.arrayContaining(['Dismiss', 'Delete {name}', 'Preview']));
    for (const code of ['fr', 'ar']) expect(used.filter((key) => !DICTIONARIES[code]?.[key]), `${code}: words the editor shows in English`).toEqual([]);
  });
});
