// The planner's Export plan and the headless simulator agree: the exported file, run with the
// command the planner shows (`npm run sim -- --plan exported.json` with the same scenario, seed and
// years), gives the planner's numbers, rounded as the CLI prints them.
import { afterAll, describe, expect, it } from 'vitest';
import { OUTCOME_FIELDS, outcomeRow } from '../../src/model';
import { round6, scenarioById } from '../../src/scenario';
import { importPlanText, planFileName, planFileText, simCommand } from '../../src/view/plan-file';
import { newPlan, samePlan, setHorizon, setPhaseShare, setPhaseTariff, type PlannerPlan } from '../../src/view/planner';
import { runPlannerPlan } from '../../src/view/planner-run';
import { threePhasePlan } from '../view/planner-fixtures';
import { sim, tempFiles } from './run-cli';

interface Output {
  endReason: string;
  plan: string;
  years: Record<string, unknown>[];
}

const files = tempFiles();
afterAll(() => files.remove());

/** Exports the plan, runs the command the planner shows for it, and returns the CLI's JSON. */
async function runExported(plan: PlannerPlan, name: string): Promise<Output> {
  const path = files.file(planFileName(plan, name), planFileText(plan, name));
  const command = simCommand(plan, path);
  const args = command.split(' -- ')[1]!.split(' ');
  const result = await sim(...args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Output;
}

function expectSameNumbers(out: Output, plan: PlannerPlan): void {
  const run = runPlannerPlan(plan);
  // The CLI stops where approval collapses, as the game does; the planner runs on and marks the year.
  const years = run.collapseYear ?? plan.horizon;
  expect(out.endReason).toBe(run.collapseYear === null ? 'term' : 'approval');
  expect(out.years).toHaveLength(years + 1);
  out.years.forEach((row, k) => {
    const expected = outcomeRow(run.states[k]!);
    for (const field of OUTCOME_FIELDS) expect(row[field], `year ${k} ${field}`).toBe(round6(expected[field]));
  });
  // Events the planner's run answered are answered the same way.
  for (const event of run.events.filter((e) => e.t <= years))
    expect(out.years[event.t]?.event).toEqual({ id: event.eventId, choice: event.choiceId });
}

describe('planner and CLI', { timeout: 60_000 }, () => {
  it('give the same numbers for a three-phase plan with an event choice', async () => {
    const plan = threePhasePlan(7);
    const out = await runExported(plan, 'Skills then research');
    expect(out.plan).toBe('Skills then research');
    expectSameNumbers(out, plan);
    // The plan names an event choice, and that event fires in this run: the check above covers it.
    expect(runPlannerPlan(plan).events.some((e) => e.eventId === 'relocation-plan' && e.choiceId === 'upgrade-in-place')).toBe(true);
  });

  it('give the same numbers over 30 years with a budget of its own, and where approval collapses', async () => {
    const long = { ...setHorizon(threePhasePlan(11), 30), budgetUsdM: 3.5 };
    // Sialkot with high protection and half the budget on research loses its stakeholders in year 3 (seed 2).
    const collapsing = setPhaseTariff(setPhaseShare(newPlan(scenarioById('sialkot-surgical'), 2), 0, 'research', 0.5), 0, 0.8);
    const [a, b] = await Promise.all([runExported(long, 'Long'), runExported(collapsing, 'Walls')]);
    expectSameNumbers(a, long);
    expectSameNumbers(b, collapsing);
    expect(b.endReason).toBe('approval');
  });

  it('read an exported file back as the same plan (Import plan)', () => {
    const plan = threePhasePlan(7);
    const text = planFileText(plan, 'Round trip');
    const back = importPlanText(text, 'round-trip.json', scenarioById(plan.scenarioId), plan.seed, 5);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.name).toBe('Round trip');
      expect(samePlan(back.plan, plan)).toBe(true);
    }
    const bad = importPlanText('{"years":[{"allocation":{"training":0.8,"research":0.5}}],"colour":1}', 'bad.json', scenarioById(plan.scenarioId), 1, 10);
    expect(bad).toEqual({
      ok: false,
      source: 'bad.json',
      problems: ['unknown field "colour"', 'years[0]: allocation shares sum to 1.300, more than the whole budget (1)'],
    });
  });
});
