// Numbers for people: units, thousands separators, sensible rounding and the direction of change
// ("▲ 2.1 %", "▼ 0.8 points", "US$ 3.2 m", "12,400 jobs"). Pure and small; every screen uses it.
// Unit words are English defaults; a caller that translates passes its own (`unit: t('points')`).

export type Direction = 'up' | 'down' | 'flat';

/** The arrows shown before a change. "=" means the change rounds to zero at the shown precision. */
export const ARROWS: Record<Direction, string> = { up: '▲', down: '▼', flat: '=' };

export interface FormatOptions {
  /** Digits after the decimal point (default depends on the function). */
  digits?: number;
  /** BCP 47 locale for separators (default: the one set with setNumberLocale, at first 'en'). */
  locale?: string;
}

export interface ChangeOptions extends FormatOptions {
  /** Unit after the number: '%', 'points', 'jobs', ... ('' for none). */
  unit?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** The locale numbers are written in when a caller gives none; the UI sets it with the language. */
let numberLocale = 'en';

export function setNumberLocale(locale: string): void {
  numberLocale = locale;
}

/** Translates an English text (the i18n key) and fills its {placeholders}, like the UI's t(). */
export type ViewTranslator = (text: string, params?: Record<string, string | number>) => string;

/** English: the text itself with its {placeholders} filled. */
const englishText: ViewTranslator = (text, params = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** How view modules translate their words and templates; the UI sets it to t() (null: back to English). */
let viewTranslator: ViewTranslator = englishText;

export function setViewTranslator(fn: ViewTranslator | null): void {
  viewTranslator = fn ?? englishText;
}

/** Unit words and templates built by view modules, in the current language (English by default). */
export function vt(text: string, params?: Record<string, string | number>): string {
  return viewTranslator(text, params);
}

function formatter(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}/${digits}`;
  let f = formatters.get(key);
  if (!f)
    formatters.set(
      key,
      (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return f;
}

/** Rounds half away from zero at `digits` decimals, and never returns -0. */
export function roundTo(x: number, digits = 0): number {
  const factor = 10 ** digits;
  const rounded = (Math.sign(x) * Math.round(Math.abs(x) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** A number with thousands separators and fixed decimals: 12400 -> "12,400"; -0.04 (1 digit) -> "0.0". */
export function formatNumber(x: number, options: FormatOptions = {}): string {
  const digits = options.digits ?? 0;
  if (!Number.isFinite(x)) return '–';
  return formatter(options.locale ?? numberLocale, digits).format(roundTo(x, digits));
}

/** Decimals that read well for money: 1 below 100, none from 100 up. */
export function moneyDigits(usdM: number): number {
  return Math.abs(usdM) >= 100 ? 0 : 1;
}

/**
 * US$ million: 3.2 -> "US$ 3.2 m", 1600 -> "US$ 1,600 m"; in the language's one style for money
 * (French "3,2 M$ US"), the same template every screen and sentence uses.
 */
export function formatUsdM(usdM: number, options: FormatOptions = {}): string {
  return vt('US$ {amount} m', { amount: formatNumber(usdM, { ...options, digits: options.digits ?? moneyDigits(usdM) }) });
}

/** A plain US$ amount: 4.5 -> "US$ 4.50" (2 digits below 10), 1234 -> "US$ 1,234" (French "4,50 $ US"). */
export function formatUsd(usd: number, options: FormatOptions = {}): string {
  return vt('US$ {amount}', { amount: formatNumber(usd, { ...options, digits: options.digits ?? (Math.abs(usd) < 10 ? 2 : 0) }) });
}

/**
 * Whether a number written with `digits` decimals takes the singular in the number locale's language
 * ("1 point" and "1.0 points" in English; "1,0 point" and "1,5 point" in French).
 */
export function isSingular(x: number, digits = 0, locale?: string): boolean {
  const loc = locale ?? numberLocale;
  const key = `${loc}/${digits}`;
  let rules = pluralRules.get(key);
  if (!rules)
    pluralRules.set(key, (rules = new Intl.PluralRules(loc, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return rules.select(Math.abs(roundTo(x, digits))) === 'one';
}
const pluralRules = new Map<string, Intl.PluralRules>();

/** A count with its unit: 12400 -> "12,400 jobs" (the default unit follows the language). */
export function formatCount(n: number, unit?: string, options: FormatOptions = {}): string {
  const text = formatNumber(n, { ...options, digits: options.digits ?? 0 });
  if (unit === undefined) return vt('{n} jobs', { n: text });
  return unit ? `${text} ${unit}` : text;
}

/** Whether a locale writes right to left (Arabic): its figures with a sign or a unit are then isolated left to right. */
function isRightToLeft(locale: string): boolean {
  return /^(ar|fa|he|ur)\b/i.test(locale);
}

/**
 * In a right-to-left locale, `text` (a figure with its sign and unit) between the Unicode isolates
 * LRI … PDI (U+2066, U+2069), so the bidirectional algorithm keeps it left to right inside Arabic text:
 * "18.2 %" rather than "% 18.2", "+0.7%" rather than "%0.7+". Elsewhere the text as it is. Invisible.
 */
export function isolateFigure(text: string, locale = numberLocale): string {
  return isRightToLeft(locale) ? `\u2066${text}\u2069` : text;
}

/** A percentage given in percent: 2.14 -> "2.1 %". */
export function formatPct(pct: number, options: FormatOptions = {}): string {
  return isolateFigure(`${formatNumber(pct, { ...options, digits: options.digits ?? 1 })} %`, options.locale);
}

const signedPercents = new Map<string, Intl.NumberFormat>();

/**
 * A signed percentage given in percent, the sign and the percent sign where the locale puts them
 * (Intl percent style, signDisplay exceptZero): 0.72 -> "+0.7%" (English), "+0,7 %" (French),
 * "+0.7%" left to right in Arabic; a change that rounds to 0 has no sign.
 */
export function formatSignedPct(pct: number, options: FormatOptions = {}): string {
  const digits = options.digits ?? 1;
  const locale = options.locale ?? numberLocale;
  if (!Number.isFinite(pct)) return '–';
  const key = `${locale}/${digits}`;
  let f = signedPercents.get(key);
  if (!f)
    signedPercents.set(
      key,
      (f = new Intl.NumberFormat(locale, { style: 'percent', signDisplay: 'exceptZero', minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return isolateFigure(f.format(roundTo(pct, digits) / 100), locale);
}

/** Items joined as the locale joins a list: "a, b and c" (English), "a، b و c" (Arabic). */
export function formatList(items: readonly string[], options: Pick<FormatOptions, 'locale'> = {}): string {
  return new Intl.ListFormat(options.locale ?? numberLocale, { type: 'conjunction' }).format(items);
}

/** A share 0..1 as a percentage: 0.314 -> "31.4 %" (digits default 1; use 0 for "31 %"). */
export function formatShare(share: number, options: FormatOptions = {}): string {
  return formatPct(share * 100, options);
}

/** The direction of a change as shown at `digits` decimals (a change that rounds to 0 is flat). */
export function directionOf(delta: number, digits = 1): Direction {
  const rounded = Number.isFinite(delta) ? roundTo(delta, digits) : 0;
  return rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
}

/**
 * A change with its arrow and unit, magnitude only after the arrow:
 * formatChange(2.14, { unit: '%' }) -> "▲ 2.1 %"; formatChange(-0.8, { unit: 'points' }) -> "▼ 0.8 points".
 */
export function formatChange(delta: number, options: ChangeOptions = {}): string {
  const digits = options.digits ?? 1;
  const unit = options.unit ?? '';
  const text = formatNumber(Math.abs(delta), { digits, locale: options.locale });
  const singular = unit === 'points' && isSingular(delta, digits, options.locale);
  // The English unit words 'points' and 'jobs' follow the language; other units are shown as given.
  const amount =
    unit === 'points'
      ? vt(singular ? '{n} point' : '{n} points', { n: text })
      : unit === 'jobs'
        ? vt('{n} jobs', { n: text })
        : `${text}${unit ? ` ${unit}` : ''}`;
  const change = `${ARROWS[directionOf(delta, digits)]} ${amount}`;
  // A percentage change keeps its arrow, figure and sign left to right in Arabic text too.
  return unit === '%' ? isolateFigure(change, options.locale) : change;
}

/** The relative change from `before` to `now` in percent: (103, 100) -> "▲ 3.0 %". */
export function formatRelativeChange(now: number, before: number, options: FormatOptions = {}): string {
  return formatChange(relativeChangePct(now, before), { ...options, unit: '%' });
}

/** Percent change from before to now (0 when before is 0). */
export function relativeChangePct(now: number, before: number): number {
  return before === 0 ? 0 : ((now - before) / Math.abs(before)) * 100;
}

/** A change in a share, in percentage points: -0.008 -> "▼ 0.8 points". */
export function formatPointChange(deltaShare: number, options: ChangeOptions = {}): string {
  return formatChange(deltaShare * 100, { unit: 'points', ...options });
}

/** A change in US$ million: 1.24 -> "▲ US$ 1.2 m". */
export function formatUsdMChange(deltaUsdM: number, options: FormatOptions = {}): string {
  const digits = options.digits ?? moneyDigits(deltaUsdM);
  return `${ARROWS[directionOf(deltaUsdM, digits)]} ${formatUsdM(Math.abs(deltaUsdM), { ...options, digits })}`;
}

/** A change in a count: -1234 -> "▼ 1,234 jobs". */
export function formatCountChange(delta: number, unit = 'jobs', options: FormatOptions = {}): string {
  return formatChange(delta, { digits: 0, ...options, unit });
}

/**
 * Whether a change is good news: `better` says which way is good (poverty: 'down').
 * Used for colour, always alongside the arrow, never instead of it.
 */
export function toneOf(direction: Direction, better: 'up' | 'down' = 'up'): 'good' | 'bad' | 'neutral' {
  if (direction === 'flat') return 'neutral';
  return direction === better ? 'good' : 'bad';
}

/** A formatted change without its leading arrow ("▲ 2.1 %" -> "2.1 %"), for text read aloud. */
export function withoutArrow(text: string): string {
  return text.replace(/^[▲▼=] /, '');
}
