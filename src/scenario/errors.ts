// Turns zod issues into short messages that name the field, e.g.
// "initial.smeFirms: must be at least 1". One problem per line.
import type { z } from 'zod';

export class ValidationError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.join('; ')}`);
    this.name = 'ValidationError';
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path);
  let what = issue.message;
  switch (issue.code) {
    case 'unrecognized_keys':
      what = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      break;
    case 'too_small':
      what =
        issue.origin === 'array'
          ? `needs at least ${String(issue.minimum)} item(s)`
          : issue.origin === 'string'
            ? Number(issue.minimum) <= 1
              ? 'must not be empty'
              : `needs at least ${String(issue.minimum)} characters`
            : `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
      break;
    case 'too_big':
      what =
        issue.origin === 'array'
          ? `allows at most ${String(issue.maximum)} item(s)`
          : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
      break;
    case 'invalid_value':
      what = `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'invalid_type':
      what = issue.message.startsWith('Invalid input: expected') ? `expected ${issue.expected}` : issue.message;
      break;
  }
  return where ? `${where}: ${what}` : what;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map(describeIssue);
}

/** Parses JSON text, with a message that says where it broke. */
export function parseJsonText(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ValidationError(source, [`not valid JSON (${(error as Error).message})`]);
  }
}
