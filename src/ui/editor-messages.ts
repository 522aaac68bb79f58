// The scenario editor's messages in the interface's language. The schema's messages
// (scenario/errors.ts describeIssue) are English and name fields by path ("initial.smeFirms: must be
// at least 1"), as the command line and the files keep them; the editor names the field by its label
// ("Chiffres de départ › PME") and says what is wrong in French or Arabic: a rule the schema writes
// out itself (a cross-field rule, a range by kind) by the rules below, a bound, count, list or type
// by the templates the saves and imports already use (platform/problem-text.ts). A message neither
// knows stays English (marked so).
import type { DraftProblem, FieldPath } from '../view/editor-form';
import { fieldPattern, humanize } from '../view/editor-form';
import { formatList, formatNumber } from '../view/format';
import { translateProblems, type Translate } from '../platform/problem-text';
import { escapeControl } from '../scenario/errors';
import { currentLocale, t } from './i18n';
import { optionWords } from './editor-options';
import { fieldLabel } from './locales/editor-fields';

/** A field's label, by its path: "Events 2 › Choices 1 › Label"; a map's key as written. */
export function pathLabel(path: FieldPath): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i] as string | number;
    const pattern = fieldPattern(path.slice(0, i + 1));
    if (typeof key === 'number') parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} ${key + 1}`.trim();
    else if (pattern.endsWith('{}')) parts.push(escapeControl(key));
    else parts.push(fieldLabel(pattern) ?? humanize(key));
  }
  return parts.join(' › ');
}

/** A bound as the hints write it: years without a thousands separator. */
function bound(text: string | number | bigint, path: FieldPath): string {
  const x = Number(text);
  if (!Number.isFinite(x)) return String(text);
  const key = String(path[path.length - 1] ?? '');
  if (/year/i.test(key) || (Number.isInteger(x) && x >= 1900 && x <= 2200)) return String(x);
  const decimals = Number.isInteger(x) ? 0 : Math.min(6, String(x).split('.')[1]?.length ?? 0);
  return formatNumber(x, { digits: decimals });
}

type Rule = [RegExp, (m: RegExpExecArray, path: FieldPath) => string];

/** A choice's value by its name (editor-options.ts), the choice being the field `key` beside the one at `path`. */
function named(path: FieldPath, key: string, value: string): string {
  return optionWords(fieldPattern([...path.slice(0, -1), key]), value);
}

/** The rules the schema writes out itself (src/scenario/schema.ts), by their English wording. */
const RULES: Rule[] = [
  // A range (schema.ts between()): the templates the saves use, with the bounds written as the hints write them.
  [/^must be (a whole number )?at least (\S+) and at most (\S+)$/, (m, p) =>
    m[1]
      ? t('must be a whole number at least {min} and at most {max}', { min: bound(m[2] ?? '', p), max: bound(m[3] ?? '', p) })
      : t('must be at least {min} and at most {max}', { min: bound(m[2] ?? '', p), max: bound(m[3] ?? '', p) })],
  [/^for (add|scale) on (\w+), must be at least (\S+) and at most (\S+)$/, (m, p) =>
    t('for {mode} on {target}, must be from {min} to {max}', {
      mode: named(p, 'mode', m[1] ?? ''),
      target: named(p, 'target', m[2] ?? ''),
      min: bound(m[3] ?? '', p),
      max: bound(m[4] ?? '', p),
    })],
  [/^with large firms, must be at least (\S+) and at most (\S+) /, (m, p) =>
    t('with large firms, must be from {min} to {max} (large firms produce some of the output)', { min: bound(m[1] ?? '', p), max: bound(m[2] ?? '', p) })],
  [/^a condition needs "below" or "above"$/, () => t('a condition needs "below" or "above"')],
  [/^a trigger needs a year, a chance, a shock or a condition \(when\)$/, () => t('a trigger needs a year, a chance, a shock or a condition (when)')],
  [/^at most one choice may be the default$/, () => t('at most one choice may be the default')],
  [/^duplicate choice id "(.*)"$/, (m) => t('another choice has the ID "{id}"', { id: m[1] ?? '' })],
  [/^duplicate event id "(.*)"$/, (m) => t('another event has the ID "{id}"', { id: m[1] ?? '' })],
  [/^the role "(.*)" is given twice$/, (m) => t('the role "{role}" is given twice', { role: m[1] ?? '' })],
  [/^use lower-case words joined by hyphens$/, () => t('use lower-case words joined by hyphens (a-z, 0-9)')],
  [/^a three-digit ISO 3166-1 numeric code$/, () => t('must be a three-digit ISO 3166-1 numeric code')],
  [/^a goal compared "above" or "below" needs a value$/, () => t('a goal compared "above" or "below" needs a value')],
  [/^foreignFirms cannot exceed largeFirms$/, () => t('cannot be more than the large firms')],
  [/^largeOutputShare must be 0 when there are no large firms$/, () => t('must be 0 when there are no large firms')],
  [/^no source for (\S+): add sources\[/, (m) => {
    const path = (m[1] ?? '').split('.');
    return t('no source for {field}: add one under Sources with the key {key} (a citation or "assumption: ...")', { field: pathLabel(path), key: m[1] ?? '' });
  }],
  [/^must fall in the term, (-?\d+) to (-?\d+)$/, (m) => t('must fall in the term, {from} to {to}', { from: m[1] ?? '', to: m[2] ?? '' })],
  [/^for (\w+) must be (\S+) to (\S+) \(/, (m, p) =>
    t('for {shock}, must be from {min} to {max}', { shock: named(p, 'shock', m[1] ?? ''), min: bound(m[2] ?? '', p), max: bound(m[3] ?? '', p) })],
  [/^(\w+) is already scheduled in (-?\d+)$/, (m, p) => t('{shock} is already scheduled in {year}', { shock: named(p, 'shock', m[1] ?? ''), year: m[2] ?? '' })],
  [/^no event "(.*)" in this scenario \(its events: (.*)\)$/, (m) => t('no event "{id}" in this scenario (its events: {list})', { id: m[1] ?? '', list: m[2] ?? '' })],
  [/^no choice "(.*)" \(its choices: (.*)\)$/, (m) => t('no choice "{id}" (its choices: {list})', { id: m[1] ?? '', list: m[2] ?? '' })],
  [/^has (\d+) years, more than the term's (-?\d+)$/, (m) =>
    t('has {count, plural, one {# year} other {# years}}, more than the term’s {term}', { count: Number(m[1]), term: m[2] ?? '' })],
];

const TYPE_WORDS: Record<string, () => string> = {
  number: () => t('must be a number'),
  int: () => t('must be a whole number'),
  string: () => t('must be text'),
  boolean: () => t('must be true or false'),
  array: () => t('must be a list'),
  object: () => t('must be a group of fields'),
};

/**
 * t() for the reused templates (platform/problem-text.ts), which pass the figures they read as the
 * English wrote them ("got -0.5", "sum to 1.600"): each written as the hints write it. A count ({n},
 * already a number for the plural rules) is written by the message itself.
 */
function figures(path: FieldPath): Translate {
  return (text, params) =>
    t(text, params && Object.fromEntries(Object.entries(params).map(([name, v]) => [name, typeof v === 'string' && name !== 'year' && /^-?\d+(\.\d+)?$/.test(v) ? bound(v, path) : v])));
}

/** What is wrong, without the field's name, in the current language; null when nothing knows the message. */
export function problemWords(problem: DraftProblem): string | null {
  const { issue, at } = problem;
  if (!issue) return t('this is a built-in scenario’s ID; give your scenario its own');
  // The schema's own message may quote the file's text (an id): its control characters written as escapes, as the English does.
  const message = escapeControl(issue.message);
  const written = RULES.find(([re]) => re.test(message));
  if (written) return written[1](written[0].exec(message) as RegExpExecArray, at);
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input: expected')) return TYPE_WORDS[issue.expected]?.() ?? null;
  // zod's own bound on a number: the saves' templates, the bound written as the hints write it.
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number' && /^Too (small|big)/.test(issue.message)) {
    const n = bound(issue.code === 'too_small' ? issue.minimum : issue.maximum, at);
    if (issue.code === 'too_small') return issue.inclusive === false ? t('must be more than {n}', { n }) : t('must be at least {n}', { n });
    return issue.inclusive === false ? t('must be less than {n}', { n }) : t('must be at most {n}', { n });
  }
  // A value that is not one of the choices: the choices by their names.
  if (issue.code === 'invalid_value' && issue.values.every((v) => typeof v === 'string') && issue.values.length > 0) {
    const pattern = fieldPattern(at);
    return t('must be one of {values}', { values: formatList(issue.values.map((v) => optionWords(pattern, v as string))) });
  }
  // The English message without its path ("initial.smeFirms: must be at least 1" -> "must be at least 1").
  const prefix = `${problem.path}: `;
  const what = problem.path && problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
  const translated = translateProblems(what, figures(at));
  return translated !== what ? translated : null;
}

/** A problem as the editor shows it: the schema's English message in English; else the field's label and what is wrong, translated. */
export function problemText(problem: DraftProblem): { text: string; translated: boolean } {
  if (currentLocale() === 'en') return { text: problem.message, translated: true };
  const words = problemWords(problem);
  if (words === null) return { text: problem.message, translated: false };
  return { text: problem.at.length > 0 ? t('{field}: {problem}', { field: pathLabel(problem.at), problem: words }) : words, translated: true };
}
