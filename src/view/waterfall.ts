// "Why did it change?": one year's change in output, employment and poverty split by decision and
// mechanism (year-explanation.ts), as a waterfall spec (start, contributions, end) and a plain
// sentence. Contributions are grouped: the player's policy so far (each decision's share of the gap
// from no new policy, this year's change in it), the donors' earlier projects, shocks, events, the
// underlying trend and combined effects; the small ones (under 2 % of the largest) are pooled in one
// "smaller effects" step, so start + steps = end always holds. Pure; no DOM.
import {
  type Attribution,
  type AttributionCause,
  type AttributionEntry,
  type AttributionKind,
  type ClusterState,
} from '../model';
import { formatNumber, formatPct, isolateFigure, isSingular, vt } from './format';
import { CAUSE_LABELS, POLICY_WORDS, YOUR_POLICY_LABELS } from './labels';
import type { PolicyFactor } from './policy-credit';

export type WaterfallOutcome = 'output' | 'employment' | 'poverty';
export const WATERFALL_OUTCOMES: readonly WaterfallOutcome[] = ['output', 'employment', 'poverty'];

export type ContributionGroup = 'lever' | 'earlier' | 'shock' | 'event' | 'trend' | 'combined' | 'other';
export const GROUP_ORDER: readonly ContributionGroup[] = [
  'lever',
  'earlier',
  'shock',
  'event',
  'trend',
  'combined',
  'other',
];
export const CONTRIBUTION_GROUP_LABELS: Record<ContributionGroup, string> = {
  lever: 'Your policy so far',
  earlier: 'Earlier spending',
  shock: 'Shocks',
  event: 'Events',
  trend: 'Underlying trend',
  combined: 'Combined effects',
  other: 'Smaller effects',
};

const GROUP_OF: Record<AttributionKind, ContributionGroup> = {
  lever: 'lever',
  lagged: 'earlier',
  shock: 'shock',
  event: 'event',
  drift: 'trend',
  interaction: 'combined',
};

/** Contributions smaller than this share of the largest one are pooled as "smaller effects". */
export const MIN_SHARE_OF_LARGEST = 0.02;

export interface WaterfallStep {
  cause: AttributionCause | 'other';
  group: ContributionGroup;
  /** Short label for the bar ("Earlier training"). */
  label: string;
  /** The mechanism in words, for the sentence ("jobs created by earlier training"). */
  words: string;
  /** Signed contribution in the display unit. */
  value: number;
  /** Running total before and after this step. */
  from: number;
  to: number;
}

export interface WaterfallSpec {
  outcome: WaterfallOutcome;
  /** Calendar year explained (the change from year - 1 to year). */
  year: number;
  indicator: string;
  unit: string;
  better: 'up' | 'down';
  /** Value at the end of the previous year and at the end of this one, display unit. */
  start: number;
  end: number;
  /** Grouped (lever, earlier, shock, event, trend, combined, then smaller effects), largest first within a group. */
  steps: WaterfallStep[];
  /** The plain-words explanation. */
  sentence: string;
  /** The last bar's label (default "Change in {year}"). */
  totalLabel?: string;
}

/** Fills {placeholders}; the UI passes t() so the sentence can be translated. */
export type Translate = (text: string, params?: Record<string, string | number>) => string;
export const fill: Translate = (text, params = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

interface OutcomeDef {
  indicator: string;
  unit: string;
  better: 'up' | 'down';
  value: (s: ClusterState) => number;
  contribution: (e: AttributionEntry) => number;
  /** The size of a change with its unit ("US$ 1.2 m", "1,240 jobs", "0.8 points"). */
  amount: (x: number) => string;
  /** A signed contribution, short ("+1.2", "−340"). */
  signed: (x: number) => string;
  /** Changes smaller than this (display unit) count as no change. */
  epsilon: number;
}

const MINUS = '\u2212';
const signedNumber = (x: number, digits: number): string => {
  const text = formatNumber(Math.abs(x), { digits });
  if (text === formatNumber(0, { digits })) return text;
  // Left to right in Arabic too (drawn beside the bars on a canvas, which has no isolation of its own).
  return isolateFigure(`${x < 0 ? MINUS : '+'}${text}`);
};
const outputDigits = (x: number): number => (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 1 : 2);

export const OUTCOME_DEFS: Record<WaterfallOutcome, OutcomeDef> = {
  output: {
    indicator: 'Output',
    unit: 'US$ million',
    better: 'up',
    value: (s) => s.outputUsdM,
    contribution: (e) => e.outputUsdM,
    amount: (x) => vt('US$ {amount} million', { amount: formatNumber(Math.abs(x), { digits: outputDigits(x) }) }),
    signed: (x) => signedNumber(x, outputDigits(x)),
    epsilon: 0.005,
  },
  employment: {
    indicator: 'Employment',
    unit: 'jobs',
    better: 'up',
    value: (s) => s.employment,
    contribution: (e) => e.employment,
    amount: (x) => vt(isSingular(x, 0) ? '{n} job' : '{n} jobs', { n: formatNumber(Math.abs(x), { digits: 0 }) }),
    signed: (x) => signedNumber(x, 0),
    epsilon: 0.5,
  },
  poverty: {
    indicator: 'Poverty',
    unit: 'percentage points',
    better: 'down',
    value: (s) => s.poverty * 100,
    contribution: (e) => e.poverty * 100,
    amount: (x) => vt(isSingular(x, 2) ? '{n} point' : '{n} points', { n: formatNumber(Math.abs(x), { digits: 2 }) }),
    signed: (x) => signedNumber(x, 2),
    epsilon: 0.005,
  },
};

const LEVER_EARLIER: Partial<Record<AttributionCause, string>> = {
  infrastructure: 'earlier infrastructure spending',
  training: 'earlier training',
  research: 'earlier research spending',
  incentives: 'joint projects funded earlier',
  trade: 'earlier trade promotion',
  donors: "the donor programme's projects",
};

/** The mechanism in words for one contribution (poverty reads through jobs where that is how it moved). */
function causeWords(entry: AttributionEntry, outcome: WaterfallOutcome): string {
  const base = baseWords(entry);
  if (
    outcome === 'poverty' &&
    (entry.kind === 'lever' || entry.kind === 'lagged' || entry.kind === 'shock') &&
    Math.abs(entry.employment) >= 0.5
  )
    return vt(entry.employment > 0 ? 'jobs created by {cause}' : 'jobs lost to {cause}', { cause: vt(base) });
  return base;
}

function baseWords(entry: AttributionEntry): string {
  switch (entry.kind) {
    case 'lever':
      return POLICY_WORDS[entry.cause as PolicyFactor] ?? lowerLabel(entry.cause);
    case 'lagged':
      return LEVER_EARLIER[entry.cause] ?? vt('earlier {cause}', { cause: lowerLabel(entry.cause) });
    case 'shock':
      switch (entry.cause) {
        case 'worldDemand':
          return entry.outputUsdM < 0 ? 'a fall in world demand' : 'a rise in world demand';
        case 'exchangeRate':
          return entry.outputUsdM < 0 ? 'a stronger currency' : 'a weaker currency';
        case 'buyerExit':
          return 'a big buyer leaving';
        case 'tncExit':
          return 'a foreign plant leaving';
        case 'donorExit':
          return 'the end of the donor programme';
        case 'accident':
          return 'a fire or accident';
        case 'buyerStandard':
          return entry.outputUsdM < 0 ? 'a new buyer standard the cluster fell short of' : 'a new buyer standard the cluster met';
        default:
          return lowerLabel(entry.cause);
      }
    case 'event':
      return "last year's event";
    case 'drift':
      return 'the underlying trend';
    case 'interaction':
      return 'levers and shocks acting together';
  }
}

/** A cause's label in the current language, lower-cased to go inside a sentence ("training"). */
function lowerLabel(cause: AttributionCause): string {
  return vt(CAUSE_LABELS[cause]).toLowerCase();
}

function stepLabel(entry: AttributionEntry): string {
  switch (entry.kind) {
    case 'lever':
      // A decision's whole effect so far, this year's spending and earlier ("Your training").
      return YOUR_POLICY_LABELS[entry.cause as PolicyFactor] ?? CAUSE_LABELS[entry.cause];
    case 'event':
      return "Last year's event";
    case 'lagged':
      return entry.cause === 'donors' ? 'Donor projects' : vt('Earlier {cause}', { cause: lowerLabel(entry.cause) });
    default:
      return CAUSE_LABELS[entry.cause];
  }
}

/** One contribution before it is placed in the waterfall. */
export interface StepInput {
  cause: AttributionCause | 'other';
  group: ContributionGroup;
  label: string;
  words: string;
  /** Signed, in the display unit. */
  value: number;
}

/**
 * Contributions as steps from `start` to `end`: grouped in GROUP_ORDER, largest first within a group,
 * those under MIN_SHARE_OF_LARGEST of the largest pooled as "smaller effects" with any rounding
 * remainder, the last step landing exactly on `end`.
 */
export function waterfallSteps(start: number, end: number, inputs: readonly StepInput[], epsilon: number): WaterfallStep[] {
  const raw = inputs.filter((c) => c.value !== 0);
  const largest = Math.max(0, ...raw.map((c) => Math.abs(c.value)));
  const kept = raw.filter((c) => Math.abs(c.value) >= MIN_SHARE_OF_LARGEST * largest);
  const pooled = end - start - kept.reduce((sum, c) => sum + c.value, 0);
  const ordered = [...kept].sort(
    (a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || Math.abs(b.value) - Math.abs(a.value),
  );
  const steps: WaterfallStep[] = [];
  let running = start;
  for (const c of ordered) {
    steps.push({ ...c, from: running, to: running + c.value });
    running += c.value;
  }
  if (Math.abs(pooled) > epsilon * 1e-3 || (kept.length < raw.length && pooled !== 0)) {
    steps.push({
      cause: 'other',
      group: 'other',
      label: CONTRIBUTION_GROUP_LABELS.other,
      words: 'smaller effects',
      value: pooled,
      from: running,
      to: end,
    });
  }
  // Make the last step land exactly on the end value (no drift from adding floats).
  const last = steps[steps.length - 1];
  if (last) last.to = end;
  return steps;
}

/**
 * The waterfall of one outcome for the year from `before` to `after`, explained by `attribution`
 * (the attribution of that year). Steps add up from the start to the end value.
 */
export function waterfallSpec(
  outcome: WaterfallOutcome,
  attribution: Attribution,
  before: ClusterState,
  after: ClusterState,
  tr: Translate = fill,
): WaterfallSpec {
  const d = OUTCOME_DEFS[outcome];
  const start = d.value(before);
  const end = d.value(after);
  const inputs = attribution.entries.map(
    (entry): StepInput => ({
      cause: entry.cause,
      group: GROUP_OF[entry.kind],
      label: stepLabel(entry),
      words: causeWords(entry, outcome),
      value: d.contribution(entry),
    }),
  );
  const spec = stepsSpec(outcome, after.year, start, end, waterfallSteps(start, end, inputs, d.epsilon));
  spec.sentence = waterfallSentence(spec, tr);
  return spec;
}

/** A spec of one outcome from its steps, without its sentence (each kind of chart words its own). */
export function stepsSpec(outcome: WaterfallOutcome, year: number, start: number, end: number, steps: WaterfallStep[]): WaterfallSpec {
  const d = OUTCOME_DEFS[outcome];
  return { outcome, year, indicator: d.indicator, unit: d.unit, better: d.better, start, end, steps, sentence: '' };
}

/** Parts named in the sentence; the rest are summed up as "other causes". */
export const SENTENCE_PARTS = 4;

/**
 * "Poverty fell 1.20 points: −0.80 from jobs created by earlier training, +0.30 from a fall in world
 * demand, and −0.70 from the underlying trend." Contributions largest first.
 */
export function waterfallSentence(spec: WaterfallSpec, tr: Translate = fill): string {
  const d = OUTCOME_DEFS[spec.outcome];
  const change = spec.end - spec.start;
  const indicator = tr(spec.indicator);
  if (Math.abs(change) < d.epsilon && spec.steps.every((s) => Math.abs(s.value) < d.epsilon))
    return tr('{indicator} did not change in {year}.', { indicator, year: spec.year });
  const named = spec.steps.filter((s) => s.cause !== 'other').sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
  const shown = named.slice(0, SENTENCE_PARTS).filter((s) => Math.abs(s.value) >= d.epsilon);
  const restValue = spec.steps.filter((s) => !shown.includes(s)).reduce((sum, s) => sum + s.value, 0);
  const parts = shown.map((s) => tr('{value} from {cause}', { value: d.signed(s.value), cause: tr(s.words) }));
  if (Math.abs(restValue) >= d.epsilon) parts.push(tr('{value} from other causes', { value: d.signed(restValue) }));
  const list = joinList(parts, tr);
  const head =
    Math.abs(change) < d.epsilon
      ? tr('{indicator} barely changed in {year}', { indicator, year: spec.year })
      : tr(change > 0 ? '{indicator} rose {amount} in {year}' : '{indicator} fell {amount} in {year}', {
          indicator,
          amount: d.amount(change),
          year: spec.year,
        });
  return list ? tr('{head}: {list}.', { head, list }) : `${head}.`;
}

/** "a, b, and c" in the current language. */
export function joinList(parts: string[], tr: Translate): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(tr(', '))}${tr(', and ')}${parts[parts.length - 1]}`;
}

/**
 * The three waterfalls of one year (k = 1 is the first year played), from that year's explanation
 * (year-explanation.ts). Null when the year has none.
 */
export function yearWaterfalls(
  states: readonly ClusterState[],
  attribution: Attribution | null | undefined,
  k: number,
  tr: Translate = fill,
): WaterfallSpec[] | null {
  const before = states[k - 1];
  const after = states[k];
  if (!attribution || !before || !after) return null;
  return WATERFALL_OUTCOMES.map((outcome) => waterfallSpec(outcome, attribution, before, after, tr));
}

/** A step's value with its sign, in the outcome's short form (for tables and bar labels). */
export function signedValue(outcome: WaterfallOutcome, value: number): string {
  return OUTCOME_DEFS[outcome].signed(value);
}

/** A level in the outcome's unit (for the start and end of the table). */
export function levelValue(outcome: WaterfallOutcome, value: number): string {
  switch (outcome) {
    case 'output':
      return vt('US$ {amount} m', { amount: formatNumber(value, { digits: outputDigits(value) }) });
    case 'employment':
      return vt('{n} jobs', { n: formatNumber(value, { digits: 0 }) });
    case 'poverty':
      return formatPct(value, { digits: 2 });
  }
}

/** One bar of the drawn waterfall: a range on the change axis (0 = last year's level). */
export interface WaterfallBar {
  label: string;
  /** 'total' is the whole year's change; the others are the steps. */
  kind: 'step' | 'total';
  /** Start and end of the bar, as change since the end of last year (display unit). */
  range: [number, number];
  /** Whether it moved the outcome the good way. */
  good: boolean;
  /** The number written beside it. */
  text: string;
}

export interface WaterfallBars {
  bars: WaterfallBar[];
  /** The change axis; it always includes 0, so bar lengths compare honestly. */
  min: number;
  max: number;
}

/**
 * The waterfall as drawn: changes only, never levels on a cut axis (a bar from 150 to 159 on an axis
 * starting at 149 looks like a tenfold rise). Each step floats from the running change before it to
 * the one after; the last bar is the year's total change, from 0.
 */
export function waterfallBars(spec: WaterfallSpec): WaterfallBars {
  const good = (value: number): boolean => (spec.better === 'up' ? value > 0 : value < 0);
  const total = spec.end - spec.start;
  const bars: WaterfallBar[] = spec.steps.map((s) => ({
    label: s.label,
    kind: 'step',
    range: [s.from - spec.start, s.to - spec.start],
    good: good(s.value),
    text: signedValue(spec.outcome, s.value),
  }));
  bars.push({
    label: spec.totalLabel ?? vt('Change in {year}', { year: spec.year }),
    kind: 'total',
    range: [0, total],
    good: good(total),
    text: signedValue(spec.outcome, total),
  });
  const ends = bars.flatMap((b) => b.range);
  const lo = Math.min(0, ...ends);
  const hi = Math.max(0, ...ends);
  const pad = Math.max((hi - lo) * 0.08, 1e-6);
  return { bars, min: lo < 0 ? lo - pad : 0, max: hi > 0 || lo === 0 ? hi + pad : 0 };
}
