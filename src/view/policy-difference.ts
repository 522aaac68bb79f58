// "Difference from no new policy": how far output, jobs and poverty stand from where no new policy
// would have left them at the end of a year, and which of the player's decisions put them there
// (policy-credit.ts: a Shapley split of counterfactual runs, so the parts add up to the gap). Drawn
// like a waterfall on the change axis: from no new policy's level (0) to the player's. Pure; no DOM.
import type { GameContext } from '../flow';
import { vt } from './format';
import { POLICY_LABELS, POLICY_WORDS } from './labels';
import type { PolicyCredit, PolicyFactor } from './policy-credit';
import { fill, joinList, OUTCOME_DEFS, stepsSpec, WATERFALL_OUTCOMES, waterfallSteps, type Translate, type WaterfallOutcome, type WaterfallSpec } from './waterfall';
import { creditOf } from './year-explanation';


/** Parts named in a sentence; the rest are summed as "other decisions". */
export const DIFFERENCE_SENTENCE_PARTS = 3;

export interface DifferenceRow {
  factor: PolicyFactor;
  label: string;
  /** Display units (US$ million, jobs, poverty points), and as signed text. */
  values: Record<WaterfallOutcome, number>;
  texts: Record<WaterfallOutcome, string>;
}

export interface DifferenceView {
  /** Year of the term (1-based) and the calendar year. */
  k: number;
  year: number;
  /** One chart spec per outcome: start = no new policy, end = the player's level. */
  specs: WaterfallSpec[];
  /** Each outcome's gap in one line, for a list under the section's heading. */
  lines: string[];
  /** Every decision the player used, largest effect on output first. */
  rows: DifferenceRow[];
  /** The whole gap per outcome, as signed text. */
  totals: Record<WaterfallOutcome, string>;
  /** Model runs behind the split (2^decisions used). */
  runs: number;
}

function pick(outcome: WaterfallOutcome, x: { outputUsdM: number; employment: number; poverty: number }): number {
  return outcome === 'output' ? x.outputUsdM : outcome === 'employment' ? x.employment : x.poverty * 100;
}

/**
 * "Difference from no new policy in 2008: output US$ 35 million higher: +19 from your training so far,
 * ..." (the chart's text alternative); `short` leaves out the lead, for a list under a heading that
 * says it ("Output US$ 35 million higher: ...").
 */
export function differenceSentence(spec: WaterfallSpec, tr: Translate = fill, short = false): string {
  const d = OUTCOME_DEFS[spec.outcome];
  const gap = spec.end - spec.start;
  const indicator = short ? tr(spec.indicator) : tr(spec.indicator).toLocaleLowerCase();
  const params = { year: spec.year, indicator, amount: d.amount(gap) };
  if (Math.abs(gap) < d.epsilon && spec.steps.every((s) => Math.abs(s.value) < d.epsilon))
    return short ? tr('{indicator}: the same.', params) : tr('Difference from no new policy in {year}: {indicator} the same.', params);
  const head = short
    ? tr(gap >= 0 ? '{indicator} {amount} higher' : '{indicator} {amount} lower', params)
    : tr(gap >= 0 ? 'Difference from no new policy in {year}: {indicator} {amount} higher' : 'Difference from no new policy in {year}: {indicator} {amount} lower', params);
  const named = spec.steps
    .filter((s) => s.cause !== 'other' && Math.abs(s.value) >= d.epsilon)
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .slice(0, DIFFERENCE_SENTENCE_PARTS);
  const rest = gap - named.reduce((sum, s) => sum + s.value, 0);
  const parts = named.map((s) => tr('{value} from {cause}', { value: d.signed(s.value), cause: tr(s.words) }));
  if (Math.abs(rest) >= d.epsilon) parts.push(tr('{value} from other decisions', { value: d.signed(rest) }));
  if (parts.length === 0) return `${head}.`;
  const list = joinList(parts, tr);
  return tr('{head}: {list}.', { head, list });
}

/** The difference at the end of year k of `credit`, for a game whose year k is calendar `year`. */
export function differenceView(credit: PolicyCredit, k: number, year: number, tr: Translate = fill): DifferenceView | null {
  const shares = credit.byYear[k - 1];
  const actual = credit.actual[k - 1];
  const baseline = credit.baseline[k - 1];
  if (!shares || !actual || !baseline) return null;
  const specs = WATERFALL_OUTCOMES.map((outcome): WaterfallSpec => {
    const d = OUTCOME_DEFS[outcome];
    const start = pick(outcome, baseline);
    const end = pick(outcome, actual);
    const steps = waterfallSteps(
      start,
      end,
      credit.factors.map((factor) => ({ cause: factor, group: 'lever', label: POLICY_LABELS[factor], words: POLICY_WORDS[factor], value: pick(outcome, shares[factor]) })),
      d.epsilon,
    );
    const spec: WaterfallSpec = { ...stepsSpec(outcome, year, start, end, steps), totalLabel: vt('Difference in {year}', { year }) };
    spec.sentence = differenceSentence(spec, tr);
    return spec;
  });
  const rows = credit.factors
    .map((factor): DifferenceRow => {
      const values = Object.fromEntries(WATERFALL_OUTCOMES.map((o) => [o, pick(o, shares[factor])])) as Record<WaterfallOutcome, number>;
      const texts = Object.fromEntries(WATERFALL_OUTCOMES.map((o) => [o, OUTCOME_DEFS[o].signed(values[o])])) as Record<WaterfallOutcome, string>;
      return { factor, label: POLICY_LABELS[factor], values, texts };
    })
    .sort((a, b) => Math.abs(b.values.output) - Math.abs(a.values.output));
  const totals = Object.fromEntries(WATERFALL_OUTCOMES.map((o) => [o, OUTCOME_DEFS[o].signed(pick(o, actual) - pick(o, baseline))])) as Record<WaterfallOutcome, string>;
  const lines = specs.map((spec) => differenceSentence(spec, tr, true));
  return { k, year, specs, lines, rows, totals, runs: credit.runs };
}

/** The difference at the end of year k of the game (default: the last year played). */
export function selectPolicyDifference(context: GameContext, k: number = context.history.length - 1, tr: Translate = fill): DifferenceView | null {
  const year = context.history[k]?.year;
  const credit = creditOf(context);
  if (year === undefined || !credit) return null;
  return differenceView(credit, k, year, tr);
}
