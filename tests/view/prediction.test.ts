// Predict, then see: the rule for "about the same", the judgement, what a miss is put down to (the
// year's attribution and the model's lags), and the calibration over the term.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { currentState, gameMachine, type GameContext, type Prediction } from '../../src/flow';
import { meanLagYears, type Attribution, type AttributionEntry, type ClusterState } from '../../src/model';
import { scenarioById, type Scenario } from '../../src/scenario';
import { renderMsg } from '../../src/view/report';
import { selectReport } from '../../src/view/report';
import {
  bandHint,
  biggestPush,
  directionOfChange,
  judge,
  judgeSize,
  observedChange,
  payoffLagYears,
  pushesOf,
  pushText,
  SAME_BAND,
  selectCalibration,
  selectPredictionReport,
  type YearExplainer,
} from '../../src/view/prediction';
import { yearExplanation } from '../../src/view/year-explanation';

const SIALKOT = scenarioById('sialkot-surgical');

/** Plays `years` years with research and training funded, making the given prediction each year. */
function play(
  years: number,
  predict: (k: number) => Prediction | null,
  scenario: Scenario = SIALKOT,
  allocation: Record<string, number> = { research: 0.4, training: 0.3 },
): GameContext {
  const actor = createActor(gameMachine).start();
  actor.send({ type: 'START', scenario, seed: 3 });
  actor.send({ type: 'BEGIN' });
  for (let k = 1; k <= years; k++) {
    actor.send({ type: 'SET_DECISIONS', decisions: { allocation } });
    const prediction = predict(k);
    if (prediction) actor.send({ type: 'SET_PREDICTION', prediction });
    actor.send({ type: 'END_YEAR' });
    const snap = actor.getSnapshot();
    if (snap.matches('event')) {
      const id = currentState(snap.context).activeEvent;
      const spec = snap.context.scenario?.events.find((e) => e.id === id);
      actor.send({ type: 'CHOOSE', choiceId: spec?.choices[0]?.id ?? '' });
    }
    if (k < years) actor.send({ type: 'NEXT' });
  }
  const context = actor.getSnapshot().context;
  actor.stop();
  return context;
}

/** A copy of a context with year k's prediction, attribution and state replaced (plain data, so a copy will do). */
function withYear(
  context: GameContext,
  k: number,
  change: { prediction?: Prediction; attribution?: Attribution; now?: Partial<ClusterState> },
): GameContext {
  const log = context.log.map((entry, i) =>
    i === k - 1 && change.prediction ? { ...entry, prediction: change.prediction } : entry,
  );
  const attributions = context.attributions.map((a, i) => (i === k - 1 && change.attribution ? change.attribution : a));
  const history = context.history.map((s, i) => (i === k && change.now ? { ...s, ...change.now } : s));
  return { ...context, log, attributions, history };
}

const entry = (
  cause: AttributionEntry['cause'],
  kind: AttributionEntry['kind'],
  outputUsdM: number,
  employment = 0,
  poverty = 0,
): AttributionEntry => ({ cause, kind, outputUsdM, employment, poverty });

/** Explains each year with the context's attribution (the tests below put their own there). */
const own: YearExplainer = (context, k) => ({ attribution: context.attributions[k - 1] ?? null });

const text = (m: Parameters<typeof renderMsg>[0] | null | undefined): string => (m ? renderMsg(m) : '');

describe('"about the same"', () => {
  it('is a change within the band at the precision shown, the same rule for every indicator', () => {
    expect(SAME_BAND).toEqual({ output: 1, jobs: 1, poverty: 0.5 });
    expect(directionOfChange('output', 1)).toBe('same');
    expect(directionOfChange('output', 1.04)).toBe('same'); // shown as 1.0 %
    expect(directionOfChange('output', 1.05)).toBe('rise'); // shown as 1.1 %
    expect(directionOfChange('jobs', -0.99)).toBe('same');
    expect(directionOfChange('jobs', -1.2)).toBe('fall');
    expect(directionOfChange('poverty', 0.5)).toBe('same');
    expect(directionOfChange('poverty', 0.56)).toBe('rise');
    expect(directionOfChange('poverty', -0.8)).toBe('fall');
  });

  it('is what the hint under the controls says', () => {
    expect(renderMsg(bandHint())).toBe(
      '“About the same” means within ±1\u00a0% for output and jobs, ±0.5\u00a0points for poverty.',
    );
  });

  it('is measured in % for output and jobs and in points for poverty', () => {
    const before = { outputUsdM: 100, employment: 2000, poverty: 0.3 } as ClusterState;
    const now = { outputUsdM: 103, employment: 1950, poverty: 0.306 } as ClusterState;
    expect(observedChange('output', before, now)).toBeCloseTo(3);
    expect(observedChange('jobs', before, now)).toBeCloseTo(-2.5);
    expect(observedChange('poverty', before, now)).toBeCloseTo(0.6);
  });
});

describe('the judgement', () => {
  it('is right when the direction is, and says which way a miss went (poverty: down is good)', () => {
    expect(judge('output', { direction: 'rise' }, 3)).toMatchObject({ actual: 'rise', judgement: 'right', miss: null });
    expect(judge('output', { direction: 'rise' }, 0.4)).toMatchObject({
      actual: 'same',
      judgement: 'wrong',
      miss: 'hopeful',
      surprise: 'down',
    });
    expect(judge('output', { direction: 'fall' }, 3)).toMatchObject({
      judgement: 'wrong',
      miss: 'gloomy',
      surprise: 'up',
    });
    expect(judge('jobs', { direction: 'same' }, -4)).toMatchObject({
      judgement: 'wrong',
      miss: 'hopeful',
      surprise: 'down',
    });
    expect(judge('poverty', { direction: 'fall' }, 1.2)).toMatchObject({
      judgement: 'wrong',
      miss: 'hopeful',
      surprise: 'up',
    });
    expect(judge('poverty', { direction: 'rise' }, -1.2)).toMatchObject({
      judgement: 'wrong',
      miss: 'gloomy',
      surprise: 'down',
    });
    expect(judge('poverty', { direction: 'same' }, 0.3)).toMatchObject({ judgement: 'right' });
  });

  it('checks a size only with the right direction: about right within a third (or the band)', () => {
    expect(judgeSize('output', 3, 2.1)).toBe('close');
    expect(judgeSize('output', 3, 3.9)).toBe('close');
    expect(judgeSize('output', 8, 2.1)).toBe('tooLarge');
    expect(judgeSize('output', 2, 9)).toBe('tooSmall');
    expect(judgeSize('poverty', 0.5, 0.9)).toBe('close'); // within the band
    expect(judge('output', { direction: 'rise', magnitude: 8 }, 2.1)).toMatchObject({
      judgement: 'right',
      size: 'tooLarge',
      surprise: 'down',
    });
    expect(judge('output', { direction: 'fall', magnitude: 2 }, -9)).toMatchObject({
      judgement: 'right',
      size: 'tooSmall',
      surprise: 'down',
    });
    expect(judge('output', { direction: 'fall', magnitude: 2 }, 5)).toMatchObject({ judgement: 'wrong', size: null });
  });
});

describe('what a year report says about a prediction', () => {
  const game = play(3, () => null);

  it('shows nothing when nothing was predicted', () => {
    expect(selectPredictionReport(game, 1)).toBeNull();
    expect(selectReport(game, 1)?.prediction).toBeNull();
  });

  it('puts a miss down to the largest push the way the outcome surprised the player, in the unit of the indicator', () => {
    const before = game.history[1] as ClusterState;
    // Output rose 3 %, mostly from world demand; the player expected a fall.
    const attribution: Attribution = {
      total: { outputUsdM: 0.03 * before.outputUsdM, employment: 0, poverty: 0 },
      entries: [
        entry('worldDemand', 'shock', 6, 900, -0.004),
        entry('research', 'lever', 0.2, 10, 0),
        entry('drift', 'drift', 0.03 * before.outputUsdM - 6.2 - 1, 0, 0),
        entry('training', 'lagged', 1, 100, 0),
      ],
    };
    const context = withYear(game, 2, {
      prediction: { output: { direction: 'fall' } },
      attribution,
      now: { outputUsdM: before.outputUsdM * 1.03, shocks: { ...before.shocks, worldDemand: 0.1 } },
    });
    const report = selectPredictionReport(context, 2, own);
    expect(report?.made).toBe(1);
    expect(report?.right).toBe(0);
    const row = report?.rows[0];
    expect(row).toMatchObject({
      indicator: 'output',
      judgement: 'wrong',
      actual: 'rise',
      miss: 'gloomy',
      cause: 'shock',
    });
    expect(text(row?.comparison)).toBe('You expected a fall; output rose 3.0\u00a0%.');
    expect(text(row?.explanation)).toBe('The biggest push up was a rise in world demand (+US$ 6.0\u00a0m).');
    // Better than expected: no lesson about spending lags.
    expect(report?.spendingLag).toBeNull();
  });

  it('for a year worse than expected, says how long this year’s spending takes to pay off, from the model’s lags', () => {
    const before = game.history[1] as ClusterState;
    const attribution: Attribution = {
      total: { outputUsdM: -0.02 * before.outputUsdM, employment: -300, poverty: 0.004 },
      entries: [
        entry('exchangeRate', 'shock', -4, -500, 0.006),
        entry('research', 'lever', 0.1, 5, 0),
        entry('training', 'lever', 0.3, 40, -0.0005),
        entry('drift', 'drift', -0.02 * before.outputUsdM + 3.6, 155, -0.0015),
      ],
    };
    const context = withYear(game, 2, {
      prediction: {
        output: { direction: 'rise', magnitude: 4 },
        jobs: { direction: 'rise' },
        poverty: { direction: 'fall' },
      },
      attribution,
      now: {
        outputUsdM: before.outputUsdM * 0.98,
        employment: before.employment - 300,
        poverty: before.poverty + 0.004,
        shocks: { ...before.shocks, exchangeRate: 0.12 },
      },
    });
    const report = selectPredictionReport(context, 2, own);
    expect(report?.rows.map((r) => [r.indicator, r.judgement, r.miss, r.cause])).toEqual([
      ['output', 'wrong', 'hopeful', 'shock'],
      ['jobs', 'wrong', 'hopeful', 'shock'],
      ['poverty', 'wrong', 'hopeful', 'shock'],
    ]);
    expect(text(report?.rows[0]?.explanation)).toBe(
      'The biggest push down was a stronger currency (dearer exports) (−US$ 4.0\u00a0m).',
    );
    expect(text(report?.rows[1]?.explanation)).toContain('(−500\u00a0jobs)');
    expect(text(report?.rows[2]?.explanation)).toBe(
      // Two significant digits, as in the report's explanation.
      'The biggest push up was a stronger currency (dearer exports) (+0.60\u00a0points).',
    );
    expect(report?.rows.every((r) => r.expectedFromNewSpending)).toBe(true);
    // Research (a 4-6 year profile) and training (a year, then productivity catches up), longest first.
    const research = Math.round(meanLagYears('research'));
    expect(research).toBe(4);
    expect(text(report?.spendingLag)).toBe(
      `What you spend this year pays off only later: research centers after about ${research} years and training after about 3 years.`,
    );
  });

  it('by default puts a miss down to what the report’s “Why did it change?” shows', () => {
    // Every year predicted the wrong way round from what happened, so each one is a miss.
    const played = play(3, () => null);
    const wrongWay = (k: number): Prediction => {
      const up = (played.history[k] as ClusterState).outputUsdM > (played.history[k - 1] as ClusterState).outputUsdM;
      return { output: { direction: up ? 'fall' : 'rise' } };
    };
    const context = play(3, wrongWay);
    for (let k = 1; k <= 3; k++) {
      const row = selectPredictionReport(context, k)?.rows[0];
      expect(row?.judgement).toBe('wrong');
      const explanation = yearExplanation(context, k);
      expect(explanation).not.toBeNull();
      const pushes = pushesOf('output', explanation!.entries, { shocks: (context.history[k] as ClusterState).shocks });
      const push = biggestPush(
        pushes,
        row!.actual === 'rise' || (row!.actual === 'same' && row!.predicted.direction === 'fall') ? 'up' : 'down',
      );
      expect(row?.cause).toBe(push?.group ?? null);
      if (push) expect(text(row?.explanation)).toContain(`(${pushText('output', push.value)})`);
      // The report carries the same judgement.
      expect(selectReport(context, k)?.prediction?.rows[0]?.judgement).toBe('wrong');
    }
  });

  it('takes the lags from the scenario’s parameters, not from fixed numbers', () => {
    const quick: Scenario = { ...SIALKOT, parameters: { ...SIALKOT.parameters, skillAdjustment: 1 } };
    const slow: Scenario = { ...SIALKOT, parameters: { ...SIALKOT.parameters, skillAdjustment: 0.1 } };
    expect(payoffLagYears({ skillAdjustment: 1, infrastructureAdjustment: 1 }, 'training')).toBe(
      meanLagYears('training'),
    );
    expect(payoffLagYears({ skillAdjustment: 0.1, infrastructureAdjustment: 1 }, 'training')).toBeCloseTo(1 + 9);
    const hopeful = () => ({ output: { direction: 'rise' as const, magnitude: 50 } });
    const lagOf = (scenario: Scenario) =>
      text(selectPredictionReport(play(1, hopeful, scenario, { training: 0.5 }), 1)?.spendingLag);
    expect(lagOf(quick)).toBe('What you spend this year pays off only later: training after about a year.');
    expect(lagOf(slow)).toBe('What you spend this year pays off only later: training after about 10 years.');
  });

  it('says a right direction with a size off the mark, and what pushed it further', () => {
    const before = game.history[1] as ClusterState;
    const attribution: Attribution = {
      total: { outputUsdM: 0.12 * before.outputUsdM, employment: 0, poverty: 0 },
      entries: [
        entry('drift', 'drift', 0.1 * before.outputUsdM),
        entry('research', 'lagged', 0.02 * before.outputUsdM),
      ],
    };
    const context = withYear(game, 2, {
      prediction: { output: { direction: 'rise', magnitude: 3 } },
      attribution,
      now: { outputUsdM: before.outputUsdM * 1.12 },
    });
    const row = selectPredictionReport(context, 2, own)?.rows[0];
    expect(row).toMatchObject({ judgement: 'right', size: 'tooSmall', cause: null });
    expect(text(row?.verdict)).toBe('Right direction, larger than you expected');
    expect(text(row?.explanation)).toMatch(/^The biggest push up was the underlying trend \(\+US\$ /);
  });
});

describe('the year’s pushes by group', () => {
  const entries = [
    entry('worldDemand', 'shock', -5),
    entry('exchangeRate', 'shock', -1),
    entry('research', 'lever', 0.5),
    entry('incentives', 'lever', -0.8),
    entry('training', 'lagged', 2),
    entry('donors', 'lagged', 0.1),
    entry('events', 'event', 0.3),
    entry('drift', 'drift', 4),
    entry('interactions', 'interaction', 9),
  ];

  it('sums shocks, earlier spending, events and the trend, keeps this year’s decisions by lever, and leaves interactions out', () => {
    const pushes = pushesOf('output', entries, { shocks: { worldDemand: -0.2 } as ClusterState['shocks'] });
    expect(pushes.map((p) => [p.group, p.cause, p.value])).toEqual([
      ['shock', null, -6],
      ['decision', 'research', 0.5],
      ['decision', 'incentives', -0.8],
      ['earlier', 'training', 2.1],
      ['event', 'events', 0.3],
      ['trend', 'drift', 4],
    ]);
    expect(renderMsg(pushes[0]!.phrase)).toBe("this year's shocks, mostly a fall in world demand");
    expect(biggestPush(pushes, 'up')?.group).toBe('trend');
    expect(biggestPush(pushes, 'down')?.group).toBe('shock');
    expect(biggestPush([], 'down')).toBeNull();
  });

  it('writes contributions in each indicator’s unit', () => {
    expect(pushText('output', 6)).toBe('+US$ 6.0\u00a0m');
    expect(pushText('jobs', -1234)).toBe('−1,234\u00a0jobs');
    expect(pushText('poverty', 0.42)).toBe('+0.42\u00a0points');
  });
});

describe('the calibration over the term', () => {
  it('invites to predict when no prediction was made', () => {
    const view = selectCalibration(play(2, () => null));
    expect(view?.made).toBe(0);
    expect(view?.lessons).toEqual([]);
    expect(renderMsg(view!.summary)).toMatch(/^You made no predictions this term\./);
  });

  it('counts the right ones per indicator, which way the misses went, and why', () => {
    let context = play(4, () => null);
    // Each year's outcome is set relative to the year before as it stands after the earlier changes.
    const year = (k: number): ClusterState => context.history[k] as ClusterState;
    // Year 1: output expected to rise, it fell with a shock (spending on research and training that year).
    context = withYear(context, 1, {
      prediction: { output: { direction: 'rise' }, poverty: { direction: 'same' } },
      now: { outputUsdM: year(0).outputUsdM * 0.95, poverty: year(0).poverty + 0.001 },
      attribution: {
        total: { outputUsdM: -5, employment: 0, poverty: 0 },
        entries: [entry('worldDemand', 'shock', -7), entry('drift', 'drift', 2)],
      },
    });
    // Year 2: output expected to fall, it rose with the trend.
    context = withYear(context, 2, {
      prediction: { output: { direction: 'fall' } },
      now: { outputUsdM: year(1).outputUsdM * 1.05 },
      attribution: {
        total: { outputUsdM: 5, employment: 0, poverty: 0 },
        entries: [entry('drift', 'drift', 6), entry('worldDemand', 'shock', -1)],
      },
    });
    // Year 3: right, with a size about right; year 4: nothing predicted.
    context = withYear(context, 3, {
      prediction: { output: { direction: 'rise', magnitude: 5 }, jobs: { direction: 'fall' } },
      now: { outputUsdM: year(2).outputUsdM * 1.05, employment: year(2).employment * 0.97 },
    });
    context = withYear(context, 4, { now: {} });
    const view = selectCalibration(context, own);
    expect(view).toMatchObject({ yearsPredicted: 3, yearsPlayed: 4, made: 5, right: 3 });
    expect(view?.lines.map((l) => [l.indicator, l.made, l.right, l.hopeful, l.gloomy])).toEqual([
      ['output', 3, 1, 1, 1],
      ['jobs', 1, 1, 0, 0],
      ['poverty', 1, 1, 0, 0],
    ]);
    expect(renderMsg(view!.summary)).toBe('You predicted 3 of 4 years and got 3 of 5 predictions right.');
    expect(view?.lessons.map((m) => renderMsg(m))).toEqual([
      'You expected too much from spending in the year it was made (1 of 2 misses): research centers after about 4 years and training after about 3 years.',
      'Shocks no one could foresee made the year worse than you expected (1 of 2 misses).',
      'You underrated the underlying trend: market growth and earlier shocks wearing off (1 of 2 misses).',
    ]);
    expect(renderMsg(view!.sizes!)).toBe(
      'Sizes you gave with the right direction: 1 about right, 0 too large, 0 too small.',
    );
  });
});
