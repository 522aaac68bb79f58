// The problems the model, the turn machine and the save layer write in English reach the player in
// the chosen language (src/platform/problem-text.ts): the real messages of bad saves, bad imports,
// broken logs and refused budget changes are recognised and translated, with their fields, ids and
// numbers kept.
import { afterEach, describe, expect, it } from 'vitest';
import { saveFromSnapshot } from '../../src/flow/replay';
import { decisionProblems, noSpending } from '../../src/model';
import { PROBLEM_TEMPLATES, translateProblems } from '../../src/platform/problem-text';
import { parseSaveText, SaveFormatError, serializeSave } from '../../src/platform/save-format';
import { createSaveManager } from '../../src/platform/saves';
import { setLocale, t } from '../../src/ui/i18n';
import { loadAllLocales } from '../../src/ui/locales';
import { begin, MemoryStorage, playYears, SIALKOT } from './fixtures';

// The interface's dictionaries load on demand in the app; these tests use them all.
await loadAllLocales();

afterEach(() => setLocale('en'));

/** The English problems a save text gets, as save-format.ts writes them. */
function problemsOf(text: string): string {
  try {
    parseSaveText(text);
  } catch (error) {
    if (error instanceof SaveFormatError) return error.message;
    throw error;
  }
  throw new Error('the text loaded');
}

/** A valid save of a Sialkot game two years in, as an object to break. */
function validSave(): Record<string, unknown> {
  const actor = begin(SIALKOT, 3);
  playYears(actor, 2);
  const save = saveFromSnapshot(actor.getSnapshot(), new Date('2024-01-01T00:00:00Z'));
  actor.stop();
  return JSON.parse(serializeSave(save ?? (undefined as never))) as Record<string, unknown>;
}

const english = (text: string) => translateProblems(text, t);

describe('translating problems', () => {
  it('leaves English as it is, and leaves a problem no template knows as it is in any language', () => {
    expect(english('the file is empty; tariff: must be at most 1')).toBe('the file is empty; tariff: must be at most 1');
    setLocale('fr');
    expect(translateProblems('something nobody wrote a template for', t)).toBe('something nobody wrote a template for');
  });

  it.each(['fr', 'ar'])('%s: translates the whole-file problems of real bad files', (locale) => {
    const bad = [
      '   ',
      '{"format": "cluster-policy-lab/save", "vers',
      '[1, 2]',
      '{}',
      '{"format": "other-game/save", "version": 1}',
      '{"name": "Skills first", "years": [{"allocation": {"training": 0.5}}]}',
      JSON.stringify(SIALKOT),
      JSON.stringify({ ...validSave(), version: 7 }),
    ].map(problemsOf);
    setLocale(locale);
    for (const problem of bad) {
      const shown = translateProblems(problem, t);
      expect(shown, problem).not.toBe(problem);
      // No English sentence is left; the game's name and JSON words may stay.
      expect(shown, problem).not.toMatch(/\b(the file|saved game|this is|expected|found|newer version)\b/);
    }
  });

  it('keeps a field’s path and translates what is wrong with it, problem by problem', () => {
    const save = validSave();
    const log = save.log as { decisions: { tariff: number; allocation: Record<string, number> } }[];
    (log[0] as (typeof log)[number]).decisions.tariff = 3;
    (log[1] as (typeof log)[number]).decisions.allocation.training = -1;
    save.cheat = true;
    const problem = problemsOf(JSON.stringify(save));
    expect(problem).toBe('log[0].decisions.tariff: must be at most 1; log[1].decisions.allocation.training: must be at least 0; unknown field "cheat"');
    setLocale('fr');
    expect(translateProblems(problem, t)).toBe(
      'log[0].decisions.tariff\u00a0: doit valoir au plus 1\u00a0; log[1].decisions.allocation.training\u00a0: doit valoir au moins 0\u00a0; champ inconnu\u00a0: "cheat"',
    );
    setLocale('ar');
    expect(translateProblems(problem, t)).toBe(
      '\u2068log[0].decisions.tariff\u2069: \u2068يجب ألا يزيد على \u20681\u2069\u2069؛ \u2068log[1].decisions.allocation.training\u2069: \u2068يجب ألا يقل عن \u20680\u2069\u2069؛ حقل غير معروف: \u2068"cheat"\u2069',
    );
  });

  it('translates the refusals of the turn machine, naming the budget line', () => {
    const refused = decisionProblems({
      ...noSpending(0.2, 'all', false),
      allocation: { infrastructure: 0.7, training: 1.4, research: 0, incentives: 0, trade: 0 },
      tariff: 2,
    }).join('; ');
    expect(refused).toMatch(/^allocation\.training must be a share between 0 and 1 \(got 1\.4\); allocation shares sum to 2\.100/);
    setLocale('fr');
    const french = translateProblems(refused, t);
    expect(french).toBe(
      'Formation\u00a0: la part doit être comprise entre 0 et 1 (reçu\u00a0: 1.4)\u00a0; les parts du budget totalisent 2.100, plus que le budget entier (1)\u00a0; le droit de douane doit être compris entre 0 et 1 (reçu\u00a0: 2)',
    );
    setLocale('ar');
    expect(translateProblems(refused, t)).toMatch(/^\u2068التدريب\u2069: يجب أن تكون الحصة/);
  });

  it('translates the save manager’s messages for a damaged autosave and a bad import, the problem included', () => {
    setLocale('fr');
    const storage = new MemoryStorage();
    storage.setItem('cpl:autosave', '{"format": "cluster-policy-lab/save", "vers');
    const saves = createSaveManager(storage, { translate: t, warn: () => undefined });
    // The old single save, moved into the list as a damaged game.
    const damaged = saves.list().find((entry) => entry.kind === 'damaged');
    expect(damaged).toBeDefined();
    const loaded = saves.open(damaged?.key ?? '');
    expect(loaded.ok).toBe(false);
    expect(loaded.ok ? '' : loaded.message).toMatch(/le fichier n’est pas du JSON valide/);
    expect(loaded.ok ? '' : loaded.message).not.toMatch(/the file is not valid JSON/);
    const imported = saves.importText('{"name": "Skills first", "years": []}', 'plan.json');
    expect(imported.ok ? '' : imported.message).toMatch(/c’est un fichier de plan, pas une partie sauvegardée/);
  });

  it('translates a log that does not replay (an unknown event choice)', () => {
    const save = validSave();
    const log = save.log as { event?: { eventId: string; choiceId: string } }[];
    const withEvent = log.find((e) => e.event);
    const broken = withEvent ?? (log[0] as (typeof log)[number]);
    broken.event = { eventId: withEvent?.event?.eventId ?? 'ce-marking', choiceId: 'no-such-choice' };
    setLocale('fr');
    const saves = createSaveManager(new MemoryStorage(), { translate: t, warn: () => undefined });
    const result = saves.importText(JSON.stringify(save), 'partie.json');
    const message = result.ok ? '' : result.message;
    expect(message).toMatch(/^«\u00a0partie\.json\u00a0» n’a pas pu être chargé\u00a0: log\[\d\]\.event/);
    expect(message).not.toMatch(/\b(fired|the save|is not a choice|records)\b/);
  });

  it('has a French and an Arabic text for every template, with the same placeholders', () => {
    for (const locale of ['fr', 'ar']) {
      setLocale(locale);
      for (const template of PROBLEM_TEMPLATES) expect(t(template), `${locale}: ${template}`).not.toBe(template);
    }
  });
});

describe('plurals in problems', () => {
  it('writes English plurals right and gives the translations the number to agree with', () => {
    // save-format.test.ts checks that the save layer writes "and 1 more problem".
    expect(english('and 3 more problems')).toBe('and 3 more problems');
    setLocale('fr');
    expect(translateProblems('and 1 more problem', t)).toBe('et 1\u00a0autre problème');
    expect(translateProblems('and 3 more problems', t)).toBe('et 3\u00a0autres problèmes');
    expect(translateProblems('needs at least 2 items', t)).toBe('doit contenir au moins 2\u00a0éléments');
    setLocale('ar');
    expect(translateProblems('and 1 more problem', t)).toBe('ومشكلة أخرى واحدة');
    expect(translateProblems('and 2 more problems', t)).toBe('ومشكلتان أخريان');
    expect(translateProblems('and 5 more problems', t)).toBe('و5 مشكلات أخرى');
    expect(translateProblems('and 11 more problems', t)).toBe('و11 مشكلة أخرى');
  });
});
