// Every message is valid ICU MessageFormat, in English and in every translation, and reads exactly
// as plain substitution would wherever it has no plural: no apostrophe quotes a placeholder away, no
// stray brace breaks a message. Plurals pick the language's form by a number.
import { afterEach, describe, expect, it } from 'vitest';
import { readLocale, LOCALE_CODES } from '../../src/cli/i18n-keys';
import { setLocale, t } from '../../src/ui/i18n';
import { DICTIONARIES } from '../../src/ui/locales';
import '../../src/ui/locales/planner';
import '../../src/ui/locales/workshop';

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
    for (const key of english.filter((k) => !isPlural(k))) {
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
});
