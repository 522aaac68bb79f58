// User-facing text goes through t(): the English text is the key (gettext style), so code stays
// readable and a missing translation falls back to English. Messages are ICU MessageFormat
// (intl-messageformat, FormatJS): placeholders t('Year {n}', { n: 3 }), and plurals where a language
// needs them, e.g. Arabic "{count, plural, one {سنة واحدة} two {سنتان} few {# سنوات} other {# سنة}}"
// (a plural is chosen by a number param; callers pass `count` beside a formatted `n` where they
// format the number themselves). A straight apostrophe before a brace would quote it (ICU): write
// the typographic ’ in translations.
import { IntlMessageFormat } from 'intl-messageformat';

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

/** The locale numbers in messages (a plural's #) are written in: Arabic keeps Latin digits, as the rest of the app. */
function messageLocale(code: string): string {
  return code === 'ar' ? 'ar-u-nu-latn' : code;
}

/** Parsed messages, by language and template: parsing is the costly part, and a screen repeats its texts. */
const compiled = new Map<string, IntlMessageFormat | null>();

function compile(code: string, template: string): IntlMessageFormat | null {
  const key = `${code}\u0000${template}`;
  let message = compiled.get(key);
  if (message === undefined) {
    try {
      message = new IntlMessageFormat(template, messageLocale(code), undefined, { ignoreTag: true });
    } catch {
      // Not valid ICU (a stray brace): shown with plain substitution rather than not at all.
      message = null;
    }
    compiled.set(key, message);
  }
  return message;
}

/** Plain {name} substitution, leaving unknown names as they are: the fallback for a message that cannot be formatted. */
function substitute(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function t(text: string, params: Record<string, string | number> = {}): string {
  const template = dictionaries[locale]?.[text] ?? text;
  if (!template.includes('{')) return template;
  const message = compile(locale, template);
  if (!message) return substitute(template, params);
  try {
    const out = message.format(params);
    return typeof out === 'string' ? out : String(out);
  } catch {
    // A param missing: say what is known, as before.
    return substitute(template, params);
  }
}
