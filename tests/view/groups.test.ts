// The "Who gains, who loses" view-model: each group against the no-new-policy run of the same game.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model';
import { GROUPS, groupsOf } from '../../src/model';
import { modelFor } from '../../src/flow';
import { scenarioById } from '../../src/scenario';
import { baselineState, clearBaselineCache } from '../../src/view/baseline';
import { formatChange, formatPct, formatShare, setNumberLocale } from '../../src/view/format';
import { groupsSentence, groupsView, selectGroups } from '../../src/view/groups';
import { playedContext } from './played';

const FDI: Plan = { name: 'fdi', years: [{ allocation: { incentives: 0.8 }, incentiveTarget: 'fdi' }] };

describe('who gains, who loses (view)', () => {
  it('compares every group with the no-new-policy run of the same game, year by year', () => {
    clearBaselineCache();
    const context = playedContext(scenarioById('guadalajara-electronics'), 4, FDI);
    const model = modelFor(context.scenario!, context.difficulty);
    for (const k of [1, 5, context.history.length - 1]) {
      const view = selectGroups(context, k)!;
      expect(view.year).toBe(context.history[k]!.year);
      expect(view.rows.map((r) => r.group)).toEqual([...GROUPS]);
      const yours = groupsOf(model, context.history[k]!);
      const base = groupsOf(model, baselineState(context, k)!);
      for (const row of view.rows) {
        expect(row.people).toBe(yours[row.group].people);
        expect(row.baselinePeople).toBe(base[row.group].people);
        expect(row.incomeChangePct).toBeCloseTo((yours[row.group].incomeUsdPerDay / base[row.group].incomeUsdPerDay - 1) * 100, 9);
      }
    }
    const end = selectGroups(context, context.history.length - 1)!;
    const large = end.rows.find((r) => r.group === 'largeOwners')!;
    // Incentives for foreign plants: more plants, more owners of large firms.
    expect(large.peopleChangePct).toBeGreaterThan(0);
    expect(large.texts.peopleChange).toMatch(/^▲/);
    expect(end.sentence).toMatch(/^Who gains, who loses in \d{4}, against no new policy: /);
  });

  it('is null before a year is played', () => {
    const context = playedContext(scenarioById('suame-magazine'), 1, FDI);
    expect(selectGroups(context, 0)).toBeNull();
    expect(selectGroups({ ...context, scenario: null }, 1)).toBeNull();
  });

  it('names gainers and losers in the sentence, biggest first, and says when nothing moved', () => {
    const context = playedContext(scenarioById('sialkot-surgical'), 2, FDI);
    const model = modelFor(context.scenario!, context.difficulty);
    const base = groupsOf(model, context.history[3]!);
    const richer = structuredClone(base);
    richer.formalWorkers.incomeUsdPerDay *= 1.1;
    richer.smeOwners.incomeUsdPerDay *= 1.02;
    richer.informalWorkers.incomeUsdPerDay *= 0.95;
    const view = groupsView(richer, base, 3, 2004);
    expect(view.sentence).toBe(
      'Who gains, who loses in 2004, against no new policy: income per person higher for formal workers (+10.0%) and SME owners (+2.0%); lower for informal workers and apprentices (-5.0%).',
    );
    expect(groupsSentence(groupsView(base, base, 3, 2004).rows, 2004)).toMatch(/about the same/);
  });

  it('writes each signed percentage as the language does, and keeps it left to right in Arabic', () => {
    const context = playedContext(scenarioById('sialkot-surgical'), 2, FDI);
    const model = modelFor(context.scenario!, context.difficulty);
    const base = groupsOf(model, context.history[3]!);
    const richer = structuredClone(base);
    richer.formalWorkers.incomeUsdPerDay *= 1.1;
    richer.smeOwners.incomeUsdPerDay *= 1.007;
    richer.informalWorkers.incomeUsdPerDay *= 0.95;
    const isolated = (text: string): string[] => [...text.matchAll(/\u2066([^\u2069]*)\u2069/g)].map((m) => (m[1] ?? '').replace(/\u200e/g, ''));
    try {
      setNumberLocale('fr');
      expect(groupsView(richer, base, 3, 2004).sentence).toContain('(+10,0\u00a0%) et SME owners (+0,7\u00a0%)');
      // Arabic: each figure between LRI and PDI, its sign before and its percent sign after the digits,
      // so a right-to-left sentence does not show "(% 0.7+)".
      setNumberLocale('ar-u-nu-latn');
      expect(isolated(groupsView(richer, base, 3, 2004).sentence)).toEqual(['+10.0%', '+0.7%', '-5.0%']);
      // The year report's and the debrief's percentages and percentage changes, the same way.
      expect(isolated(formatPct(-13.4))).toEqual(['-13.4 %']);
      expect(isolated(formatShare(0.182))).toEqual(['18.2 %']);
      expect(isolated(formatChange(0.52, { unit: '%' }))).toEqual(['▲ 0.5 %']);
    } finally {
      setNumberLocale('en');
    }
    expect(formatPct(-13.4)).toBe('-13.4 %');
  });
});
