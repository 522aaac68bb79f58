// The game's languages besides English: French and Arabic (right to left). Importing this module
// lists them (so the title's language menu offers them); each language's dictionary is its own
// chunk, fetched when the language is first chosen (loadLocale), so the first load carries none.
// In the browser, `localeReady` fetches and applies the language saved in localStorage
// (cpl:locale): main.ts waits for it before the screens are built.
//
// Switching language on the title: the title's own handler (title.ts) sets the locale and
// <html lang dir>; this module also saves the choice and re-translates text that is already in the
// page: the static text of index.html and the labels panels build once when they mount (the budget
// panel, the game menu). Screens built later (briefing, HUD, report, debrief) translate themselves
// through t(); the scenarios' own texts (stories, events, goals) come from src/ui/scenario-texts.ts,
// which app.ts loads for the chosen language.
import { addLocale, currentLocale, LOCALES, registerLocale, setLocale, t, type LocaleMeta } from '../i18n';
import { setNumberLocale, setViewTranslator } from '../../view/format';
import en from './en';
import './rtl.css';

export const LOCALE_STORAGE_KEY = 'cpl:locale';

export const FRENCH: LocaleMeta = { code: 'fr', name: 'Français', dir: 'ltr' };
export const ARABIC: LocaleMeta = { code: 'ar', name: 'العربية', dir: 'rtl' };

/**
 * Wraps every {placeholder} in Unicode isolates (FSI … PDI, U+2068 … U+2069): in right-to-left text, a
 * number with its unit ("US$ 4.6 m", "50.0 %") or an English name from a scenario then keeps its own
 * direction instead of being split up by the bidirectional algorithm. Isolates are invisible.
 */
export function isolatePlaceholders(dictionary: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dictionary).map(([key, text]) => [key, text.replace(/\{(\w+)\}/g, '\u2068{$1}\u2069')]),
  );
}

/**
 * The dictionaries as registered, by language code (English needs none: its keys are the text, but
 * for the plural forms of locales/en.ts). Filled as languages load (loadLocale) and as parts of the
 * app loaded later add theirs (addPartDictionaries).
 */
export const DICTIONARIES: Readonly<Record<string, Readonly<Record<string, string>>>> = { fr: {}, ar: {} };

addLocale(FRENCH, {});
addLocale(ARABIC, {});
registerLocale('en', en);

/** Each language's own dictionary, a chunk of its own. */
const LOADERS: Readonly<Record<string, () => Promise<Readonly<Record<string, string>>>>> = {
  fr: async () => (await import('./fr')).default,
  ar: async () => (await import('./ar')).default,
};
const loading = new Map<string, Promise<void>>();

/** Every language's dictionary (tools and tests that use them all). */
export function loadAllLocales(): Promise<void> {
  return Promise.all(Object.keys(LOADERS).map(loadLocale)).then(() => undefined);
}

/** Adds a language's strings to t() and to the re-translation index. */
function addDictionary(code: string, dictionary: Readonly<Record<string, string>>): void {
  const registered = code === 'ar' ? isolatePlaceholders(dictionary) : { ...dictionary };
  registerLocale(code, registered);
  const all = DICTIONARIES as Record<string, Record<string, string>>;
  all[code] = { ...(all[code] ?? {}), ...registered };
  // The re-translation index is rebuilt with the new strings on its next use.
  exact = null;
  templates = null;
}

/**
 * Fetches `code`'s dictionary (once; later calls share the first) and registers it. English and
 * unknown codes resolve at once. A failed download (offline before the app was cached) rejects and
 * can be tried again.
 */
export function loadLocale(code: string): Promise<void> {
  const load = LOADERS[code];
  if (!load) return Promise.resolve();
  let pending = loading.get(code);
  if (!pending) {
    pending = load().then(
      (dictionary) => addDictionary(code, dictionary),
      (error: unknown) => {
        loading.delete(code);
        throw error;
      },
    );
    loading.set(code, pending);
  }
  return pending;
}

/**
 * Registers the strings of a part of the app loaded later (the planner: locales/planner.ts), so
 * t() and re-translation know them from then on.
 */
export function addPartDictionaries(parts: Readonly<Record<string, Readonly<Record<string, string>>>>): void {
  for (const [code, dictionary] of Object.entries(parts)) addDictionary(code, dictionary);
}
// Unit words and templates built in src/view (which may not import the UI) go through t() too.
setViewTranslator(t);

export function localeMeta(code: string): LocaleMeta | undefined {
  return LOCALES.find((l) => l.code === code);
}

/** The language saved in this browser, if it is one the game has (storage may be unavailable). */
export function savedLocale(storage: Pick<Storage, 'getItem'> | null | undefined): string | null {
  try {
    const code = storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
    return code && localeMeta(code) ? code : null;
  } catch {
    return null;
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | null | undefined, code: string): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, code);
  } catch {
    // Private mode or full storage: the choice then lasts for this visit only.
  }
}

// ---------------------------------------------------------------------------------------------
// Re-translating text already on the page.

const PLACEHOLDER = /\{(\w+)\}/g;
const HAS_PLACEHOLDER = /\{\w+\}/;
const space = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Any language's text of a key -> the key (English keys map to themselves). */
let exact: Map<string, string> | null = null;
/** Templates with placeholders, compiled per language: the key, its regex and placeholder order. */
let templates: { key: string; regex: RegExp; names: string[] }[] | null = null;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function indexes(): { exact: Map<string, string>; templates: NonNullable<typeof templates> } {
  if (exact && templates) return { exact, templates };
  exact = new Map();
  templates = [];
  const keys = new Set(Object.values(DICTIONARIES).flatMap((d) => Object.keys(d)));
  const seen = new Set<string>();
  for (const key of keys) {
    const texts = [
      key,
      ...Object.values(DICTIONARIES)
        .map((d) => d[key])
        .filter((x): x is string => !!x),
    ];
    for (const text of texts) {
      const normal = space(text);
      if (!HAS_PLACEHOLDER.test(normal)) {
        if (!exact.has(normal)) exact.set(normal, key);
        continue;
      }
      // Only templates with real words around the placeholders: "{a}, {b}" or "{year}" would match anything.
      const literal = normal.replace(PLACEHOLDER, '');
      if ((literal.match(/\p{L}/gu) ?? []).length < 3 || seen.has(`${key}\u0000${normal}`)) continue;
      seen.add(`${key}\u0000${normal}`);
      const names: string[] = [];
      const source = normal
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (!name) return escapeRegex(part);
          names.push(name);
          return '(.+?)';
        })
        .join('');
      templates.push({ key, regex: new RegExp(`^${source}$`, 'u'), names });
    }
  }
  return { exact, templates };
}

/** Text a parameter may carry through unchanged: numbers, money, percentages, grades. */
function isNeutral(value: string): boolean {
  return /^[A-E]$/.test(value) || !/\p{L}/u.test(value.replace(/US\$|\bm\b/g, ''));
}

/**
 * `text` (in any of the game's languages) in the current language, when it is one of the game's
 * strings: a key, a translation, a template filled with numbers or other known strings, or parts
 * joined with " · ". Null for anything else (scenario content, names, numbers).
 */
export function retranslate(text: string, depth = 0): string | null {
  const normal = space(text);
  if (!normal || normal.length > 400 || !/\p{L}/u.test(normal) || depth > 3) return null;
  const { exact: byText, templates: all } = indexes();
  const key = byText.get(normal);
  if (key !== undefined) return t(key);
  for (const { key: template, regex, names } of all) {
    const match = regex.exec(normal);
    if (!match) continue;
    const params: Record<string, string> = {};
    let ok = true;
    names.forEach((name, i) => {
      const value = match[i + 1] ?? '';
      const translated = isNeutral(value) ? value : retranslate(value, depth + 1);
      if (translated === null || (name in params && params[name] !== translated)) ok = false;
      else params[name] = translated;
    });
    if (ok) return t(template, params);
  }
  if (normal.includes(' · ')) {
    const parts = normal.split(' · ');
    const translated = parts.map((part) => retranslate(part, depth + 1));
    if (translated.some((x) => x !== null)) return parts.map((part, i) => translated[i] ?? part).join(' · ');
  }
  return null;
}

/** Attributes that are read out or shown, translated along with the text. */
export const TRANSLATED_ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'svg', 'SVG', 'CANVAS']);

/** Re-translates the game's text inside `root` into the current language (see retranslate). */
export function translateTree(root: Element): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const walker = doc.createTreeWalker(root, view.NodeFilter.SHOW_ELEMENT | view.NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== view.Node.ELEMENT_NODE) return view.NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      // translate="no" (the HTML attribute) and the language menu, whose options are the languages' own names.
      if (SKIPPED.has(element.tagName) || element.getAttribute('translate') === 'no' || element.id === 'language')
        return view.NodeFilter.FILTER_REJECT;
      return view.NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    if (node.nodeType === view.Node.TEXT_NODE) {
      const textNode = node as Text;
      const next = retranslate(textNode.data);
      if (next !== null) {
        // Keep the white space around the text (it separates words from neighbouring elements).
        const lead = /^\s*/.exec(textNode.data)?.[0] ?? '';
        const trail = /\s*$/.exec(textNode.data)?.[0] ?? '';
        const value = `${lead ? ' ' : ''}${next}${trail ? ' ' : ''}`;
        if (value !== textNode.data) textNode.data = value;
      }
    } else if (node.nodeType === view.Node.ELEMENT_NODE) {
      const element = node as Element;
      for (const name of TRANSLATED_ATTRIBUTES) {
        const value = element.getAttribute(name);
        const next = value === null ? null : retranslate(value);
        if (next !== null && next !== value) element.setAttribute(name, next);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Applying a language to the page.

/** The language the page's text is in, per document. */
const pageLocale = new WeakMap<Document, string>();

/**
 * Makes `code` the language of the page: t() answers in it, <html lang dir> follow, the text
 * already on the page is re-translated (scenario texts follow through src/ui/scenario-texts.ts).
 * Unknown codes are ignored. Returns the language in force.
 */
export function applyLocale(doc: Document, code: string): string {
  const meta = localeMeta(code);
  if (!meta) return currentLocale();
  setLocale(meta.code);
  // Separators follow the language ("12 400" and "3,2" in French); Arabic keeps Latin digits.
  setNumberLocale(meta.code === 'ar' ? 'ar-u-nu-latn' : meta.code);
  // View modules' words ("jobs", "points", chart descriptions) follow the language through t().
  setViewTranslator(t);
  doc.documentElement.lang = meta.code;
  doc.documentElement.dir = meta.dir;
  // index.html is written in English; the page is walked only when its language changes.
  if ((pageLocale.get(doc) ?? 'en') !== meta.code && doc.body) translateTree(doc.body);
  pageLocale.set(doc, meta.code);
  return meta.code;
}

const wired = new WeakSet<Document>();

const languageListeners = new Set<(code: string) => void>();

/** Calls `listener` each time a language chosen in the menu has loaded and been applied to the page. */
export function onLanguageApplied(listener: (code: string) => void): () => void {
  languageListeners.add(listener);
  return () => languageListeners.delete(listener);
}

/**
 * At start-up: applies the language saved in `storage` (if any; its dictionary must be loaded, see
 * localeReady) and, from then on, fetches, saves and applies the language chosen in the title's menu
 * (#language). Safe to call more than once. Returns the language in force.
 */
export function applySavedLocale(doc: Document, storage: Storage | null): string {
  const saved = savedLocale(storage);
  const code = applyLocale(doc, saved ?? currentLocale());
  if (!wired.has(doc)) {
    wired.add(doc);
    // Each language's name in the menu is in that language: mark it so screen readers pronounce it right.
    const select = doc.getElementById('language');
    const markOptions = (): void => {
      for (const option of select?.querySelectorAll('option') ?? []) {
        const meta = localeMeta(option.value);
        if (meta && option.lang !== meta.code) {
          option.lang = meta.code;
          option.dir = meta.dir;
        }
      }
    };
    markOptions();
    if (select && doc.defaultView?.MutationObserver)
      new doc.defaultView.MutationObserver(markOptions).observe(select, { childList: true });
    doc.addEventListener('change', (event) => {
      const target = event.target as HTMLSelectElement | null;
      if (target?.id !== 'language' || !localeMeta(target.value)) return;
      const chosen = target.value;
      saveLocale(storage, chosen);
      void loadLocale(chosen).then(
        () => {
          // Another language may have been chosen while this one loaded: the last choice wins.
          if (target.value !== chosen) return;
          applyLocale(doc, chosen);
          for (const listener of languageListeners) listener(chosen);
        },
        () => {
          // Not downloadable (offline before the app was cached): the menu goes back to the page's language.
          const shown = pageLocale.get(doc) ?? 'en';
          setLocale(shown);
          if (target.value === chosen) target.value = shown;
        },
      );
    });
  }
  return code;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * In the browser: resolves once the saved language's dictionary has loaded and the language is
 * applied (at once for English), so main.ts can build the screens in it. Offline before the app was
 * cached, a language that cannot load leaves English.
 */
export const localeReady: Promise<string> =
  typeof window !== 'undefined' && typeof document !== 'undefined' && document.documentElement
    ? loadLocale(savedLocale(browserStorage()) ?? 'en').then(
        () => applySavedLocale(document, browserStorage()),
        () => {
          applySavedLocale(document, null);
          return applyLocale(document, 'en');
        },
      )
    : Promise.resolve(currentLocale());
