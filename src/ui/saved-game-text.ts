// How a saved game is named and dated for people, in the interface language: "Sialkot",
// "2004 · year 4 of 10", "12 March 2025 at 14:05", "Saves use 120 kB".
import type { SavedEntry } from '../platform/game-slots';
import { currentLocale, t } from './i18n';

/** The locale for dates and sizes: Arabic keeps the Latin digits the rest of the game uses. */
export function formatLocale(locale = currentLocale()): string {
  return locale === 'ar' ? 'ar-u-nu-latn' : locale;
}

/** A stored time for people ("12 March 2025 at 14:05"); the ISO text when it is not a time. */
export function timeLabel(iso: string, locale = currentLocale()): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: 'long', timeStyle: 'short' }).format(time);
  } catch {
    return time.toISOString();
  }
}

/** Bytes for people: "120 kB", "1.4 MB" (in French "120 ko"). */
export function sizeLabel(bytes: number, locale = currentLocale()): string {
  const megabytes = bytes >= 1_000_000;
  const value = megabytes ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000));
  try {
    return new Intl.NumberFormat(formatLocale(locale), {
      style: 'unit',
      unit: megabytes ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: megabytes ? 1 : 0,
    }).format(value);
  } catch {
    return megabytes ? `${value.toFixed(1)} MB` : `${value} kB`;
  }
}

/** The entry's name: the cluster, or for a damaged save what is known of it. */
export function entryName(entry: SavedEntry): string {
  if (entry.kind === 'game') return entry.summary.cluster;
  if (entry.cluster) return t('{cluster} (damaged save)', { cluster: entry.cluster });
  if (entry.source) return t('{file} (damaged save)', { file: entry.source });
  return t('Damaged save');
}

/** Where the game is, as the HUD says it: "2004 · year 4 of 10", or "2011 · term finished". */
export function progressLabel(entry: SavedEntry): string {
  if (entry.kind !== 'game') return '';
  const { year, termYear, termYears, phase } = entry.summary;
  if (phase === 'debrief') return t('{year} · term finished', { year });
  return t('{year} · year {k} of {n}', { year, k: termYear, n: termYears });
}

/** The game named in a sentence: "Sialkot (2004 · year 4 of 10)". */
export function entryTitle(entry: SavedEntry): string {
  return entry.kind === 'game' ? `${entryName(entry)} (${progressLabel(entry)})` : entryName(entry);
}
