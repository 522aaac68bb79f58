// The problems a scenario or plan validation reports, for tests that check the messages.
import { ValidationError } from '../../src/scenario';

export function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a validation error');
}
