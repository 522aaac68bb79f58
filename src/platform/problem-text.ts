// The problems the lower layers report in English, in the player's language: why a change of the
// budget was refused (the model's decision checks, through the turn machine) and why a save or an
// imported file could not be loaded (save-format.ts, the field checks of scenario/errors.ts, the
// replay in flow/replay.ts). Those layers keep writing English, for the command line and the logs;
// the screens pass their text through translateProblems() with t(), which recognises each problem
// by its English template below and fills the translated one. Field paths ("log[2].decisions"), ids
// and numbers are kept as they are; a problem no template matches stays in English.
//
// The templates are the English keys of src/ui/locales (src/cli/i18n-keys.ts reads the two tables).
// Plurals: a template's "(s)" matches the English singular and plural ("1 year", "3 years"); the
// translations choose their form by {n, plural, …} (ICU plural rules), given {n} as a number.
import { LEVERS, type Lever } from '../model/types';
import { LEVER_LABELS } from '../view/labels';

export type Translate = (text: string, params?: Record<string, string | number>) => string;

/** One problem each, as the English code writes it ({placeholders} are the varying parts). */
export const PROBLEM_TEMPLATES = [
  // save-format.ts: the file as a whole
  'the file is empty',
  'the file is not valid JSON: it ends too early, as if it was cut off',
  'the file is not valid JSON: it breaks at line {line}, column {column} (near "{near}")',
  'the file is not valid JSON: it does not start like a saved game (it starts "{start}")',
  'the file is too large to be a saved game ({n} million characters)',
  'expected a saved game (a JSON object), found {kind}',
  'this is a plan file, not a saved game',
  'this is a scenario file, not a saved game',
  'this is not a Cluster Policy Lab save ("format" is {found}, not "{expected}")',
  'this is not a Cluster Policy Lab save (it has no "format": "{expected}")',
  'this save was made by a newer version (v{version}) of Cluster Policy Lab; this version reads saves up to v{supported}',
  'and {n} more problem(s)',
  // saves.ts
  'the game could not be replayed ({detail})',
  // scenario/errors.ts and the schemas: what is wrong with one field
  'unknown field {keys}',
  'unknown fields {keys}',
  'must not be empty',
  'needs at least {n} item(s)',
  'needs at least {n} characters',
  'allows at most {n} item(s)',
  'must be a whole number at least {min} and at most {max}',
  'must be at least {min} and at most {max}',
  'must be at least {n}',
  'must be more than {n}',
  'must be at most {n}',
  'must be less than {n}',
  'must be one of {values}',
  'expected {type}',
  'shares sum to {total}, more than the whole budget (1)',
  // model/decisions.ts: a budget change the turn machine refuses
  'allocation.{lever} must be a share between 0 and 1 (got {value})',
  'allocation shares sum to {total}, more than the whole budget (1)',
  'tariff must be between 0 and 1 (got {value})',
  'incentiveTarget must be one of {values}',
  'laborStandards must be true or false',
  // flow/replay.ts: a log that does not replay
  'the game did not start from this scenario',
  'the decisions were not accepted',
  'the prediction was not accepted',
  'event "{event}" fired after year {year}, but the save records no choice for it',
  'the save says "{saved}", but the event that fired after year {year} is "{event}"',
  '"{choice}" is not a choice of event "{event}" (its choices are {choices})',
  'year {year} did not resolve (the game is in {phase})',
  'year {year} was not recorded',
  'the save records a choice for event "{event}", but no event fired after year {year}',
  'the game ended after year {n} (approval collapsed), but the log goes on to year {year}',
  'the game ended after year {n}, but the log goes on to year {year}',
  'the game was not waiting for decisions for year {year} (it was in {phase})',
  'a game in the briefing has played no years, but the log has {n} year(s)',
] as const;

/** Words that fill a template's {kind}: what a file held instead of a save. */
export const PROBLEM_WORDS = ['null', 'a list', 'an object', 'a string', 'a number', 'a boolean'] as const;

interface Compiled {
  template: string;
  regex: RegExp;
  names: string[];
}

let compiled: Compiled[] | null = null;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(): Compiled[] {
  compiled ??= PROBLEM_TEMPLATES.map((template) => {
    const names: string[] = [];
    const source = template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!name) return escape(part).replace(/\\\(s\\\)/g, 's?');
        names.push(name);
        // A value never spans "; " (the joint between problems).
        return name === 'n' || name === 'year' ? '(-?\\d+(?:\\.\\d+)?)' : '((?:(?!; ).)+?)';
      })
      .join('');
    return { template, regex: new RegExp(`^${source}$`, 's'), names };
  });
  return compiled;
}

/** A template's parameter in the language: a lever's name, a kind of value; anything else as it is. */
function param(name: string, value: string, t: Translate): string {
  if (name === 'lever' && (LEVERS as readonly string[]).includes(value)) return t(LEVER_LABELS[value as Lever]);
  if (name === 'kind' && (PROBLEM_WORDS as readonly string[]).includes(value)) return t(value);
  return value;
}

/** One problem in the language, or null when no template matches it. */
function translateOne(problem: string, t: Translate): string | null {
  for (const { template, regex, names } of compile()) {
    const match = regex.exec(problem);
    if (!match) continue;
    const params: Record<string, string | number> = {};
    names.forEach((name, i) => (params[name] = param(name, match[i + 1] ?? '', t)));
    // {n} as a number, for the translations' plural rules ({year} stays as written: no digit grouping).
    if (params.n !== undefined && Number.isFinite(Number(params.n))) params.n = Number(params.n);
    // Untranslated (English): the problem as written, whose plural is already right.
    if (t(template) === template) return problem;
    return t(template, params);
  }
  return null;
}

/** A field path as the checks write it: "log[2].decisions.tariff", "scenario.initial.smeFirms". */
const FIELD = /^([\w$-]+(?:\[\d+\]|\.[\w$/-]+)*): (.+)$/s;

/**
 * `text` (one problem, or several joined with "; ") in the language of `t`. A problem about one field
 * ("log[2].decisions.tariff: must be at most 1") keeps its path and translates the rest.
 */
export function translateProblems(text: string, t: Translate): string {
  const one = (problem: string): string | null => {
    const whole = translateOne(problem, t);
    if (whole !== null) return whole;
    const field = FIELD.exec(problem);
    const what = field ? translateOne(field[2] ?? '', t) : null;
    return field && what !== null ? t('{field}: {problem}', { field: field[1] ?? '', problem: what }) : null;
  };
  // Problems are joined with "; ", and a few contain "; " themselves: the longest run that is one
  // known problem is taken first.
  const parts = text.split('; ');
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    let taken = false;
    for (let j = parts.length; j > i && !taken; j--) {
      const translated = one(parts.slice(i, j).join('; '));
      if (translated !== null) {
        out.push(translated);
        i = j;
        taken = true;
      }
    }
    if (!taken) out.push(parts[i++] ?? '');
  }
  return out.join(t('; '));
}
