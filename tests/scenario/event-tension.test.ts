// Tension: every scenario has enough dilemmas for terms to differ, a typical term meets three to
// five of them, and no choice is a free win. Counted over a fixed set of seeds at the default
// difficulty and term, with no new policy and with a balanced plan (events answered by default).
import { describe, expect, it } from 'vitest';
import { simulate, type Plan } from '../../src/model';
import { allScenarios, SCENARIO_IDS, scenarioById } from '../../src/scenario';

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);
const BALANCED: Plan = {
  name: 'balanced',
  years: [{ allocation: { infrastructure: 0.2, training: 0.2, research: 0.2, incentives: 0.2, trade: 0.2 } }],
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Events fired in each seed's term (the last year's, decided by default, included: the player sees it). */
function firedCounts(id: string, plan: Plan | undefined): number[] {
  const scenario = scenarioById(id);
  return SEEDS.map((seed) => simulate(scenario, { seed, years: scenario.termYears, plan }).events.length);
}

describe('event tension', () => {
  it('every scenario has at least six possible events', () => {
    for (const scenario of allScenarios()) expect(scenario.events.length, scenario.id).toBeGreaterThanOrEqual(6);
  });

  it.each(SCENARIO_IDS)('%s: a typical term meets three to five events, with no new policy and with a balanced plan', (id) => {
    for (const [name, plan] of [['no new policy', undefined], ['balanced', BALANCED]] as const) {
      const fired = median(firedCounts(id, plan));
      expect(fired, `${id}, ${name}: median ${fired} events per term`).toBeGreaterThanOrEqual(3);
      expect(fired, `${id}, ${name}: median ${fired} events per term`).toBeLessThanOrEqual(5);
    }
  });

  it('every choice has a label and a text, and costs something: no free win', () => {
    const free: string[] = [];
    for (const scenario of allScenarios()) {
      for (const event of scenario.events) {
        expect(event.sources?.length ?? 0, `${scenario.id}/${event.id} cites no source`).toBeGreaterThan(0);
        for (const choice of event.choices) {
          const where = `${scenario.id}/${event.id}/${choice.id}`;
          expect(choice.label.trim().length, where).toBeGreaterThan(3);
          expect(choice.text.trim().length, where).toBeGreaterThan(20);
          // A cost: some group's approval falls, the budget shrinks, or a stock is set back.
          if (!choice.effects.some((e) => e.delta < 0)) free.push(where);
        }
      }
    }
    expect(free).toEqual([]);
  });

  it('every event can fire within the term', () => {
    for (const scenario of allScenarios()) {
      for (const event of scenario.events) {
        const first = event.trigger.year ?? event.trigger.fromYear ?? 1;
        expect(first, `${scenario.id}/${event.id}`).toBeLessThanOrEqual(scenario.termYears);
      }
    }
  });
});
