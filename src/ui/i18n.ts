// User-facing text goes through t(): the English text is the key (gettext style), so code stays
// readable and a missing translation falls back to English. Placeholders: t('Year {n}', { n: 3 }).
type Dictionary = Record<string, string>;

const dictionaries: Record<string, Dictionary> = { en: {} };
let locale = 'en';

export interface LocaleMeta {
  code: string;
  /** The language's own name, as shown in the language menu. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LOCALES: LocaleMeta[] = [{ code: 'en', name: 'English', dir: 'ltr' }];

export function registerLocale(code: string, dictionary: Dictionary): void {
  dictionaries[code] = { ...(dictionaries[code] ?? {}), ...dictionary };
}

/** Registers a language's dictionary and lists it in LOCALES (once), so the language menu offers it. */
export function addLocale(meta: LocaleMeta, dictionary: Dictionary): void {
  registerLocale(meta.code, dictionary);
  if (!LOCALES.some((l) => l.code === meta.code)) LOCALES.push(meta);
}

export function setLocale(code: string): void {
  if (dictionaries[code]) locale = code;
}

export function currentLocale(): string {
  return locale;
}

export function t(text: string, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale]?.[text] ?? text;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
