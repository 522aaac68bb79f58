// Turns zod issues into short messages that name the field, e.g.
// "initial.smeFirms: must be at least 1". One problem per line.
import type { z } from 'zod';

export class ValidationError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(escapeControl(`${source}: ${problems.join('; ')}`));
    this.name = 'ValidationError';
  }
}

/**
 * Characters that would act on a terminal or hide in a message: C0 and C1 controls, DEL, line and
 * paragraph separators, bidirectional overrides, zero-width characters and the byte-order mark.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text from a file or a path made safe to print: each control character written as an escape (\n, \u001b). */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text without a leading UTF-8 byte-order mark (Windows editors add one). */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** zod's own wording for a bound; anything else is a message the schema wrote (a range) and is kept. */
const DEFAULT_BOUND_MESSAGE = /^Too (small|big)/;

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path);
  let what = issue.message;
  const custom = (issue.code === 'too_small' || issue.code === 'too_big') && !DEFAULT_BOUND_MESSAGE.test(issue.message);
  if (!custom) switch (issue.code) {
    case 'unrecognized_keys':
      what = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      break;
    case 'too_small':
      what =
        issue.origin === 'array'
          ? `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`
          : issue.origin === 'string'
            ? Number(issue.minimum) <= 1
              ? 'must not be empty'
              : `needs at least ${String(issue.minimum)} characters`
            : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
      break;
    case 'too_big':
      what =
        issue.origin === 'array'
          ? `allows at most ${String(issue.maximum)} item${Number(issue.maximum) === 1 ? '' : 's'}`
          : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
      break;
    case 'invalid_value':
      what = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'invalid_type':
      what = issue.message.startsWith('Invalid input: expected') ? `expected ${issue.expected}` : issue.message;
      break;
  }
  return escapeControl(where ? `${where}: ${what}` : what);
}

/** One line per problem; a problem found twice (a whole-number range broken at both ends of its checks) once. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return [...new Set(issues.map(describeIssue))];
}

/** Parses JSON text (a byte-order mark is allowed), with a message that says where it broke. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(withoutBom(text)) as unknown;
  } catch (error) {
    throw new ValidationError(source, [`not valid JSON (${(error as Error).message})`]);
  }
}
