// Plan files (the CLI contract): { name?, budget?, years: [{ allocation, tariff, incentiveTarget,
// laborStandards, eventChoices? }] }. Shares are of that year's budget, 0..1, summing to at most 1
// once missing fields are filled from the year before. Without a name, a plan is called after its
// file. Event choices name events and choices of the scenario the plan is played on (checked when
// its events are given): a typo is an error, not a silent default. Every problem is reported at
// once, so one round of fixes is enough.
import { z } from 'zod';
import { decisionProblems, resolveDecisions, type Decisions, type Plan } from '../model';
import { describeIssues, parseJsonText, ValidationError } from './errors';
import { between, BUDGET_LIMITS, planYearSchema } from './schema';

// The year format lives in schema.ts, which a scenario's history shares.
export { planYearSchema };

export const planSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().trim().min(1).optional(),
  budget: between(BUDGET_LIMITS.min, BUDGET_LIMITS.max).optional(),
  years: z.array(planYearSchema).max(100),
});

/** A plan's default name: its file's name without folders or extension ("plans/big.json" -> "big"). */
export function planNameFromSource(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  const dot = base.lastIndexOf('.');
  const name = dot > 0 ? base.slice(0, dot) : base;
  return name.trim() === '' ? 'plan' : name;
}

/**
 * Validates a plan, including the shares each year adds up to once missing fields are filled in
 * from the year before (starting from the scenario's settings). Shape problems and sums are
 * reported together: the sums are checked for every year up to the first year whose own fields
 * are malformed (past it, what carries forward is unknown).
 */
/** What a plan's event choices are checked against: the scenario's events and their choices. */
export interface PlanEvents {
  id: string;
  choices: readonly { id: string }[];
}

export function parsePlan(data: unknown, start: Decisions, source = 'plan', events?: readonly PlanEvents[]): Plan {
  const result = planSchema.safeParse(data);
  const problems = result.success ? [] : describeIssues(result.error.issues);
  const rawYears = isRecord(data) && Array.isArray(data.years) ? (data.years as unknown[]) : [];
  rawYears.forEach((raw, i) => problems.push(...eventChoiceProblems(raw, `years[${i}].eventChoices`, events)));
  let previous = start;
  for (let k = 1; k <= rawYears.length; k++) {
    const year = planYearSchema.safeParse(rawYears[k - 1]);
    if (!year.success) break;
    const decisions = resolveDecisions(year.data, previous);
    for (const problem of decisionProblems(decisions)) problems.push(`years[${k - 1}]: ${problem}`);
    previous = decisions;
  }
  if (!result.success || problems.length > 0) throw new ValidationError(source, problems);
  const { name, budget, years } = result.data;
  return { name: name ?? planNameFromSource(source), years, ...(budget !== undefined ? { budgetUsdM: budget } : {}) };
}

/**
 * Event choices the schema cannot see: a "__proto__" key (JSON.parse keeps it as an own key, the
 * schema's record drops it) and, given the scenario's events, unknown event and choice ids.
 */
function eventChoiceProblems(year: unknown, where: string, events: readonly PlanEvents[] | undefined): string[] {
  const choices = isRecord(year) ? year.eventChoices : undefined;
  if (!isRecord(choices)) return [];
  const problems: string[] = [];
  if (Object.hasOwn(choices, '__proto__')) problems.push(`${where}: "__proto__" is not an event id`);
  if (!events) return problems;
  const known = new Map(events.map((e) => [e.id, e]));
  for (const [eventId, choiceId] of Object.entries(choices)) {
    if (eventId === '__proto__') continue;
    const event = known.get(eventId);
    if (!event) {
      const list = events.length > 0 ? `its events: ${events.map((e) => e.id).join(', ')}` : 'it has no events';
      problems.push(`${where}: no event ${JSON.stringify(eventId)} in this scenario (${list})`);
    } else if (typeof choiceId === 'string' && !event.choices.some((c) => c.id === choiceId)) {
      problems.push(
        `${where}.${eventId}: no choice ${JSON.stringify(choiceId)} (its choices: ${event.choices.map((c) => c.id).join(', ')})`,
      );
    }
  }
  return problems;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parsePlanText(text: string, start: Decisions, source = 'plan', events?: readonly PlanEvents[]): Plan {
  return parsePlan(parseJsonText(text, source), start, source, events);
}
