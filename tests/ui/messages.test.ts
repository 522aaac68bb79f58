// Every message is valid ICU MessageFormat, in English and in every translation, and reads exactly
// as plain substitution would wherever it has no plural: no apostrophe quotes a placeholder away, no
// stray brace breaks a message. Plurals pick the language's form by a number.
import { afterEach, describe, expect, it } from 'vitest';
import { readLocale, LOCALE_CODES } from '../../src/cli/i18n-keys';
import { setLocale, t } from '../../src/ui/i18n';
import { DICTIONARIES, loadAllLocales } from '../../src/ui/locales';
import englishPlurals from '../../src/ui/locales/en';
import { extractKeys, placeholdersOf } from '../../src/cli/i18n-keys';
import '../../src/ui/locales/planner';
import '../../src/ui/locales/workshop';

// The interface's dictionaries load on demand in the app; these tests use them all.
await loadAllLocales();

afterEach(() => setLocale('en'));

/** Each {name} given a distinct value, and what plain substitution makes of the template. */
function plain(template: string): { params: Record<string, string>; expected: string } {
  const params: Record<string, string> = {};
  for (const [, name] of template.matchAll(/\{(\w+)\}/g)) params[name as string] = `<${name}>`;
  return { params, expected: template.replace(/\{(\w+)\}/g, (_, name: string) => `<${name}>`) };
}

const isPlural = (template: string) => /\{\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/.test(template);

describe('messages', () => {
  it('read as plain substitution wherever there is no plural, in English and every language', () => {
    const english = Object.keys(readLocale('fr'));
    expect(english.length).toBeGreaterThan(500);
    const problems: string[] = [];
    // Keys with English plural forms (locales/en.ts) are checked below.
    for (const key of english.filter((k) => !isPlural(k) && !(k in englishPlurals))) {
      const { params, expected } = plain(key);
      if (t(key, params) !== expected) problems.push(`en: ${key}`);
    }
    for (const code of LOCALE_CODES) {
      setLocale(code);
      for (const [key, template] of Object.entries(DICTIONARIES[code] ?? {})) {
        if (isPlural(template)) continue;
        const { params, expected } = plain(template);
        if (t(key, params) !== expected) problems.push(`${code}: ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('choose the Arabic plural form by the number', () => {
    setLocale('ar');
    const served = (n: number) =>
      t('You served the full term: {n} years, {from} to {to}.', { n, count: n, from: 2010, to: 2010 + n - 1 });
    // Arabic: "3 سنوات" for 3 to 10, "11 سنة" from 11, and a form of its own for 1 and 2.
    expect(served(3)).toContain('سنوات');
    expect(served(10)).toContain('سنوات');
    expect(served(12)).not.toContain('سنوات');
    expect(served(2)).toContain('سنتان');
    expect(served(1)).not.toBe(served(2));
  });

  it('give English its singular where a count can be 1, for keys the code uses, with the same placeholders', () => {
    const keys = extractKeys();
    for (const [key, template] of Object.entries(englishPlurals)) {
      expect(keys.has(key), key).toBe(true);
      expect(placeholdersOf(template), key).toEqual(placeholdersOf(key));
    }
    expect(t('{n} years', { n: 1 })).toBe('1 year');
    expect(t('{n} years', { n: 4 })).toBe('4 years');
    expect(t('{scenario}: {teams} teams, {years} years, {difficulty}.', { scenario: 'Sialkot', teams: 1, years: 1, difficulty: 'easy' })).toBe(
      'Sialkot: 1 team, 1 year, easy.',
    );
    setLocale('fr');
    expect(t('{n} years', { n: 1 })).toBe('1\u00a0an');
    expect(t('{n} years', { n: 2 })).toBe('2\u00a0ans');
    setLocale('ar');
    expect(t('{n} years', { n: 2 })).toBe('سنتان');
    expect(t('{n} years', { n: 5 })).toBe('5 سنوات');
    expect(t('{n} years', { n: 12 })).toBe('12 سنة');
  });
});

describe('arrows between two values ("from → to")', () => {
  // U+2192 is not mirrored by the bidi algorithm: in Arabic text it would point back to the start.
  it('point the way Arabic reads, in every Arabic message whose English has one', () => {
    const ar = DICTIONARIES.ar ?? {};
    const withArrow = Object.keys(ar).filter((key) => key.includes('→'));
    expect(withArrow.length).toBeGreaterThanOrEqual(3);
    for (const key of withArrow) expect({ key, value: ar[key] }).toEqual({ key, value: expect.stringMatching(/^[^→]*←[^→]*$/) });
  });

  it('in the charts\' policy marks and the waterfalls\' titles', () => {
    setLocale('ar');
    // (Arabic wraps each value in invisible isolates: dropped here.)
    const shown = (text: string): string => text.replace(/[\u2066-\u2069]/g, '');
    expect(shown(t('{outcome}: {from} → {to}', { outcome: 'x', from: '1', to: '2' }))).toBe('x: 1 ← 2');
    expect(shown(t('{lever} {from} → {to}', { lever: 'x', from: '1', to: '2' }))).toBe('x 1 ← 2');
  });
});
