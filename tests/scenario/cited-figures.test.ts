// The starting figures each scenario's sources cite (its `cited` block: jobs, firms, gross exports,
// poverty) against the model's year 0 as the simulator and the game report it. Tolerance: 1 % for
// jobs, firms and poverty (the files round them as the sources do: "more than 1,720 companies"),
// 2 % for exports (gross sales come from value added through a rounded domestic value-added share).
import { describe, expect, it } from 'vitest';
import { outcomeRow, simulate } from '../../src/model';
import { allScenarios, CITED_FIGURES, scenarioById } from '../../src/scenario';

const TOLERANCE = { employment: 0.01, firms: 0.01, exports: 0.02, poverty: 0.01 } as const;

describe('cited starting figures', () => {
  const scenarios = allScenarios();

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: the model starts where its sources say', (_id, scenario) => {
    const row = outcomeRow(simulate(scenario, { seed: 1, years: 0 }).states[0]!);
    const model = { employment: row.employment, firms: row.smeFirms + row.largeFirms, exports: row.exports, poverty: row.poverty };
    for (const figure of CITED_FIGURES) {
      const cited = scenario.cited?.[figure];
      if (!cited) continue;
      const gap = Math.abs(model[figure] / cited.value - 1);
      expect(gap, `${figure}: model ${model[figure]} vs cited ${cited.value} (${cited.source})`).toBeLessThanOrEqual(TOLERANCE[figure] + 1e-9);
    }
  });

  it('every scenario whose briefing gives an export figure in US$ cites it, and the figure is in the briefing', () => {
    for (const scenario of scenarios) {
      if (!/export[^.]*US\$|US\$[^.]*export/i.test(scenario.briefing)) continue;
      expect(scenario.cited?.exports, scenario.id).toBeDefined();
    }
    expect(scenarioById('guadalajara-electronics').cited?.exports?.value).toBe(16100);
    expect(scenarioById('sialkot-surgical').cited?.exports?.value).toBe(124);
  });

  it('the real clusters cite at least one starting figure each', () => {
    for (const id of ['bangalore-it', 'sialkot-surgical', 'guadalajara-electronics', 'sinos-valley-footwear', 'kamukunji-metalwork', 'suame-magazine']) {
      expect(Object.keys(scenarioById(id).cited ?? {}).length, id).toBeGreaterThan(0);
    }
  });

  it('exports are gross sales: above the value added in them unless all of sales is value added', () => {
    for (const scenario of scenarios) {
      const row = outcomeRow(simulate(scenario, { seed: 1, years: 0 }).states[0]!);
      expect(row.exports).toBeGreaterThanOrEqual(row.exportsValueAdded);
    }
  });
});
