// The payoff preview: when each funded budget line is expected to pay off. The model is run ahead
// on the current draft, and again with that one line set to 0 (everything else the same); the gap
// between the two paths is what the line buys, year by year. No shocks and no events (projectAhead),
// so it shows what the plan itself does. Pure; no DOM.
import { currentState, modelFor, type GameSnapshot } from '../flow';
import { LEVERS, projectAhead, type ClusterState, type Decisions, type Difficulty, type Lever } from '../model';
import type { Scenario } from '../scenario';
import { LEVER_LABELS } from './labels';

/** A gain is noticeable above 0.1 % of output. */
export const NOTICEABLE_OUTPUT_PCT = 0.1;
/** The preview looks at least this many years ahead, even near the end of the term. */
export const MIN_HORIZON_YEARS = 5;

export interface PayoffYear {
  /** Calendar year. */
  year: number;
  /** Year of the term (1 = the first year played); may pass the term's end. */
  termYear: number;
  /** 1 = the year being planned now. */
  ahead: number;
  /** Output with the line minus output without it, percent of output without it. */
  outputPct: number;
  outputUsdM: number;
  jobs: number;
  /** Poverty with minus without, percentage points (negative = less poverty). */
  povertyPoints: number;
}

export interface LeverPayoff {
  lever: Lever;
  label: string;
  share: number;
  years: PayoffYear[];
  /** The first year the output gain is noticeable; null when it never is within the horizon. */
  firstYear: PayoffYear | null;
  /** The year of the largest output gain; null when the line never adds output. */
  peak: PayoffYear | null;
  /** True when the line costs noticeable output in some year (e.g. incentives to a few large firms). */
  costsOutput: boolean;
}

export interface PayoffView {
  years: number;
  fromYear: number;
  toYear: number;
  /** The last calendar year of the term. */
  termEndYear: number;
  /** One entry per line with a share > 0, in LEVERS order. */
  lines: LeverPayoff[];
}

/** How far the preview looks: the years left in the term, at least MIN_HORIZON_YEARS. */
export function payoffHorizon(termYears: number, yearsPlayed: number): number {
  return Math.max(MIN_HORIZON_YEARS, termYears - yearsPlayed);
}

function withoutLever(draft: Decisions, lever: Lever): Decisions {
  return { ...draft, allocation: { ...draft.allocation, [lever]: 0 } };
}

export function selectPayoff(
  scenario: Scenario,
  difficulty: Difficulty,
  state: ClusterState,
  draft: Decisions,
  years: number,
  termYears: number = scenario.termYears,
): PayoffView {
  const model = modelFor(scenario, difficulty);
  const start = { ...state, activeEvent: null };
  const withPlan = projectAhead(model, start, draft, years);
  const lines: LeverPayoff[] = [];
  for (const lever of LEVERS) {
    const share = draft.allocation[lever];
    if (!(share > 0)) continue;
    const without = projectAhead(model, start, withoutLever(draft, lever), years);
    const path = withPlan.map((s, k): PayoffYear => {
      const other = without[k] ?? s;
      return {
        year: s.year,
        termYear: s.t,
        ahead: k + 1,
        outputPct: other.outputUsdM > 0 ? ((s.outputUsdM - other.outputUsdM) / other.outputUsdM) * 100 : 0,
        outputUsdM: s.outputUsdM - other.outputUsdM,
        jobs: s.employment - other.employment,
        povertyPoints: (s.poverty - other.poverty) * 100,
      };
    });
    const firstYear = path.find((y) => y.outputPct > NOTICEABLE_OUTPUT_PCT) ?? null;
    const peak = path.reduce<PayoffYear | null>(
      (best, y) => (y.outputPct > 0 && (!best || y.outputPct > best.outputPct) ? y : best),
      null,
    );
    lines.push({
      lever,
      label: LEVER_LABELS[lever],
      share,
      years: path,
      firstYear,
      peak,
      costsOutput: path.some((y) => y.outputPct < -NOTICEABLE_OUTPUT_PCT),
    });
  }
  return {
    years,
    fromYear: state.year + 1,
    toYear: state.year + years,
    termEndYear: state.year - state.t + termYears,
    lines,
  };
}

/** The payoff preview for the draft being planned; null outside a game. */
export function selectPayoffFor(snapshot: GameSnapshot): PayoffView | null {
  const { context } = snapshot;
  if (!context.scenario || !context.draft || context.history.length === 0) return null;
  const state = currentState(context);
  const years = payoffHorizon(context.termYears, state.t);
  return selectPayoff(context.scenario, context.difficulty, state, context.draft, years, context.termYears);
}
