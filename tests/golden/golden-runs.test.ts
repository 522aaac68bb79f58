// Golden trajectories: a fixed plan and seed per scenario, compared with the stored expected run.
// They catch unintended changes to the model; after an intended change, regenerate them with
//   npm run golden:update
// and say in the commit why the numbers moved.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulate, type ClusterState, type Plan } from '../../src/model';
import { SCENARIO_IDS, scenarioById } from '../../src/scenario';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'expected');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const BALANCED: Plan = {
  name: 'balanced',
  years: [
    { allocation: { infrastructure: 0.3, training: 0.3, research: 0.1, incentives: 0.2, trade: 0.1 }, incentiveTarget: 'sme' },
    { laborStandards: true },
    { allocation: { infrastructure: 0.2, training: 0.3, research: 0.2, incentives: 0.2, trade: 0.1 }, incentiveTarget: 'joint' },
  ],
};

const FIELDS = [
  'outputUsdM', 'employment', 'poverty', 'smeFirms', 'largeFirms', 'productivity', 'quality', 'skills', 'infrastructure',
  'research', 'trust', 'exportShare', 'fdi', 'wageUsdPerDay', 'workingConditions', 'budgetSpentUsdM',
] as const satisfies readonly (keyof ClusterState)[];

interface GoldenRun {
  plan: string;
  seed: number;
  years: Record<(typeof FIELDS)[number], number>[];
  events: string[];
}

function trajectory(id: string, plan: Plan | undefined, seed: number): GoldenRun {
  const run = simulate(scenarioById(id), { seed, years: 12, plan });
  return {
    plan: plan?.name ?? 'baseline',
    seed,
    years: run.states.map((s) => Object.fromEntries(FIELDS.map((f) => [f, s[f]])) as GoldenRun['years'][number]),
    events: run.events.map((e) => `${e.t}:${e.eventId}:${e.choiceId}`),
  };
}

describe('golden trajectories', () => {
  for (const id of SCENARIO_IDS) {
    it(`${id} follows its stored baseline and balanced-plan runs`, () => {
      const actual = [trajectory(id, undefined, 1), trajectory(id, BALANCED, 7)];
      const file = join(DIR, `${id}.json`);
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`no golden file for ${id}: run npm run golden:update`);
        mkdirSync(DIR, { recursive: true });
        writeFileSync(file, JSON.stringify(actual, null, 1) + '\n');
        return;
      }
      const expected = JSON.parse(readFileSync(file, 'utf8')) as GoldenRun[];
      expect(actual.map((r) => r.events)).toEqual(expected.map((r) => r.events));
      actual.forEach((run, r) => {
        run.years.forEach((year, k) => {
          for (const field of FIELDS) {
            const want = expected[r]?.years[k]?.[field] as number;
            // Relative tolerance: numbers must match to 9 digits, not to the last bit across platforms.
            expect(Math.abs(year[field] - want), `${id} ${run.plan} year ${k} ${field}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
          }
        });
      });
    });
  }
});
