// Plan files: the CLI's plan format (src/scenario/plan.ts, README "Headless simulator"), written
// from a planner plan and read back with the CLI's own validation and messages. A plan file does
// not name its scenario, seed or horizon (the format has no such fields): the file's name and the
// command line shown beside Export plan carry them, so `npm run sim` gives the planner's numbers.
import { parsePlanText, startingDecisions, ValidationError, type Scenario } from '../scenario';
import { expandPlan, phasesFromModelPlan, type PlannerPlan } from './planner';

/** The text of a plan file: one entry per year of the horizon, every field spelled out. */
export function planFileText(plan: PlannerPlan, name: string): string {
  const model = expandPlan(plan, name);
  const file = {
    name: model.name,
    ...(model.budgetUsdM !== undefined ? { budget: model.budgetUsdM } : {}),
    years: model.years,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name that says what to run the plan with: "plan-a_kamukunji-metalwork_seed-1_10-years.json". */
export function planFileName(plan: PlannerPlan, name: string): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'plan';
  return `${slug}_${plan.scenarioId}_seed-${plan.seed}_${plan.horizon}-years.json`;
}

/** The command that runs the exported file in the headless simulator. */
export function simCommand(plan: PlannerPlan, fileName: string): string {
  return `npm run --silent sim -- --scenario ${plan.scenarioId} --plan ${fileName} --seed ${plan.seed} --years ${plan.horizon}`;
}

export type ImportResult =
  | { ok: true; plan: PlannerPlan; name: string; yearsCut: number }
  | { ok: false; problems: string[]; source: string };

/**
 * Reads a plan file's text for `scenario` with the CLI's checks (shape, shares within the budget,
 * events and choices this scenario has). The plan keeps `seed`; its horizon is the file's length
 * (5..30; a shorter file keeps `horizon`, its last year repeating).
 */
export function importPlanText(text: string, source: string, scenario: Scenario, seed: number, horizon: number): ImportResult {
  try {
    const model = parsePlanText(text, startingDecisions(scenario), source, scenario.events);
    const { plan, yearsCut } = phasesFromModelPlan(model, scenario, seed, horizon);
    return { ok: true, plan, name: model.name, yearsCut };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, problems: error.problems, source: error.source };
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)], source };
  }
}
