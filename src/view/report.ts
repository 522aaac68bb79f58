// The year report: headline numbers with units and the direction of change (against last year and
// against the no-new-policy baseline), the event and the shocks of the year, and "Why did it
// change?": the year's attribution in plain words and as a table. Pure; no DOM.
//
// Text comes out as messages (an English template plus parameters), so the UI translates the
// template with t() and this layer needs no i18n import: renderMsg(msg, t). Numbers are formatted
// here (src/view/format.ts) and passed as parameters.
import { yearsPlayed, type GameContext, type GameSnapshot } from '../flow';
import {
  PIPELINE_LEVERS,
  type AttributionCause,
  type Attribution,
  type AttributionEntry,
  type AttributionKind,
  type ClusterState,
  type Lever,
  type Outcome,
  type ShockKind,
} from '../model';
import { shockHappened } from '../model';
import { baselineState, explainedBaselineRun } from './baseline';
import { POLICY_WORDS } from './labels';
import type { PolicyFactor } from './policy-credit';
import { selectPredictionReport, type PredictionReport } from './prediction';
import { yearExplanation } from './year-explanation';
import { goalChartIds, HEADLINE_CHARTS, type ChartId } from './chart-specs/definitions';
import {
  directionOf,
  formatChange,
  formatCount,
  formatCountChange,
  formatNumber,
  formatPointChange,
  formatPct,
  formatRelativeChange,
  formatShare,
  formatUsd,
  formatUsdM,
  relativeChangePct,
  roundTo,
  toneOf,
  type Direction,
} from './format';
import { shownScenario } from './scenario-text';

// ---------------------------------------------------------------------------------------------
// Messages

export type MsgParam = string | number | Msg;
/** Text to show: an English template (the i18n key) and its parameters (numbers already formatted). */
export interface Msg {
  text: string;
  params?: Record<string, MsgParam>;
}
/** The UI's t(): translates a template and fills its placeholders. */
export type Translate = (text: string, params?: Record<string, string | number>) => string;

export function msg(text: string, params?: Record<string, MsgParam>): Msg {
  return params ? { text, params } : { text };
}

/** Fills {name} placeholders without translating (the default, for tests and English). */
export function fill(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Renders a message, translating nested messages first. */
export function renderMsg(m: Msg, translate: Translate = fill): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(m.params ?? {})) params[name] = typeof value === 'object' ? renderMsg(value, translate) : value;
  return translate(m.text, params);
}

/** Joins messages into one: "a, b and c" (the separators are translatable too). */
export function joinMsgs(items: Msg[]): Msg {
  if (items.length === 0) return msg('');
  if (items.length === 1) return items[0] as Msg;
  const init = items.slice(0, -1);
  const head = init.slice(1).reduce<Msg>((acc, item) => msg('{a}, {b}', { a: acc, b: item }), init[0] as Msg);
  return msg('{a} and {b}', { a: head, b: items[items.length - 1] as Msg });
}

// ---------------------------------------------------------------------------------------------
// Headline numbers

export type HeadlineId = 'output' | 'growth' | 'jobs' | 'poverty' | 'wages' | 'conditions' | 'trust';

export interface Change {
  direction: Direction;
  /** Good news or bad (for colour, always next to the arrow). */
  tone: 'good' | 'bad' | 'neutral';
  /** With the arrow: "▲ 3.1 %". */
  text: string;
  /** The magnitude with its unit, no arrow: "3.1 %" (for words: "up 3.1 %"). */
  amount: string;
}

export interface HeadlineRow {
  id: HeadlineId;
  /** English label (translate in the UI). */
  label: string;
  value: string;
  vsLastYear: Change | null;
  vsBaseline: Change | null;
  baselineValue: string | null;
}

interface Indicator {
  id: HeadlineId;
  label: string;
  better: 'up' | 'down';
  value(s: ClusterState): string;
  /** The change from `before` to `now`, formatted with arrow; `digits` sets the direction's precision. */
  change(now: ClusterState, before: ClusterState): { delta: number; digits: number; text: string; amount: string };
}

const stripArrow = (text: string): string => text.replace(/^[▲▼=]\s*/, '');

/** A 0..1 index on the 0-100 scale the HUD uses: 0.3 -> "30/100". */
export function index100(x: number): string {
  return `${formatNumber(x * 100)}/100`;
}

const indexChange = (get: (s: ClusterState) => number) => (now: ClusterState, before: ClusterState) => {
  const delta = (get(now) - get(before)) * 100;
  // One decimal, as the HUD shows these changes.
  const text = formatChange(delta, { digits: 1 });
  return { delta, digits: 1, text, amount: stripArrow(text) };
};

const relative = (get: (s: ClusterState) => number) => (now: ClusterState, before: ClusterState) => {
  const text = formatRelativeChange(get(now), get(before));
  return { delta: relativeChangePct(get(now), get(before)), digits: 1, text, amount: stripArrow(text) };
};

const INDICATORS: Indicator[] = [
  {
    id: 'output',
    label: 'Output',
    better: 'up',
    value: (s) => formatUsdM(s.outputUsdM),
    change: relative((s) => s.outputUsdM),
  },
  {
    id: 'growth',
    label: 'Growth',
    better: 'up',
    value: (s) => formatPct(s.growthPct),
    change: (now, before) => {
      const delta = now.growthPct - before.growthPct;
      const text = formatChange(delta, { unit: 'points' });
      return { delta, digits: 1, text, amount: stripArrow(text) };
    },
  },
  {
    id: 'jobs',
    label: 'Jobs',
    better: 'up',
    value: (s) => formatCount(s.employment),
    change: (now, before) => {
      const delta = now.employment - before.employment;
      // The row says "Jobs"; the change needs no unit (it keeps the column narrow).
      const text = formatCountChange(delta, '');
      return { delta, digits: 0, text, amount: stripArrow(text) };
    },
  },
  {
    id: 'poverty',
    label: 'Poverty',
    better: 'down',
    value: (s) => formatShare(s.poverty),
    change: (now, before) => {
      const delta = now.poverty - before.poverty;
      const text = formatPointChange(delta);
      return { delta: delta * 100, digits: 1, text, amount: stripArrow(text) };
    },
  },
  {
    id: 'wages',
    label: 'Wages a day',
    better: 'up',
    value: (s) => formatUsd(s.wageUsdPerDay),
    change: relative((s) => s.wageUsdPerDay),
  },
  {
    id: 'conditions',
    label: 'Working conditions',
    better: 'up',
    value: (s) => index100(s.workingConditions),
    change: indexChange((s) => s.workingConditions),
  },
  {
    id: 'trust',
    label: 'Trust between firms',
    better: 'up',
    value: (s) => index100(s.trust),
    change: indexChange((s) => s.trust),
  },
];

function changeOf(indicator: Indicator, now: ClusterState, before: ClusterState): Change {
  const { delta, digits, text, amount } = indicator.change(now, before);
  const direction = directionOf(delta, digits);
  return { direction, tone: toneOf(direction, indicator.better), text, amount };
}

export function headlineRows(now: ClusterState, previous: ClusterState, baseline: ClusterState | null, firstYear: boolean): HeadlineRow[] {
  return INDICATORS.map((indicator) => ({
    id: indicator.id,
    label: indicator.label,
    value: indicator.value(now),
    // Growth in the first year has no earlier growth to compare with.
    vsLastYear: indicator.id === 'growth' && firstYear ? null : changeOf(indicator, now, previous),
    vsBaseline: baseline ? changeOf(indicator, now, baseline) : null,
    baselineValue: baseline ? indicator.value(baseline) : null,
  }));
}

// ---------------------------------------------------------------------------------------------
// Events and shocks

export interface EventNote {
  title: string;
  choice: string;
  /** True when the choice was made for the player (the last year: no next year for it to shape). */
  automatic: boolean;
}

export interface ShockNote {
  kind: ShockKind;
  /** Whether it hurt the cluster (a favourable swing of demand or currency is listed too). */
  harmful: boolean;
  /** A sentence for the year report: "World demand fell by about 12 %." */
  text: Msg;
  /** A short phrase for lists: "world demand fell by about 12 %". */
  phrase: Msg;
}

/** The shocks of a year worth telling the player about (the same thresholds as the model's events use). */
export function shockNotes(shocks: ClusterState['shocks']): ShockNote[] {
  const notes: ShockNote[] = [];
  const note = (kind: ShockKind, harmful: boolean, text: string, phrase: string, params?: Record<string, MsgParam>): void => {
    notes.push({ kind, harmful, text: msg(text, params), phrase: msg(phrase, params) });
  };
  const pct = (logChange: number) => formatPct(Math.abs(Math.expm1(logChange)) * 100, { digits: 0 });
  if (shockHappened(shocks, 'worldDemand')) {
    note('worldDemand', true, 'World demand fell by about {pct}.', 'world demand fell by about {pct}', { pct: pct(shocks.worldDemand) });
  } else if (shocks.worldDemand > 0.08) {
    note('worldDemand', false, 'World demand rose by about {pct}.', 'world demand rose by about {pct}', { pct: pct(shocks.worldDemand) });
  }
  if (shockHappened(shocks, 'exchangeRate')) {
    note('exchangeRate', true, 'The currency rose by about {pct}, making exports dearer.', 'the currency rose by about {pct}', { pct: pct(shocks.exchangeRate) });
  } else if (shocks.exchangeRate < -0.08) {
    note('exchangeRate', false, 'The currency fell by about {pct}, making exports cheaper.', 'the currency fell by about {pct}', { pct: pct(shocks.exchangeRate) });
  }
  if (shockHappened(shocks, 'buyerExit')) {
    note('buyerExit', true, 'A big foreign buyer left: {pct} of export orders lost.', 'a big buyer left ({pct} of export orders)', {
      pct: formatShare(shocks.buyerExit, { digits: 0 }),
    });
  }
  if (shockHappened(shocks, 'tncExit')) {
    note('tncExit', true, 'Foreign plants relocated: {pct} of them left.', 'foreign plants relocated ({pct} of them)', { pct: formatShare(shocks.tncExit, { digits: 0 }) });
  }
  if (shockHappened(shocks, 'donorExit')) note('donorExit', true, 'The donor programme ended.', 'the donor programme ended');
  if (shockHappened(shocks, 'accident')) {
    note('accident', true, 'A fire destroyed {pct} of the small workshops.', 'a fire destroyed {pct} of the workshops', { pct: formatShare(shocks.accident, { digits: 1 }) });
  }
  if (shockHappened(shocks, 'buyerStandard')) {
    note(
      'buyerStandard',
      true,
      'Foreign buyers imposed a new quality standard: a cluster short of it loses export orders, one that meets it wins some.',
      'foreign buyers imposed a new quality standard',
    );
  }
  return notes;
}

/**
 * A year without an event or a listed shock is still news, not quiet, when output fell at least this
 * much (%), or rose at least QUIET_RISE_PCT (these clusters grow a few % a year on their own).
 */
export const QUIET_FALL_PCT = 1;
export const QUIET_RISE_PCT = 10;
/**
 * A shock's term in the attribution of at least this share of last year's output is news too (world
 * demand and the exchange rate move output by 1-2 % in most years; the defect was a 5 % term).
 */
export const QUIET_SHOCK_SHARE = 0.03;

/**
 * The news line for a year with no event and no listed shock (null when there is one): "A quiet year"
 * only when output barely moved and no shock term in the explanation is large; otherwise it names
 * what moved output, so the news never contradicts the "why" panel below it.
 */
export function calmYearNote(
  before: ClusterState,
  now: ClusterState,
  attribution: Attribution | null,
  hasEvent: boolean,
  shockNotesShown: number,
): Msg | null {
  if (hasEvent || shockNotesShown > 0) return null;
  const floor = QUIET_SHOCK_SHARE * Math.abs(before.outputUsdM);
  const shock = (attribution?.entries ?? [])
    .filter((e) => e.kind === 'shock' && Math.abs(e.outputUsdM) >= floor && e.outputUsdM !== 0)
    .sort((a, b) => Math.abs(b.outputUsdM) - Math.abs(a.outputUsdM))[0];
  if (shock) {
    const cause = msg(
      shock.cause === 'worldDemand'
        ? shock.outputUsdM < 0
          ? 'a fall in world demand'
          : 'a rise in world demand'
        : shock.cause === 'exchangeRate'
          ? shock.outputUsdM < 0
            ? 'a stronger currency (dearer exports)'
            : 'a weaker currency (cheaper exports)'
          : shockPhrase(shock.cause, now.shocks),
    );
    return msg(
      shock.outputUsdM < 0
        ? 'No event and no sudden shock, but {cause} cost {amount} of output.'
        : 'No event and no sudden shock, but {cause} added {amount} of output.',
      { cause, amount: formatUsdM(Math.abs(shock.outputUsdM)) },
    );
  }
  const pct = relativeChangePct(now.outputUsdM, before.outputUsdM);
  if (pct <= -QUIET_FALL_PCT || pct >= QUIET_RISE_PCT)
    return msg(
      pct < 0
        ? 'No event and no large shock, but output fell {pct}: see why below.'
        : 'No event and no large shock, but output rose {pct}: see why below.',
      { pct: formatPct(Math.abs(pct)) },
    );
  return msg('A quiet year: no event and no large shock.');
}

function eventNote(context: GameContext, k: number): EventNote | null {
  const fired = context.log[k - 1]?.event;
  const spec = fired && context.scenario ? shownScenario(context.scenario).events.find((e) => e.id === fired.eventId) : undefined;
  if (!fired || !spec) return null;
  const choice = spec.choices.find((c) => c.id === fired.choiceId);
  return { title: spec.title, choice: choice?.label ?? fired.choiceId, automatic: k >= context.termYears };
}

// ---------------------------------------------------------------------------------------------
// Why did it change?

/** Contributions smaller than this share of the largest one are left out of the sentence. */
export const TINY_SHARE = 0.02;
/** At most this many contributions are named; the rest are summed as "smaller effects". */
export const MAX_PARTS = 4;

export const OUTCOMES: Outcome[] = ['outputUsdM', 'employment', 'poverty'];

/** Earlier spending's lasting effect, where an explanation splits it out (the model's own attribution). */
const LEVER_EARLIER_PHRASE: Record<Lever, string> = {
  infrastructure: 'earlier infrastructure spending',
  training: 'earlier training',
  research: 'earlier research-center spending',
  incentives: 'joint projects funded by earlier incentives',
  trade: 'export markets opened by earlier export promotion',
};

const KIND_LABELS: Record<AttributionKind, string> = {
  lever: 'Your policy',
  lagged: 'Earlier spending',
  shock: 'Shock',
  event: 'Event choice',
  drift: 'Trend',
  interaction: 'Combined',
};

/** Plain words for one attribution entry ("earlier training", "a fall in world demand"). */
export function causePhrase(entry: Pick<AttributionEntry, 'cause' | 'kind'>, context: { shocks?: ClusterState['shocks']; eventTitle?: string } = {}): Msg {
  const { cause, kind } = entry;
  if (kind === 'drift') return msg('the underlying trend');
  if (kind === 'interaction') return msg('combined effects');
  if (kind === 'event') return context.eventTitle ? msg('the event “{title}”', { title: context.eventTitle }) : msg("last year's event");
  if (kind === 'shock') return msg(shockPhrase(cause, context.shocks));
  if (cause === 'donors') return msg('projects the donors funded earlier');
  if (kind === 'lever') return msg(POLICY_WORDS[cause as PolicyFactor] ?? cause);
  const phrase = LEVER_EARLIER_PHRASE[cause as Lever];
  return msg(phrase ?? cause);
}

function shockPhrase(cause: AttributionCause, shocks: ClusterState['shocks'] | undefined): string {
  switch (cause) {
    case 'worldDemand':
      return (shocks?.worldDemand ?? -1) < 0 ? 'a fall in world demand' : 'a rise in world demand';
    case 'exchangeRate':
      return (shocks?.exchangeRate ?? 1) > 0 ? 'a stronger currency (dearer exports)' : 'a weaker currency (cheaper exports)';
    case 'buyerExit':
      return 'a buyer leaving';
    case 'tncExit':
      return 'a foreign plant leaving';
    case 'donorExit':
      return 'the end of the donor programme';
    case 'accident':
      return 'a fire in the workshops';
    case 'buyerStandard':
      return 'a new buyer standard';
    default:
      return cause;
  }
}

/** An outcome's value in the units the report shows: US$ million, jobs, poverty points. */
export function displayValue(outcome: Outcome, value: number): number {
  return outcome === 'poverty' ? value * 100 : value;
}

/** Decimals for an explanation: two significant digits on the largest figure, none for jobs. */
export function digitsFor(outcome: Outcome, largest: number): number {
  if (outcome === 'employment') return 0;
  const magnitude = Math.abs(largest);
  if (!(magnitude > 0)) return 1;
  return Math.max(0, Math.min(4, 1 - Math.floor(Math.log10(magnitude))));
}

/** "+0.8", "−1.2" (a real minus sign), "0". */
export function signed(value: number, digits: number): string {
  const rounded = roundTo(value, digits);
  const text = formatNumber(Math.abs(rounded), { digits });
  return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

export interface WhyPart {
  cause: AttributionCause;
  kind: AttributionKind;
  phrase: Msg;
  /** In display units (US$ million, jobs, poverty points). */
  value: number;
  /** Signed, at the explanation's precision: "−0.8". */
  text: string;
}

export interface WhyOutcome {
  outcome: Outcome;
  /** Total change in display units. */
  total: number;
  digits: number;
  /** "Poverty fell 1.2 points" */
  headline: Msg;
  /** The largest contributions, largest first. */
  parts: WhyPart[];
  /** Everything not named (display units): parts + rest = total. */
  rest: number;
  /** Whether the rest shows at the explanation's precision. */
  restShown: boolean;
  /** The whole explanation as one sentence: the headline, then `detail`. */
  sentence: Msg;
  /** What follows the headline: ": +0.2 from ..., −0.1 from ...." (for showing the headline in bold). */
  detail: Msg;
}

export interface WhyTableRow {
  phrase: Msg;
  kind: AttributionKind;
  kindLabel: string;
  /** Display-unit values and their signed text, per outcome. */
  values: Record<Outcome, number>;
  texts: Record<Outcome, string>;
}

export interface WhyView {
  outcomes: WhyOutcome[];
  rows: WhyTableRow[];
  totals: Record<Outcome, string>;
  /** Pipeline levers paid for this year: they show up only in later years' "earlier ..." lines. */
  pending: Lever[];
}

function outcomeHeadline(outcome: Outcome, total: number, digits: number, before: ClusterState): Msg {
  const rounded = roundTo(total, digits);
  const magnitude = formatNumber(Math.abs(total), { digits });
  if (outcome === 'outputUsdM') {
    const pct = formatPct(Math.abs((total / before.outputUsdM) * 100));
    if (rounded === 0) return msg('Output hardly changed');
    return msg(rounded > 0 ? 'Output rose US$ {amount} m ({pct})' : 'Output fell US$ {amount} m ({pct})', { amount: magnitude, pct });
  }
  if (outcome === 'employment') {
    if (rounded === 0) return msg('The number of jobs hardly changed');
    return msg(rounded > 0 ? 'Jobs rose by {amount}' : 'Jobs fell by {amount}', { amount: magnitude });
  }
  if (rounded === 0) return msg('Poverty hardly changed');
  return msg(rounded > 0 ? 'Poverty rose {amount} points' : 'Poverty fell {amount} points', { amount: magnitude });
}

export interface WhyContext {
  shocks?: ClusterState['shocks'];
  eventTitle?: string;
}

/** Explains one outcome: the largest contributions in words, the rest summed. */
export function explainOutcome(outcome: Outcome, entries: readonly AttributionEntry[], total: number, before: ClusterState, context: WhyContext = {}): WhyOutcome {
  const shown = displayValue(outcome, total);
  const values = entries.map((e) => ({ entry: e, value: displayValue(outcome, e[outcome]) }));
  const largest = values.reduce((m, v) => Math.max(m, Math.abs(v.value)), 0);
  const digits = digitsFor(outcome, Math.max(largest, Math.abs(shown)));
  const parts: WhyPart[] = values
    .filter((v) => Math.abs(v.value) >= TINY_SHARE * largest && roundTo(v.value, digits) !== 0)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, MAX_PARTS)
    .map(({ entry, value }) => ({ cause: entry.cause, kind: entry.kind, phrase: causePhrase(entry, context), value, text: signed(value, digits) }));
  const rest = shown - parts.reduce((sum, p) => sum + p.value, 0);
  const restShown = roundTo(rest, digits) !== 0;
  const items = parts.map((p) => msg('{value} from {cause}', { value: p.text, cause: p.phrase }));
  if (restShown) items.push(msg('{value} from smaller effects', { value: signed(rest, digits) }));
  const headline = outcomeHeadline(outcome, shown, digits, before);
  const detail = items.length > 0 ? msg(': {parts}.', { parts: joinMsgs(items) }) : msg('.');
  const sentence = msg('{headline}{detail}', { headline, detail });
  return { outcome, total: shown, digits, headline, parts, rest, restShown, sentence, detail };
}

export function explainYear(
  attribution: { total: Record<Outcome, number>; entries: readonly AttributionEntry[] },
  before: ClusterState,
  now: ClusterState,
  eventTitle?: string,
): WhyView {
  const context: WhyContext = { shocks: now.shocks, ...(eventTitle ? { eventTitle } : {}) };
  const outcomes = OUTCOMES.map((o) => explainOutcome(o, attribution.entries, attribution.total[o], before, context));
  // The table carries one more decimal than the sentences, so small entries do not all read "0".
  const digits = Object.fromEntries(outcomes.map((o) => [o.outcome, o.outcome === 'employment' ? 0 : Math.min(4, o.digits + 1)])) as Record<Outcome, number>;
  const rows = [...attribution.entries]
    .sort((a, b) => Math.abs(b.outputUsdM) - Math.abs(a.outputUsdM))
    .map((entry) => {
      const values = Object.fromEntries(OUTCOMES.map((o) => [o, displayValue(o, entry[o])])) as Record<Outcome, number>;
      const texts = Object.fromEntries(OUTCOMES.map((o) => [o, signed(values[o], digits[o])])) as Record<Outcome, string>;
      return { phrase: causePhrase(entry, context), kind: entry.kind, kindLabel: KIND_LABELS[entry.kind], values, texts };
    });
  const totals = Object.fromEntries(OUTCOMES.map((o) => [o, signed(displayValue(o, attribution.total[o]), digits[o])])) as Record<Outcome, string>;
  // Paid for, but nothing to show yet (a first year of spending on a line that pays with a lag).
  const pending = PIPELINE_LEVERS.filter(
    (lever) =>
      now.decisions.allocation[lever] > 0 &&
      !attribution.entries.some((e) => e.cause === lever && e.kind === 'lever' && (Math.abs(e.outputUsdM) > 1e-9 || Math.abs(e.employment) > 1e-6)),
  );
  return { outcomes, rows, totals, pending };
}

// ---------------------------------------------------------------------------------------------
// The whole report

export interface ReportView {
  /** Year of the term (1-based) and the calendar year. */
  k: number;
  year: number;
  heading: Msg;
  lastYear: boolean;
  endReason: GameContext['endReason'];
  headlines: HeadlineRow[];
  /** Whether a baseline value exists for this year (the baseline run may have ended early). */
  hasBaseline: boolean;
  event: EventNote | null;
  shocks: ShockNote[];
  /** The news line when there is no event and no shock to list: a quiet year, or what moved output anyway. */
  calm: Msg | null;
  why: WhyView | null;
  /** Charts of the scenario's goals beyond the headline three (quality, working conditions, ...). */
  goalCharts: ChartId[];
  /** One sentence for screen readers. */
  summary: Msg;
  /** The player's prediction for the year held against the outcome (prediction.ts); null when none was made. */
  prediction: PredictionReport | null;
}

function summaryOf(year: number, now: ClusterState, before: ClusterState): Msg {
  const outputPct = relativeChangePct(now.outputUsdM, before.outputUsdM);
  const output =
    directionOf(outputPct) === 'flat'
      ? msg('output unchanged')
      : msg(outputPct > 0 ? 'output up {pct}' : 'output down {pct}', { pct: formatPct(Math.abs(outputPct)) });
  const jobsDelta = roundTo(now.employment - before.employment);
  const jobs =
    jobsDelta === 0
      ? msg('no change in jobs')
      : msg(jobsDelta > 0 ? '{n} more jobs' : '{n} fewer jobs', { n: formatNumber(Math.abs(jobsDelta)) });
  const povertyPoints = (now.poverty - before.poverty) * 100;
  const poverty =
    directionOf(povertyPoints) === 'flat'
      ? msg('poverty unchanged')
      : msg(povertyPoints > 0 ? 'poverty up {n} points' : 'poverty down {n} points', { n: formatNumber(Math.abs(povertyPoints), { digits: 1 }) });
  return msg('{year}: {output}, {jobs}, {poverty}.', { year: String(year), output, jobs, poverty });
}

/** The report on year k of the term (default: the year just played). Null before any year is played. */
export function selectReport(context: GameContext, k: number = yearsPlayed(context)): ReportView | null {
  if (!context.scenario || k < 1 || k >= context.history.length) return null;
  const now = context.history[k] as ClusterState;
  const before = context.history[k - 1] as ClusterState;
  const scenario = context.scenario;
  const baseline = baselineState(context, k);
  // The explanation runs the year again without each cause (about 8 ms): worked out when first read,
  // so the report's first frame (headlines and charts) does not wait for it.
  let attribution: ReturnType<typeof yearExplanation> | undefined;
  const explained = () => (attribution ??= yearExplanation(context, k));
  const explainedWhy = (): WhyView | null => {
    const parts = explained();
    if (!parts) return null;
    // The explanation's event entry is the baseline's (the event as no new policy would have met it).
    const lastEvent = k >= 2 ? explainedBaselineRun({ ...context, scenario }).events.find((e) => e.t === k - 1) : undefined;
    const eventTitle = lastEvent ? shownScenario(scenario).events.find((e) => e.id === lastEvent.eventId)?.title : undefined;
    return explainYear(parts, before, now, eventTitle);
  };
  let why: WhyView | null | undefined;
  let calm: Msg | null | undefined;
  const lastYear = k === yearsPlayed(context) && context.endReason !== null;
  return {
    k,
    year: now.year,
    heading: msg('Year {year} report', { year: String(now.year) }),
    lastYear,
    endReason: lastYear ? context.endReason : null,
    headlines: headlineRows(now, before, baseline, k === 1),
    hasBaseline: baseline !== null,
    event: eventNote(context, k),
    shocks: shockNotes(now.shocks),
    get calm() {
      if (calm === undefined) calm = calmYearNote(before, now, explained() ?? null, eventNote(context, k) !== null, shockNotes(now.shocks).length);
      return calm;
    },
    get why() {
      if (why === undefined) why = explainedWhy();
      return why;
    },
    goalCharts: goalChartIds(scenario.goals).filter((id) => !HEADLINE_CHARTS.includes(id)),
    summary: summaryOf(now.year, now, before),
    prediction: selectPredictionReport(context, k),
  };
}

/** The report for a snapshot in the report phase (null in any other phase). */
export function selectReportFor(snapshot: GameSnapshot): ReportView | null {
  if (snapshot.value !== 'report' || snapshot.context.history.length < 2) return null;
  return selectReport(snapshot.context);
}
