// `npm run sim -- --history`: the path the real government took, replayed from the CLI. Two runs give
// byte-identical JSON, and its figures are the browser's history line (src/view/history.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_DIFFICULTY } from '../../src/model';
import { reportJson, rowOf } from '../../src/cli/report';
import { scenarioById } from '../../src/scenario';
import { historyRun } from '../../src/view/history';
import { sim } from './run-cli';

describe('sim --history', () => {
  it.concurrent.each(['sialkot-surgical', 'suame-magazine', 'guadalajara-electronics'])(
    '%s: two runs give the same bytes, and the same figures as the view model history line',
    async (id) => {
      const [a, b] = await Promise.all([sim('--scenario', id, '--history', '--seed', '4'), sim('--scenario', id, '--history', '--seed', '4')]);
      expect(a.stderr).toBe('');
      expect(a.status).toBe(0);
      expect(b.stdout).toBe(a.stdout);
      const report = JSON.parse(a.stdout) as { plan: string; endReason: string; years: Record<string, unknown>[] };
      expect(report.plan).toBe('what-was-done');
      const scenario = scenarioById(id);
      const run = historyRun({ scenario, seed: 4, difficulty: DEFAULT_DIFFICULTY, termYears: scenario.termYears });
      expect(run).not.toBeNull();
      expect(report.years).toHaveLength(run!.states.length);
      // The view model's states, written as the CLI writes them (its rounding): the same figures.
      const fromView = JSON.parse(
        reportJson({ scenario: id, seed: 4, plan: 'what-was-done', endReason: 'term', runs: 1, years: run!.states.map(rowOf) }),
      ) as { years: Record<string, unknown>[] };
      const withoutEvents = (rows: Record<string, unknown>[]) => rows.map(({ event: _event, ...figures }) => figures);
      expect(withoutEvents(report.years)).toEqual(withoutEvents(fromView.years));
    },
    60_000,
  );

  it.concurrent('refuses a scenario without history, and --history with --plan', async () => {
    const [none, both] = await Promise.all([
      sim('--scenario', 'bangalore-it', '--history'),
      sim('--scenario', 'sialkot-surgical', '--history', '--plan', 'plan.json'),
    ]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/scenario "bangalore-it" has no history; scenarios with one: .*sialkot-surgical/);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/give --plan or --history, not both/);
  }, 60_000);
});
