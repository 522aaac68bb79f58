// Predict, then see: the player says before End year whether output, jobs and poverty will rise,
// stay about the same or fall (src/flow/prediction.ts); the year report holds that against what
// happened and, for a miss, says what was misjudged from the year's explanation, the one its "Why did
// it change?" shows (the largest push the player did not expect), and how long this year's spending
// takes to pay off (from the model's lags); the debrief sums it up over the term. Pure; no DOM. Text
// comes out as messages (report.ts).
//
// No top-level code here may call into report.ts: report.ts imports this module (a cycle).
import {
  hasPrediction,
  modelFor,
  PREDICTION_INDICATORS,
  yearsPlayed,
  type GameContext,
  type IndicatorPrediction,
  type Prediction,
  type PredictionDirection,
  type PredictionIndicator,
} from '../flow';
import {
  meanLagYears,
  PIPELINE_LEVERS,
  type Attribution,
  type AttributionCause,
  type AttributionEntry,
  type ClusterState,
  type Decisions,
  type Outcome,
  type Params,
  type PipelineLever,
} from '../model';
import { formatCount, formatNumber, formatPct, formatUsdM, isSingular, relativeChangePct, roundTo, vt } from './format';
import { explainedBaselineRun } from './baseline';
import { causePhrase, digitsFor, joinMsgs, msg, type Msg } from './report';
import { yearExplanation } from './year-explanation';
import { shownScenario } from './scenario-text';

// ---------------------------------------------------------------------------------------------
// The rule for "about the same"

/**
 * "About the same" means a change within this band, at the precision it is shown (one decimal):
 * percent for output and jobs, percentage points for poverty. Both the judgement and the hint under
 * the prediction's controls use it.
 */
export const SAME_BAND: Readonly<Record<PredictionIndicator, number>> = { output: 1, jobs: 1, poverty: 0.5 };

/** Decimals a change is judged and shown at. */
export const CHANGE_DIGITS = 1;

/** A size is about right when it is within this share of the larger of the two (or within the band). */
export const SIZE_TOLERANCE = 1 / 3;

/** The unit of a change and of a predicted size. */
export const PREDICTION_UNITS: Readonly<Record<PredictionIndicator, 'percent' | 'points'>> = {
  output: 'percent',
  jobs: 'percent',
  poverty: 'points',
};

/** English names (translate in the UI); the same words as the report's headline rows. */
export const PREDICTION_LABELS: Readonly<Record<PredictionIndicator, string>> = {
  output: 'Output',
  jobs: 'Jobs',
  poverty: 'Poverty',
};

/** Which way is good news. */
export const BETTER: Readonly<Record<PredictionIndicator, 'rise' | 'fall'>> = {
  output: 'rise',
  jobs: 'rise',
  poverty: 'fall',
};

const OUTCOME_OF: Readonly<Record<PredictionIndicator, Outcome>> = {
  output: 'outputUsdM',
  jobs: 'employment',
  poverty: 'poverty',
};

/** The year's change of an indicator in its prediction unit: % for output and jobs, points for poverty. */
export function observedChange(indicator: PredictionIndicator, before: ClusterState, now: ClusterState): number {
  switch (indicator) {
    case 'output':
      return relativeChangePct(now.outputUsdM, before.outputUsdM);
    case 'jobs':
      return relativeChangePct(now.employment, before.employment);
    case 'poverty':
      return (now.poverty - before.poverty) * 100;
  }
}

/** Rise, about the same or fall, as the change is shown (a shown "1.0 %" is within a 1 % band). */
export function directionOfChange(indicator: PredictionIndicator, change: number): PredictionDirection {
  const shown = roundTo(change, CHANGE_DIGITS);
  if (Math.abs(shown) <= SAME_BAND[indicator]) return 'same';
  return shown > 0 ? 'rise' : 'fall';
}

/** Keeps a number with its unit on one line ("4 %" never breaks before the "%"). */
const together = (text: string): string => text.replace(/(\d) (?=\D)/g, '$1\u00a0');

/** A size in the indicator's unit, no sign: "3 %", "2.5 %", "0.5 points". */
export function sizeText(indicator: PredictionIndicator, size: number): string {
  const digits = roundTo(size, 0) === roundTo(size, CHANGE_DIGITS) ? 0 : CHANGE_DIGITS;
  if (PREDICTION_UNITS[indicator] === 'percent') return together(formatPct(Math.abs(size), { digits }));
  return together(pointsText(Math.abs(size), digits));
}

/** "0.5 points" in the current language (the view translator, as formatChange writes points). */
function pointsText(points: number, digits: number): string {
  const n = formatNumber(points, { digits });
  return isSingular(points, digits) ? vt('{n} point', { n }) : vt('{n} points', { n });
}

/** A change's size as it is judged, no sign: "5.9 %", "0.4 points". */
export function changeText(indicator: PredictionIndicator, change: number): string {
  const shown = Math.abs(roundTo(change, CHANGE_DIGITS));
  return together(
    PREDICTION_UNITS[indicator] === 'percent'
      ? formatPct(shown, { digits: CHANGE_DIGITS })
      : pointsText(shown, CHANGE_DIGITS),
  );
}

/** A change with its sign: "+0.4 %", "−0.3 points". */
export function signedChangeText(indicator: PredictionIndicator, change: number): string {
  const shown = roundTo(change, CHANGE_DIGITS);
  return `${shown > 0 ? '+' : shown < 0 ? '−' : ''}${changeText(indicator, change)}`;
}

/** The hint under the controls: what "about the same" means, from SAME_BAND. */
export function bandHint(): Msg {
  const output = together(formatPct(SAME_BAND.output, { digits: bandDigits(SAME_BAND.output) }));
  const jobs = together(formatPct(SAME_BAND.jobs, { digits: bandDigits(SAME_BAND.jobs) }));
  const poverty = together(pointsText(SAME_BAND.poverty, bandDigits(SAME_BAND.poverty)));
  if (output === jobs)
    return msg('“About the same” means within ±{pct} for output and jobs, ±{points} for poverty.', {
      pct: output,
      points: poverty,
    });
  return msg('“About the same” means within ±{output} for output, ±{jobs} for jobs and ±{points} for poverty.', {
    output,
    jobs,
    points: poverty,
  });
}

const bandDigits = (band: number): number => (roundTo(band, 0) === band ? 0 : 1);

// ---------------------------------------------------------------------------------------------
// Lags: how long this year's spending takes to pay off, from the model

/** Mean lag, in years, of a partial adjustment that closes `speed` of the gap each year. */
const adjustmentLag = (speed: number): number => (speed > 0 ? (1 - Math.min(1, speed)) / speed : 0);

/**
 * About how many years a lever's spending takes to pay off: the mean lag of its build pipeline
 * (LAG_PROFILES), plus, where the model then adjusts gradually, the mean lag of that adjustment
 * (infrastructure services catch up with the stock, productivity with skills).
 */
export function payoffLagYears(
  params: Pick<Params, 'infrastructureAdjustment' | 'skillAdjustment'>,
  lever: PipelineLever,
): number {
  const pipeline = meanLagYears(lever);
  if (lever === 'infrastructure') return pipeline + adjustmentLag(params.infrastructureAdjustment);
  if (lever === 'training') return pipeline + adjustmentLag(params.skillAdjustment);
  return pipeline;
}

function lagMsg(lever: PipelineLever, years: number): Msg {
  const n = Math.max(1, Math.round(years));
  const name =
    lever === 'infrastructure'
      ? msg('infrastructure')
      : lever === 'training'
        ? msg('training')
        : msg('research centers');
  return n === 1
    ? msg('{lever} after about a year', { lever: name })
    : msg('{lever} after about {n} years', { lever: name, n });
}

/** "Your spending pays off only later: research-center after about 4 years." (null: no lagged lever funded). */
function lagHint(params: Params, decisions: Decisions): Msg | null {
  const levers = fundedPipelineLevers(decisions);
  if (levers.length === 0) return null;
  const items = levers
    .map((lever) => ({ lever, years: payoffLagYears(params, lever) }))
    .sort((a, b) => b.years - a.years)
    .map(({ lever, years }) => lagMsg(lever, years));
  return msg('What you spend this year pays off only later: {list}.', { list: joinMsgs(items) });
}

function fundedPipelineLevers(decisions: Decisions): PipelineLever[] {
  return PIPELINE_LEVERS.filter((lever) => decisions.allocation[lever] > 0);
}

// ---------------------------------------------------------------------------------------------
// What pushed the year: the attribution by group

/**
 * The groups a year's change is told in: shocks, the player's decisions (one by one: in the report's
 * explanation each decision's credit for the year, earlier spending on it included; in the model's
 * own attribution this year's decisions), earlier spending (there: the donors' projects), events, trend.
 */
export type PushGroup = 'shock' | 'decision' | 'earlier' | 'event' | 'trend';

export interface Push {
  group: PushGroup;
  /** The decision for the player's decisions; the single cause when a group has one. */
  cause: AttributionCause | null;
  /** In the attribution's display units: US$ million, jobs, poverty points. */
  value: number;
  phrase: Msg;
}

interface PhraseContext {
  shocks?: ClusterState['shocks'];
  eventTitle?: string;
}

/** The year's contributions to one indicator, by group (interactions left out: they belong to no cause). */
export function pushesOf(
  indicator: PredictionIndicator,
  entries: readonly AttributionEntry[],
  context: PhraseContext = {},
): Push[] {
  const outcome = OUTCOME_OF[indicator];
  const scale = outcome === 'poverty' ? 100 : 1;
  const pushes: Push[] = [];
  const summed = (
    group: PushGroup,
    members: AttributionEntry[],
    several: Msg,
    mostly: ((largest: Msg) => Msg) | null = null,
  ): void => {
    if (members.length === 0) return;
    const value = members.reduce((sum, e) => sum + e[outcome] * scale, 0);
    const largest = [...members].sort((a, b) => Math.abs(b[outcome]) - Math.abs(a[outcome]))[0] as AttributionEntry;
    const share = value === 0 ? 0 : (largest[outcome] * scale) / value;
    // A group with one member, or one carrying nearly all of it, is named by that member; one carrying
    // most of it is named as the main part ("this year's shocks, mostly a fall in world demand").
    const named = members.length === 1 || Math.abs(1 - share) <= 0.1;
    const phrase = named
      ? causePhrase(largest, context)
      : mostly && share > 0.5
        ? mostly(causePhrase(largest, context))
        : several;
    pushes.push({ group, cause: named ? largest.cause : null, value, phrase });
  };
  summed(
    'shock',
    entries.filter((e) => e.kind === 'shock'),
    msg("this year's shocks"),
    (cause) => msg("this year's shocks, mostly {cause}", { cause }),
  );
  for (const entry of entries.filter((e) => e.kind === 'lever')) {
    pushes.push({
      group: 'decision',
      cause: entry.cause,
      value: entry[outcome] * scale,
      phrase: causePhrase(entry, context),
    });
  }
  summed(
    'earlier',
    entries.filter((e) => e.kind === 'lagged'),
    msg('earlier spending'),
    (cause) => msg('earlier spending, mostly {cause}', { cause }),
  );
  summed(
    'event',
    entries.filter((e) => e.kind === 'event'),
    msg("last year's event"),
  );
  summed(
    'trend',
    entries.filter((e) => e.kind === 'drift'),
    msg('the underlying trend'),
  );
  return pushes.filter((p) => p.value !== 0);
}

/** The largest push in a direction (null when nothing pushed that way). */
export function biggestPush(pushes: readonly Push[], way: 'up' | 'down'): Push | null {
  const sign = way === 'up' ? 1 : -1;
  return [...pushes].filter((p) => p.value * sign > 0).sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0] ?? null;
}

/** A contribution with its sign and unit: "+US$ 6.0 m", "−1,200 jobs", "+0.4 points". */
export function pushText(indicator: PredictionIndicator, value: number): string {
  const outcome = OUTCOME_OF[indicator];
  const digits = digitsFor(outcome, value);
  const shown = roundTo(value, digits);
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '';
  const magnitude = Math.abs(shown);
  if (indicator === 'output') return together(`${sign}${formatUsdM(magnitude, { digits })}`);
  if (indicator === 'jobs') return together(`${sign}${formatCount(magnitude)}`);
  return together(`${sign}${pointsText(magnitude, digits)}`);
}

// ---------------------------------------------------------------------------------------------
// One year's predictions judged

export type Judgement = 'right' | 'wrong';
/** How the size the player gave compares with what happened (right direction only). */
export type SizeJudgement = 'close' | 'tooLarge' | 'tooSmall';
/** Which way a miss went: the outcome was worse than expected (hopeful) or better (gloomy). */
export type MissWay = 'hopeful' | 'gloomy';

export interface PredictionRow {
  indicator: PredictionIndicator;
  /** English label. */
  label: string;
  predicted: IndicatorPrediction;
  actual: PredictionDirection;
  /** The change in the indicator's unit (% or points). */
  change: number;
  judgement: Judgement;
  /** Null without a size, with "about the same", or with the wrong direction. */
  size: SizeJudgement | null;
  /** For a wrong direction: whether the player expected better or worse than happened. */
  miss: MissWay | null;
  /** What the player expected and what happened: "You expected a fall; output rose 3.1 %." */
  comparison: Msg;
  /** "Right", "Wrong", "Right direction, smaller than you expected". */
  verdict: Msg;
  /** What was misjudged (for a miss or a size off the mark): the biggest push the way it surprised the player. */
  explanation: Msg | null;
  /** The group of the push that explains the miss, when there is one (for the debrief). */
  cause: PushGroup | null;
  /** The outcome was worse than the player expected (a miss or a size off the mark). */
  expectedBetter: boolean;
  /** A hopeful miss in a year with spending that takes years to pay off (for the debrief). */
  expectedFromNewSpending: boolean;
}

export interface PredictionReport {
  k: number;
  year: number;
  rows: PredictionRow[];
  right: number;
  made: number;
  /** "You got 2 of 3 right." */
  summary: Msg;
  /**
   * When the year came out worse than expected in a year of spending that takes years to pay off:
   * how long, per lever, from the model's lags ("… research centers after about 4 years").
   */
  spendingLag: Msg | null;
}

const RANK: Record<PredictionDirection, number> = { rise: 1, same: 0, fall: -1 };

function expectedMsg(indicator: PredictionIndicator, p: IndicatorPrediction): Msg {
  const size = p.magnitude !== undefined ? sizeText(indicator, p.magnitude) : null;
  if (p.direction === 'same') return msg('little change');
  if (p.direction === 'rise') return size ? msg('a rise of about {size}', { size }) : msg('a rise');
  return size ? msg('a fall of about {size}', { size }) : msg('a fall');
}

function happenedMsg(indicator: PredictionIndicator, actual: PredictionDirection, change: number): Msg {
  const size = changeText(indicator, change);
  const signed = signedChangeText(indicator, change);
  switch (indicator) {
    case 'output':
      return actual === 'rise'
        ? msg('output rose {size}', { size })
        : actual === 'fall'
          ? msg('output fell {size}', { size })
          : msg('output stayed about the same ({change})', { change: signed });
    case 'jobs':
      return actual === 'rise'
        ? msg('jobs rose {size}', { size })
        : actual === 'fall'
          ? msg('jobs fell {size}', { size })
          : msg('jobs stayed about the same ({change})', { change: signed });
    case 'poverty':
      return actual === 'rise'
        ? msg('poverty rose {size}', { size })
        : actual === 'fall'
          ? msg('poverty fell {size}', { size })
          : msg('poverty stayed about the same ({change})', { change: signed });
  }
}

/** Judges a size against the change: within the band or a third of the larger one is about right. */
export function judgeSize(indicator: PredictionIndicator, size: number, change: number): SizeJudgement {
  const actual = Math.abs(roundTo(change, CHANGE_DIGITS));
  const gap = actual - size;
  if (Math.abs(gap) <= Math.max(SAME_BAND[indicator], SIZE_TOLERANCE * Math.max(actual, size))) return 'close';
  return gap > 0 ? 'tooSmall' : 'tooLarge';
}

/** Judges one prediction against the change. */
export function judge(
  indicator: PredictionIndicator,
  predicted: IndicatorPrediction,
  change: number,
): {
  actual: PredictionDirection;
  judgement: Judgement;
  size: SizeJudgement | null;
  miss: MissWay | null;
  surprise: 'up' | 'down' | null;
} {
  const actual = directionOfChange(indicator, change);
  if (actual !== predicted.direction) {
    const surprise = RANK[actual] > RANK[predicted.direction] ? 'up' : 'down';
    const worse = BETTER[indicator] === 'rise' ? surprise === 'down' : surprise === 'up';
    return { actual, judgement: 'wrong', size: null, miss: worse ? 'hopeful' : 'gloomy', surprise };
  }
  if (predicted.magnitude === undefined || actual === 'same')
    return { actual, judgement: 'right', size: null, miss: null, surprise: null };
  const size = judgeSize(indicator, predicted.magnitude, change);
  // A change larger than expected was pushed further its own way; a smaller one was held back.
  const along = actual === 'rise' ? 'up' : 'down';
  const against = actual === 'rise' ? 'down' : 'up';
  return {
    actual,
    judgement: 'right',
    size,
    miss: null,
    surprise: size === 'close' ? null : size === 'tooSmall' ? along : against,
  };
}

interface YearFacts {
  before: ClusterState;
  now: ClusterState;
  decisions: Decisions;
  attribution: Attribution | null;
  params: Params;
  phrase: PhraseContext;
}

function judgeRow(indicator: PredictionIndicator, predicted: IndicatorPrediction, f: YearFacts): PredictionRow {
  const change = observedChange(indicator, f.before, f.now);
  const j = judge(indicator, predicted, change);
  const comparison = msg('You expected {expected}; {happened}.', {
    expected: expectedMsg(indicator, predicted),
    happened: happenedMsg(indicator, j.actual, change),
  });
  let verdict: Msg = j.judgement === 'right' ? msg('Right') : msg('Wrong');
  if (j.size === 'tooSmall') verdict = msg('Right direction, larger than you expected');
  if (j.size === 'tooLarge') verdict = msg('Right direction, smaller than you expected');

  const sentences: Msg[] = [];
  let cause: PushGroup | null = null;
  // The push the player did not expect: the largest contribution the way the outcome surprised them.
  if (j.surprise && f.attribution) {
    const push = biggestPush(pushesOf(indicator, f.attribution.entries, f.phrase), j.surprise);
    if (push) {
      cause = push.group;
      sentences.push(
        msg(
          j.surprise === 'up'
            ? 'The biggest push up was {cause} ({value}).'
            : 'The biggest push down was {cause} ({value}).',
          {
            cause: push.phrase,
            value: pushText(indicator, push.value),
          },
        ),
      );
    }
  }
  // Expecting better than came, in a year of spending that pays off only later (told once per report).
  const expectedBetter =
    j.surprise !== null && (BETTER[indicator] === 'rise' ? j.surprise === 'down' : j.surprise === 'up');
  const explanation = sentences[0] ?? null;
  return {
    indicator,
    label: PREDICTION_LABELS[indicator],
    predicted,
    actual: j.actual,
    change,
    judgement: j.judgement,
    size: j.size,
    miss: j.miss,
    comparison,
    verdict,
    explanation,
    cause: j.judgement === 'wrong' ? cause : null,
    expectedBetter,
    expectedFromNewSpending:
      j.miss === 'hopeful' && BETTER[indicator] === predicted.direction && fundedPipelineLevers(f.decisions).length > 0,
  };
}

/** How year k is explained to the player: given the attribution, and the title of the event it may name. */
export type YearExplainer = (
  context: GameContext,
  k: number,
) => { attribution: Attribution | null; eventTitle?: string };

/**
 * The explanation the year report shows ("Why did it change?": year-explanation.ts, earlier policy
 * credited to its decision, not to the trend), so a miss is put down to what the player reads below;
 * the model's own attribution when that is not available.
 */
export const reportExplanation: YearExplainer = (context, k) => {
  const scenario = context.scenario;
  const attribution = yearExplanation(context, k);
  if (!scenario || !attribution) return { attribution: context.attributions[k - 1] ?? null };
  // Its event entry is the baseline's (the event as no new policy met it), as in selectReport.
  const event = k >= 2 ? explainedBaselineRun({ ...context, scenario }).events.find((e) => e.t === k - 1) : undefined;
  const eventTitle = event ? shownScenario(scenario).events.find((e) => e.id === event.eventId)?.title : undefined;
  return { attribution, ...(eventTitle ? { eventTitle } : {}) };
};

function yearFacts(context: GameContext, k: number, explain: YearExplainer): YearFacts | null {
  const scenario = context.scenario;
  const before = context.history[k - 1];
  const now = context.history[k];
  const entry = context.log[k - 1];
  if (!scenario || !before || !now || !entry) return null;
  const { attribution, eventTitle } = explain(context, k);
  return {
    before,
    now,
    decisions: entry.decisions,
    attribution,
    params: modelFor(scenario, context.difficulty).params,
    phrase: { shocks: now.shocks, ...(eventTitle ? { eventTitle } : {}) },
  };
}

/** Year k's prediction held against what happened; null when nothing was predicted for it. */
export function selectPredictionReport(
  context: GameContext,
  k: number = yearsPlayed(context),
  explain: YearExplainer = reportExplanation,
): PredictionReport | null {
  const prediction: Prediction | undefined = context.log[k - 1]?.prediction;
  if (!hasPrediction(prediction)) return null;
  const facts = yearFacts(context, k, explain);
  if (!facts) return null;
  const rows = PREDICTION_INDICATORS.flatMap((indicator) => {
    const predicted = prediction[indicator];
    return predicted ? [judgeRow(indicator, predicted, facts)] : [];
  });
  const right = rows.filter((r) => r.judgement === 'right').length;
  return {
    k,
    year: facts.now.year,
    rows,
    right,
    made: rows.length,
    summary: msg('You got {right} of {made} right.', { right, made: rows.length }),
    spendingLag: rows.some((r) => r.expectedBetter) ? lagHint(facts.params, facts.decisions) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Calibration over the term (the debrief)

export interface CalibrationLine {
  indicator: PredictionIndicator;
  label: string;
  made: number;
  right: number;
  /** Misses where the outcome was worse than expected. */
  hopeful: number;
  /** Misses where the outcome was better than expected. */
  gloomy: number;
}

export interface CalibrationView {
  /** Years with at least one prediction, and years played. */
  yearsPredicted: number;
  yearsPlayed: number;
  made: number;
  right: number;
  lines: CalibrationLine[];
  /** "You predicted 6 of 10 years and got 11 of 18 predictions right." (or an invitation when none). */
  summary: Msg;
  /** Which way the misses went and why, most frequent first. */
  lessons: Msg[];
  /** How the sizes given compared with what happened; null when none was given. */
  sizes: Msg | null;
}

function missCount(n: number, misses: number): Msg {
  return misses === 1 ? msg('your one miss') : msg('{n} of {m} misses', { n, m: misses });
}

type LessonKey = 'newSpending' | `${PushGroup}:${MissWay}`;

function lessonMsg(key: LessonKey, count: Msg, lags: Msg | null): Msg {
  switch (key) {
    case 'newSpending':
      return lags
        ? msg('You expected too much from spending in the year it was made ({count}): {lags}.', { count, lags })
        : msg('You expected too much from spending in the year it was made ({count}).', { count });
    case 'shock:hopeful':
      return msg('Shocks no one could foresee made the year worse than you expected ({count}).', { count });
    case 'shock:gloomy':
      return msg('Good luck from outside made the year better than you expected ({count}).', { count });
    case 'trend:hopeful':
      return msg('The underlying trend was weaker than you expected ({count}).', { count });
    case 'trend:gloomy':
      return msg('You underrated the underlying trend: market growth and earlier shocks wearing off ({count}).', {
        count,
      });
    case 'earlier:hopeful':
      return msg('Earlier spending gave less than you expected ({count}).', { count });
    case 'earlier:gloomy':
      return msg('You underrated earlier spending paying off ({count}).', { count });
    case 'decision:hopeful':
      return msg('Your own decisions held the year back more than you expected ({count}).', { count });
    case 'decision:gloomy':
      return msg('Your own decisions helped more than you expected ({count}).', { count });
    case 'event:hopeful':
      return msg('Events hit harder than you expected ({count}).', { count });
    case 'event:gloomy':
      return msg('Events turned out better than you expected ({count}).', { count });
  }
}

/** The calibration of the term's predictions; null before a game. With none made, the summary invites to try. */
export function selectCalibration(
  context: GameContext,
  explain: YearExplainer = reportExplanation,
): CalibrationView | null {
  const n = yearsPlayed(context);
  if (!context.scenario || n < 1) return null;
  const params = modelFor(context.scenario, context.difficulty).params;
  const lines: CalibrationLine[] = PREDICTION_INDICATORS.map((indicator) => ({
    indicator,
    label: PREDICTION_LABELS[indicator],
    made: 0,
    right: 0,
    hopeful: 0,
    gloomy: 0,
  }));
  const lessons = new Map<LessonKey, number>();
  const lagged = new Set<PipelineLever>();
  const sizes = { given: 0, close: 0, tooLarge: 0, tooSmall: 0 };
  let yearsPredicted = 0;
  let misses = 0;
  for (let k = 1; k <= n; k++) {
    const report = selectPredictionReport(context, k, explain);
    if (!report) continue;
    yearsPredicted++;
    for (const row of report.rows) {
      const line = lines.find((l) => l.indicator === row.indicator) as CalibrationLine;
      line.made++;
      if (row.judgement === 'right') line.right++;
      if (row.miss === 'hopeful') line.hopeful++;
      if (row.miss === 'gloomy') line.gloomy++;
      if (row.size) {
        sizes.given++;
        sizes[row.size]++;
      }
      if (row.judgement !== 'wrong' || !row.miss) continue;
      misses++;
      if (row.expectedFromNewSpending) {
        lessons.set('newSpending', (lessons.get('newSpending') ?? 0) + 1);
        for (const lever of fundedPipelineLevers(context.log[k - 1]?.decisions as Decisions)) lagged.add(lever);
      }
      if (row.cause) {
        const key: LessonKey = `${row.cause}:${row.miss}`;
        lessons.set(key, (lessons.get(key) ?? 0) + 1);
      }
    }
  }
  const made = lines.reduce((sum, l) => sum + l.made, 0);
  const right = lines.reduce((sum, l) => sum + l.right, 0);
  if (made === 0) {
    return {
      yearsPredicted: 0,
      yearsPlayed: n,
      made: 0,
      right: 0,
      lines,
      summary: msg(
        'You made no predictions this term. Next time, say under “Your prediction” whether output, jobs and poverty will rise or fall before you end a year: each report then tells you what you misjudged.',
      ),
      lessons: [],
      sizes: null,
    };
  }
  const lags =
    lagged.size > 0
      ? joinMsgs(
          [...lagged]
            .map((lever) => ({ lever, years: payoffLagYears(params, lever) }))
            .sort((a, b) => b.years - a.years)
            .map(({ lever, years }) => lagMsg(lever, years)),
        )
      : null;
  // Most frequent first; spending in its own year first among equals (it is the player's to learn).
  const order: LessonKey[] = [...lessons.keys()].sort(
    (a, b) =>
      (lessons.get(b) ?? 0) - (lessons.get(a) ?? 0) || Number(b === 'newSpending') - Number(a === 'newSpending'),
  );
  return {
    yearsPredicted,
    yearsPlayed: n,
    made,
    right,
    lines,
    summary: msg('You predicted {years} of {total} years and got {right} of {made} predictions right.', {
      years: yearsPredicted,
      total: n,
      right,
      made,
    }),
    lessons: order.map((key) =>
      lessonMsg(key, missCount(lessons.get(key) ?? 0, misses), key === 'newSpending' ? lags : null),
    ),
    sizes:
      sizes.given > 0
        ? msg('Sizes you gave with the right direction: {close} about right, {large} too large, {small} too small.', {
            close: sizes.close,
            large: sizes.tooLarge,
            small: sizes.tooSmall,
          })
        : null,
  };
}
