// Validating scenario files: schema first, then the numbers the model needs to make sense.
import { scenarioSchema, type Scenario } from './schema';
import { describeIssues, parseJsonText, ValidationError } from './errors';

export function parseScenario(data: unknown, source = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(data);
  if (!result.success) throw new ValidationError(source, describeIssues(result.error.issues));
  return result.data;
}

export function parseScenarioText(text: string, source = 'scenario'): Scenario {
  return parseScenario(parseJsonText(text, source), source);
}
