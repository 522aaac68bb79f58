// The built-in scenarios' texts in the chosen language (scenarios/locales/<language>/<id>.json).
// A language's texts are fetched when it is first chosen (one dynamic import per language, so
// English, the first load, carries none of them); until they arrive, and for a text a file lacks,
// the English stays. The screens get localized scenarios through localized() (the briefing, the event dialog,
// the map) and through the view layer's shownScenario(), which this module points here. The game
// itself (model, saves, exports) keeps the English scenario: only what is shown changes.
import { isScenarioId, localizeScenario, type PartialScenarioTexts, type Scenario } from '../scenario';
import { setScenarioLocalizer } from '../view/scenario-text';
import { currentLocale } from './i18n';

/** One loader per language (src/scenario/locales/<language>.ts), each its own chunk, fetched on demand. */
const LANGUAGES = import.meta.glob<Record<string, PartialScenarioTexts>>('../scenario/locales/*.ts', { import: 'default' });

/** "../scenario/locales/fr.ts" -> "fr". */
const languageOf = (path: string): string => path.replace(/^.*\/|\.ts$/g, '');

/** The languages that have scenario texts (English is the scenarios' own). */
export function scenarioTextLocales(): string[] {
  return Object.keys(LANGUAGES).map(languageOf).sort();
}

/** Loaded texts: language -> scenario id -> texts. */
const loaded = new Map<string, Map<string, PartialScenarioTexts>>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/**
 * Fetches `locale`'s scenario texts (once; later calls share the first). Resolves when they are in
 * place, and tells the listeners so the screens redraw. A failed download leaves English and can be
 * tried again.
 */
export function loadScenarioTexts(locale: string): Promise<void> {
  if (locale === 'en' || loaded.has(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    const load = Object.entries(LANGUAGES).find(([path]) => languageOf(path) === locale)?.[1];
    pending = (load ? load() : Promise.resolve({})).then(
      (texts) => {
        loaded.set(locale, new Map(Object.entries(texts)));
        loading.delete(locale);
        for (const listener of [...listeners]) listener();
      },
      (error: unknown) => {
        loading.delete(locale);
        console.warn(`Scenario texts for "${locale}" could not be loaded; they stay in English.`, error);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Called whenever a language's texts arrive; returns an unsubscribe. */
export function onScenarioTexts(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * What the shown texts depend on: the language and whether its texts are in. A screen that builds
 * once per game adds it to its key, so it rebuilds when the texts arrive or the language changes.
 */
export function scenarioTextsKey(): string {
  const locale = currentLocale();
  return locale === 'en' || loaded.has(locale) ? locale : `${locale}…`;
}

/** Localized scenarios, per scenario object and language (the same object each time: views compare them). */
const cache = new WeakMap<Scenario, Map<string, Scenario>>();

/** `scenario` with its texts in the current language, when they are loaded; else the scenario itself. */
export function localized(scenario: Scenario): Scenario {
  const locale = currentLocale();
  if (locale === 'en' || !isScenarioId(scenario.id)) return scenario;
  const texts = loaded.get(locale)?.get(scenario.id);
  if (!texts) return scenario;
  let byLocale = cache.get(scenario);
  if (!byLocale) cache.set(scenario, (byLocale = new Map()));
  let result = byLocale.get(locale);
  if (!result) byLocale.set(locale, (result = localizeScenario(scenario, texts)));
  return result;
}

setScenarioLocalizer(localized);
