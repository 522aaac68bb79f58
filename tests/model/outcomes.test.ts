// The per-year record every output shares (CLI JSON/CSV, the game's CSV and charts).
import { describe, expect, it } from 'vitest';
import { outcomeRow, OUTCOME_FIELDS, simulate } from '../../src/model';
import { CORE_FIELDS, rowOf } from '../../src/cli/report';
import { scenarioById } from '../../src/scenario';

const scenario = scenarioById('sialkot-surgical');
const run = simulate(scenario, {
  seed: 5,
  years: 6,
  plan: { name: 'p', years: [{ allocation: { training: 0.4, trade: 0.2 }, tariff: 0.1 }] },
});

describe('the outcome record', () => {
  it('has the contract fields in the CLI order, and the CLI rows start with exactly those values', () => {
    expect(OUTCOME_FIELDS[0]).toBe('year');
    expect(OUTCOME_FIELDS).toEqual(CORE_FIELDS);
    for (const state of run.states) {
      const row = outcomeRow(state);
      expect(Object.keys(row)).toEqual([...OUTCOME_FIELDS]);
      const cli = rowOf(state);
      expect(Object.keys(cli).slice(0, OUTCOME_FIELDS.length)).toEqual([...OUTCOME_FIELDS]);
      for (const f of OUTCOME_FIELDS) expect(cli[f]).toBe(row[f]);
    }
  });

  it('reads the state in the contract units: exports are gross sales, the value added in them the export share of output, growth is 0 at the start', () => {
    const [start, , , last] = run.states;
    if (!start || !last) throw new Error('short run');
    expect(outcomeRow(start).growth).toBe(0);
    const row = outcomeRow(last);
    expect(row.year).toBe(last.year);
    expect(row.output).toBe(last.outputUsdM);
    expect(row.exportsValueAdded).toBeCloseTo(last.exportShare * last.outputUsdM, 9);
    expect(last.domesticValueAddedShare).toBeGreaterThan(0);
    expect(last.domesticValueAddedShare).toBeLessThan(1);
    expect(row.exports).toBeCloseTo(row.exportsValueAdded / last.domesticValueAddedShare, 9);
    expect(row.exports).toBeGreaterThan(row.exportsValueAdded);
    expect(row.wage).toBe(last.wageUsdPerDay);
    expect(row.valueAddedPerWorker).toBe(last.valueAddedPerWorkerUsd);
    expect(row.budgetSpent).toBe(last.budgetSpentUsdM);
    expect(row.budgetSpent).toBeGreaterThan(0);
  });
});
