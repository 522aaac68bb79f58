// The scenario editor's field labels and hints in each language, keyed by schema path
// ("initial.smeFirms", "events[].title": view/editor-form.ts fieldPattern). Imported by the editor's
// code only (a chunk of its own), so the first load carries none of it. English hints are the
// schema's own descriptions; a French or Arabic hint the dictionary lacks falls back to them.
import { currentLocale } from '../i18n';
import en from './editor-fields-en';
import * as ar from './editor-fields-ar';
import * as fr from './editor-fields-fr';

export const FIELD_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = { en, fr: fr.labels, ar: ar.labels };
export const FIELD_HINTS: Readonly<Record<string, Readonly<Record<string, string>>>> = { fr: fr.hints, ar: ar.hints };

/** The label of the field at a schema path in the current language (English, then null, where it has none). */
export function fieldLabel(pattern: string, locale = currentLocale()): string | null {
  return FIELD_LABELS[locale]?.[pattern] ?? FIELD_LABELS.en?.[pattern] ?? null;
}

/**
 * The hint of the field at a schema path in the current language: the dictionary's, else the
 * schema's English description (`english`), with whether it is in the current language.
 */
export function fieldHint(pattern: string, english: string | null, locale = currentLocale()): { text: string; translated: boolean } | null {
  if (english === null) return null;
  if (locale === 'en') return { text: english, translated: true };
  const text = FIELD_HINTS[locale]?.[pattern];
  return text ? { text, translated: true } : { text: english, translated: false };
}
