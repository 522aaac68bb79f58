// "Why did it change?": each year's change split by lever and mechanism, as waterfall steps that add
// up and a sentence that names the biggest causes with the right sign.
import { yearExplanation } from '../../src/view/year-explanation';
import { describe, expect, it } from 'vitest';
import type { Attribution, ClusterState } from '../../src/model';
import {
  GROUP_ORDER,
  MIN_SHARE_OF_LARGEST,
  signedValue,
  waterfallBars,
  waterfallSpec,
  WATERFALL_OUTCOMES,
  yearWaterfalls,
  type WaterfallSpec,
} from '../../src/view/waterfall';
import { playGame } from './charts-fixture';

const game = playGame({ years: 8 });
const years = game.history.length - 1;
const all: WaterfallSpec[] = [];
for (let k = 1; k <= years; k++) all.push(...(yearWaterfalls(game.history, yearExplanation(game, k), k) ?? []));

const value = (outcome: string, s: ClusterState): number =>
  outcome === 'output' ? s.outputUsdM : outcome === 'employment' ? s.employment : s.poverty * 100;

describe('waterfalls', () => {
  it('exist for every year played and outcome', () => {
    expect(years).toBeGreaterThanOrEqual(6);
    expect(all).toHaveLength(years * 3);
    expect(yearWaterfalls(game.history, yearExplanation(game, years + 1), years + 1)).toBeNull();
    expect(yearWaterfalls(game.history, null, 1)).toBeNull();
  });

  it("start at last year's value and add up, step by step, to this year's", () => {
    for (const spec of all) {
      const k = game.history.findIndex((s) => s.year === spec.year);
      expect(spec.start).toBe(value(spec.outcome, game.history[k - 1] as ClusterState));
      expect(spec.end).toBe(value(spec.outcome, game.history[k] as ClusterState));
      const sum = spec.steps.reduce((acc, s) => acc + s.value, 0);
      const scale = Math.max(1, Math.abs(spec.end));
      expect(Math.abs(spec.start + sum - spec.end) / scale).toBeLessThan(1e-9);
      let running = spec.start;
      for (const step of spec.steps) {
        expect(Math.abs(step.from - running) / scale).toBeLessThan(1e-9);
        running += step.value;
      }
      expect(spec.steps.at(-1)?.to).toBe(spec.end);
    }
  });

  it('group steps as levers, earlier spending, shocks, events, trend, combined, largest first within a group', () => {
    for (const spec of all) {
      const groups = spec.steps.map((s) => GROUP_ORDER.indexOf(s.group));
      expect(groups).toEqual([...groups].sort((a, b) => a - b));
      for (let i = 1; i < spec.steps.length; i++) {
        const [a, b] = [spec.steps[i - 1], spec.steps[i]];
        if (a && b && a.group === b.group) expect(Math.abs(a.value)).toBeGreaterThanOrEqual(Math.abs(b.value));
      }
    }
    // Over the run, the player's policy and the trend show up.
    const groupsSeen = new Set(all.flatMap((s) => s.steps.map((step) => step.group)));
    for (const g of ['lever', 'trend'] as const) expect(groupsSeen).toContain(g);
  });

  it('pool contributions under 2 % of the largest as smaller effects', () => {
    for (const spec of all) {
      const k = game.history.findIndex((s) => s.year === spec.year);
      const attribution = yearExplanation(game, k) as Attribution;
      const pick = (e: Attribution['entries'][number]): number =>
        spec.outcome === 'output' ? e.outputUsdM : spec.outcome === 'employment' ? e.employment : e.poverty * 100;
      const largest = Math.max(...attribution.entries.map((e) => Math.abs(pick(e))));
      const named = spec.steps.filter((s) => s.cause !== 'other');
      for (const step of named) expect(Math.abs(step.value)).toBeGreaterThanOrEqual(MIN_SHARE_OF_LARGEST * largest);
      const small = attribution.entries.filter(
        (e) => pick(e) !== 0 && Math.abs(pick(e)) < MIN_SHARE_OF_LARGEST * largest,
      );
      const other = spec.steps.find((s) => s.cause === 'other');
      if (small.length > 0) {
        expect(other).toBeDefined();
        expect(other?.value).toBeCloseTo(
          small.reduce((acc, e) => acc + pick(e), 0),
          6,
        );
      }
    }
  });

  it('say in words how much the outcome moved and name the largest contribution with its sign', () => {
    for (const spec of all) {
      const change = spec.end - spec.start;
      const largest = [...spec.steps]
        .filter((s) => s.cause !== 'other')
        .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0];
      if (!largest) continue;
      expect(spec.sentence.startsWith(spec.indicator)).toBe(true);
      if (Math.abs(change) > 0.01) expect(spec.sentence).toContain(change > 0 ? ' rose ' : ' fell ');
      expect(spec.sentence).toContain(`${signedValue(spec.outcome, largest.value)} from ${largest.words}`);
      const sign = largest.value > 0 ? '+' : '\u2212';
      expect(signedValue(spec.outcome, largest.value).startsWith(sign)).toBe(true);
    }
  });

  it('read poverty through jobs: "Poverty fell 1.20 points: −0.80 from jobs created by earlier training, ..."', () => {
    const before = { ...(game.history[3] as ClusterState), poverty: 0.3 };
    const after = { ...(game.history[4] as ClusterState), poverty: 0.288 };
    const attribution: Attribution = {
      total: { outputUsdM: 0, employment: 0, poverty: -0.012 },
      entries: [
        { cause: 'training', kind: 'lagged', outputUsdM: 2, employment: 800, poverty: -0.008 },
        { cause: 'worldDemand', kind: 'shock', outputUsdM: -1, employment: -300, poverty: 0.003 },
        { cause: 'drift', kind: 'drift', outputUsdM: 3, employment: 900, poverty: -0.007 },
        { cause: 'tariff', kind: 'lever', outputUsdM: 0.01, employment: 2, poverty: -0.00001 },
      ],
    };
    const spec = waterfallSpec('poverty', attribution, before, after);
    expect(spec.sentence).toBe(
      'Poverty fell 1.20 points in ' +
        after.year +
        ': \u22120.80 from jobs created by earlier training, \u22120.70 from the underlying trend, and +0.30 from jobs lost to a fall in world demand.',
    );
    expect(spec.steps.map((s) => s.label)).toEqual([
      'Earlier training',
      'World demand',
      'Underlying trend',
      'Smaller effects',
    ]);
    expect(spec.steps.map((s) => s.group)).toEqual(['earlier', 'shock', 'trend', 'other']);
    const output = waterfallSpec(
      'output',
      attribution,
      { ...before, outputUsdM: 100 },
      { ...after, outputUsdM: 104.01 },
    );
    expect(output.sentence).toBe(
      `Output rose US$ 4.0 million in ${after.year}: +3.0 from the underlying trend, +2.0 from earlier training, \u22121.0 from a fall in world demand, and +0.01 from other causes.`,
    );
  });

  it('goes through the translation hook', () => {
    const tr = (text: string, params: Record<string, string | number> = {}): string =>
      `«${text.replace(/\{(\w+)\}/g, (w, n: string) => (n in params ? String(params[n]) : w))}»`;
    const specs = yearWaterfalls(game.history, yearExplanation(game, 2), 2, tr);
    expect(specs?.[0]?.sentence.startsWith('«')).toBe(true);
    expect(WATERFALL_OUTCOMES).toEqual(['output', 'employment', 'poverty']);
  });

  it('draw changes only, on an axis that includes zero (a rise of 150 to 159 is not shown as tenfold)', () => {
    const before = { ...(game.history[3] as ClusterState), outputUsdM: 150 };
    const after = { ...(game.history[4] as ClusterState), outputUsdM: 159 };
    const attribution: Attribution = {
      total: { outputUsdM: 9, employment: 0, poverty: 0 },
      entries: [
        { cause: 'training', kind: 'lagged', outputUsdM: 6, employment: 0, poverty: 0 },
        { cause: 'worldDemand', kind: 'shock', outputUsdM: -2, employment: 0, poverty: 0 },
        { cause: 'drift', kind: 'drift', outputUsdM: 5, employment: 0, poverty: 0 },
      ],
    };
    const { bars, min, max } = waterfallBars(waterfallSpec('output', attribution, before, after));
    expect(min).toBeLessThanOrEqual(0);
    // The axis spans the changes (0 to +9 here), not the levels (150 to 159).
    expect(max).toBeGreaterThanOrEqual(9);
    expect(max).toBeLessThan(20);
    expect(bars.at(-1)).toMatchObject({ kind: 'total', range: [0, 9], good: true });
    for (const spec of [...all, waterfallSpec('output', attribution, before, after)]) {
      const drawn = waterfallBars(spec);
      expect(drawn.min).toBeLessThanOrEqual(0);
      expect(drawn.max).toBeGreaterThanOrEqual(0);
      expect(drawn.bars).toHaveLength(spec.steps.length + 1);
      spec.steps.forEach((step, i) => {
        const bar = drawn.bars[i];
        // Each bar is as long as its contribution, and lies inside the axis.
        expect(Math.abs((bar?.range[1] ?? 0) - (bar?.range[0] ?? 0) - step.value)).toBeLessThan(1e-9 * Math.max(1, Math.abs(spec.end)));
        for (const x of bar?.range ?? []) {
          expect(x).toBeGreaterThanOrEqual(drawn.min);
          expect(x).toBeLessThanOrEqual(drawn.max);
        }
      });
      expect(drawn.bars.at(-1)?.range[1]).toBeCloseTo(spec.end - spec.start, 9);
    }
  });
});
