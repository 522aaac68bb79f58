// The renderer-free chart specs: the player's path beside the no-new-policy baseline (same seed and
// difficulty), the baseline's band, marked years, and text alternatives.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DIFFICULTY, outcomeRow, simulate, type ClusterState, type Decisions } from '../../src/model';
import { shockHappened } from '../../src/model/shocks';
import { SHOCKS } from '../../src/model';
import {
  ALL_CHARTS,
  baselineBands,
  baselineForGame,
  chartInputsForGame,
  chartSpec,
  CHART_DEFINITIONS,
  formatSignedTick,
  formatTick,
  formatY,
  GOAL_CHARTS,
  type YFormat,
  goalChartIds,
  HEADLINE_CHARTS,
  headlineSpecs,
  policyChanges,
  runAnnotations,
  seriesOf,
  yearTicks,
  type ChartInputs,
} from '../../src/view/chart-specs';
import { playGame } from './charts-fixture';
import { allScenarios, scenarioById } from '../../src/scenario';
import { formatMetric } from '../../src/view/goals';
import { setNumberLocale } from '../../src/view/format';
import { signedValue } from '../../src/view/waterfall';
import fc from 'fast-check';
import { afterEach } from 'vitest';

const game = playGame({ years: 6 });
const baseline = simulate(game.scenario, {
  seed: game.seed,
  years: game.termYears,
  difficulty: game.difficulty,
}).states;
const annotations = runAnnotations({ states: game.history, log: game.log, scenario: game.scenario });
const inputs: ChartInputs = { player: game.history, baseline, annotations };

const ys = (points: { y: number | null }[]): (number | null)[] => points.map((p) => p.y);

describe('outcome chart specs', () => {
  it('draw the baseline as the same scenario, seed and difficulty with no plan, cut to the years played', () => {
    for (const id of ALL_CHARTS) {
      const spec = chartSpec(id, inputs);
      const def = CHART_DEFINITIONS[id];
      const played = game.history.slice(def.from);
      const expected = played.map((_, i) => outcomeRow(baseline[i + def.from] as ClusterState)[def.field] * def.scale);
      expect(ys(seriesOf(spec, 'baseline')?.points ?? []), id).toEqual(expected);
      expect(seriesOf(spec, 'baseline')?.points.at(-1)?.x).toBe(game.history.at(-1)?.year);
    }
  });

  it('give every chart a player and a baseline series over the same years', () => {
    for (const spec of ALL_CHARTS.map((id) => chartSpec(id, inputs))) {
      const player = seriesOf(spec, 'player');
      const base = seriesOf(spec, 'baseline');
      expect(player?.points.length, spec.id).toBeGreaterThan(0);
      expect(base?.points.map((p) => p.x)).toEqual(player?.points.map((p) => p.x));
      expect(player?.points.every((p) => p.y !== null && Number.isFinite(p.y))).toBe(true);
    }
  });

  it("show the player's numbers in display units: growth from year 1 in %, poverty in % of people", () => {
    const growth = chartSpec('growth', inputs);
    expect(seriesOf(growth, 'player')?.points.map((p) => p.x)).toEqual(game.history.slice(1).map((s) => s.year));
    expect(ys(seriesOf(growth, 'player')?.points ?? [])).toEqual(game.history.slice(1).map((s) => s.growthPct));
    const poverty = chartSpec('poverty', inputs);
    expect(ys(seriesOf(poverty, 'player')?.points ?? [])).toEqual(game.history.map((s) => s.poverty * 100));
    expect(poverty.better).toBe('down');
  });

  it('start every text alternative with the indicator; the headline ones with Growth, Employment, Poverty', () => {
    for (const spec of ALL_CHARTS.map((id) => chartSpec(id, inputs))) {
      expect(spec.ariaLabel.startsWith(spec.indicator), spec.ariaLabel).toBe(true);
      expect(spec.ariaLabel).toContain(String(game.history.at(-1)?.year));
    }
    expect(headlineSpecs(inputs).map((s) => s.ariaLabel.split(',')[0])).toEqual(['Growth', 'Employment', 'Poverty']);
    expect(HEADLINE_CHARTS).toEqual(['growth', 'employment', 'poverty']);
  });

  it("say the game decided the last year's event, not the player (as the year report does)", () => {
    // A 4-year term: the events of years 1-3 are answered by the fixture, the one after year 4 by the game.
    const short = playGame({ seed: 3, years: 4, termYears: 4 });
    expect(short.log).toHaveLength(4);
    const marks = chartInputsForGame(short, { bands: false }).annotations ?? [];
    const events = marks.filter((a) => a.kind === 'event');
    const lastYear = short.history.at(-1)?.year;
    const last = events.find((a) => a.year === lastYear);
    expect(last?.label).toMatch(/^Event: .+\. Decided for you \(the last year\): .+$/);
    const earlier = events.filter((a) => a.year !== lastYear);
    expect(earlier.length).toBeGreaterThan(0);
    for (const a of earlier) expect(a.label).toMatch(/\. You chose: /);
  });

  it('mark the years of policy changes, events (with the choice made) and shocks, on every chart', () => {
    const year = (k: number): number => game.history[k]?.year ?? NaN;
    const policy = annotations.filter((a) => a.kind === 'policy').map((a) => a.year);
    // Year 1 (first budget), 3 (tariff cut, new target, shares), 4 (standards), 5 (trade, infrastructure); not year 2 or 6 (unchanged).
    expect(policy).toEqual([year(1), year(3), year(4), year(5)]);
    expect(annotations.find((a) => a.year === year(3) && a.kind === 'policy')?.label).toMatch(/tariff 20 % → 10 %/);

    const events = game.log.flatMap((entry, i) => (entry.event ? [year(i + 1)] : []));
    expect(events.length).toBeGreaterThan(0);
    expect(annotations.filter((a) => a.kind === 'event').map((a) => a.year)).toEqual(events);
    const ce = game.log.findIndex((entry) => entry.event?.eventId === 'ce-marking');
    expect(annotations.find((a) => a.kind === 'event' && a.year === year(ce + 1))?.label).toBe(
      'Event: European buyers demand CE marking and ISO certificates. You chose: Fund a joint certification programme with the association',
    );

    const shocks = game.history
      .slice(1)
      .flatMap((s) => SHOCKS.filter((kind) => shockHappened(s.shocks, kind)).map(() => s.year));
    expect(annotations.filter((a) => a.kind === 'shock').map((a) => a.year)).toEqual(shocks);

    for (const id of ALL_CHARTS) {
      const spec = chartSpec(id, inputs);
      const shown = new Set(seriesOf(spec, 'player')?.points.map((p) => p.x));
      expect(spec.annotations).toEqual(annotations.filter((a) => shown.has(a.year)));
    }
  });

  it('mark only notable policy changes: a share moved by 5 points, the tariff by 2.5, the target or the standards', () => {
    const start: Decisions = {
      allocation: { infrastructure: 0.2, training: 0.2, research: 0, incentives: 0, trade: 0 },
      tariff: 0.2,
      incentiveTarget: 'sme',
      laborStandards: false,
    };
    expect(
      policyChanges(start, { ...start, allocation: { ...start.allocation, training: 0.24 }, tariff: 0.185 }),
    ).toEqual([]);
    expect(policyChanges(start, { ...start, allocation: { ...start.allocation, training: 0.25 } })).toEqual([
      'training 20 % → 25 %',
    ]);
    expect(policyChanges(start, { ...start, tariff: 0.1, laborStandards: true })).toEqual([
      'labor standards required',
      'tariff 20 % → 10 %',
    ]);
    expect(policyChanges(start, { ...start, incentiveTarget: 'fdi' })).toEqual(['incentives for foreign investors']);
  });

  it('add the baseline band as p10..p90 over seeds, and one run gives a band that is the baseline itself', () => {
    const one = baselineBands(game.scenario, game.seed, DEFAULT_DIFFICULTY, 6, 1);
    const base = simulate(game.scenario, { seed: game.seed, years: 6 }).states;
    one.years.forEach((b, k) => {
      expect(b.low).toEqual(outcomeRow(base[k] as ClusterState));
      expect(b.high).toEqual(b.low);
    });
    const many = baselineBands(game.scenario, game.seed, DEFAULT_DIFFICULTY, 6, 40);
    expect(many.runs).toBe(40);
    const last = many.years.at(-1);
    if (!last) throw new Error('no band');
    expect(last.low.output).toBeLessThan(last.high.output);
    for (const b of many.years)
      for (const f of ['output', 'employment', 'poverty'] as const) expect(b.low[f]).toBeLessThanOrEqual(b.high[f]);
    // 40 runs: p10 lies between the 4th and 5th smallest values.
    const outputs = Array.from(
      { length: 40 },
      (_, r) => simulate(game.scenario, { seed: game.seed + r, years: 6 }).states[6]?.outputUsdM ?? NaN,
    ).sort((a, b) => a - b);
    expect(last.low.output).toBeGreaterThanOrEqual(outputs[3] as number);
    expect(last.low.output).toBeLessThanOrEqual(outputs[4] as number);

    const spec = chartSpec('employment', { ...inputs, bands: many });
    expect(spec.bands?.runs).toBe(40);
    const low = seriesOf(spec, 'band-low')?.points ?? [];
    const high = seriesOf(spec, 'band-high')?.points ?? [];
    expect(low.map((p) => p.x)).toEqual(seriesOf(spec, 'player')?.points.map((p) => p.x));
    low.forEach((p, i) => expect(p.y).toBeLessThanOrEqual(high[i]?.y ?? -Infinity));
    expect(chartSpec('employment', inputs).bands).toBeUndefined();
  });

  it('build the same inputs from the game context, the baseline cached per game', () => {
    const fromGame = chartInputsForGame(game);
    expect(fromGame.baseline).toEqual(baseline);
    expect(fromGame.annotations).toEqual(annotations);
    expect(fromGame.bands?.runs).toBe(40);
    expect(baselineForGame(game).baseline).toBe(fromGame.baseline);
    const other = baselineForGame({ ...game, seed: game.seed + 1 }, false);
    expect(other.baseline).not.toEqual(baseline);
    expect(other.bands).toBeNull();
  });

  it('leave a gap, not a made-up value, where the baseline run ended early', () => {
    const short = chartSpec('output', { ...inputs, baseline: baseline.slice(0, 3) });
    const points = seriesOf(short, 'baseline')?.points ?? [];
    expect(points).toHaveLength(game.history.length);
    expect(points.slice(3).every((p) => p.y === null)).toBe(true);
    expect(short.ariaLabel).toContain('no new policy: –');
  });
});

describe('formatY', () => {
  beforeEach(() => undefined);
  it('writes values with their unit at a sensible precision', () => {
    expect(formatY('percent', 6.14)).toBe('6.1 %');
    expect(formatY('count', 12400.4)).toBe('12,400');
    expect(formatY('usd-m', 3.24)).toBe('US$ 3.2 m');
    expect(formatY('usd', 4.5)).toBe('US$ 4.50');
    expect(formatY('index', 45.2)).toBe('45');
    expect(formatY('count', null)).toBe('–');
  });
});

describe('numbers drawn on a canvas (axis ticks, tooltips, bar values)', () => {
  // A canvas has no bidi isolation elements: in Arabic, each figure with a sign or a unit must carry
  // its own Unicode isolates (LRI ... PDI), as the DOM text's isolateFigure, or "-2 %" reads "% 2-".
  const LRI = '\u2066';
  const PDI = '\u2069';
  const isolated = (text: string): boolean => text.startsWith(LRI) && text.endsWith(PDI);
  const FORMATS: readonly YFormat[] = ['percent', 'count', 'usd-m', 'usd', 'index'];
  afterEach(() => setNumberLocale('en'));

  it('reads as before in English: "-2 %", "+10%", "12k"', () => {
    expect(formatTick('percent', -2)).toBe('-2 %');
    expect(formatTick('percent', 0.5)).toBe('0.5 %');
    expect(formatTick('count', 12400)).toBe('12k');
    expect(formatTick('usd-m', 2.5)).toBe('$2.5');
    expect(formatSignedTick(10)).toBe('+10%');
    expect(formatSignedTick(-5)).toBe('-5%');
    expect(formatSignedTick(0)).toBe('0%');
    expect(signedValue('employment', -340)).toBe('\u2212340');
  });

  it('isolates every tick, signed tick and percentage left to right in Arabic', () => {
    setNumberLocale('ar-u-nu-latn');
    // (Intl's Arabic puts left-to-right marks around the sign: invisible, and dropped here.)
    const shown = (text: string): string => text.replace(/\u200e/g, '');
    expect(shown(formatTick('percent', -2))).toBe(`${LRI}-2 %${PDI}`);
    expect(shown(formatSignedTick(0.7))).toBe(`${LRI}+0.7%${PDI}`);
    expect(signedValue('poverty', -0.25)).toBe(`${LRI}\u22120.25${PDI}`);
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), fc.double({ min: -1e7, max: 1e7, noNaN: true }), (format, y) => {
        expect(isolated(formatTick(format, y))).toBe(true);
        expect(isolated(formatSignedTick(y))).toBe(true);
        if (format === 'percent' || format === 'count' || format === 'index') expect(isolated(formatY(format, y))).toBe(true);
      }),
    );
  });
});

describe('year labels on the time axis', () => {
  it('never collide: evenly spaced, room for each label, the last year always shown', () => {
    for (const width of [180, 240, 300, 420, 600, 900]) {
      for (const font of [12, 13.5, 15, 16]) {
        for (const [min, max] of [[2001, 2011], [2008.6, 2018.4], [2001, 2031]] as const) {
          const ticks = yearTicks(min, max, width, font);
          expect(ticks.at(-1)).toBe(Math.floor(max));
          expect(ticks.every((y) => Number.isInteger(y) && y >= min && y <= max)).toBe(true);
          // Each label (four digits at ~0.6 em) and a gap fit in the width the axis gives it.
          expect(ticks.length * (font * 2.6 + 12)).toBeLessThanOrEqual(width);
          const gaps = new Set(ticks.slice(1).map((y, i) => y - (ticks[i] ?? 0)));
          expect(gaps.size).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(yearTicks(2001, 2011, 1200, 16)).toHaveLength(11);
  });
});

describe('charts of the goals', () => {
  it('every goal of every scenario has its indicator charted, quality included', () => {
    for (const scenario of allScenarios()) {
      for (const goal of scenario.goals) {
        const id = GOAL_CHARTS[goal.metric];
        expect(ALL_CHARTS).toContain(id);
        expect(CHART_DEFINITIONS[id].field).toBe(goal.metric === 'outputUsdM' ? 'output' : goal.metric === 'wageUsdPerDay' ? 'wage' : goal.metric);
      }
    }
    expect(goalChartIds(scenarioById('sialkot-surgical').goals)).toEqual(['quality', 'working-conditions', 'sme-share', 'poverty']);
  });

  it('draws a goal with a fixed level as a line, in the units of the goal tracker, and says it in the text alternative', () => {
    const scenario = scenarioById('sialkot-surgical');
    const inputs: ChartInputs = { player: game.history, baseline, goals: scenario.goals };
    const quality = chartSpec('quality', inputs);
    const goal = scenario.goals.find((g) => g.metric === 'quality')!;
    expect(quality.goal?.y).toBeCloseTo((goal.value ?? 0) * 100, 9);
    expect(quality.goal?.text).toBe(`Goal: above ${formatMetric('quality', goal.value ?? 0)}`);
    expect(quality.ariaLabel).toContain(quality.goal!.text);
    // A goal against no new policy has no level to draw: the baseline line is the target.
    const poverty = chartSpec('poverty', inputs);
    expect(scenario.goals.find((g) => g.metric === 'poverty')?.comparison).toBe('beatBaseline');
    expect(poverty.goal).toBeUndefined();
    expect(chartSpec('quality', { player: game.history, baseline }).goal).toBeUndefined();
  });
});
