// The budget panel's view-model: each line's share and money, what is left, the trade settings,
// and the clamping rule that keeps the allocation within the budget. Pure; no DOM.
import { currentState, type GameSnapshot } from '../flow';
import {
  allocationTotal,
  INCENTIVE_TARGETS,
  LEVERS,
  type Allocation,
  type ClusterState,
  type Decisions,
  type IncentiveTarget,
  type Lever,
} from '../model';
import { applyEffects } from '../model';
import { LEVER_LABELS } from './labels';

/** Shares are kept to this many decimals (1e-6 of the budget), so sums stay tidy. */
const SHARE_DECIMALS = 6;

/** What each budget line buys, in one line (shown under the slider). */
export const LEVER_HINTS: Record<Lever, string> = {
  infrastructure: 'Roads, power and water: built over 2–3 years.',
  training: 'Courses for workers and managers: pays after a year.',
  research: 'A research center: slow, and needs skilled workers.',
  incentives: 'Subsidies and tax breaks for the target chosen below.',
  trade: 'Export promotion and certification for foreign buyers.',
};

export const INCENTIVE_TARGET_LABELS: Record<IncentiveTarget, string> = {
  sme: 'SMEs',
  all: 'All firms',
  fdi: 'Foreign investors (FDI)',
  joint: 'Joint projects of firms',
};

export const INCENTIVE_TARGET_HINTS: Record<IncentiveTarget, string> = {
  sme: 'Support aimed at small firms; a little still leaks to large ones.',
  all: 'Open to everyone, so large firms capture most of it.',
  fdi: 'Attracts foreign plants: jobs and technology, but more dependence on outsiders.',
  joint: 'Funds projects several firms run together, building trust and shared services.',
};

export const TARIFF_HINT =
  'Higher protection shields local workshops from imports but slows productivity and annoys donors.';
export const LABOR_STANDARDS_HINT = 'Incentives only go to firms that meet safety and contract standards.';

export interface BudgetLineView {
  lever: Lever;
  label: string;
  hint: string;
  share: number;
  usdM: number;
  /** The most this line can take now: its share plus what is left. */
  maxShare: number;
  maxUsdM: number;
}

export interface BudgetView {
  editable: boolean;
  budgetUsdM: number;
  lines: BudgetLineView[];
  allocatedShare: number;
  remainingShare: number;
  remainingUsdM: number;
  tariff: number;
  /** The tariff in force when the term started. */
  tariffStart: number;
  incentiveTarget: IncentiveTarget;
  laborStandards: boolean;
  /** Why the machine refused the last change, if it did. */
  rejection: string | null;
}

function roundShare(share: number): number {
  const factor = 10 ** SHARE_DECIMALS;
  return Math.round(share * factor) / factor;
}

/** The part of the budget not yet allocated, 0..1 (never negative). */
export function remainingShare(allocation: Allocation): number {
  return Math.max(0, 1 - allocationTotal({ allocation }));
}

/** The most `lever` may take: its own share plus what is left. */
export function maxShareFor(allocation: Allocation, lever: Lever): number {
  const others = LEVERS.reduce((sum, l) => (l === lever ? sum : sum + allocation[l]), 0);
  // Floored to the share grid (with a hair of slack for floating point), so 1 - 0.7 gives 0.3.
  const factor = 10 ** SHARE_DECIMALS;
  return Math.max(0, Math.min(1, Math.floor((1 - others) * factor + 1e-6) / factor));
}

/**
 * The clamping rule: a requested share for one line is cut to [0, its share + what is left], so the
 * allocation can never exceed the budget. Non-numbers count as 0.
 */
export function clampShare(allocation: Allocation, lever: Lever, requested: number): number {
  const max = maxShareFor(allocation, lever);
  const wanted = Number.isFinite(requested) ? roundShare(requested) : 0;
  return Math.min(max, Math.max(0, wanted));
}

/** The step the money fields move in and round to: US$ 0.01 m on budgets up to 5 m, else 0.1 m. */
export function moneyStep(budgetUsdM: number): number {
  return budgetUsdM <= 5 ? 0.01 : 0.1;
}

/** A money field's text: the amount rounded to the field's step ("0.9", "0.86"). */
export function moneyText(usdM: number, budgetUsdM: number): string {
  const step = moneyStep(budgetUsdM);
  return (Math.round(usdM / step) * step).toFixed(step < 0.1 ? 2 : 1);
}

export interface ClampedShare {
  share: number;
  /** True when the request was cut because the budget ran out (beyond what rounding explains). */
  limited: boolean;
}

/**
 * clampShare for a request made in shown units: the fields show money to one step (0.1 m) and the
 * sliders whole percent, while shares are kept exactly. Each shown number is off by less than half a
 * step, so a sum the player makes of two of them ("0.9" freed on one line, "0.9" added to another
 * that shows "1.2") can exceed the true room by up to one step. Such a request takes the whole room
 * and is not refused; only a larger excess counts as running out. `tolerance` is one shown step, as a
 * share of the budget.
 */
export function clampShown(allocation: Allocation, lever: Lever, requested: number, tolerance: number): ClampedShare {
  const share = clampShare(allocation, lever, requested);
  return { share, limited: Number.isFinite(requested) && requested - share >= tolerance - 1e-9 };
}

/** One money step of the budget, as a share: the most two rounded money fields can hide together. */
export function moneyTolerance(budgetUsdM: number): number {
  return budgetUsdM > 0 ? moneyStep(budgetUsdM) / budgetUsdM : 0;
}

/** One slider step (1 %), as a share. */
export const SLIDER_TOLERANCE = 0.01;

/** The tariff as a share 0..1, from a requested value (clamped). */
export function clampTariff(requested: number): number {
  return Number.isFinite(requested) ? Math.min(1, Math.max(0, roundShare(requested))) : 0;
}

export function isIncentiveTarget(value: string): value is IncentiveTarget {
  return (INCENTIVE_TARGETS as readonly string[]).includes(value);
}

/** Builds the budget view from decisions and the budget (the pure core of selectBudget). */
export function budgetView(
  draft: Decisions,
  budgetUsdM: number,
  tariffStart: number,
  editable: boolean,
  rejection: string | null = null,
): BudgetView {
  const lines = LEVERS.map((lever): BudgetLineView => {
    const share = draft.allocation[lever];
    const maxShare = maxShareFor(draft.allocation, lever);
    return {
      lever,
      label: LEVER_LABELS[lever],
      hint: LEVER_HINTS[lever],
      share,
      usdM: share * budgetUsdM,
      maxShare,
      maxUsdM: maxShare * budgetUsdM,
    };
  });
  const left = remainingShare(draft.allocation);
  return {
    editable,
    budgetUsdM,
    lines,
    allocatedShare: Math.min(1, allocationTotal(draft)),
    remainingShare: left,
    remainingUsdM: left * budgetUsdM,
    tariff: draft.tariff,
    tariffStart,
    incentiveTarget: draft.incentiveTarget,
    laborStandards: draft.laborStandards,
    rejection,
  };
}

/** The budget for the coming year: the one in force, after any event choice that changes it. */
export function comingBudgetUsdM(state: ClusterState): number {
  return applyEffects(state, state.pendingEffects).budgetUsdM;
}

/** The budget panel's view of a snapshot; null before a game has started. */
export function selectBudget(snapshot: GameSnapshot): BudgetView | null {
  const { context } = snapshot;
  if (!context.scenario || !context.draft || context.history.length === 0) return null;
  const state = currentState(context);
  const tariffStart = context.history[0]?.tariff ?? state.tariff;
  return budgetView(
    context.draft,
    comingBudgetUsdM(state),
    tariffStart,
    snapshot.value === 'planning',
    context.rejection,
  );
}
