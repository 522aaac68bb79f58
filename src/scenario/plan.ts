// Plan files (the CLI contract): { name, budget?, years: [{ allocation, tariff, incentiveTarget,
// laborStandards, eventChoices? }] }. Shares are of that year's budget, 0..1, summing to at most 1
// once missing fields are filled from the year before.
import { z } from 'zod';
import { decisionProblems, INCENTIVE_TARGETS, LEVERS, planYear, resolveDecisions, type Decisions, type Plan } from '../model';
import { describeIssues, parseJsonText, ValidationError } from './errors';

const share = z.number().min(0).max(1);

const allocationSchema = z.strictObject(
  Object.fromEntries(LEVERS.map((lever) => [lever, share.optional()])) as Record<(typeof LEVERS)[number], z.ZodOptional<typeof share>>,
);

export const planYearSchema = z.strictObject({
  allocation: allocationSchema.optional(),
  tariff: share.optional(),
  incentiveTarget: z.enum(INCENTIVE_TARGETS).optional(),
  laborStandards: z.boolean().optional(),
  eventChoices: z.record(z.string(), z.string()).optional(),
});

export const planSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().trim().min(1),
  budget: z.number().positive().max(1e6).optional(),
  years: z.array(planYearSchema).max(100),
});

/**
 * Validates a plan, including the shares each year adds up to once missing fields are filled in
 * from the year before (starting from the scenario's settings).
 */
export function parsePlan(data: unknown, start: Decisions, source = 'plan'): Plan {
  const result = planSchema.safeParse(data);
  if (!result.success) throw new ValidationError(source, describeIssues(result.error.issues));
  const { name, budget, years } = result.data;
  const plan: Plan = { name, years, ...(budget !== undefined ? { budgetUsdM: budget } : {}) };
  const problems: string[] = [];
  let previous = start;
  for (let k = 1; k <= years.length; k++) {
    const decisions = resolveDecisions(planYear(plan, k), previous);
    for (const problem of decisionProblems(decisions)) problems.push(`years[${k - 1}]: ${problem}`);
    previous = decisions;
  }
  if (problems.length > 0) throw new ValidationError(source, problems);
  return plan;
}

export function parsePlanText(text: string, start: Decisions, source = 'plan'): Plan {
  return parsePlan(parseJsonText(text, source), start, source);
}
