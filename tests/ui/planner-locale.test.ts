// The planner's strings live in their own locale files (planner.fr.ts, planner.ar.ts), registered
// when its code loads: the checker reads them with the main files, and t() knows them once loaded.
import { afterEach, describe, expect, it } from 'vitest';
import { localeFiles, readLocale, readLocaleFile } from '../../src/cli/i18n-keys';
import { setLocale, t } from '../../src/ui/i18n';
import { DICTIONARIES, loadAllLocales, retranslate } from '../../src/ui/locales';
import '../../src/ui/locales/planner';

// The interface's dictionaries load on demand in the app; these tests use them all.
await loadAllLocales();

afterEach(() => setLocale('en'));

describe("the planner's translations", () => {
  it('are read with the main dictionary, each key in one file only (the workshop and editor parts too)', () => {
    expect(localeFiles('fr')).toEqual([
      'src/ui/locales/fr.ts',
      'src/ui/locales/editor.fr.ts',
      'src/ui/locales/planner.fr.ts',
      'src/ui/locales/workshop.fr.ts',
    ]);
    const planner = readLocaleFile('src/ui/locales/planner.fr.ts');
    const workshop = readLocaleFile('src/ui/locales/workshop.fr.ts');
    const editor = readLocaleFile('src/ui/locales/editor.fr.ts');
    const main = readLocaleFile('src/ui/locales/fr.ts');
    expect(Object.keys(planner).filter((key) => Object.hasOwn(main, key))).toEqual([]);
    expect(Object.keys(workshop).filter((key) => Object.hasOwn(main, key) || Object.hasOwn(planner, key))).toEqual([]);
    expect(Object.keys(editor).filter((key) => Object.hasOwn(main, key) || Object.hasOwn(planner, key) || Object.hasOwn(workshop, key))).toEqual([]);
    expect(readLocale('fr')).toEqual({ ...main, ...editor, ...planner, ...workshop });
  });

  it('answer t() and re-translation once the planner has loaded', () => {
    setLocale('fr');
    expect(t('Add phase')).toBe('Ajouter une phase');
    expect(t('Years {from}–{to} ({first}–{last})', { from: 1, to: 3, first: 2010, last: 2012 })).toBe('Années 1 à 3 (2010–2012)');
    setLocale('ar');
    expect(t('Save plan')).toBe('حفظ الخطة');
    expect(DICTIONARIES.ar?.['At the horizon, {year}']).toBe('عند نهاية الأفق، \u2068{year}\u2069');
    setLocale('fr');
    expect(retranslate('Compare plans')).toBe('Comparer les plans');
  });
});
